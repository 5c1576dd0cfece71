import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/react';
import './faults.css';

/** The parts of the page that fail on their own. */
export type Part = 'map' | 'timeline' | 'event' | 'list' | 'legend' | 'stories';

export interface PartBoundaryProps {
  part: Part;
  children: ReactNode;
  /** When this changes (another event opened, another story), the part tries again by itself. */
  resetKey?: unknown;
  /** Told of the error, for a part that has a fallback of its own (the interactive map has the static one). */
  onError?(error: Error): void;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: unknown;
}

/**
 * Keeps an error in one part of the page: that part shows a message and a retry, the others go on
 * working. React calls this for errors while rendering and in effects; event handlers and promises
 * report their own.
 */
export class PartBoundary extends Component<PartBoundaryProps, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: PartBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.part} failed:`, error, info.componentStack);
    this.props.onError?.(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <PartFailed part={this.props.part} onRetry={() => this.setState({ error: null })} />;
  }
}

function PartFailed({ part, onRetry }: { part: Part; onRetry(): void }) {
  const t = useT();
  return (
    <div className={`part-failed part-failed-${part}`} role="alert">
      <p>
        {t(`harden.failed.${part}`)} {part !== 'stories' && t('harden.failed.rest')}
      </p>
      <button type="button" onClick={onRetry}>
        {t('harden.retry')}
      </button>
    </div>
  );
}
