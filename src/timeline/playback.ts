import { useEffect, useRef } from 'react';
import type { TimeWindow } from '../time/window';
import type { Millis } from '../time/edtf';

/** A full pass from the first event to the last takes this long when animated. */
const PASS_MS = 20_000;
/** Under reduced motion the window jumps instead of gliding, this often. */
const STEP_MS = 1_500;

/** The window a play starts from: the current one, or a sixth of the story. */
export function playStart(window: TimeWindow | null, extent: readonly [Millis, Millis]): TimeWindow {
  const span = window ? window.end - window.start : (extent[1] - extent[0]) / 6;
  const start = window && window.end < extent[1] ? window.start : extent[0];
  return { start, end: start + span };
}

/**
 * Moves the window forward while `playing`, smoothly or, under reduced motion, in
 * steps of one window; stops at the end of the story.
 */
export function usePlayback(
  playing: boolean,
  current: TimeWindow | null,
  extent: readonly [Millis, Millis],
  reducedMotion: boolean,
  onWindow: (w: TimeWindow) => void,
  onStop: () => void,
) {
  const latest = useRef({ current, onWindow, onStop });
  useEffect(() => {
    latest.current = { current, onWindow, onStop };
  });
  useEffect(() => {
    if (!playing) return;
    const first = playStart(latest.current.current, extent);
    const span = first.end - first.start;
    const speed = (extent[1] - extent[0]) / PASS_MS;
    let frame = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const advance = (by: Millis) => {
      const now = latest.current.current ?? first;
      const start = Math.min(now.start + by, extent[1] - span);
      latest.current.onWindow({ start, end: start + span });
      if (start >= extent[1] - span) latest.current.onStop();
    };
    latest.current.onWindow(first);
    if (reducedMotion) {
      timer = setInterval(() => advance(span), STEP_MS);
    } else {
      let last = performance.now();
      const tick = (time: number) => {
        advance((time - last) * speed);
        last = time;
        frame = requestAnimationFrame(tick);
      };
      frame = requestAnimationFrame(tick);
    }
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(timer);
    };
  }, [playing, extent, reducedMotion]);
}
