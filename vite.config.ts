import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { loadStory, type Story } from './src/story/model';
import { embedCode } from './src/embed/embedCode';

const STORIES = 'geodata/stories';
const DEFAULT_STORY = 'china-espionage-nl.json';

/** Fails the build when a story file does not match the schema, naming the event and the field. */
function checkStories(): Plugin {
  const stories = new Map<string, Story>();
  return {
    name: 'incident-atlas:check-stories',
    buildStart() {
      for (const file of readdirSync(STORIES).filter((f) => f.endsWith('.json'))) {
        const path = join(STORIES, file);
        this.addWatchFile(path);
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          this.error(`${path} is not valid JSON: ${(error as Error).message}`);
        }
        const result = loadStory(raw);
        if (!result.ok) this.error(`${path} does not match the story schema:\n  ${result.errors.join('\n  ')}`);
        stories.set(file, result.story);
      }
    },
    /**
     * A static oEmbed answer for the default story, for CMSs that turn a pasted link
     * into an embed. Its URLs need the address the app is published at: set
     * ATLAS_PUBLIC_URL (e.g. https://news.example/graphics/atlas/) when building.
     */
    generateBundle() {
      const story = stories.get(DEFAULT_STORY);
      if (!story) return;
      const appUrl = process.env.ATLAS_PUBLIC_URL ?? 'https://example.invalid/atlas/';
      const height = 720;
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'Incident Atlas',
        title: story.title,
        width: 800,
        height,
        html: embedCode({ appUrl, search: '', id: story.id, title: story.title, height }),
      };
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(oembed, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the build works from any sub-path of a news site.
  base: './',
  plugins: [react(), checkStories()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173 },
});
