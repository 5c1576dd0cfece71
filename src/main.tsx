import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app/app.css';
import './export/print.css';
import storyFile from '../geodata/stories/china-espionage-nl.json';
import { loadStory } from './story/load';
import { createStore, initialState } from './state/store';
import { loadBasemap } from './map/basemap';
import { FONT, type BasemapData } from './map/style';
import { App } from './app/App';
import { readPageOptions } from './app/pageOptions';
import { StoryErrors } from './app/StoryErrors';
import { createSession } from './stories/session';
import { createLibrary } from './stories/library';
import { openInApp } from './stories/openInApp';
import { storyRefOf } from './stories/storyParams';
import { StoriesRoot } from './stories/StoriesRoot';

const root = createRoot(document.getElementById('root') as HTMLElement);
const result = loadStory(storyFile, { authored: true });

if (!result.ok) {
  root.render(<StoryErrors problems={result.problems} />);
} else {
  const bundled = result.story;
  const store = createStore(initialState);
  const options = readPageOptions(location.search);
  // The address says which story to show (?data=, ?story=); see src/stories/storyParams.ts.
  const session = createSession({
    library: createLibrary(),
    bundled: async () => bundled,
    pageUrl: () => location.href,
    onOpen: (ref, current, fresh) => openInApp(store, ref, current.story, fresh),
  });
  let basemap: BasemapData | null = null;
  let basemapError: string | null = null;
  const render = () =>
    root.render(
      <StrictMode>
        <StoriesRoot session={session} droppable={!options.embed && !options.plain}>
          {(current) => <App key={current.serial} story={current.story} store={store} options={options} basemap={basemap} basemapError={basemapError} />}
        </StoriesRoot>
      </StrictMode>,
    );
  render();
  void session.start(storyRefOf(location.search));
  // Back and Forward can cross from one story to another.
  addEventListener('popstate', () => void session.follow(storyRefOf(location.search)));
  // Map labels are drawn with the shipped font, so it must be ready before the map starts.
  Promise.all([loadBasemap(), document.fonts.load(`14px "${FONT}"`)]).then(
    ([data]) => {
      basemap = data;
      render();
    },
    (error: Error) => {
      basemapError = `The map could not be loaded (${error.message}). The timeline and the list still work.`;
      render();
    },
  );
}
