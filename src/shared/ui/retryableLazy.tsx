/**
 * React.lazy keeps a failed import's error for good, so a view whose chunk once failed to load (offline, a
 * deploy that replaced the file) could never come back without a reload of the page. A retryable lazy
 * component starts its import again when a view boundary retries (retryFailedLoads). Browsers that follow the
 * current HTML standard (the Chromium the tests run) fetch a failed dynamic import anew; one that remembers the
 * failure shows the view's error panel again, and only a reload of the page helps there.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const failedLoads = new Set<() => void>();

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  const start = () => {
    current = lazy(() =>
      load().catch((error: unknown) => {
        failedLoads.add(start);
        throw error;
      }),
    );
  };
  start();
  return function RetryableLazy(props: P) {
    const View = current;
    return <View {...props} />;
  };
}

/** Starts again every import that failed, for the views about to be rendered anew. */
export function retryFailedLoads(): void {
  const loads = [...failedLoads];
  failedLoads.clear();
  for (const start of loads) start();
}
