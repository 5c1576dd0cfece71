// `npm run tiles`: runs main.ts through Vite's module runner, as the bench does, so the script can
// share the app's TypeScript (the story model, the mercator projection) without a build step.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const { module } = await runnerImport(fileURLToPath(new URL('./main.ts', import.meta.url)), { configFile: false, logLevel: 'error' });
await module.main(process.argv.slice(2));
