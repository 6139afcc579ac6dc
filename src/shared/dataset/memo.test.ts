import { describe, expect, it } from 'vitest';
import { perObject } from './memo';

describe('perObject', () => {
  it('works an answer out once per object, and again for another object', () => {
    let calls = 0;
    const size = perObject((list: number[]) => {
      calls += 1;
      return list.length;
    });
    const a = [1, 2];
    expect([size(a), size(a), size([1])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
  });

  it('keeps an answer given from elsewhere, even a falsy one', () => {
    const size = perObject((list: number[]) => list.length);
    const a = [1, 2, 3];
    size.prime(a, 0);
    expect(size(a)).toBe(0);
  });
});
