/**
 * The launcher behind `npm start`, `ask`, `corpus` and `register-commands` (scripts/launch.mjs): compiled
 * JavaScript from dist/ when it is fresh, a rebuild when src/ is newer, tsx when a rebuild cannot happen now.
 * Exercised on a tiny project in a temp folder (its own src/, tsconfig and a copy of the launcher), so the
 * repository's own dist/ is never touched. Also: the terminal commands never load discord.js.
 */
import { cp, mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, REPO, useTempDirs } from '../engine/fixtures.js';
import { cliEnv, run } from './run.js';

async function tinyProject(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await mkdir(path.join(dir, 'scripts'));
  await cp(path.join(REPO, 'scripts', 'launch.mjs'), path.join(dir, 'scripts', 'launch.mjs'));
  await cp(path.join(REPO, 'tsconfig.build.json'), path.join(dir, 'tsconfig.build.json'));
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2023', module: 'NodeNext', strict: true, noEmit: true, types: ['node'] },
    }),
  );
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  await writeFile(
    path.join(dir, 'src', 'hello.ts'),
    "const where: string = import.meta.url.includes('/dist/') ? 'dist' : 'src';\n" +
      "console.log(`v1 ${where} ${process.argv.slice(2).join(',')}`);\n",
  );
}

describe('scripts/launch.mjs', () => {
  const tempDir = useTempDirs('citebot-launch-');

  it('the terminal scripts run compiled JavaScript through the launcher, and npm ci builds it', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toBe('node scripts/launch.mjs main');
    expect(pkg.scripts.ask).toBe('node scripts/launch.mjs cli/ask');
    expect(pkg.scripts.corpus).toBe('node scripts/launch.mjs cli/corpus');
    expect(pkg.scripts['register-commands']).toBe('node scripts/launch.mjs discord/register-commands');
    expect(pkg.scripts.prepare).toBe('npm run build && npm run vectors');
    expect(pkg.scripts.vectors).toBe('node scripts/launch.mjs search/vectors/prepare');
  });

  it('builds a missing dist/, runs it, rebuilds when src/ is newer, and falls back to tsx when locked', async () => {
    const dir = await tempDir();
    await tinyProject(dir);
    const launch = (...args: string[]) =>
      run(process.execPath, [path.join(dir, 'scripts', 'launch.mjs'), 'hello', ...args], {
        env: process.env,
        timeoutMs: 60_000,
      });

    const first = await launch('a', 'b');
    expect(first.stdout).toBe('v1 dist a,b\n');
    expect(first.stderr).toContain('compiling to dist/');

    const second = await launch();
    expect(second).toMatchObject({ code: 0, stdout: 'v1 dist \n', stderr: '' });

    // A developer edits src/: the next start compiles again and runs the edit.
    const source = path.join(dir, 'src', 'hello.ts');
    await writeFile(source, (await readFile(source, 'utf8')).replace('v1', 'v2'));
    const stamp = path.join(dir, 'dist', '.build-stamp');
    const before = new Date(Date.now() - 60_000);
    await utimes(stamp, before, before);
    const edited = await launch();
    expect(edited.stdout).toBe('v2 dist \n');
    expect(edited.stderr).toContain('compiling to dist/');

    // Another process is rebuilding right now: run the source through tsx rather than wait or race it.
    await writeFile(source, (await readFile(source, 'utf8')).replace('v2', 'v3'));
    await utimes(stamp, before, before);
    await mkdir(path.join(dir, 'dist', '.build-lock'));
    const locked = await launch();
    expect(locked).toMatchObject({ code: 0, stdout: 'v3 src \n' });
  }, 90_000);

  it('the chat and ask never load discord.js (only the bot does)', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await copySeeds(corpusDir);
    const hooks = path.join(dir, 'hooks.mjs');
    const register = path.join(dir, 'register.mjs');
    const loaded = path.join(dir, 'loaded.log');
    await writeFile(
      hooks,
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function resolve(specifier, context, next) {\n' +
        '  const result = await next(specifier, context);\n' +
        `  appendFileSync(${JSON.stringify(loaded)}, result.url + '\\n');\n` +
        '  return result;\n}\n',
    );
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
    );
    const env = cliEnv(corpusDir, path.join(dir, 'index.bin'), { WATCH_CORPUS: 'false' });
    const nodeArgs = ['--import', register, '--import', 'tsx'];
    const chat = await run(process.execPath, [...nodeArgs, 'src/main.ts'], { env, input: '/quit\n' });
    expect(chat.code, chat.stderr).toBe(0);
    const ask = await run(process.execPath, [...nodeArgs, 'src/cli/ask.ts', 'who is Sabahat Khan?'], { env });
    expect(ask.code, ask.stderr).toBe(0);
    const urls = (await readFile(loaded, 'utf8')).split('\n');
    expect(urls.some((url) => url.includes('/node_modules/minisearch/'))).toBe(true);
    expect(urls.filter((url) => /node_modules\/(discord\.js|@discordjs)\//.test(url))).toEqual([]);
  });
});
