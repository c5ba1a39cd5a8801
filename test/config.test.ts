import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type Config, configSchema, ConfigError, loadConfig, plainConfig } from '../src/config.js';

const SETTINGS = Object.keys(configSchema().shape) as Array<keyof Config>;

/** Values each setting may be given: plain ones, edge cases and junk. */
const value = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '1',
    '3',
    '007',
    '1.5',
    '1.0',
    '-1',
    '1e3',
    ' 5 ',
    '20',
    '3600',
    '3601',
    '1024',
    '99999999999999999999',
    'Infinity',
    'NaN',
    'true',
    'false',
    'yes',
    'no',
    'TRUE',
    'auto',
    'info',
    'debug',
    'silent',
    'loud',
    'corpus',
    '123456789012345678',
    ' 123456789012345678 ',
    '123456789012345678,234567890123456789',
    '123456789012345678, ,234567890123456789,',
    '123456789012345678,abc',
    '12345',
    '0,1',
    'https://discord.com/api',
    'http://127.0.0.1:9999/api',
    'not a url',
    'postgres://user:secret@localhost:5432/citebot',
    ' postgresql://localhost/db ',
    'mysql://localhost/db',
  ),
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^\d{1,22}$/),
);

/** An environment setting some of the settings (and some unrelated variables, as process.env has). */
const environment = fc
  .tuple(fc.dictionary(fc.constantFrom(...SETTINGS), value, { maxKeys: 8 }), fc.boolean())
  .map(([settings, withOthers]) => ({
    ...(withOthers ? { PATH: '/usr/bin', HOME: '/root' } : {}),
    ...settings,
  }));

describe('settings read without zod', () => {
  it('has a plain reader for every setting of the schema, in its order', () => {
    const config = plainConfig({});
    expect(config).toBeDefined();
    expect(Object.keys(config!)).toEqual(
      Object.keys(configSchema().parse({})).filter((key) => SETTINGS.includes(key as keyof Config)),
    );
  });

  it('gives exactly what the schema gives, whenever it reads the settings at all', () => {
    let plain = 0;
    fc.assert(
      fc.property(environment, (env) => {
        const read = plainConfig(env);
        const parsed = configSchema().safeParse(env);
        if (read === undefined) return;
        plain++;
        expect(parsed.success, JSON.stringify(env)).toBe(true);
        expect(isDeepStrictEqual(read, parsed.data), JSON.stringify(env)).toBe(true);
        expect(Object.keys(read)).toEqual(Object.keys(parsed.data!));
      }),
      { numRuns: 3000 },
    );
    // Most random settings are read plainly (the rest are left to the schema).
    expect(plain).toBeGreaterThan(300);
  });

  it('reads the usual settings plainly, leaves anything else to the schema and its messages', () => {
    expect(plainConfig({ CORPUS_DIR: 'articles', LOG_LEVEL: 'warn', MAX_IN_FLIGHT: '8' })).toMatchObject({
      CORPUS_DIR: 'articles',
      LOG_LEVEL: 'warn',
      MAX_IN_FLIGHT: 8,
    });
    expect(plainConfig({ DISCORD_TOKEN: ' abc ' })).toMatchObject({ DISCORD_TOKEN: 'abc' });
    expect(plainConfig({ SHARD_COUNT: 'auto' })).toBeUndefined();
    expect(loadConfig({ SHARD_COUNT: 'auto' }).SHARD_COUNT).toBe('auto');
    expect(plainConfig({ MAX_IN_FLIGHT: '0' })).toBeUndefined();
    expect(() => loadConfig({ MAX_IN_FLIGHT: '0', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_IN_FLIGHT: '0' })).toThrow(
      /MAX_IN_FLIGHT: Too small: expected number to be >=1/,
    );
  });
});
