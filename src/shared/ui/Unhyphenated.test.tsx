import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Unhyphenated } from './Unhyphenated';

describe('Unhyphenated', () => {
  it('keeps each hyphenated word in one unbreakable piece and the text as written', () => {
    expect(renderToStaticMarkup(<Unhyphenated text="Commitments on High-Quality Development, Shenzhen-wide" />)).toBe(
      'Commitments on <span class="no-break">High-Quality</span> Development, <span class="no-break">Shenzhen-wide</span>',
    );
  });

  it('leaves text without hyphens alone, and escapes it as text', () => {
    expect(renderToStaticMarkup(<Unhyphenated text="深圳各区高质量发展承诺看板" />)).toBe('深圳各区高质量发展承诺看板');
    expect(renderToStaticMarkup(<Unhyphenated text="<b>x-y</b>" />)).toBe(
      '<span class="no-break">&lt;b&gt;x-y&lt;/b&gt;</span>',
    );
  });
});
