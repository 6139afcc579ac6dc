import { Suspense, useRef, type ReactNode } from 'react';
import { useNearViewport } from './useNearViewport';
import { ViewBoundary } from './ViewBoundary';

interface Props {
  /** Shown if the view throws: it fails alone, the rest of the page keeps working. `retry` tries it again. */
  fallback: (retry: () => void) => ReactNode;
  /** Shown while the view's chunk loads (and while it waits to come near the viewport). */
  loading: ReactNode;
  /** Mount the view only when it comes near the viewport (see useNearViewport). */
  whenNear?: boolean;
  children: ReactNode;
}

/** A lazily loaded view with its own error boundary. */
export function LazyView({ fallback, loading, whenNear = false, children }: Props) {
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholder, whenNear);
  return (
    <ViewBoundary fallback={fallback}>
      {near ? (
        <Suspense fallback={loading}>{children}</Suspense>
      ) : (
        <div ref={placeholder} className="lazy-view">
          {loading}
        </div>
      )}
    </ViewBoundary>
  );
}
