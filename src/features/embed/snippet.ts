import {
  DEFAULT_VIEW,
  LEAVE_PRESENTATION,
  serializeViewState,
  type ViewState,
  type Widget,
} from '../../shared/url/viewState';

/** Where the page is served from: the iframe and `embed.js` are addressed from here. */
type Site = Pick<Location, 'origin' | 'pathname'>;

/** Text for an HTML attribute in double quotes. */
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The address an iframe shows this view at: the same filters and language, one widget or all, no chrome. */
export function embedSrc(view: ViewState, widget: Widget | null, site: Site): string {
  const embedded: ViewState = {
    ...view,
    // An embed shows the dashboard, never the meeting-room story.
    ...LEAVE_PRESENTATION,
    embed: true,
    widget,
    background: DEFAULT_VIEW.background,
    // The editor's own colour choice is no choice for the host page: the widget follows its reader's system.
    scheme: DEFAULT_VIEW.scheme,
  };
  return `${site.origin}${site.pathname}${serializeViewState(embedded)}`;
}

/**
 * What an editor pastes into a host page: the iframe marked for `embed.js`, named for screen readers, and the
 * script that sizes it (docs/embedding.md). The height is the frame's height until the first message arrives.
 */
export function embedSnippet(view: ViewState, widget: Widget | null, site: Site, title: string): string {
  const script = new URL('embed.js', `${site.origin}${site.pathname}`).href;
  return [
    '<iframe',
    '  data-szpledges',
    `  src="${attribute(embedSrc(view, widget, site))}"`,
    `  title="${attribute(title)}"`,
    '  style="display:block;width:100%;border:0"',
    '  height="600"',
    '></iframe>',
    `<script src="${attribute(script)}" defer></script>`,
  ].join('\n');
}
