import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storyPlugin } from '../../../geodata/storyPlugin';

const story = JSON.parse(readFileSync(new URL('../../../geodata/stories/china-espionage-nl.json', import.meta.url), 'utf8'));
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the plugin's build step on one story file, as Vite would; returns the build error, if any. */
function buildWith(content: string): string | null {
  dir = mkdtempSync(join(tmpdir(), 'stories-'));
  writeFileSync(join(dir, 'story.json'), content);
  const plugin = storyPlugin({ dir });
  const context = {
    addWatchFile() {},
    error(message: string): never {
      throw new Error(message);
    },
  };
  try {
    // The plugin's hook is a plain function; it only uses these two members of Vite's context.
    (plugin.buildStart as unknown as (this: typeof context) => void).call(context);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('storyPlugin', () => {
  it('passes the real story', () => {
    expect(buildWith(JSON.stringify(story))).toBeNull();
  });

  it('fails the build naming the event and the field', () => {
    const broken = structuredClone(story);
    broken.events[3].place.lat = 123;
    broken.events[5].date = 'late 2017';
    const message = buildWith(JSON.stringify(broken)) ?? '';
    expect(message).toMatch(/story\.json does not match the story schema/);
    expect(message).toContain(`event 4 (${story.events[3].id}) › place.lat: Too big`);
    expect(message).toContain(`event 6 (${story.events[5].id}) › date: "late 2017" is not a supported date`);
  });

  it('fails the build on a file that is not JSON', () => {
    expect(buildWith('{ "id": ')).toMatch(/story\.json is not valid JSON/);
  });
});
