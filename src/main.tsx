import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import './app/app.css';
import './export/print.css';
import storyFile from '../geodata/stories/china-espionage-nl.json';
import { loadStory } from './story/load';
import { createStore, initialState } from './state/store';
import { searchToState } from './state/url';
import { loadBasemap } from './map/basemap';
import { FONT, type BasemapData } from './map/style';
import { App } from './app/App';
import { readPageOptions } from './app/pageOptions';
import { StoryErrors } from './app/StoryErrors';

const root = createRoot(document.getElementById('root') as HTMLElement);
const result = loadStory(storyFile, { authored: true });

if (!result.ok) {
  root.render(<StoryErrors problems={result.problems} />);
} else {
  const { story } = result;
  document.title = `${story.title} · Incident Atlas`;
  const store = createStore({
    ...initialState,
    ...searchToState(location.search, new Set(story.byId.keys()), new Set(story.categories.map((c) => c.id)), story.chapters.length),
  });
  const options = readPageOptions(location.search);
  const render = (basemap: BasemapData | null, basemapError: string | null) =>
    root.render(
      <StrictMode>
        <App story={story} store={store} options={options} basemap={basemap} basemapError={basemapError} />
      </StrictMode>,
    );
  render(null, null);
  // Map labels are drawn with the shipped font, so it must be ready before the map starts.
  Promise.all([loadBasemap(), document.fonts.load(`14px "${FONT}"`)]).then(
    ([basemap]) => render(basemap, null),
    (error: Error) => render(null, `The map could not be loaded (${error.message}). The timeline and the list still work.`),
  );
}
