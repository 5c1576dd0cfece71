import { describe, expect, it } from 'vitest';
import { playStart } from '../../../src/timeline/playback';
import { utc } from '../fixtures';

const EXTENT = [utc('2018-01-01'), utc('2024-01-01')] as const;

describe('playStart', () => {
  it('starts from the beginning with a sixth of the story when there is no window', () => {
    expect(playStart(null, EXTENT)).toEqual({ start: EXTENT[0], end: EXTENT[0] + (EXTENT[1] - EXTENT[0]) / 6 });
  });

  it('plays on from the current window', () => {
    const window = { start: utc('2019-01-01'), end: utc('2020-01-01') };
    expect(playStart(window, EXTENT)).toEqual(window);
  });

  it('starts over from the beginning, keeping the span, when the window is at the end', () => {
    const span = utc('2024-01-01') - utc('2023-01-01');
    expect(playStart({ start: utc('2023-01-01'), end: EXTENT[1] }, EXTENT)).toEqual({ start: EXTENT[0], end: EXTENT[0] + span });
  });
});
