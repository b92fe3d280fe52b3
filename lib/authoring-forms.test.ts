import { describe, expect, it } from 'vitest';
import { changesOfDirtyFields, fieldErrorsOfForm, plainIssueMessage } from './authoring-forms';

describe('an edit’s changes', () => {
  const body = { name: 'Qatar', aliases: ['State of Qatar'], description: 'Gulf state.', country: 'QAT' };

  it('are the fields the analyst changed, nested marks of a list included', () => {
    expect(changesOfDirtyFields(body, { description: true, aliases: [false, { text: true }] })).toEqual({
      description: 'Gulf state.',
      aliases: ['State of Qatar'],
    });
  });

  it('are nothing when the marks are all false, as after a change typed back', () => {
    expect(changesOfDirtyFields(body, { aliases: [false], country: undefined })).toEqual({});
  });
});

describe('the form’s field errors', () => {
  it('are one message per dotted path, an array’s own error at the array', () => {
    const tree = {
      name: { type: 'too_small', message: 'Required' },
      citations: { root: { type: 'custom', message: 'At least one citation' }, 0: { quote: { type: 'too_small', message: 'A quote is required' } } },
      source: { type: 'invalid_union', message: 'Invalid input', new: { title: { type: 'too_small', message: 'Required' } } },
    };
    expect(fieldErrorsOfForm(tree)).toEqual({
      name: 'Required',
      citations: 'At least one citation',
      'citations.0.quote': 'A quote is required',
      source: 'Invalid input',
      'source.new.title': 'Required',
    });
  });
});

describe('the resolver’s wording', () => {
  it('says a missing choice and a missing value plainly, and leaves the schema’s own messages', () => {
    expect(plainIssueMessage({ code: 'invalid_value' })).toBe('Choose one of the options');
    expect(plainIssueMessage({ code: 'invalid_type' })).toBe('Required');
    expect(plainIssueMessage({ code: 'too_small', message: 'At least two participants' })).toBeUndefined();
  });
});
