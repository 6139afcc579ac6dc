/** A React root on an element of its own in the document, for component tests in jsdom (tests only). */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

export interface TestMount {
  container: HTMLDivElement;
  root: Root;
}

export function mountTestRoot(): TestMount {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  return { container, root: createRoot(container) };
}

export function unmountTestRoot({ container, root }: TestMount): void {
  act(() => root.unmount());
  container.remove();
}
