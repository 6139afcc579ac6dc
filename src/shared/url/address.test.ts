// @vitest-environment jsdom
/** The address store shows a change at once and writes it to history once it is drawn, in order, never lost. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Address = typeof import('./address');
let address: Address;
let notified: number;
let unsubscribe: () => void;

/** Resolves after `count` frames, each followed by a task: jsdom's frames and its zero-delay timers (it has no
 * task scheduler, so the write's background task is such a timer, queued before this one's). */
const afterFrames = (count: number): Promise<void> =>
  count === 0
    ? Promise.resolve()
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() => afterFrames(count - 1));
const afterWrite = () => afterFrames(2);

beforeEach(async () => {
  window.history.replaceState(null, '', '/');
  // A fresh module each test: nothing waiting from the one before.
  vi.resetModules();
  address = await import('./address');
  notified = 0;
  unsubscribe = address.subscribeToAddress(() => (notified += 1));
});

afterEach(() => {
  // Earlier tests' modules still hear the window's events: none may count into the next test.
  unsubscribe();
  vi.restoreAllMocks();
});

describe('changeAddress', () => {
  it('shows a change at once and writes it to history once the frame after the one showing it is painted', async () => {
    const entries = window.history.length;
    address.changeAddress('?district=luohu', { replace: false });
    expect(address.currentSearch()).toBe('?district=luohu');
    expect(notified).toBe(1);
    expect(window.location.search).toBe('');
    await afterFrames(1);
    expect(window.location.search).toBe('');
    await afterFrames(1);
    expect(window.location.search).toBe('?district=luohu');
    expect(window.history.length).toBe(entries + 1);
  });

  it('writes a waiting entry before adding the next, so Back steps through both', async () => {
    const entries = window.history.length;
    const pushState = vi.spyOn(window.history, 'pushState');
    address.changeAddress('?district=luohu', { replace: false });
    address.changeAddress('?district=luohu,futian', { replace: false });
    await afterWrite();
    expect(pushState.mock.calls.map((call) => call[2])).toEqual(['/?district=luohu', '/?district=luohu,futian']);
    expect(window.history.length).toBe(entries + 2);
    expect(window.location.search).toBe('?district=luohu,futian');
  });

  it('joins a replacing change to the entry still waiting: one entry, the latest address', async () => {
    const entries = window.history.length;
    address.changeAddress('?q=%E6%95%B0', { replace: false });
    address.changeAddress('?q=%E6%95%B0%E5%AD%97', { replace: true });
    expect(address.currentSearch()).toBe('?q=%E6%95%B0%E5%AD%97');
    await afterWrite();
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe('?q=%E6%95%B0%E5%AD%97');
  });

  it('replaces the current entry when asked', async () => {
    const entries = window.history.length;
    address.changeAddress('?slide=2', { replace: true });
    await afterWrite();
    expect(window.history.length).toBe(entries);
    expect(window.location.search).toBe('?slide=2');
  });

  it('drops a change still waiting when Back or Forward moves the page', async () => {
    address.changeAddress('?district=luohu', { replace: false });
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(address.currentSearch()).toBe('');
    expect(notified).toBe(2);
    await afterWrite();
    expect(window.location.search).toBe('');
  });

  it('writes a waiting change when the page is left', () => {
    address.changeAddress('?district=luohu', { replace: false });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?district=luohu');
  });

  it('writes a waiting change when the page is hidden, where no frame comes to write it, and only then', async () => {
    const entries = window.history.length;
    address.changeAddress('?district=luohu', { replace: false });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(window.location.search).toBe('?district=luohu');
    await afterWrite();
    expect(window.history.length).toBe(entries + 1);
  });

  it('writes a waiting change before the next key or pointer press, so a jump link cannot add its entry first', () => {
    address.changeAddress('?district=luohu', { replace: false });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(window.location.search).toBe('?district=luohu');
    address.changeAddress('?district=futian', { replace: false });
    window.dispatchEvent(new Event('pointerdown'));
    expect(window.location.search).toBe('?district=futian');
  });

  it('shows the address it has again when the browser ignores a write without a word', async () => {
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {});
    address.changeAddress('?district=luohu', { replace: false });
    await afterWrite();
    expect(address.currentSearch()).toBe('');
    expect(notified).toBe(2);
  });

  it('drops a change the browser refuses to write, and shows the address it has again', async () => {
    vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.pushState() more than 200 times', 'SecurityError');
    });
    address.changeAddress('?district=luohu', { replace: false });
    await afterWrite();
    expect(address.currentSearch()).toBe('');
    expect(notified).toBe(2);
  });
});
