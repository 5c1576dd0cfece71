import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionState } from './session';

/** The Stories session, provided by main.tsx; null where the page has none (tests, other mounts). */
export const SessionContext = createContext<Session | null>(null);

export function useSessionContext(): Session | null {
  return useContext(SessionContext);
}

const NO_STATE = () => null;
const NO_SUBSCRIPTION = () => () => {};

/** The session's state, re-rendering when it changes; null without a session. */
export function useSessionState(session: Session | null): SessionState | null {
  return useSyncExternalStore(session ? session.subscribe : NO_SUBSCRIPTION, session ? session.getState : NO_STATE);
}

export interface EmbedSource {
  /** The `?data=` address of the open story, for embed code; null when it came from elsewhere. */
  readonly dataUrl: string | null;
  /** The open story exists only in this browser, so no embed code can show it. */
  readonly localOnly: boolean;
}

export function useEmbedSource(): EmbedSource {
  const origin = useSessionState(useSessionContext())?.current?.origin;
  return { dataUrl: origin?.kind === 'url' ? origin.url : null, localOnly: origin?.kind === 'stored' || origin?.kind === 'unsaved' };
}
