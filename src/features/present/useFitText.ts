import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/** Text is never shrunk below this share of its designed size; past it, the layout itself must change. */
const MIN_FIT = 0.6;

/**
 * Shrinks a box's type (through the `--fit` custom property its CSS multiplies sizes by) until its content
 * fits without scrolling: a safety net for unusual screens and long quotes, re-run whenever the box or the
 * content changes. At the designed sizes on 16:9 screens the real data fits at 100 %.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, deps: DependencyList) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      let scale = 1;
      element.style.setProperty('--fit', '1');
      for (let i = 0; i < 8 && element.scrollHeight > element.clientHeight + 1 && scale > MIN_FIT; i += 1) {
        scale = Math.max(MIN_FIT, scale * Math.max(0.85, Math.sqrt(element.clientHeight / element.scrollHeight)));
        element.style.setProperty('--fit', String(Math.round(scale * 1000) / 1000));
      }
    };
    fit();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the content depends on
  }, deps);
}
