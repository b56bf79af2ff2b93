import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What to show instead; `retry` draws the children again. */
  fallback: (problem: { error: unknown; retry: () => void }) => ReactNode;
}

/**
 * Catches an error thrown while drawing its children (a page that failed to load, texts that could
 * not be fetched, a bug) and shows the fallback in their place, leaving everything outside it (the
 * header with quick exit, the answers held above it) as it was.
 */
export class ErrorBoundary extends Component<Props, { problem: { error: unknown } | null }> {
  state = { problem: null as { error: unknown } | null };

  static getDerivedStateFromError(error: unknown) {
    return { problem: { error } };
  }

  private retry = () => this.setState({ problem: null });

  render() {
    const { problem } = this.state;
    return problem ? this.props.fallback({ error: problem.error, retry: this.retry }) : this.props.children;
  }
}
