import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeepTogether, Unhyphenated } from './KeepTogether';

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

describe('KeepTogether', () => {
  it('wraps every occurrence of each piece, the longest first, and nothing else', () => {
    expect(
      renderToStaticMarkup(
        <KeepTogether
          text="来源：深圳特区报，2023年2月6日或之后（2023年2月）"
          pieces={['2023年2月', '2023年2月6日']}
        />,
      ),
    ).toBe(
      '来源：深圳特区报，<span class="no-break">2023年2月6日</span>或之后（<span class="no-break">2023年2月</span>）',
    );
  });

  it('takes pieces as plain text, not patterns, and renders plain text where there are none', () => {
    expect(renderToStaticMarkup(<KeepTogether text="a (b) c.d" pieces={['(b)', '.']} />)).toBe(
      'a <span class="no-break">(b)</span> c<span class="no-break">.</span>d',
    );
    expect(renderToStaticMarkup(<KeepTogether text="<i>x</i>" pieces={['']} />)).toBe('&lt;i&gt;x&lt;/i&gt;');
  });
});
