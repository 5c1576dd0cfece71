import type { Story, StoryEvent } from '../../story/model';
import { selectionCsv } from './csv';
import { selectionGeoJson } from './geojson';
import { selectionFile } from './storyFile';

export type DataFormat = 'csv' | 'geojson' | 'story';

export interface DataFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** One export of the selection: its file name (from the story's id), media type and text. */
export function dataFile(format: DataFormat, story: Story, events: readonly StoryEvent[]): DataFile {
  const base = `${story.id}-${events.length}`;
  switch (format) {
    case 'csv':
      // A byte-order mark, so a spreadsheet reads the file as UTF-8 and not in its local code page.
      return { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: `\uFEFF${selectionCsv(story, events)}` };
    case 'geojson':
      return { name: `${base}.geojson`, type: 'application/geo+json', text: `${JSON.stringify(selectionGeoJson(story, events), null, 2)}\n` };
    case 'story':
      return { name: `${base}.json`, type: 'application/json', text: `${JSON.stringify(selectionFile(story, events), null, 2)}\n` };
  }
}
