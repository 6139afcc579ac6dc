// @vitest-environment jsdom
/** Views below the fold wait for the reader to come near them; printing and the print button reveal them. */
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyView } from './LazyView';
import { printWhenReady, revealAllViews } from './reveal';
import { mountTestRoot, unmountTestRoot } from './testMount';

/** A stand-in IntersectionObserver that the test fires by hand, as scrolling would. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  enter() {
    const entries = this.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

let container: HTMLDivElement;
let root: Root;

function renderView(whenNear: boolean) {
  act(() =>
    root.render(
      <LazyView
        fallback={() => <p>failed</p>}
        loading={<div className="waiting" aria-busy="true" />}
        whenNear={whenNear}
      >
        <p className="view">the view</p>
      </LazyView>,
    ),
  );
}

beforeEach(() => {
  FakeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  ({ container, root } = mountTestRoot());
});

afterEach(() => {
  unmountTestRoot({ container, root });
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('LazyView', () => {
  it('mounts at once unless told to wait', () => {
    renderView(false);
    expect(container.querySelector('.view')).not.toBeNull();
    expect(FakeObserver.instances).toHaveLength(0);
  });

  it('waits with its placeholder until the view comes near the viewport, then stops observing', () => {
    renderView(true);
    expect(container.querySelector('.view')).toBeNull();
    expect(container.querySelector('.waiting')).not.toBeNull();
    const [observer] = FakeObserver.instances;
    expect(observer.options?.rootMargin).toMatch(/%/);
    act(() => observer.enter());
    expect(container.querySelector('.view')).not.toBeNull();
    expect(observer.disconnected).toBe(true);
  });

  it('is revealed for printing without being scrolled to', () => {
    renderView(true);
    act(() => revealAllViews());
    expect(container.querySelector('.view')).not.toBeNull();
  });

  it('is revealed by the browser print command', () => {
    renderView(true);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(container.querySelector('.view')).not.toBeNull();
  });
});

describe('printWhenReady', () => {
  it('reveals the views and prints once nothing is loading any more', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderView(true);
    let loading = 3;
    act(() => printWhenReady(() => loading-- > 0));
    expect(container.querySelector('.view')).not.toBeNull();
    vi.advanceTimersByTime(16 * 3);
    expect(print).not.toHaveBeenCalled();
    vi.advanceTimersByTime(16);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('prints what there is when a view never finishes loading', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    printWhenReady(() => true);
    vi.advanceTimersByTime(9000);
    expect(print).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1100);
    expect(print).toHaveBeenCalledTimes(1);
  });
});
