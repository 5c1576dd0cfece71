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
import { selectShownStory } from './state/selectors';
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
import { Translated } from './app/Translated';
import { chooseLang, translatorFor } from './i18n';
import { phrase, type Phrase } from './i18n/phrase';
import { useT } from './i18n/react';

const root = createRoot(document.getElementById('root') as HTMLElement);
const options = readPageOptions(location.search);
/** The language until the store holds one: the same choice the store starts with. */
const startLang = chooseLang(new URLSearchParams(location.search).get('lang'), navigator.languages);

/** The bundled story was checked when the app was built (geodata/storyPlugin.ts), so it is only built here. */
async function fetchDefaultStory(): Promise<Story> {
  const response = await fetch(new URL(DEFAULT_STORY_URL, document.baseURI));
  if (!response.ok) throw new Error(translatorFor(startLang).t('app.serverAnswered', { status: response.status }));
  return buildStory((await response.json()) as StoryFile);
}

interface PageProps {
  store: Store;
  /** Changes with every story opened (not with an edit of the open one), so the page starts afresh. */
  storyKey: number;
  options: PageOptions;
  basemap: BasemapData | null;
  basemapError: Phrase | null;
}

function Page({ store, storyKey, ...props }: PageProps) {
  const t = useT();
  const story = useStore(store, selectShownStory);
  useEffect(() => {
    document.title = t('app.documentTitle', { title: story.title });
  }, [story, t]);
  return <App key={storyKey} store={store} {...props} />;
}

let store: Store | null = null;
let basemap: { data: BasemapData | null; error: Phrase | null } = { data: null, error: null };
// Which story to show is in the address (?data=, ?story=, or neither for the bundled one); see src/stories/storyParams.ts.
const session = createSession({
  library: createLibrary(),
  bundled: fetchDefaultStory,
  pageUrl: () => location.href,
  onOpen: (ref, current, fresh) => {
    const first = !store;
    store = openInApp(store, ref, current.story, fresh);
    // The words now follow the store's language; the session calls this outside React's render.
    if (first) render();
  },
});
/** Set when no story at all could be shown, not even the bundled one. */
let fatal: Phrase | null = null;
function render() {
  root.render(
    <Translated store={store} fallback={startLang}>
      {fatal !== null ? (
        <StoryErrors message={fatal} reload />
      ) : (
        <StrictMode>
          <StoriesRoot session={session} droppable={!options.embed && !options.plain} fallback={<Loading />}>
            {(current) => store && <Page store={store} storyKey={current.serial} options={options} basemap={basemap.data} basemapError={basemap.error} />}
          </StoriesRoot>
        </StrictMode>
      )}
    </Translated>,
  );
}

function Loading() {
  const t = useT();
  return (
    <main className="story-loading">
      <p role="status">{t('app.loadingStory')}</p>
    </main>
  );
}
// Until the story is in, the loading message shows, with the progress and Cancel of a ?data= load.
render();
// The story and the map load side by side; the timeline and the list show as soon as the story is in.
void session.start(storyRefOf(location.search)).then(() => {
  const { current, status } = session.getState();
  if (current) return;
  fatal = status.kind === 'failed' ? status.message : phrase('app.storyFailed');
  render();
});
// Back and Forward can cross from one story to another.
addEventListener('popstate', () => void session.follow(storyRefOf(location.search)));
// Map labels are drawn with the shipped font, so it must be ready before the map starts.
Promise.all([loadBasemap(), document.fonts.load(`14px "${FONT}"`)]).then(
  ([data]) => {
    basemap = { data, error: null };
    render();
  },
  (error: Error) => {
    basemap = { data: null, error: phrase('app.mapFailed', { why: error.message }) };
    render();
  },
);
