import { describe, expect, it } from 'vitest';
import { asciiJson, decodeContainer, encodeContainer, FORMAT } from '../../src/search/snapshot/container.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

describe('the snapshot header', () => {
  it('is written in ASCII, every other character escaped, and read back as the same value', () => {
    const meta = {
      titles: [
        'São Paulo — “café”',
        '東京',
        'emoji 😀',
        'lone \ud800 surrogate',
        'control \u0001 and \u007f',
        '',
      ],
      n: 3,
    };
    const file = Buffer.concat(
      runSteps(encodeContainer({ format: FORMAT, meta, sections: new Map([['a', Buffer.from([1, 2, 3])]]) })),
    );
    const headerLength = file.readUInt32LE(24);
    expect(file.subarray(28, 28 + headerLength).every((byte) => byte < 0x80)).toBe(true);
    expect(decodeContainer(file).meta).toEqual(meta);
    expect(JSON.parse(asciiJson(meta))).toEqual(meta);
    expect(asciiJson({ plain: 'ascii only' })).toBe(JSON.stringify({ plain: 'ascii only' }));
  });
});
