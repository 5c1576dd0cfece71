import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { storyPlugin } from './geodata/storyPlugin';

export default defineConfig({
  // Relative asset URLs, so the build works from any sub-path of a news site.
  base: './',
  // ATLAS_PUBLIC_URL (e.g. https://news.example/graphics/atlas/) goes into oembed.json.
  plugins: [react(), storyPlugin({ publicUrl: process.env.ATLAS_PUBLIC_URL })],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4173 },
});
