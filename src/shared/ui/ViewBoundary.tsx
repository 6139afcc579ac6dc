import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedLoads } from './retryableLazy';
import { FocusRequest, RetryFocus } from './retryFocus';

interface Props {
  /** Shown instead of the view when it throws; the rest of the page keeps working. `retry` renders it anew. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * One view's error boundary. A failed view is tried again when the reader asks (the fallback's button) and when
 * the browser comes back online, the likeliest end of a chunk that could not be loaded. The reader's retry hands
 * the focus to what comes back (retryFocus.ts).
 */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  private readonly focusRequest = new FocusRequest();

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A view failed to render', error, info.componentStack);
    window.addEventListener('online', this.reload);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.reload);
  }

  /** The reader's retry. */
  readonly retry = () => {
    this.focusRequest.ask();
    this.reload();
  };

  private readonly reload = () => {
    window.removeEventListener('online', this.reload);
    retryFailedLoads();
    this.setState({ failed: false });
  };

  override render() {
    return (
      <RetryFocus value={this.focusRequest}>
        {this.state.failed ? this.props.fallback(this.retry) : this.props.children}
      </RetryFocus>
    );
  }
}
