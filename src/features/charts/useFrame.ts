import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Frame } from './layout';

/**
 * Width and font size of an element that spans the chart's width. Measured before the first paint, then again
 * whenever the element's box changes; null while it has no width (a hidden panel), so no chart is laid out
 * for zero pixels.
 */
export function useFrame(ref: RefObject<HTMLElement | null>): Frame | null {
  const [frame, setFrame] = useState<Frame | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.floor(element.getBoundingClientRect().width);
      const fontSize = Number.parseFloat(getComputedStyle(element).fontSize) || 16;
      setFrame((previous) => {
        if (width <= 0) return null;
        return previous?.width === width && previous.fontSize === fontSize ? previous : { width, fontSize };
      });
    };
    measure();
    // Re-measuring in the next frame keeps the chart's own height change out of the observer's delivery.
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

  return frame;
}
