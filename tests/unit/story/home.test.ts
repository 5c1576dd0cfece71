import { describe, expect, it } from 'vitest';
import { placedBox, WORLD_BOX } from '../../../src/story/home';
import { makeStory, realStory } from '../fixtures';

describe('placedBox', () => {
  it('holds every placed event, with a degree to spare', () => {
    const story = makeStory([
      { id: 'kyiv', date: '2022', place: { lon: 30.5, lat: 50.45 } },
      { id: 'odesa', date: '2022', place: { lon: 30.73, lat: 46.48 } },
      { id: 'lviv', date: '2022', place: { lon: 24.03, lat: 49.84 } },
      { id: 'nowhere', date: '2022', place: null },
    ]);
    expect(placedBox(story.placed)).toEqual([
      [23.03, 45.48],
      [31.73, 51.45],
    ]);
    expect(story.home).toEqual(placedBox(story.placed));
  });

  it('stays on the map near the poles and the antimeridian, and is the world without places', () => {
    const story = makeStory([{ id: 'edge', date: '2022', place: { lon: 179.8, lat: 89.5 } }]);
    expect(placedBox(story.placed)).toEqual([
      [178.8, 85],
      [180, 85],
    ]);
    expect(placedBox([])).toEqual(WORLD_BOX);
  });

  it('gives way to the home view a story names', () => {
    expect(realStory().home).toEqual([
      [-0.9, 49.2],
      [14.2, 54.2],
    ]);
  });
});
