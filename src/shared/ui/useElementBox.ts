import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's size and computed font size, in CSS px. */
export interface ElementBox {
  width: number;
  height: number;
  fontSize: number;
}

const same = (a: ElementBox | null, b: ElementBox) =>
  a !== null && a.width === b.width && a.height === b.height && a.fontSize === b.fontSize;

/**
 * Measures before the first paint and again whenever the box changes (a window resized, a display scaled,
 * fullscreen entered), so whatever is drawn for it re-lays itself out instead of being stretched. Null while
 * the element has no width (a hidden panel), so nothing is laid out for zero pixels; a zero height is
 * reported (a ruler that only spans the width has none).
 */
export function useElementBox(ref: RefObject<HTMLElement | null>): ElementBox | null {
  const [box, setBox] = useState<ElementBox | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const next = {
        width: Math.floor(rect.width),
        height: Math.floor(rect.height),
        fontSize: Number.parseFloat(getComputedStyle(element).fontSize) || 16,
      };
      setBox((previous) => (next.width <= 0 ? null : same(previous, next) ? previous : next));
    };
    measure();
    // Re-measuring in the next frame keeps what is drawn in response out of the observer's delivery
    // (the browser's "ResizeObserver loop" error).
    let pending = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(measure);
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(pending);
      observer.disconnect();
    };
  }, [ref]);
  return box;
}
