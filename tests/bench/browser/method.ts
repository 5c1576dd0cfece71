/** How the figures are taken: the last section of the report. */
export const METHOD = `## Method

- **Serving.** \`tests/bench/browser/server.ts\` wraps the browser tests' static server (\`tests/e2e/serve.mjs\`) and adds gzip
  (node:zlib, level 9) for text, a year's caching for the hashed files under \`assets/\`, and a log of every response. For the
  phone network it shapes responses itself (one round trip, then a download rate shared by all responses), so the worker's
  requests are shaped too.
- **No hook in the app.** A probe (\`probe.ts\`) is installed with \`addInitScript\` before the page's scripts. It wraps
  \`requestAnimationFrame\` and counts WebGL draw calls: a rAF callback that draws is one map repaint (maplibre draws a frame
  synchronously in one callback); callbacks of one animation frame share its timestamp, which gives repaints per frame. It
  follows maplibre's worker messages (each request is answered with a \`<response>\` of the same id) so "idle" waits for open
  worker requests; records \`longtask\` entries; and a MutationObserver notes when the timeline marks and the list last changed.
- **Script time** is the renderer main thread's \`ScriptDuration\` from the Chrome DevTools Protocol (\`Performance.getMetrics\`),
  read before and after each step. "Other main thread" is \`TaskDuration\` minus that (style, layout, paint, GC). **Raster
  time** is kept apart: the CPU time of the GPU process (\`SystemInfo.getProcessInfo\`), where SwiftShader draws the WebGL
  frames; a real GPU does that part in a few milliseconds.
- **Start-up** runs take turns (bare page, default story, embed, synthetic sizes) in fresh browser contexts after one
  warm-up load, so the machine's load falls on all alike; the ratio to the bare page is taken run by run.
- **The bare page** (\`tests/bench/bare/\`) loads maplibre-gl and topojson-client straight from node_modules, the app's basemap
  files and font, draws the same basemap layers at the size of the app's map, and nothing else.
- **Synthetic stories** come from \`tests/bench/synthetic.ts\` (seeded): events around 35 European cities, 2005–2024 and busier in
  later years, with day, month, season, interval and year dates and address, city, region and country places.
- **A brush step** is one drag: press inside the window, one pointer move, release; then the page must be quiet for 250 ms.
  The timings "after release" are from the release to the last change of each part. Where one drag takes seconds (100,000
  events drawn in software), a size stops after its time budget (\`dragBudgetSeconds\` in \`main.ts\`), but never before 5
  drags, so that the whole bench stays under 15 minutes; the table says how many drags each size got.
- **Playback** presses the timeline's Play (by keyboard) after "Show all dates" and records every animation frame for 10 s.
`;
