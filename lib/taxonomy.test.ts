import { describe, expect, it } from 'vitest';
import { CAMEO_PLOVER } from './import/cameo-plover';
import { ANALYST_TYPE_NAMES, familyOfQuadClass, isTieType, TIE_TYPE_NAMES, TIE_TYPES, tieFamily } from './taxonomy';

describe('the tie taxonomy', () => {
  it('places each PLOVER category in the quad class the crosswalk gives every one of its codes', () => {
    for (const [code, entry] of Object.entries(CAMEO_PLOVER)) expect(tieFamily(entry.category), code).toBe(familyOfQuadClass(entry.quadClass));
  });

  it('places each analyst type in the quad class of the CAMEO codes nearest its meaning, structure ties apart', () => {
    for (const type of ANALYST_TYPE_NAMES) {
      const { family, nearestCameo } = TIE_TYPES[type];
      if (family === 'structure') expect(nearestCameo, type).toEqual([]);
      else expect(nearestCameo.length, type).toBeGreaterThan(0);
      for (const code of nearestCameo) expect(familyOfQuadClass(CAMEO_PLOVER[code]!.quadClass), `${type} / ${code}`).toBe(family);
    }
    expect(['LEADS', 'PART_OF', 'MEMBER_OF', 'REPRESENTS'].map((type) => tieFamily(type as 'LEADS'))).toEqual(Array(4).fill('structure'));
    expect(tieFamily('SANCTIONS')).toBe('material-conflict');
  });

  it('offers the analysts only their own types; event types are the import’s', () => {
    expect(ANALYST_TYPE_NAMES).not.toContain('AGREE');
    expect(TIE_TYPE_NAMES.filter((type) => TIE_TYPES[type].origin === 'event')).toHaveLength(17);
  });

  it('knows its own types only, whatever a database holds', () => {
    expect(TIE_TYPE_NAMES.every(isTieType)).toBe(true);
    expect(['OPPOSES', 'mediates_for', '', 'constructor', 'toString'].filter(isTieType)).toEqual([]);
  });
});
