import { describe, expect, it } from 'vitest';
import { MEETING_KINDS } from '../../schemas/meeting';
import { ANALYST_TYPE_NAMES } from '../../taxonomy';
import { phraseKeys } from '../tokens';
import { LEXICONS, lexiconOf } from '.';

/** The lexicons are data: these checks keep each one complete and well formed as lines are added. */
describe.each(Object.values(LEXICONS).map((lexicon) => [lexicon.language, lexicon] as const))('the %s lexicon', (language, lexicon) => {
  it('is found under its language code', () => {
    expect(lexiconOf(language)).toBe(lexicon);
  });

  it('has cues for every type an analyst records, and for every kind of meeting but mediation (a tie: MEDIATES_FOR)', () => {
    expect(new Set(lexicon.ties.map((cue) => cue.type))).toEqual(new Set(ANALYST_TYPE_NAMES));
    expect(new Set(lexicon.meetings.map((cue) => cue.kind))).toEqual(new Set(MEETING_KINDS.filter((kind) => kind !== 'mediation')));
  });

  it('writes every phrase as words the matcher reads, none starting with a gap', () => {
    const phrases = [
      ...lexicon.ties.map((cue) => cue.phrase),
      ...lexicon.meetings.map((cue) => cue.phrase),
      ...lexicon.titles.map((cue) => cue.phrase),
      ...lexicon.headOfStateTitles,
      ...lexicon.disputeCues,
    ];
    for (const phrase of phrases) {
      expect(phraseKeys(phrase.replace(/[*…]/g, '')).length, phrase).toBeGreaterThan(0);
      expect(phrase.trim().startsWith('…'), phrase).toBe(false);
    }
  });

  it('gives each cue one meaning', () => {
    // As the matcher reads them: folded words, a gap (which may be empty) and stems kept apart.
    const readAs = (phrase: string) =>
      phrase
        .trim()
        .split(/\s+/)
        .map((part) => (part === '…' ? part : phraseKeys(part).join(' ') + (part.endsWith('*') ? '*' : '')))
        .join(' ');
    const cues = [...lexicon.ties.map((cue) => cue.phrase), ...lexicon.meetings.map((cue) => cue.phrase)].map(readAs);
    expect(cues.filter((cue, index) => cues.indexOf(cue) !== index)).toEqual([]);
  });
});
