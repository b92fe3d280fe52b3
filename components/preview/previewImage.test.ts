import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphData } from '@/lib/graph';
import { previewImage } from './previewImage';

// The one actor of these previews stands in the middle of the 1200 px wide picture; its name is centred below it,
// within the first 500 rows (the graph's part, above the caption band).
const NAME_CENTRE = 600;
const NAME_ROWS = { from: 270, to: 500 };

const oneActor = (name: string): GraphData => ({ actors: [{ id: 'a', name, kind: 'organization', aliases: [] }], ties: [], meetings: [] });

/** The preview of one actor, as its PNG bytes and its pixels (RGB). */
async function render(name: string) {
  const response = await previewImage(oneActor(name), 'A view of the graph, every tie sourced');
  const png = Buffer.from(await response.arrayBuffer());
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { response, png, pixels: data, width: info.width };
}

/** The columns, in the name's rows, where two previews differ. */
async function differingColumns(a: string, b: string): Promise<number[]> {
  const [first, second] = [await render(a), await render(b)];
  const columns = new Set<number>();
  for (let y = NAME_ROWS.from; y < NAME_ROWS.to; y++)
    for (let x = 0; x < first.width; x++) {
      const at = (y * first.width + x) * 3;
      if ([0, 1, 2].some((channel) => first.pixels[at + channel] !== second.pixels[at + channel])) columns.add(x);
    }
  return [...columns].sort((p, q) => p - q);
}

const redPixels = (pixels: Buffer) => {
  let count = 0;
  for (let at = 0; at < pixels.length; at += 3) if (pixels[at]! > 180 && pixels[at + 1]! < 60 && pixels[at + 2]! < 60) count++;
  return count;
};

describe('previewImage', () => {
  const fetched: string[] = [];
  beforeAll(() => {
    // No network: a preview that asks anything outside for a glyph fails, and the asking is recorded.
    vi.stubGlobal('fetch', async (input: unknown) => {
      fetched.push(String(input));
      throw new Error('No network in this test');
    });
  });
  beforeEach(() => {
    fetched.length = 0;
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('answers a PNG for an emoji name, drawn in colour, without fetching anything', async () => {
    const { response, png } = await render('🇹🇷 Türkiye');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The flag's red is nowhere else in the picture.
    expect(redPixels((await render('🇹🇷 Türkiye')).pixels)).toBeGreaterThan(100);
    expect(redPixels((await render('Türkiye')).pixels)).toBe(0);
    expect(fetched).toEqual([]);
  });

  // Boxes for missing glyphs look all alike: a name and one of as many other letters of its script would be drawn
  // the same. Drawn with real glyphs, they differ.
  it.each([
    ['Arabic', 'حركة المقاومة الإسلامية', 'ب'],
    ['Hebrew', 'משרד החוץ', 'ב'],
    ['Cyrillic', 'Министерство', 'Ж'],
    ['Greek', 'Υπουργείο Εξωτερικών', 'Ω'],
    ['Turkish', 'İşığı', 'Ğ'],
    ['Chinese', '中华人民共和国外交部', '中'],
  ])('draws a %s name with its own letters, not boxes, without fetching anything', async (_script, name, other) => {
    expect(await differingColumns(name, name.replace(/\S/gu, other))).not.toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('answers a PNG for a name in a script none of its fonts has, without fetching anything', async () => {
    const { response } = await render('ภาษาไทย 한국어');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(fetched).toEqual([]);
  });

  it('draws a name made of combining letters as its composed letters', async () => {
    expect(await differingColumns('Erdog\u0306an', 'Erdoğan')).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('runs Hebrew and Arabic names from right to left', async () => {
    // A vowel sign on the first letter changes no width: the two differ only where the first letter is drawn.
    const pairs: [string, string][] = [
      ['שָלום עולם', 'שלום עולם'],
      ['سَلام عليكم', 'سلام عليكم'],
    ];
    for (const [marked, plain] of pairs) {
      const columns = await differingColumns(marked, plain);
      expect(columns.length).toBeGreaterThan(0);
      expect(columns[0]).toBeGreaterThan(NAME_CENTRE);
    }
    expect(fetched).toEqual([]);
  });
});
