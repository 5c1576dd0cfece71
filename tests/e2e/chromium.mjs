// Finds Debian's Chromium for the browser tests, installing it when it is missing and we may.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium is missing. Install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH.');
  }
  console.log('Chromium is missing: installing Debian’s chromium package (a few minutes)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get finished but no chromium binary was found.');
  return installed;
}

if (process.argv[1]?.endsWith('chromium.mjs')) console.log(`Chromium: ${ensureChromium()}`);
