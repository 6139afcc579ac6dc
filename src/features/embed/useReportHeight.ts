import { useEffect, useRef, type RefObject } from 'react';
import { heightMessage, isPing } from './protocol';

/**
 * Tells the host page how tall the content is whenever it changes, growing and shrinking. It measures the
 * content element, not the document: a document is at least as tall as the iframe, so it could never shrink.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>) {
  const report = useRef<() => void>(() => {});
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    const post = (force: boolean) => {
      const message = heightMessage(element.getBoundingClientRect().height);
      if (message.height === last && !force) return;
      last = message.height;
      // Any origin may read a height: it tells nothing about the data or the reader.
      window.parent.postMessage(message, '*');
    };
    report.current = () => post(false);
    const observer = new ResizeObserver(() => post(false));
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isPing(event.data)) post(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      report.current = () => {};
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [ref]);
  // Also after every render of the page: Chrome gives a cross-origin iframe off the host's screen no rendering
  // frames, so no ResizeObserver callbacks, and one waiting below the fold would never grow to its content.
  useEffect(() => report.current());
}
