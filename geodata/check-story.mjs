// `npm run check-story -- [--json] <file>`: runs geodata/checkStory.ts through Vite's module
// runner, so node runs the app's TypeScript importers without a build step.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./checkStory.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(process.argv.slice(2), (line) => console.log(line));
