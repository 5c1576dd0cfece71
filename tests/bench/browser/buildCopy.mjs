// A copy of the app with another story compiled in: only for builds that do not yet fetch
// their story at run time (see stories.ts). Usage: node buildCopy.mjs <story.json> <outDir>
import { build } from 'vite';
import { resolve } from 'node:path';

const [story, outDir] = process.argv.slice(2);
await build({
  configLoader: 'runner',
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  resolve: { alias: [{ find: /^.*\/geodata\/stories\/china-espionage-nl\.json$/, replacement: resolve(story) }] },
});
