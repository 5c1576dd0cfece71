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

/** The `?data=` address of the open story, for embed code; null when it came from elsewhere. */
export function useDataUrl(): string | null {
  const state = useSessionState(useSessionContext());
  const origin = state?.current?.origin;
  return origin?.kind === 'url' ? origin.url : null;
}
