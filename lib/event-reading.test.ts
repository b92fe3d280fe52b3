import { describe, expect, it } from 'vitest';
import { readEvent } from './event-reading';
import { CAMEO_CODEBOOK } from './import/cameo-codebook';
import { CAMEO_PLOVER } from './import/cameo-plover';
import { describeTie, PLOVER_TYPE_NAMES, TIE_TYPES } from './taxonomy';

describe('the reading of an event tie', () => {
  it('reads every code of the crosswalk, and the statements and appeals, with the object in the sentence', () => {
    const codes = [...Object.keys(CAMEO_PLOVER), ...Object.keys(CAMEO_CODEBOOK).filter((code) => /^0[12]/.test(code))];
    for (const code of codes) {
      const reading = readEvent(code)?.('Merkel');
      expect(reading, `CAMEO ${code} “${CAMEO_CODEBOOK[code]}”`).toMatch(/^(?:\w+ly )?[a-z-]+ed\b|^(?:made|fought|found|forgave|gave|met|broke|brought|took|withdrew|cast)\b/);
      expect(reading, code).toContain('Merkel');
    }
  });

  it('says what the code says, in the past tense, not a stronger verb', () => {
    expect(describeTie('Netanyahu', 'AGREE', 'Merkel', '030')).toBe('Netanyahu expressed intent to cooperate with Merkel');
    expect(describeTie('Netanyahu', 'AGREE', 'Merkel', '036')).toBe('Netanyahu expressed intent to meet or negotiate with Merkel');
    expect(describeTie('Putin', 'STATEMENT', 'Merkel', '012')).toBe('Putin made a pessimistic comment about Merkel');
    expect(describeTie('Israel', 'RETREAT', 'Hamas', '0841')).toBe('Israel returned, released person(s) toward Hamas');
    expect(describeTie('Police (India)', 'COERCE', 'Citizen (India)', '173')).toBe(
      'Police (India) arrested, detained, or charged Citizen (India) with legal action',
    );
    expect(describeTie('Iran', 'ACCUSE', 'Israel', '1124')).toBe('Iran accused Israel of war crimes');
    expect(describeTie('Hamas', 'REQUEST', 'Qatar', '0233')).toBe('Hamas appealed to Qatar for humanitarian aid');
    expect(describeTie('Russia', 'REQUEST', 'Ukraine', '105')).toBe('Russia demanded that Ukraine yields');
    expect(describeTie('Iran', 'THREATEN', 'Israel', '1323')).toBe('Iran threatened to impose curfew on Israel');
  });

  it('reads an event with no CAMEO code (POLECAT) by its category’s verb, and an analyst’s tie by its type', () => {
    for (const type of PLOVER_TYPE_NAMES) expect(describeTie('A', type, 'B')).toBe(`A ${TIE_TYPES[type].verb} B`);
    expect(describeTie('Qatar', 'MEDIATES_FOR', 'Hamas')).toBe('Qatar mediates for Hamas');
  });

  it('falls back to the type’s verb for a code the codebook lacks', () => {
    expect(readEvent('999')).toBeNull();
    expect(describeTie('A', 'ASSAULT', 'B', '999')).toBe('A used violence against B');
  });
});
