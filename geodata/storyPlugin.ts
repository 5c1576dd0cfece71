import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Story } from '../src/story/model';
import { loadStory } from '../src/story/load';
import { BUNDLED_STORY_DIR, DEFAULT_STORY_FILE, DEFAULT_STORY_URL } from '../src/story/bundled';
import { describeProblem } from '../src/story/describe';
import { embedCode } from '../src/embed/embedCode';

export interface StoryPluginOptions {
  /** Folder of story files. */
  readonly dir?: string;
  /** The story the oEmbed answer describes. */
  readonly defaultStory?: string;
  /** Where the app is published; oEmbed needs absolute URLs. */
  readonly publicUrl?: string;
}

/**
 * Checks every story file at build time, failing the build with one line per problem,
 * naming the event and the field; ships each one as a JSON asset under story/, which the
 * app fetches and builds without checking again; and writes the oEmbed answer for the
 * default story.
 */
export function storyPlugin({ dir = 'geodata/stories', defaultStory = DEFAULT_STORY_FILE, publicUrl }: StoryPluginOptions = {}): Plugin {
  const stories = new Map<string, Story>();
  // What ships is the very value that was checked, minified: no compiler in between.
  const sources = new Map<string, string>();
  return {
    name: 'incident-atlas:stories',
    buildStart() {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const path = join(dir, file);
        this.addWatchFile(path);
        let raw: unknown;
        try {
          raw = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          this.error(`${path} is not valid JSON: ${(error as Error).message}`);
        }
        const result = loadStory(raw, { authored: true });
        if (!result.ok) this.error(`${path} does not match the story schema:\n  ${result.problems.map((p) => describeProblem(p)).join('\n  ')}`);
        stories.set(file, result.story);
        sources.set(file, JSON.stringify(raw));
      }
    },
    /** The dev server answers story/<file> from geodata/stories, as the build's asset would. */
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0].match(new RegExp(`/${BUNDLED_STORY_DIR}/([\\w-]+\\.json)$`))?.[1];
        if (!name || !readdirSync(dir).includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(join(dir, name)));
      });
    },
    /** Preloads the default story; oEmbed discovery needs an absolute address, so that link is there only when the address is known. */
    transformIndexHtml() {
      // Fetched in parallel with the script, not after it has run.
      const preload = { tag: 'link', attrs: { rel: 'preload', href: DEFAULT_STORY_URL, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' } as const;
      if (!publicUrl) return [preload];
      return [
        preload,
        {
          tag: 'link',
          attrs: { rel: 'alternate', type: 'application/json+oembed', href: new URL('oembed.json', publicUrl).href, title: 'Incident Atlas' },
          injectTo: 'head',
        },
      ];
    },
    /** A static oEmbed answer (type "rich"), for CMSs that turn a pasted link into an embed. */
    generateBundle() {
      for (const [file, text] of sources) this.emitFile({ type: 'asset', fileName: `${BUNDLED_STORY_DIR}/${file}`, source: text });
      const story = stories.get(defaultStory);
      if (!story) return;
      if (!publicUrl) this.info('ATLAS_PUBLIC_URL is not set: oembed.json points at https://example.invalid/atlas/ and the page has no oEmbed link.');
      const appUrl = publicUrl ?? 'https://example.invalid/atlas/';
      const height = 720;
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'Incident Atlas',
        title: story.title,
        width: 800,
        height,
        html: embedCode({ appUrl, search: '', id: story.id, title: story.title, height }),
      };
      this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(oembed, null, 2)}\n` });
    },
  };
}
