import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app/app.css';
import './export/print.css';
import { buildStory, type Story } from './story/model';
import type { StoryFile } from './story/schema';
import { DEFAULT_STORY_URL } from './story/bundled';
import { createStore, initialState, useStore, type Store } from './state/store';
import { searchToState } from './state/url';
import { restoreUrl } from './state/actions';
import { selectKnownIds } from './state/selectors';
import { loadBasemap } from './map/basemap';
import { FONT, type BasemapData } from './map/style';
import { App } from './app/App';
import { readPageOptions, type PageOptions } from './app/pageOptions';
import { StoryErrors } from './app/StoryErrors';

const root = createRoot(document.getElementById('root') as HTMLElement);
const options = readPageOptions(location.search);

/** The bundled story was checked when the app was built (geodata/storyPlugin.ts), so it is only built here. */
async function fetchDefaultStory(): Promise<Story> {
  const response = await fetch(new URL(DEFAULT_STORY_URL, document.baseURI));
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return buildStory((await response.json()) as StoryFile);
}

// A key per story, so that loading another one starts the page afresh (map, view, focus).
const storyKeys = new WeakMap<Story, number>();
let storyCount = 0;
function keyOf(story: Story): number {
  if (!storyKeys.has(story)) storyKeys.set(story, ++storyCount);
  return storyKeys.get(story) as number;
}

interface PageProps {
  store: Store;
  options: PageOptions;
  basemap: BasemapData | null;
  basemapError: string | null;
}

function Page({ store, ...props }: PageProps) {
  const story = useStore(store, (s) => s.story);
  useEffect(() => {
    document.title = `${story.title} · Incident Atlas`;
  }, [story]);
  return <App key={keyOf(story)} store={store} {...props} />;
}

let store: Store | null = null;
let basemap: { data: BasemapData | null; error: string | null } = { data: null, error: null };
const render = () =>
  store &&
  root.render(
    <StrictMode>
      <Page store={store} options={options} basemap={basemap.data} basemapError={basemap.error} />
    </StrictMode>,
  );

root.render(
  <main className="story-loading">
    <p role="status">Loading the story…</p>
  </main>,
);
// The story and the map load side by side; the timeline and the list show as soon as the story is in.
fetchDefaultStory().then(
  (story) => {
    const start = initialState(story);
    store = createStore({ ...start, ...restoreUrl(start, searchToState(location.search, selectKnownIds(start))) });
    render();
  },
  (error: Error) => root.render(<StoryErrors message={`The story could not be loaded (${error.message}). Check the connection and reload the page.`} />),
);
// Map labels are drawn with the shipped font, so it must be ready before the map starts.
Promise.all([loadBasemap(), document.fonts.load(`14px "${FONT}"`)]).then(
  ([data]) => {
    basemap = { data, error: null };
    render();
  },
  (error: Error) => {
    basemap = { data: null, error: `The map could not be loaded (${error.message}). The timeline and the list still work.` };
    render();
  },
);
