import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedLoads } from './retryableLazy';

interface Props {
  /** Shown instead of the view when it throws; the rest of the page keeps working. `retry` renders it anew. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * One view's error boundary. A failed view is tried again when the reader asks (the fallback's button) and when
 * the browser comes back online, the likeliest end of a chunk that could not be loaded.
 */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A view failed to render', error, info.componentStack);
    window.addEventListener('online', this.retry);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.retry);
  }

  readonly retry = () => {
    window.removeEventListener('online', this.retry);
    retryFailedLoads();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
