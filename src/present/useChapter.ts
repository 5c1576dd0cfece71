import { useEffect, useRef } from 'react';
import type { Story } from '../story/model';
import type { Store } from '../state/store';
import type { ViewRequest } from '../map/MapView';
import { animateWindow } from './tween';

const WINDOW_MS = 900;

/**
 * The chapter card covers the map's left side (its bottom on phones; see .presenter in
 * app.css), so the chapter's place goes to the middle of what is left.
 */
function clearOfCard(): [number, number] {
  return innerWidth > 760 ? [(Math.min(34 * 16, innerWidth * 0.42) + 16) / 2, 0] : [0, -innerHeight * 0.2];
}

/**
 * While presenting, shows the current chapter: the map flying to its view and the time
 * window gliding to its span (cut, under reduced motion). Selecting its first event is
 * part of the goToChapter action, so a chapter step is one state change.
 */
export function useChapter(
  story: Story,
  store: Store,
  presenting: boolean,
  chapter: number,
  reducedMotion: boolean,
  requestView: (r: Omit<ViewRequest, 'key'>) => void,
) {
  const latest = useRef({ reducedMotion, requestView });
  useEffect(() => {
    latest.current = { reducedMotion, requestView };
  });
  useEffect(() => {
    const current = story.chapters[chapter];
    if (!presenting || !current) return;
    const { reducedMotion: instant, requestView: fly } = latest.current;
    fly({ view: current.view, offset: clearOfCard() });
    const target = { start: current.window.min, end: current.window.max };
    const from = store.getState().window ?? { start: story.extent[0], end: story.extent[1] };
    return animateWindow(from, target, instant ? 0 : WINDOW_MS, (w) => store.setState({ window: w }));
  }, [story, store, presenting, chapter]);
}
