import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

/** Text is never shrunk below this share of its designed size; past it, the layout itself must change. */
const MIN_FIT = 0.6;
/**
 * A short quote grows up to this share of its designed size, so that it reads from the back of the room
 * instead of leaving the lower part of the slide empty; more would make neighbouring slides look unrelated.
 */
const MAX_FIT = 1.35;
/** Steps of the search for the largest size that fits: the last step is under 1 % of the range searched. */
const STEPS = 7;

/**
 * Sizes a box's type (through the `--fit` custom property its CSS multiplies sizes by) to the largest that
 * fits without scrolling, between MIN_FIT and MAX_FIT. Re-run whenever the box or the content changes. At the
 * designed sizes on 16:9 screens the real data fits at 100 %.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, deps: DependencyList) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fitsAt = (scale: number) => {
      element.style.setProperty('--fit', String(Math.round(scale * 1000) / 1000));
      return element.scrollHeight <= element.clientHeight + 1;
    };
    const fit = () => {
      if (fitsAt(MAX_FIT)) return;
      // The designed size is tried first: a search over the whole range would stop just short of it (0.998) on a
      // slide that fits it exactly, and set its type a fraction of a pixel under the designed minimum.
      let [fits, overflows] = fitsAt(1) ? [1, MAX_FIT] : [MIN_FIT, 1];
      for (let i = 0; i < STEPS; i += 1) {
        const middle = (fits + overflows) / 2;
        if (fitsAt(middle)) fits = middle;
        else overflows = middle;
      }
      fitsAt(fits);
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
