import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, PING_MESSAGE, heightMessage, isPing } from './protocol';

describe('height messages', () => {
  it('carry a whole number of pixels, rounded up so nothing is cut off', () => {
    expect(heightMessage(733.01)).toEqual({ type: HEIGHT_MESSAGE, height: 734 });
    expect(heightMessage(734)).toEqual({ type: HEIGHT_MESSAGE, height: 734 });
    expect(heightMessage(-3).height).toBe(0);
  });

  it('answer only a ping of the documented shape', () => {
    expect(isPing({ type: PING_MESSAGE })).toBe(true);
    for (const data of [PING_MESSAGE, null, undefined, { type: HEIGHT_MESSAGE }, { kind: PING_MESSAGE }]) {
      expect(isPing(data)).toBe(false);
    }
  });
});
