import type { ReactNode } from 'react';
import type { CurrentStory, Session } from './session';
import { SessionContext, useSessionState } from './useSession';
import { StoriesStatus } from './StoriesStatus';
import { DropZone } from './DropZone';

export interface StoriesRootProps {
  session: Session;
  /** Files can be dropped on the full explorer, not on an embed in someone's article. */
  droppable: boolean;
  children(current: CurrentStory): ReactNode;
}

/** Provides the Stories session to the page and renders the app for the open story. */
export function StoriesRoot({ session, droppable, children }: StoriesRootProps) {
  const state = useSessionState(session);
  return (
    <SessionContext value={session}>
      {state?.current && children(state.current)}
      <StoriesStatus />
      {droppable && <DropZone />}
    </SessionContext>
  );
}
