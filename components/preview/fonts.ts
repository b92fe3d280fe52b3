import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'satori';

/**
 * The fonts and emoji pictures the link previews are drawn with, all shipped with the app (npm packages) and read
 * from disk: a preview never asks anything outside the machine for a glyph.
 *
 * Noto Sans in Fontsource's packages comes as one WOFF file per Unicode subset; a subset is read the first time a
 * preview needs one of its characters, then kept for the life of the process.
 */

// The app runs from its root (`npm start`, `next start`, the tests); bundlers rewrite `require.resolve`.
const MODULES = path.join(process.cwd(), 'node_modules');

// Earlier packages win a subset both ship (Noto Sans' own Latin before the Latin inside the Arabic one).
const FONT_PACKAGES = ['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew', 'noto-sans-sc'];
const EMOJI_FOLDER = path.join(MODULES, '@twemoji/svg');

interface Face {
  /** The package's file-name prefix and subset: `noto-sans-latin-ext`, `noto-sans-sc-57`. */
  name: string;
  /** Its file in a weight, e.g. `…/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff`. */
  file: (weight: 400 | 700) => string;
  /** Inclusive code point ranges, as the package's unicode.json gives them. */
  ranges: [number, number][];
}

/** `U+0000-00FF,U+0131` → [[0, 255], [305, 305]]. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

let faces: Face[] | undefined;
function allFaces(): Face[] {
  if (faces) return faces;
  const seen = new Set<string>();
  faces = FONT_PACKAGES.flatMap((pkg) => {
    const subsets = JSON.parse(readFileSync(path.join(MODULES, '@fontsource', pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
    return Object.entries(subsets).flatMap(([subset, range]) => {
      const key = subset.replace(/^\[(\d+)\]$/, '$1');
      if (seen.has(key)) return [];
      seen.add(key);
      const name = `${pkg}-${key}`;
      return [{ name, file: (weight: 400 | 700) => path.join(MODULES, '@fontsource', pkg, 'files', `${name}-${weight}-normal.woff`), ranges: parseUnicodeRange(range) }];
    });
  });
  return faces;
}

const readFont = (face: Face, weight: 400 | 700): Font => ({ name: face.name, data: readFileSync(face.file(weight)), weight, style: 'normal' });

/** Every font read so far; a render is given the list as it stood when it started (see `previewFonts`). */
const loaded: Font[] = [];
let current: Font[] = [];

/** Latin in both weights the preview uses, read at once: nearly every preview needs it. */
function ensureLatin() {
  if (loaded.length) return;
  const latin = allFaces().find((face) => face.name === 'noto-sans-latin')!;
  loaded.push(readFont(latin, 400), readFont(latin, 700));
  current = [...loaded];
}

/**
 * The fonts for one render. The same array (by identity) until a new subset is read, so that satori keeps its
 * parsed fonts between renders.
 */
export function previewFonts(): Font[] {
  ensureLatin();
  return current;
}

/** The subsets that hold characters of `text` and are not in `fonts` yet, read from disk. */
export function fontsFor(text: string, fonts: readonly Font[]): Font[] {
  const have = new Set(fonts.map((font) => font.name));
  const wanted = new Set<Face>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const covering = allFaces().filter((face) => face.ranges.some(([from, to]) => code >= from && code <= to));
    if (covering[0] && !covering.some((face) => have.has(face.name))) wanted.add(covering[0]);
  }
  const added = [...wanted].map((face) => loaded.find((font) => font.name === face.name) ?? readFont(face, 400));
  for (const font of added) if (!loaded.includes(font)) loaded.push(font);
  if (added.length) current = [...loaded];
  return added;
}

const emojiPictures = new Map<string, string>();

/**
 * Twemoji's picture of one emoji grapheme as a data URL, or undefined when it has none (the grapheme is then drawn
 * with the fonts, or as a box). Twemoji names a file by its code points in hex, mostly leaving out U+FE0F (the
 * emoji presentation selector): the name with it and the name without are both tried.
 */
export function emojiPicture(grapheme: string): string | undefined {
  const known = emojiPictures.get(grapheme);
  if (known) return known;
  const codes = [...grapheme].map((char) => char.codePointAt(0)!.toString(16));
  const names = [codes.join('-'), codes.filter((code) => code !== 'fe0f').join('-')];
  const file = names.map((name) => path.join(EMOJI_FOLDER, `${name}.svg`)).find((candidate) => existsSync(candidate));
  const picture = file ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : undefined;
  // Only graphemes Twemoji draws are kept, so the cache is bounded by its few thousand pictures.
  if (picture) emojiPictures.set(grapheme, picture);
  return picture;
}
