import type { ActorKind } from '../lib/schemas/actor';
import { foldName } from '../lib/search';
import { Rng } from './random';

/**
 * Names of synthetic actors, in the scripts sources write them in: Latin with diacritics (Turkish dotted and
 * dotless i among them), and aliases in Arabic, Cyrillic and Hebrew script (rough letter-by-letter
 * transliterations, enough to exercise search and folding), plus the plain-ASCII spelling wire services use.
 */

const GIVEN = [
  'İbrahim', 'Ismail', 'Recep', 'Hakan', 'Ahmet', 'Mehmet', 'Ayşe', 'Fatma', 'Işıl', 'Yusuf', 'Hüseyin', 'Emine',
  'Mahmoud', 'Khaled', 'Yahya', 'Leila', 'Nour', 'Omar', 'Hanif', 'Hanım', 'Tamar', 'Yossi', 'Noa', 'Avi',
  'Sergei', 'Olga', 'Dmitri', 'Natalia', 'José', 'Inés', 'François', 'Élodie', 'Jürgen', 'Zoë', 'Søren', 'Łukasz',
  'Antonín', 'Çağla', 'Gülşen', 'Ömer', 'Şükrü', 'Erdal', 'Erdem', 'Mustafa', 'Abdullah', 'Rania', 'Amira', 'Youssef',
];

/** Real family names that sources spell many ways: prefix searches such as "erdo" and "hanı" find several. */
const FAMILY_SEEDS = [
  'Erdoğan', 'Erdoğdu', 'Erdoğmuş', 'Erdem', 'Kalın', 'Haniyeh', 'Hanioğlu', 'Hanım', 'Yıldırım', 'Işık', 'Fidan',
  'Davutoğlu', 'Çavuşoğlu', 'Öztürk', 'Şahin', 'Aydın', 'Al-Thani', 'Sinwar', 'Mashal', 'Abbas', 'Barghouti',
  'Netanyahu', 'Gantz', 'Lapid', 'Lavrov', 'Ivanov', 'Petrov', 'Sokolov', 'Dvořák', 'Novák', 'Müller', 'Lefèvre',
  'Peña', 'Núñez', 'Kowalczyk', 'Østergård', 'El-Sisi', 'Shoukry', 'Blinken', 'Burns',
];

const ONSETS = ['b', 'c', 'ç', 'd', 'f', 'g', 'ğ', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'ş', 't', 'v', 'y', 'z', 'kh', 'sh', 'zh', 'ts'];
const VOWELS = ['a', 'e', 'i', 'ı', 'o', 'ö', 'u', 'ü', 'á', 'é', 'ia', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 'm', 's', 'k', 'z', 'ş', 'v', 'd'];
const FAMILY_ENDINGS = ['oğlu', 'ov', 'ova', 'ski', 'ić', 'stein', 'berg', 'i', 'ani', 'zadeh', 'yan', 'er', 'ez', ''];
const PLACE_ENDINGS = ['ia', 'istan', 'land', 'ar', 'ova', 'ana', 'eth', 'ur', 'ye', 'esh'];

function syllable(rng: Rng): string {
  return `${rng.pick(ONSETS)}${rng.pick(VOWELS)}${rng.pick(CODAS)}`;
}

function capitalise(word: string): string {
  // `İ` for a Turkish dotted i at the start, as Turkish sources write it.
  if (word.startsWith('i') && word.length > 3 && word.charCodeAt(1) % 5 === 0) return `İ${word.slice(1)}`;
  return word.charAt(0).toLocaleUpperCase('en') + word.slice(1);
}

function madeUpFamily(rng: Rng): string {
  return capitalise(`${syllable(rng)}${syllable(rng)}${rng.pick(FAMILY_ENDINGS)}`);
}

function madeUpPlace(rng: Rng): string {
  return capitalise(`${syllable(rng)}${rng.chance(0.5) ? syllable(rng) : ''}${rng.pick(PLACE_ENDINGS)}`);
}

const LATIN_TO_CYRILLIC: Record<string, string> = {
  kh: 'х', sh: 'ш', zh: 'ж', ts: 'ц', ch: 'ч', ya: 'я', yu: 'ю',
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'й', z: 'з',
};
const LATIN_TO_ARABIC: Record<string, string> = {
  kh: 'خ', sh: 'ش', zh: 'ج', ts: 'تس', th: 'ث', ch: 'تش',
  a: 'ا', b: 'ب', c: 'ك', d: 'د', e: '', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن',
  o: 'و', p: 'ب', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز',
};
const LATIN_TO_HEBREW: Record<string, string> = {
  kh: 'ח', sh: 'ש', zh: 'ז׳', ts: 'צ', ch: 'צ׳', th: 'ת',
  a: 'א', b: 'ב', c: 'ק', d: 'ד', e: '', f: 'פ', g: 'ג', h: 'ה', i: 'י', j: 'ג׳', k: 'ק', l: 'ל', m: 'מ', n: 'נ',
  o: 'ו', p: 'פ', q: 'ק', r: 'ר', s: 'ס', t: 'ט', u: 'ו', v: 'ו', w: 'ו', x: 'קס', y: 'י', z: 'ז',
};

