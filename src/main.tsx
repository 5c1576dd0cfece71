import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app/app.css';
import './export/print.css';
import { buildStory, type Story } from './story/model';
import type { StoryFile } from './story/schema';
import { DEFAULT_STORY_URL } from './story/bundled';
import { useStore, type Store } from './state/store';
import { loadBasemap } from './map/basemap';
import { FONT, type BasemapData } from './map/style';
import { App } from './app/App';
import { readPageOptions, type PageOptions } from './app/pageOptions';
import { StoryErrors } from './app/StoryErrors';
import { createSession } from './stories/session';
import { createLibrary } from './stories/library';
import { openInApp } from './stories/openInApp';
import { storyRefOf } from './stories/storyParams';
import { StoriesRoot } from './stories/StoriesRoot';

const root = createRoot(document.getElementById('root') as HTMLElement);
const options = readPageOptions(location.search);

/** The bundled story was checked when the app was built (geodata/storyPlugin.ts), so it is only built here. */
async function fetchDefaultStory(): Promise<Story> {
  const response = await fetch(new URL(DEFAULT_STORY_URL, document.baseURI));
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return buildStory((await response.json()) as StoryFile);
}

interface PageProps {
  store: Store;
  /** Changes with every story opened (not with an edit of the open one), so the page starts afresh. */
  storyKey: number;
  options: PageOptions;
  basemap: BasemapData | null;
  basemapError: string | null;
}

function Page({ store, storyKey, ...props }: PageProps) {
  const story = useStore(store, (s) => s.story);
  useEffect(() => {
    document.title = `${story.title} · Incident Atlas`;
  }, [story]);
  return <App key={storyKey} store={store} {...props} />;
}

let store: Store | null = null;
let basemap: { data: BasemapData | null; error: string | null } = { data: null, error: null };
// Which story to show is in the address (?data=, ?story=, or neither for the bundled one); see src/stories/storyParams.ts.
const session = createSession({
  library: createLibrary(),
  bundled: fetchDefaultStory,
  pageUrl: () => location.href,
  onOpen: (ref, current, fresh) => {
    store = openInApp(store, ref, current.story, fresh);
  },
});
const render = () =>
  root.render(
    <StrictMode>
      <StoriesRoot session={session} droppable={!options.embed && !options.plain}>
        {(current) => store && <Page store={store} storyKey={current.serial} options={options} basemap={basemap.data} basemapError={basemap.error} />}
      </StoriesRoot>
    </StrictMode>,
  );

root.render(
  <main className="story-loading">
    <p role="status">Loading the story…</p>
  </main>,
);
// The story and the map load side by side; the timeline and the list show as soon as the story is in.
void session.start(storyRefOf(location.search)).then(() => {
  const { current, status } = session.getState();
  if (current) return render();
  const why = status.kind === 'failed' ? status.message : 'The story could not be loaded.';
  root.render(<StoryErrors message={`${why.replace(/\.?$/, '.')} Check the connection and reload the page.`} />);
});
// Back and Forward can cross from one story to another.
addEventListener('popstate', () => void session.follow(storyRefOf(location.search)));
// Map labels are drawn with the shipped font, so it must be ready before the map starts.
Promise.all([loadBasemap(), document.fonts.load(`14px "${FONT}"`)]).then(
  ([data]) => {
    basemap = { data, error: null };
    if (store) render();
  },
  (error: Error) => {
    basemap = { data: null, error: `The map could not be loaded (${error.message}). The timeline and the list still work.` };
    if (store) render();
  },
);
