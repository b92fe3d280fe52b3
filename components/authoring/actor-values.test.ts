import { describe, expect, it } from 'vitest';
import { actorValuesOf } from './actor-values';

describe('an actor as the form’s values', () => {
  it('are its fields, each alias a row of its own and a missing country or Wikidata id an empty field', () => {
    const values = actorValuesOf({
      name: 'Qatar',
      kind: 'state',
      aliases: ['State of Qatar', 'دولة قطر'],
      description: 'Gulf state.',
      country: null,
      wikidataId: null,
    });
    expect({ ...values, aliases: values.aliases.map((alias) => alias.text) }).toEqual({
      name: 'Qatar',
      kind: 'state',
      aliases: ['State of Qatar', 'دولة قطر'],
      description: 'Gulf state.',
      country: '',
      wikidataId: '',
    });
    expect(new Set(values.aliases.map((alias) => alias.key)).size).toBe(2);
  });

  it('are empty for a new actor, its kind not yet chosen', () => {
    expect(actorValuesOf(null)).toEqual({ name: '', kind: '', aliases: [], description: '', country: '', wikidataId: '' });
  });
});
