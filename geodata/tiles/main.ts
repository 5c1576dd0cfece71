import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildStory } from '../../src/story/model';
import type { StoryFile } from '../../src/story/schema';
import { syntheticStory } from '../../tests/bench/synthetic';
import { TILE_LAYER, tileFeatures, tileSet, timeBins } from './tileSet';

const USAGE = `npm run tiles -- <story.json> [--out <folder>] [--maxzoom <z>]
npm run tiles -- --synthetic <events> [--out <folder>] [--maxzoom <z>]

Writes <folder>/{z}/{x}/{y}.pbf (Mapbox Vector Tiles, layer "${TILE_LAYER}"), tiles.json and bins.json.
The story must be one that has been checked (npm run check-story): it is not validated again here.`;

const DAY = 86_400_000;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]) {
  const synthetic = option(args, '--synthetic');
  const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!synthetic && !input) {
    console.error(USAGE);
    process.exitCode = 1;
    return;
  }
  const out = option(args, '--out') ?? join('.tmp', 'tiles');
  const maxZoom = Number(option(args, '--maxzoom') ?? 10);
  const began = performance.now();
  const file: StoryFile = synthetic ? syntheticStory(Number(synthetic)) : (JSON.parse(readFileSync(input as string, 'utf8')) as StoryFile);
  const story = buildStory(file);
  const read = performance.now();
  rmSync(out, { recursive: true, force: true });
  let [count, bytes, gzipped, largest] = [0, 0, 0, 0];
  for (const tile of tileSet(tileFeatures(story.placed), maxZoom)) {
    const dir = join(out, String(tile.z), String(tile.x));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${tile.y}.pbf`), tile.pbf);
    const gz = gzipSync(tile.pbf).length;
    [count, bytes, gzipped, largest] = [count + 1, bytes + tile.pbf.length, gzipped + gz, Math.max(largest, gz)];
  }
  const tiled = performance.now();
  const bins = timeBins(
    story.placed,
    story.categories.map((c) => c.id),
    DAY,
  );
  writeFileSync(join(out, 'bins.json'), JSON.stringify(bins));
  const tileJson = {
    tilejson: '3.0.0',
    name: story.title,
    tiles: ['{z}/{x}/{y}.pbf'],
    minzoom: 0,
    maxzoom: maxZoom,
    vector_layers: [{ id: TILE_LAYER, fields: { id: 'String', category: 'String', icon: 'String', t0: 'Number', t1: 'Number', count: 'Number' } }],
    extent: story.extent,
    events: story.placed.length,
  };
  writeFileSync(join(out, 'tiles.json'), `${JSON.stringify(tileJson, null, 2)}\n`);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `tiles: ${story.placed.length.toLocaleString('en')} events → ${count.toLocaleString('en')} tiles (z0–${maxZoom}) in ${out}: ` +
      `read ${s(read - began)}, tiled and written ${s(tiled - read)}; ${(bytes / 1e6).toFixed(1)} MB, ${(gzipped / 1e6).toFixed(1)} MB gzip, ` +
      `largest tile ${(largest / 1e3).toFixed(0)} kB gzip`,
  );
}
