import { NO_FACETS } from '../../../src/search/facets';
import { describe, expect, it } from 'vitest';
import { goToChapter, replaceStory, restoreUrl, startPresenting, setLang, stopPresenting, toggleCategory } from '../../../src/state/actions';
import { createStore, initialState, type AppState } from '../../../src/state/store';
import { syncUrl } from '../../../src/state/history';
import { selectKnownIds } from '../../../src/state/selectors';
import { makeStory, realStory } from '../fixtures';

const story = realStory();
const state = (patch: Partial<AppState> = {}): AppState => ({ ...initialState(story), ...patch });

describe('toggleCategory', () => {
  it('hides a shown category and shows a hidden one, leaving the state untouched', () => {
    const before = state({ hiddenCategories: new Set(['raid']) });
    expect(toggleCategory(before, 'policy').hiddenCategories).toEqual(new Set(['raid', 'policy']));
    expect(toggleCategory(before, 'raid').hiddenCategories).toEqual(new Set());
    expect(before.hiddenCategories).toEqual(new Set(['raid']));
  });
});

describe('goToChapter', () => {
  it('selects the chapter’s first event and shows every event, in one patch', () => {
    const patch = goToChapter(state({ hiddenCategories: new Set(['raid']), query: 'nuctech', facets: { ...NO_FACETS, country: new Set(['CN']) } }), 2);
    expect(patch).toEqual({ chapter: 2, selectedId: story.chapters[2].events[0], hiddenCategories: new Set(), facets: NO_FACETS, query: '' });
  });

  it('keeps the chapter within the story', () => {
    expect(goToChapter(state(), 99).chapter).toBe(story.chapters.length - 1);
    expect(goToChapter(state(), -1).chapter).toBe(0);
  });
});

describe('startPresenting and stopPresenting', () => {
  it('opens the deck at the first chapter, and closes it keeping the chapter', () => {
    expect(startPresenting(state({ chapter: 3 }))).toMatchObject({ presenting: true, chapter: 0, selectedId: story.chapters[0].events[0] });
    expect(stopPresenting()).toEqual({ presenting: false });
  });

  it('does nothing for a story without chapters', () => {
    expect(startPresenting(initialState(makeStory([{ id: 'a', date: '2020' }])))).toEqual({});
  });
});

describe('replaceStory', () => {
  it('shows the new story from its start, with nothing of the old one left', () => {
    const other = makeStory([{ id: 'a', date: '2020' }]);
    const before = state({
      selectedId: 'transavia-breach',
      hoveredId: 'x',
      window: { start: 0, end: 1 },
      hiddenCategories: new Set(['raid']),
      presenting: true,
      chapter: 4,
    });
    expect({ ...before, ...replaceStory(before, other) }).toEqual({ ...initialState(other), view: null });
  });
});

describe('restoreUrl', () => {
  it('opens a deck link without an event on the chapter’s first event', () => {
    const url = {
      selectedId: null,
      window: null,
      hiddenCategories: new Set<string>(),
      facets: NO_FACETS,
      query: '',
      view: null,
      presenting: true,
      chapter: 1,
      lang: null,
    };
    expect(restoreUrl(state(), url)).toMatchObject({ presenting: true, chapter: 1, selectedId: story.chapters[1].events[0], hoveredId: null });
    expect(restoreUrl(state(), { ...url, selectedId: 'transavia-breach' }).selectedId).toBe('transavia-breach');
  });

  it('takes the language a link names, and leaves the reader’s alone when it names none', () => {
    const url = {
      selectedId: null,
      window: null,
      hiddenCategories: new Set<string>(),
      facets: NO_FACETS,
      query: '',
      view: null,
      presenting: false,
      chapter: 0,
    };
    expect(restoreUrl(state(), { ...url, lang: 'nl' })).toMatchObject({ lang: 'nl', langChosen: true });
    const patch = restoreUrl(state({ lang: 'nl', langChosen: true }), { ...url, lang: null });
    expect('lang' in patch || 'langChosen' in patch).toBe(false);
  });
});

describe('setLang', () => {
  it('changes the language and nothing else', () => {
    const before = state({ selectedId: 'transavia-breach', presenting: true, chapter: 2 });
    const store = createStore(before);
    store.update(setLang, 'nl');
    expect(store.getState()).toEqual({ ...before, lang: 'nl', langChosen: true });
  });
});

describe('a chapter step', () => {
  it('makes one history entry', () => {
    const pushes: string[] = [];
    const stub = { pushState: (_: unknown, __: string, url: string) => pushes.push(url), replaceState: () => {} };
    const location = { search: '', pathname: '/', hash: '' };
    Object.assign(globalThis, { history: stub, location, addEventListener: () => {}, removeEventListener: () => {} });
    const store = createStore({ ...state(), ...startPresenting(state()) });
    const stop = syncUrl(store, selectKnownIds(store.getState()), () => {});
    store.update(goToChapter, 1);
    stop();
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('chapter=2');
  });
});
