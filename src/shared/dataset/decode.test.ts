import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { decodeDataset, fingerprint } from './decode';

const real = buildDataset(realInputs());
const text = JSON.stringify(real);
const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('decodeDataset', () => {
  it('reads bytes and text alike, a byte-order mark included', () => {
    const fromText = decodeDataset(text, 'dataset.json');
    expect(fromText).toMatchObject({ ok: true, dropped: 0, issues: [] });
    expect(decodeDataset(bytes(text), 'dataset.json')).toEqual(fromText);
    expect(decodeDataset(bytes(`\uFEFF${text}`), 'dataset.json')).toEqual(fromText);
  });

  it('says why a file is not JSON, in the parser’s words', () => {
    const result = decodeDataset('{"statements": [', 'dataset.json');
    expect(result).toMatchObject({ ok: false, kind: 'json' });
    expect(!result.ok && result.kind === 'json' && result.detail).toMatch(/JSON/);
  });

  it('names the problems of a file that is JSON but not a dataset', () => {
    const result = decodeDataset('{"themes": "none"}', 'dataset.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.kind === 'invalid' && result.issues[0].file).toBe('dataset.json');
  });
});

describe('fingerprint', () => {
  it('is the same for the same text and differs when one character does', () => {
    expect(fingerprint(text)).toBe(fingerprint(`${text}`));
    expect(fingerprint(text.replace('深圳', '深川'))).not.toBe(fingerprint(text));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
    expect(fingerprint('')).not.toBe(fingerprint(' '));
  });
});
