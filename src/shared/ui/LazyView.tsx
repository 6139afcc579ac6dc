import { Suspense, type ReactNode } from 'react';
import { ViewBoundary } from './ViewBoundary';

interface Props {
  /** Shown if the view throws: it fails alone, the rest of the page keeps working. */
  fallback: ReactNode;
  /** Shown while the view's chunk loads. */
  loading: ReactNode;
  children: ReactNode;
}

/** A lazily loaded view with its own error boundary. */
export function LazyView({ fallback, loading, children }: Props) {
  return (
    <ViewBoundary fallback={fallback}>
      <Suspense fallback={loading}>{children}</Suspense>
    </ViewBoundary>
  );
}
