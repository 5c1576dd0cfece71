import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { EventList } from '../../../src/panel/EventList';
import { EventDetail } from '../../../src/panel/EventDetail';
import { buildStory } from '../../../src/story/model';
import { categoryStyles } from '../../../src/symbols/palette';
import { eventFeatures } from '../../../src/map/features';
import { ringOffsets } from '../../../src/map/offsets';

// An imported event: core fields only, no place.
const story = buildStory({
  id: 'import',
  title: 'Import',
  categories: [{ id: 'Riots', label: 'Riots' }],
  events: [
    { id: '12', title: 'Unplaced', category: 'Riots', date: '2024-03' },
    { id: '13', title: 'Placed', category: 'Riots', date: '2024-04', place: { name: 'Leiden', lon: 4.49, lat: 52.16, precision: 'city', byName: true } },
  ],
});
const styles = new Map(categoryStyles(story.categories).map((s) => [s.id, s]));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const [unplaced, placed] = story.events;

describe('an event without a place', () => {
  it('is listed, marked not on the map', () => {
    const html = renderToStaticMarkup(<EventList events={story.events} styles={styles} selectedId={null} onSelect={() => {}} onHover={() => {}} />);
    expect(text(html)).toContain('Unplaced March 2024 · Not on the map');
    expect(text(html)).toContain('Placed April 2024 · Leiden');
  });

  it('opens with "not on the map" and without the sections it has no data for', () => {
    const html = text(
      renderToStaticMarkup(
        <EventDetail story={story} event={unplaced} style={styles.get('Riots')} focusOnOpen={false} onSelect={() => {}} onClose={() => {}} />,
      ),
    );
    expect(html).toContain('Where Not on the map');
    expect(html).not.toContain('What the article says');
    expect(html).not.toContain('Checked against other reporting');
  });

  it('says when a place was found by its name', () => {
    const html = text(
      renderToStaticMarkup(<EventDetail story={story} event={placed} style={styles.get('Riots')} focusOnOpen={false} onSelect={() => {}} onClose={() => {}} />),
    );
    expect(html).toContain('Leiden Known to the city, placed by name');
  });

  it('gets no map feature and no ring offset', () => {
    expect(eventFeatures(story.placed, ringOffsets(story.placed)).features.map((f) => f.id)).toEqual(['13']);
  });
});
