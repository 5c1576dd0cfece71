function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The first url() in a `src` descriptor, preferring woff2. */
function fontUrl(src: string): string | null {
  const urls = [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)\s*(?:format\(\s*["']?([\w-]+))?/g)];
  return (urls.find((m) => m[2] === 'woff2') ?? urls[0])?.[1] ?? null;
}

async function inlineFace(rule: CSSFontFaceRule, base: string, origin: string): Promise<string> {
  const url = fontUrl(rule.style.getPropertyValue('src'));
  if (!url) return '';
  const absolute = new URL(url, base);
  // Only the page's own files: the export must not reach another origin.
  if (absolute.protocol !== 'data:' && absolute.origin !== origin) return '';
  const response = await fetch(absolute);
  if (!response.ok) return '';
  const descriptors = ['font-family', 'font-style', 'font-weight', 'unicode-range']
    .map((name) => [name, rule.style.getPropertyValue(name)])
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  return `@font-face{${descriptors}src:url(${await dataUrl(await response.blob())});}`;
}

/**
 * The page's @font-face rules for `family`, with the font files inlined as data: URLs.
 * An SVG drawn through an <img> is a sealed document that cannot use the page's fonts;
 * these rules, put in its <style>, let its text keep the app's typeface.
 * A face that cannot be read is left out, and the text falls back to a system font.
 */
export async function inlineFontFaces(doc: Document, family: string): Promise<string> {
  const FontFaceRule = doc.defaultView?.CSSFontFaceRule ?? CSSFontFaceRule;
  const origin = new URL(doc.baseURI).origin;
  const faces: Promise<string>[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a sheet from another origin cannot be read
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof FontFaceRule)) continue;
      if (rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim() !== family) continue;
      faces.push(inlineFace(rule, sheet.href ?? doc.baseURI, origin).catch(() => ''));
    }
  }
  return (await Promise.all(faces)).join('\n');
}
