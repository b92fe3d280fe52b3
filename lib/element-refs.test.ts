import { describe, expect, it } from 'vitest';
import { elementRef, elementRefSchema, idOfRef, isLineRef, participationId, recordOfElement } from './element-refs';

describe('element refs', () => {
  it('builds what a link selects and parses it back', () => {
    for (const ref of [
      elementRef.actor('turkey'),
      elementRef.tie('israel-assassinates-ismail-haniyeh'),
      elementRef.meeting('kalin-haniyeh-meetings'),
      elementRef.ties('israel', 'hamas', 'ATTACKS'),
      elementRef.family('israel', 'hamas', 'material-conflict'),
      elementRef.met('ismail-haniyeh', 'ibrahim-kalin'),
    ]) {
      expect(elementRefSchema.parse(ref)).toBe(ref);
    }
  });

  it('names an undirected pair the same whichever end comes first', () => {
    expect(elementRef.family('israel', 'hamas', 'material-conflict')).toBe('family:hamas~israel~material-conflict');
    expect(elementRef.met('ismail-haniyeh', 'ibrahim-kalin')).toBe(elementRef.met('ibrahim-kalin', 'ismail-haniyeh'));
    expect(elementRef.ties('israel', 'hamas', 'ATTACKS')).toBe('ties:israel~hamas~ATTACKS');
  });

  it('tells which record a canvas element stands for: a participation line is its meeting', () => {
    expect(recordOfElement(participationId('doha-talks', 'qatar'))).toEqual({ kind: 'meeting', id: 'doha-talks' });
    expect(recordOfElement('actor:turkey')).toEqual({ kind: 'actor', id: 'turkey' });
    expect(recordOfElement('ties:israel~hamas~ATTACKS')).toBeNull();
  });

  it('reads the id of a ref of one kind only', () => {
    expect(idOfRef('actor:turkey', 'actor')).toBe('turkey');
    expect(idOfRef('meeting:doha-talks', 'actor')).toBeNull();
    expect(idOfRef(null, 'meeting')).toBeNull();
    expect(isLineRef(elementRef.met('a', 'b'))).toBe(true);
    expect(isLineRef(elementRef.tie('a'))).toBe(false);
  });

  it('refuses refs a link must not hold', () => {
    for (const bad of ['participation:doha-talks:qatar', 'actor:', 'ties:a~b~NOT_A_TYPE', 'actor:Turkey', 'met:a']) {
      expect(elementRefSchema.safeParse(bad).success).toBe(false);
    }
  });
});