function transliterate(text: string, table: Record<string, string>): string {
  const folded = foldName(text);
  let out = '';
  for (let index = 0; index < folded.length; ) {
    const pair = folded.slice(index, index + 2);
    if (table[pair] !== undefined) {
      out += table[pair];
      index += 2;
      continue;
    }
    const letter = folded[index]!;
    out += table[letter] ?? (/[a-z0-9]/.test(letter) ? '' : letter);
    index += 1;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export const toCyrillic = (text: string) => transliterate(text, LATIN_TO_CYRILLIC);
export const toArabic = (text: string) => transliterate(text, LATIN_TO_ARABIC);
export const toHebrew = (text: string) => transliterate(text, LATIN_TO_HEBREW);

/** The plain-ASCII spelling of a name (Erdoğan -> Erdogan), or null when it is already plain. */
function asciiSpelling(name: string): string | null {
  const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l');
  return ascii === name ? null : ascii;
}

export interface GeneratedName {
  name: string;
  aliases: string[];
  country: string | null;
}

const ORG_FORMS = ['Front', 'Movement', 'Party', 'Brigades', 'Council', 'Foundation', 'Alliance', 'Union', 'Committee', 'Network'];
const ORG_QUALIFIERS = ['Popular', 'National', 'Democratic', 'Islamic', 'Liberation', 'Patriotic', 'Revolutionary', 'United', 'Free', 'Green'];
const AGENCY_FORMS = ['Ministry of Foreign Affairs', 'Intelligence Organisation', 'General Staff', 'Ministry of Defence', 'Presidency', 'Police', 'Security Service', 'Central Bank'];
const IGO_FORMS = ['Cooperation Council', 'Economic Community', 'Security Pact', 'Development Bank', 'League', 'Contact Group'];
const COUNTRY_CODES = ['TUR', 'QAT', 'EGY', 'ISR', 'PSE', 'USA', 'RUS', 'FRA', 'DEU', 'IRN', 'SAU', 'JOR', 'LBN', 'SYR', 'IRQ', 'GBR', 'CHN', 'UKR'];

/** Short forms analysts type: "MFA", "MİT". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/**
 * Makes unique actor names: no name equals another actor's name or Latin alias once folded, since the bulk
 * loader matches actors by folded name (a clash would merge two actors into one).
 */
export class NameFactory {
  private readonly taken = new Set<string>();
  private readonly places: string[] = [];

  constructor(private readonly rng: Rng) {}

  /** Only names must be unique: the loader matches a new actor's name against names and aliases, never alias to alias. */
  private claim(name: string, aliases: string[]): boolean {
    const key = (spelling: string) => foldName(spelling).replace(/\s+/g, ' ').trim();
    if (this.taken.has(key(name))) return false;
    for (const spelling of [name, ...aliases]) this.taken.add(key(spelling));
    return true;
  }

  private place(): string {
    // Places recur (a state, its agencies, its parties), drawn mostly from the first ones made.
    if (this.places.length > 20 && this.rng.chance(0.7)) return this.places[Math.floor(this.places.length * this.rng.next() ** 3)]!;
    const place = madeUpPlace(this.rng);
    this.places.push(place);
    return place;
  }

  make(kind: ActorKind): GeneratedName {
    for (let attempt = 0; ; attempt += 1) {
      const candidate = this.candidate(kind, attempt);
      if (this.claim(candidate.name, candidate.aliases)) return candidate;
    }
  }

  private candidate(kind: ActorKind, attempt: number): GeneratedName {
    const { rng } = this;
    const country = rng.chance(0.8) ? rng.pick(COUNTRY_CODES) : null;
    const scripts = (text: string) => {
      const out = [toCyrillic(text)];
      if (rng.chance(0.6)) out.push(toArabic(text));
      if (rng.chance(0.35)) out.push(toHebrew(text));
      return out.filter((alias) => alias.length > 1);
    };
    switch (kind) {
      case 'person': {
        const given = rng.pick(GIVEN);
        const family = rng.chance(0.25) ? rng.pick(FAMILY_SEEDS) : madeUpFamily(rng);
        const middle = attempt > 3 ? ` ${madeUpFamily(rng)}` : '';
        const name = `${given}${middle} ${family}`;
        const aliases = [asciiSpelling(name), `${given.charAt(0)}. ${family}`, ...scripts(name)].filter((alias): alias is string => !!alias);
        return { name, aliases, country };
      }
      case 'state': {
        const place = madeUpPlace(rng);
        const name = attempt > 2 ? `Republic of ${place}` : place;
        return { name, aliases: [asciiSpelling(name), `${place} Republic`, ...scripts(place)].filter((alias): alias is string => !!alias), country };
      }
      case 'organization': {
        const name = `${rng.pick(ORG_QUALIFIERS)} ${rng.pick(ORG_FORMS)} of ${this.place()}${attempt > 2 ? ` ${madeUpFamily(rng)}` : ''}`;
        return { name, aliases: [asciiSpelling(name), initials(name), ...scripts(name)].filter((alias): alias is string => !!alias), country };
      }
      case 'agency': {
        const place = this.place();
        const name = `${place} ${rng.pick(AGENCY_FORMS)}${attempt > 2 ? ` ${madeUpFamily(rng)}` : ''}`;
        return { name, aliases: [asciiSpelling(name), `${initials(name)} (${place})`, ...scripts(name)].filter((alias): alias is string => !!alias), country };
      }
      case 'igo': {
        const name = `${this.place()}–${this.place()} ${rng.pick(IGO_FORMS)}${attempt > 2 ? ` ${madeUpFamily(rng)}` : ''}`;
        return { name, aliases: [asciiSpelling(name), ...scripts(name)].filter((alias): alias is string => !!alias), country: null };
      }
    }
  }
}
