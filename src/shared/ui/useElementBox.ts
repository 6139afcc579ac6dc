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
 * fullscreen entered), so whatever is drawn for it re-lays itself out instead of being stretched.
 * Null while the element has no area.
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
      setBox((previous) => (next.width <= 0 || next.height <= 0 ? null : same(previous, next) ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
