// `npm run bench`: loads the TypeScript bench through Vite's module runner, which Vite already
// uses for its config, so the bench needs no build step or loader of its own.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL(process.env.BENCH_ENTRY ?? './main.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'error' });
await module.main(process.argv.slice(2));
