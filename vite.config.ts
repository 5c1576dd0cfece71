import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { loadStory } from './src/story/model';

const STORIES = 'geodata/stories';

/** Fails the build when a story file does not match the schema, naming the event and the field. */
function checkStories(): Plugin {
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
      }
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
