/**
 * Where the keyboard focus goes when a view's Retry button is pressed. The button is gone once the boundary
 * renders the view again, and focus would fall to the page: instead, what comes back takes it. The view's
 * heading when the view comes back, or the new Retry button when it fails again.
 */
import { createContext, useContext, useEffect, useRef } from 'react';

/** Asked for by a boundary's Retry button, taken by the first element to mount under that boundary that wants it. */
export class FocusRequest {
  private pending = false;

  ask(): void {
    this.pending = true;
  }

  take(): boolean {
    const asked = this.pending;
    this.pending = false;
    return asked;
  }
}

// A request object, not state: handing the focus over must not render anything again.
export const RetryFocus = createContext<FocusRequest | null>(null);

/** A ref for the element that takes the focus when it mounts after its boundary's Retry was pressed. */
export function useFocusAfterRetry<T extends HTMLElement>() {
  const element = useRef<T>(null);
  const request = useContext(RetryFocus);
  useEffect(() => {
    if (request?.take()) element.current?.focus();
  }, [request]);
  return element;
}
