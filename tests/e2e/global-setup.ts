import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { serve } from './serve.mjs';
import { ensureChromium } from './chromium.mjs';

/** The built app is served from a sub-path, as a news site would host it. */
export const BASE_PATH = '/graphics/atlas/';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

let server: Server | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const chromium = ensureChromium();
  server = (await serve({ prefix: BASE_PATH })) as Server;
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}${BASE_PATH}`);
  project.provide('chromium', chromium);
}

export async function teardown() {
  await new Promise((done) => server?.close(done));
}
