import { describe, expect, it } from 'vitest';
import { actorValuesOf } from './actor-values';

describe('an actor as the form’s values', () => {
  it('are its fields, each alias a row and a missing country or Wikidata id an empty field', () => {
    const values = actorValuesOf({
      name: 'Qatar',
      kind: 'state',
      aliases: ['State of Qatar', 'دولة قطر'],
      description: 'Gulf state.',
      country: null,
      wikidataId: null,
    });
    expect(values).toEqual({
      name: 'Qatar',
      kind: 'state',
      aliases: [{ text: 'State of Qatar' }, { text: 'دولة قطر' }],
      description: 'Gulf state.',
      country: '',
      wikidataId: '',
    });
  });

  it('are empty for a new actor, its kind not yet chosen', () => {
    expect(actorValuesOf(null)).toEqual({ name: '', kind: '', aliases: [], description: '', country: '', wikidataId: '' });
  });
});
