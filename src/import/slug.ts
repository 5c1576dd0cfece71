import { nameKey } from './normalise';

/** FNV-1a: a short, stable hash, so a label with no Latin letters still gets the same id every time. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A lower-case slug for a label: "Violence against civilians" → "violence-against-civilians". */
export function slugify(label: string, prefix: string): string {
  const slug = nameKey(label)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || `${prefix}-${hash(label)}`;
}
