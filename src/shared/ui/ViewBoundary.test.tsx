// @vitest-environment jsdom
/** A view whose chunk failed to load comes back when the reader retries or the browser is online again. */
import { act, Suspense } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryableLazy } from './retryableLazy';
import { useFocusAfterRetry } from './retryFocus';
import { ViewBoundary } from './ViewBoundary';
import { mountTestRoot, unmountTestRoot } from './testMount';

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ({ container, root } = mountTestRoot());
});

afterEach(() => {
  unmountTestRoot({ container, root });
  vi.restoreAllMocks();
});

function FocusableView({ text }: { text: string }) {
  const heading = useFocusAfterRetry<HTMLHeadingElement>();
  return (
    <h2 ref={heading} className="view" tabIndex={-1}>
      {text}
    </h2>
  );
}

/** A lazy view whose chunk fails to load `failures` times, then loads. */
function flakyView(failures: number) {
  let attempts = 0;
  const View = retryableLazy(async () => {
    attempts += 1;
    if (attempts <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { default: FocusableView };
  });
  return { View, attempts: () => attempts };
}

async function renderInBoundary(View: ReturnType<typeof flakyView>['View']) {
  let retryView = () => {};
  await act(async () =>
    root.render(
      <ViewBoundary
        fallback={(retry) => {
          retryView = retry;
          return <p className="failed">failed</p>;
        }}
      >
        <Suspense fallback={<p className="loading" />}>
          <View text="the view" />
        </Suspense>
      </ViewBoundary>,
    ),
  );
  return () => retryView();
}

describe('ViewBoundary with a retryable lazy view', () => {
  it('shows its fallback when the chunk fails, and the view once a retry loads it', async () => {
    const { View, attempts } = flakyView(1);
    const retry = await renderInBoundary(View);
    expect(container.querySelector('.failed')).not.toBeNull();
    await act(async () => retry());
    expect(container.querySelector('.view')?.textContent).toBe('the view');
    expect(attempts()).toBe(2);
  });

  it('tries again by itself when the browser comes back online', async () => {
    const { View, attempts } = flakyView(1);
    await renderInBoundary(View);
    expect(container.querySelector('.failed')).not.toBeNull();
    await act(async () => void window.dispatchEvent(new Event('online')));
    expect(container.querySelector('.view')).not.toBeNull();
    expect(attempts()).toBe(2);
  });

  it('falls back again when the retry fails too, and a later retry still works', async () => {
    const { View, attempts } = flakyView(2);
    const retry = await renderInBoundary(View);
    await act(async () => retry());
    expect(container.querySelector('.failed')).not.toBeNull();
    await act(async () => retry());
    expect(container.querySelector('.view')).not.toBeNull();
    expect(attempts()).toBe(3);
  });

  it('hands the focus to the view that comes back after the reader’s retry', async () => {
    const { View } = flakyView(1);
    const retry = await renderInBoundary(View);
    await act(async () => retry());
    expect(document.activeElement).toBe(container.querySelector('.view'));
  });

  it('leaves the focus where the reader has it when the view comes back by itself (online)', async () => {
    const { View } = flakyView(1);
    await renderInBoundary(View);
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    await act(async () => void window.dispatchEvent(new Event('online')));
    expect(container.querySelector('.view')).not.toBeNull();
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });
});
