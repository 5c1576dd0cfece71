import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { storyPlugin } from './geodata/storyPlugin';

/**
 * The map's chunk, its CSS and maplibre's worker are only discovered once the main chunk has run
 * and the worker once the map exists: a waterfall. Preloading them from the page lets them download
 * in parallel with the main chunk. The worker is imported from a blob worker, so it is preloaded as
 * a fetch; the long-lived cache of hashed assets lets the worker's own request reuse it.
 */
function preloadMap(): Plugin {
  return {
    name: 'incident-atlas:preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = Object.values(bundle);
        const map = files.find((f) => f.type === 'chunk' && f.facadeModuleId?.endsWith('/src/map/MapView.tsx'));
        const worker = files.find((f) => f.type === 'asset' && /maplibre-gl-worker[^/]*\.mjs$/.test(f.fileName));
        if (!map || map.type !== 'chunk') return [];
        const link = (attrs: Record<string, string | boolean>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
        return [
          ...[map.fileName, ...map.imports.filter((f) => !(bundle[f] as { isEntry?: boolean }).isEntry)].map((f) =>
            link({ rel: 'modulepreload', crossorigin: true, href: `./${f}` }),
          ),
          ...[...(map.viteMetadata?.importedCss ?? [])].map((f) => link({ rel: 'preload', as: 'style', href: `./${f}` })),
          ...(worker ? [link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${worker.fileName}` })] : []),
        ];
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the build works from any sub-path of a news site.
  base: './',
  // ATLAS_PUBLIC_URL (e.g. https://news.example/graphics/atlas/) goes into oembed.json.
  plugins: [react(), storyPlugin({ publicUrl: process.env.ATLAS_PUBLIC_URL }), preloadMap()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173 },
});
