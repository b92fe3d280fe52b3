import { describe, expect, it } from 'vitest';
import { displayNameSchema } from './account';
import { actorInputSchema } from './actor';
import { partialDateSchema, shortTextSchema, webUrlSchema } from './common';
import { meetingInputSchema } from './meeting';
import { sourceInputSchema } from './source';

describe('partialDateSchema', () => {
  it.each(['2024', '2024-07', '2024-07-31', '2024-02-29'])('accepts %s', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(['24', '2024-13', '2024-02-30', '2023-02-29', '31/07/2024', '2024-7-1', ''])('rejects %s', (date) => {
    expect(partialDateSchema.safeParse(date).success).toBe(false);
  });
});

describe('webUrlSchema', () => {
  it('accepts web links', () => {
    expect(webUrlSchema.safeParse('https://www.example.org/article?id=1').success).toBe(true);
    expect(webUrlSchema.safeParse('http://example.org').success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'example.org', ''])(
    'rejects %s',
    (url) => {
      expect(webUrlSchema.safeParse(url).success).toBe(false);
    },
  );
});

describe('names, titles and labels (the one readable-text rule)', () => {
  it.each([
    ['Turkish dotted capital', 'İbrahim Kalın'],
    ['Arabic, right to left as typed', 'إسماعيل هنية'],
    ['Hebrew, with a right-to-left mark', 'בנימין נתניהו\u200f'],
    ['Latin with combining marks', 'Erdog\u0306an'],
    ['Persian with a zero-width non-joiner', 'می\u200cخواهم'],
    ['Devanagari with a zero-width joiner', 'क्\u200dष'],
    ['an emoji family joined by ZWJ', '👨\u200d👩\u200d👧'],
    ['a flag', '🇹🇷 Türkiye'],
    ['CJK', '中华人民共和国'],
    ['a zero-width space inside Thai', 'กรุงเทพ\u200bมหานคร'],
  ])('keeps %s', (_, name) => {
    expect(shortTextSchema.safeParse(name)).toEqual({ success: true, data: name });
  });

  it.each([
    ['NUL', 'Hamas\u0000', 'U+0000'],
    ['a tab inside', 'Ha\tmas', 'U+0009'],
    ['a line break inside', 'Ha\nmas', 'U+000A'],
    ['ESC', '\u001b[31mHamas', 'U+001B'],
    ['DEL', 'Hamas\u007f', 'U+007F'],
    ['a C1 control', 'Hamas\u0085x', 'U+0085'],
    ['a line separator', 'Ha\u2028mas', 'U+2028'],
    ['a right-to-left override', 'Invoice \u202egpj.exe', 'U+202E'],
    ['a left-to-right embedding', '\u202aHamas\u202c', 'U+202A'],
    ['a right-to-left isolate', 'x \u2067حماس\u2069', 'U+2067'],
    ['a first-strong isolate', '\u2068Hamas', 'U+2068'],
  ])('refuses %s, naming the character', (_, name, codePoint) => {
    const parsed = shortTextSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toContain(codePoint);
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['a word joiner', '\u2060\u2060'],
    ['a byte-order mark between zero-width joiners', '\u200d\ufeff\u200d'],
    ['a Mongolian vowel separator', '\u180e'],
    ['a Hangul filler', '\u3164'],
    ['combining marks alone', '\u0301\u0308'],
    ['zero-width characters around spaces', '\u200b \u200c'],
  ])('refuses a name of %s alone', (_, name) => {
    const parsed = shortTextSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message)).toEqual(['At least one visible character: this has only invisible ones']);
  });

  it('names the field in every schema of a person-entered name, title or label', () => {
    const fieldsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error!.issues.map((issue) => issue.path.join('.'));
    const override = 'Qatar\u202e';
    expect(fieldsOf(actorInputSchema.safeParse({ name: override, kind: 'state', aliases: ['Katar', '\u200b'] }))).toEqual(['name', 'aliases.1']);
    expect(fieldsOf(sourceInputSchema.safeParse({ title: 'Le Monde', publisher: 'Le\u0000Monde', language: 'fr', reliability: 'B' }))).toEqual(['publisher']);
    const meeting = {
      title: '\u2066Talks',
      kind: 'mediation',
      location: 'Doha\n',
      participants: [
        { actorId: 'qatar', role: 'host' },
        { actorId: 'hamas', role: 'party' },
      ],
      citations: [{ source: { id: 'le-monde' }, quote: 'Des pourparlers.', credibility: 3 }],
    };
    // The location's trailing line break is trimmed away, as spaces are; only the title is refused.
    expect(fieldsOf(meetingInputSchema.safeParse(meeting))).toEqual(['title']);
    expect(displayNameSchema.safeParse('Ada\u202eLovelace').success).toBe(false);
    expect(displayNameSchema.safeParse('\u2060').success).toBe(false);
  });
});
