import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, type ViewState } from '../../shared/url/viewState';
import { embedSnippet, embedSrc } from './snippet';

// An origin the snippet is written for, compared as text and never fetched (`.example` is reserved, RFC 2606).
const SITE = { origin: 'https://intranet.example', pathname: '/portal/pledges/' };
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('embedSrc', () => {
  it('keeps the filters and the language, and asks for one widget without chrome', () => {
    const src = embedSrc(view({ districts: ['nanshan', 'futian'], q: '数字', lang: 'en' }), 'map', SITE);
    const parsed = parseViewState(new URL(src).search);
    expect(src.startsWith('https://intranet.example/portal/pledges/?')).toBe(true);
    expect(parsed).toMatchObject({
      districts: ['nanshan', 'futian'],
      q: '数字',
      lang: 'en',
      embed: true,
      widget: 'map',
    });
  });

  it('leaves the meeting-room parameters out: an embed shows the dashboard', () => {
    const src = embedSrc(view({ mode: 'present', slide: 7, interval: 30, loop: true }), null, SITE);
    expect(new URL(src).search).toBe('?embed=1');
  });
});

describe('embedSnippet', () => {
  it('gives the iframe marked for embed.js, named, and the script beside the app', () => {
    const snippet = embedSnippet(view({ themes: ['fintech'] }), 'themes', SITE, '深圳各区承诺：主题分布');
    expect(snippet).toContain('<iframe\n  data-szpledges\n');
    expect(snippet).toContain(
      'src="https://intranet.example/portal/pledges/?theme=fintech&amp;embed=1&amp;view=themes"',
    );
    expect(snippet).toContain('title="深圳各区承诺：主题分布"');
    expect(snippet.endsWith('<script src="https://intranet.example/portal/pledges/embed.js" defer></script>')).toBe(
      true,
    );
  });

  it('escapes what an address or a title could carry into the markup', () => {
    const site = { ...SITE, pathname: '/a&b/' };
    const snippet = embedSnippet(view({ q: '"><script>' }), null, site, 'A "title" <b>');
    expect(snippet).toContain('src="https://intranet.example/a&amp;b/?q=');
    expect(snippet).toContain('<script src="https://intranet.example/a&amp;b/embed.js" defer>');
    expect(snippet).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
    // The search itself arrives whole in the frame.
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(parseViewState(new URL(src).search).q).toBe('"><script>');
  });

  it('leaves the editor’s colour scheme out: the widget follows its reader’s system', () => {
    expect(new URL(embedSrc(view({ scheme: 'dark' }), 'map', SITE)).searchParams.has('scheme')).toBe(false);
  });
});
