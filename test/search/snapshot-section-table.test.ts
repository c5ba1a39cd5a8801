import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContainerFile } from '../../src/search/snapshot/container-file.js';
import {
  decodeContainer,
  encodeContainer,
  FORMAT,
  PREFIX_BYTES,
  sectionTableOf,
  SnapshotProblem,
} from '../../src/search/snapshot/container.js';
import { runSteps } from '../../src/search/snapshot/steps.js';
import { useTempDirs } from '../engine/fixtures.js';

const sections = new Map([
  ['first', Buffer.from([1, 2, 3])],
  ['name with ],"meta": in it', Buffer.from('kept')],
  ['left', Buffer.from('left on disk')],
  ['empty', Buffer.alloc(0)],
]);
const meta = { articles: [{ title: 'a ],"meta": title', n: 1 }] };

/** A container file whose header is `header` (any JSON text), its sections `sections`, checksummed. */
function fileWithHeader(header: string): Buffer {
  const written = Buffer.concat(runSteps(encodeContainer({ format: FORMAT, meta, sections })));
  const prefix = Buffer.from(written.subarray(0, PREFIX_BYTES));
  const headerBytes = Buffer.from(header, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, PREFIX_BYTES - 4);
  const rest = Buffer.concat([headerBytes, ...sections.values()]);
  prefix.writeUInt32LE(crc32(rest, crc32(prefix.subarray(PREFIX_BYTES - 4))), PREFIX_BYTES - 8);
  return Buffer.concat([prefix, rest]);
}

describe('the section table read from the start of a snapshot header', () => {
  const tempDir = useTempDirs('citebot-section-table-');

  it('is the table the whole header gives, whatever the names and meta hold', () => {
    const file = Buffer.concat(runSteps(encodeContainer({ format: FORMAT, meta, sections })));
    const header = file.subarray(PREFIX_BYTES, PREFIX_BYTES + file.readUInt32LE(PREFIX_BYTES - 4));
    expect(sectionTableOf(header)).toEqual([...sections].map(([name, bytes]) => [name, bytes.length]));
    expect(sectionTableOf(Buffer.from('{"meta":{},"sections":[]}'))).toBeUndefined();
    expect(sectionTableOf(Buffer.from('{"sections":[["a",-1]],"meta":{}}'))).toBeUndefined();
    expect(sectionTableOf(Buffer.from('{"sections":[],"meta":{}}'))).toEqual([]);
  });

  it('reads a file as decodeContainer does, with the table read first or (another order) after the header', async () => {
    const dir = await tempDir();
    const table = [...sections].map(([name, bytes]) => [name, bytes.length]);
    for (const header of [
      JSON.stringify({ sections: table, meta }),
      JSON.stringify({ meta, sections: table }),
    ]) {
      const bytes = fileWithHeader(header);
      const file = path.join(dir, 'scope.bin');
      await writeFile(file, bytes);
      const read = await readContainerFile(file, (name) => name === 'left');
      read.file?.close();
      const whole = decodeContainer(bytes);
      expect(read.meta).toEqual(whole.meta);
      expect([...read.sections.keys()]).toEqual(['first', 'name with ],"meta": in it', 'empty']);
      for (const [name, section] of read.sections)
        expect(section.equals(whole.sections.get(name)!)).toBe(true);
      expect([...read.onDisk.keys()]).toEqual(['left']);
    }
  });

  it('refuses a header whose start names another table than its whole', async () => {
    const dir = await tempDir();
    const table = [...sections].map(([name, bytes]) => [name, bytes.length]);
    // A key given twice: JSON.parse keeps the last, the early read the first.
    const swapped = [table[1], table[0], table[2], table[3]];
    const header = `{"sections":${JSON.stringify(swapped)},"meta":{},"sections":${JSON.stringify(table)}}`;
    const file = path.join(dir, 'scope.bin');
    await writeFile(file, fileWithHeader(header));
    await expect(readContainerFile(file, () => false)).rejects.toThrow(SnapshotProblem);
    await expect(readContainerFile(file, () => false)).rejects.toThrow('bad header');
  });
});
