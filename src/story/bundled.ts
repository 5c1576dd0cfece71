/**
 * Where the build puts the stories of geodata/stories, relative to the page. The default
 * is fetched at run time as data (and preloaded by the HTML), not compiled into the script.
 */
export const BUNDLED_STORY_DIR = 'story';
export const DEFAULT_STORY_FILE = 'china-espionage-nl.json';
export const DEFAULT_STORY_URL = `${BUNDLED_STORY_DIR}/${DEFAULT_STORY_FILE}`;
