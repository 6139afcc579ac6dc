import { useEffect, useState, type RefObject } from 'react';
import { onRevealAll } from './reveal';

/** Start loading a view once it is within half a screen of the viewport, so it is drawn by the time it shows. */
const NEAR = '50% 0px';

/**
 * Whether the element has come near the viewport (or printing revealed it). Once true it stays true.
 * Without IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean): boolean {
  const [near, setNear] = useState(() => !enabled || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const reveal = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), {
      rootMargin: NEAR,
    });
    observer.observe(element);
    const unsubscribe = onRevealAll(reveal);
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [near, ref]);
  return near;
}
