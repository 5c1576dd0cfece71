/**
 * Why the targets the last runs did not meet are not met: what profiling the app on this machine
 * showed (Chrome DevTools Protocol traces and CPU profiles of the same steps), not figures of a run.
 */
export const NOT_MET_NOTES = `### Why some targets are not met

- **Payload.** The bare maplibre page alone loads about 639 kB (maplibre 296, its worker 148, the basemap 152,
  places 14, one font 13), which leaves 11 kB for the whole app. The app adds its main chunk (about 150 kB: React
  64, d3 about 30, the catalogues of two languages), the map chunk's own code, a second font weight, CSS and the
  story. Meeting 650 kB needs a lighter basemap at world zooms (Europe's detail fetched when the map zooms in):
  not done.
- **Long tasks while scrubbing, and much of "other main thread".** Headless Chromium here composites in software:
  every frame of the WebGL canvas is read back synchronously (a trace shows \`Commit\` → \`GLES2::ReadPixels\` →
  \`CommandBufferHelper::Finish\`), so the renderer's main thread waits for SwiftShader to draw. In a trace of three
  brush steps at 100,000 events that wait was 7.8 s of 8.1 s of main-thread tasks; the script in them was about
  0.25 s. The Long Tasks API gives only durations, so the bench cannot tell script long tasks from these waits; the
  bare maplibre page has them too. On a GPU the wait is a few milliseconds.
- **Script per brush step at 100,000 events.** The map's part is one repaint with two uniform changes (no
  re-tiling, no symbol placement); the list, legend and shaded countries cost what the window holds. What is left
  is React re-rendering the timeline, the list's 200 items and the legend, maplibre's frame, and the URL update; on
  a 2-core machine at a load average of 10–20 that is 40–100 ms of wall-clock script.
- **Loading a 100,000-row CSV.** Most of the time to the report is the import worker (parsing, checking every row
  and the whole story with zod); the page stays responsive meanwhile. The main-thread blocks left are the
  IndexedDB save of the story (one structured clone of 100,000 events), the first render of the new story
  (selectors over all events, the timeline's density bins, the dense layer's buffers), and the report dialog's
  \`showModal\`.
- **Tiles** (\`npm run tiles\`): the CLI writes the tile set; the app does not read it yet. Missing: a vector
  source and layer for a tile set named in the story, a time filter on \`t0\`/\`t1\` (maplibre filters re-tile, so
  a GPU-side filter needs the custom layer to read tiles), the timeline drawing \`bins.json\`, and the list paging
  through \`queryRenderedFeatures\` of what is in view.`;
