import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore } from 'idb-keyval';
import { createLibrary } from '../../../src/stories/library';
import { storyFile } from '../fixtures';

let db = 0;
/** A fresh database per test, and a clock that moves on a minute per call. */
function library() {
  let t = Date.UTC(2026, 0, 1);
  return createLibrary(createStore(`test-${++db}`, 'stories'), () => new Date((t += 60_000)));
}

const story = (title: string, n = 1) => ({ ...storyFile(Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: '2020-01-01' }))), title });

describe('library', () => {
  it('keeps a story with its name, title, date and event count, and gives it back', async () => {
    const lib = library();
    const saved = await lib.save({ name: 'sheet.csv', story: story('A', 3), report: null });
    expect(saved).toMatchObject({ name: 'sheet.csv', title: 'A', events: 3, savedAt: '2026-01-01T00:02:00.000Z' });
    expect((await lib.get(saved.key))?.story.title).toBe('A');
    expect(await lib.list()).toEqual([{ key: saved.key, name: 'sheet.csv', title: 'A', savedAt: saved.savedAt, events: 3 }]);
  });

  it('lists the newest first', async () => {
    const lib = library();
    await lib.save({ name: 'one.csv', story: story('One'), report: null });
    await lib.save({ name: 'two.csv', story: story('Two'), report: null });
    expect((await lib.list()).map((m) => m.title)).toEqual(['Two', 'One']);
  });

  it('updates a story in place and moves it to the top', async () => {
    const lib = library();
    const one = await lib.save({ name: 'one.csv', story: story('One'), report: null });
    await lib.save({ name: 'two.csv', story: story('Two'), report: null });
    await lib.update(one.key, story('One, placed', 2), null);
    const list = await lib.list();
    expect(list.map((m) => [m.title, m.events])).toEqual([
      ['One, placed', 2],
      ['Two', 1],
    ]);
    expect(list.filter((m) => m.key === one.key)).toHaveLength(1);
    expect(await lib.update('no-such-key', story('X'), null)).toBeUndefined();
  });

  it('deletes a story and its entry', async () => {
    const lib = library();
    const one = await lib.save({ name: 'one.csv', story: story('One'), report: null });
    await lib.remove(one.key);
    expect(await lib.list()).toEqual([]);
    expect(await lib.get(one.key)).toBeUndefined();
  });
});
