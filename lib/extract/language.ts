import { franc } from 'franc-min';

/**
 * The language of a pasted report, as the source's language code (ISO 639-1 where there is one, as the forms ask),
 * told by franc-min from the text alone, offline. Null when the text is too short or too mixed to tell.
 */

// franc-min answers ISO 639-3; languages without a two-letter code keep their three letters (the schema takes both).
const TWO_LETTER: Record<string, string> = {
  spa: 'es', eng: 'en', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it', tur: 'tr',
  pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', fuv: 'ff', bos: 'bs', hrv: 'hr', nld: 'nl', srp: 'sr',
  yor: 'yo', uzn: 'uz', zlm: 'ms', ibo: 'ig', tgl: 'tl', hun: 'hu', azj: 'az', ces: 'cs', run: 'rn', plt: 'mg',
  qug: 'qu', nya: 'ny', zyb: 'za', kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', rus: 'ru', ukr: 'uk',
  bel: 'be', bul: 'bg', kaz: 'kk', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne',
  cmn: 'zh', ben: 'bn', jpn: 'ja', kor: 'ko', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my',
  pan: 'pa', amh: 'am', tha: 'th', sin: 'si', ell: 'el',
};

// Scripts of one language that franc-min has no model for.
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

export function detectLanguage(text: string): string | null {
  const code = franc(text, { minLength: 20 });
  if (code !== 'und') return TWO_LETTER[code] ?? code;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  for (const [script, language] of SCRIPT_LANGUAGES) {
    if (letters > 0 && (text.match(script)?.length ?? 0) / letters > 0.5) return language;
  }
  return null;
}
