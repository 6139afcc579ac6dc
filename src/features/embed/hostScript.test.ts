// @vitest-environment jsdom
/** public/embed.js, the host page's side of the protocol, run in a DOM against messages shaped by protocol.ts. */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessage } from './protocol';

// Origins only, compared as strings inside jsdom: nothing is fetched. `.example` is reserved (RFC 2606), and
// the wrong-origin messages below use it too.
const APP = 'https://dash.example';

beforeAll(() => {
  // The script as shipped, not a copy of its logic.
  new Function(readFileSync('public/embed.js', 'utf8'))();
});

function frame(src: string, marked = true): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  if (marked) iframe.dataset.szpledges = '';
  iframe.src = src;
  document.body.append(iframe);
  return iframe;
}

function send(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('embed.js', () => {
  beforeEach(() => document.body.replaceChildren());

  it('sets each frame to the height its own page reports, growing and shrinking', () => {
    const map = frame(`${APP}/pledges/?embed=1&view=map`);
    const timeline = frame(`${APP}/pledges/?embed=1&view=timeline`);
    send(heightMessage(640.2), APP, map.contentWindow);
    send(heightMessage(2400), APP, timeline.contentWindow);
    expect([map.style.height, timeline.style.height]).toEqual(['641px', '2400px']);
    send(heightMessage(900), APP, timeline.contentWindow);
    expect(timeline.style.height).toBe('900px');
  });

  it('ignores a message from another origin, even from the frame’s window', () => {
    const map = frame(`${APP}/?embed=1`);
    send(heightMessage(500), 'https://evil.example', map.contentWindow);
    send(heightMessage(500), 'http://dash.example', map.contentWindow);
    expect(map.style.height).toBe('');
  });

  it('ignores a message from the right origin but another window', () => {
    const map = frame(`${APP}/?embed=1`);
    const stranger = frame(`${APP}/other.html`, false);
    send(heightMessage(500), APP, stranger.contentWindow);
    send(heightMessage(500), APP, window);
    send(heightMessage(500), APP, null);
    expect(map.style.height).toBe('');
  });

  it('ignores messages of another shape or with an unusable height', () => {
    const map = frame(`${APP}/?embed=1`);
    for (const data of [
      { type: 'other:height', height: 500 },
      { type: HEIGHT_MESSAGE, height: '500' },
      { type: HEIGHT_MESSAGE, height: -1 },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: 1e9 },
      `{"type":"${HEIGHT_MESSAGE}","height":500}`,
      null,
    ]) {
      send(data, APP, map.contentWindow);
    }
    expect(map.style.height).toBe('');
  });

  it('resolves a relative src against the host page', () => {
    const local = frame('/pledges/?embed=1');
    send(heightMessage(300), window.location.origin, local.contentWindow);
    expect(local.style.height).toBe('300px');
  });
});
