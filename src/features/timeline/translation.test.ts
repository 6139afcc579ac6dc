import { describe, expect, it } from 'vitest';
import { asSentences } from './translation';

describe('asSentences', () => {
  it('ends each summary with a full stop and joins them with a space', () => {
    expect(asSentences(['Lead reform and innovation', 'Hold a work-planning meeting (“One List”)'])).toBe(
      'Lead reform and innovation. Hold a work-planning meeting (“One List”).',
    );
  });

  it('keeps a summary’s own end mark, before or inside closing quotes', () => {
    expect(asSentences(['Aim high!', 'Ask “why not?”', 'Done.'])).toBe('Aim high! Ask “why not?” Done.');
  });

  it('leaves out empty summaries and gives nothing for none', () => {
    expect(asSentences(['  ', 'Act '])).toBe('Act.');
    expect(asSentences([])).toBe('');
  });
});
