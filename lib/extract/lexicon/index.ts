import { ENGLISH } from './en';
import { FRENCH } from './fr';
import { TURKISH } from './tr';
import type { Lexicon } from './types';

export type { CueVoice, Lexicon, MeetingCue, TieCue, TitleCue } from './types';

/** The languages whose cues Parley knows; a report in another language still has its actors found, and claims added by hand. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { fr: FRENCH, en: ENGLISH, tr: TURKISH };

export function lexiconOf(language: string | null): Lexicon | null {
  return (language && LEXICONS[language]) || null;
}
