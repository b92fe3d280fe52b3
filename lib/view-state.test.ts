import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, viewChanges, viewQueryString, type ViewState } from './view-state';

const fullView: ViewState = {
  actors: ['turkey', 'hamas', 'ismail-haniyeh'],
  hidden: ['tie:israel-assassinates-ismail-haniyeh', 'actor:hamas'],
  selected: 'meeting:kalin-haniyeh-meetings',
  layout: 'concentric',
  filters: {
    kinds: ['state', 'person'],
    types: ['LEADS', 'MEDIATES_FOR'],
    from: '2024-07',
    to: '2024-12-31',
    undated: false,
    minReliability: 'C',
  },
  path: { from: 'united-states', to: 'hamas' },
};

describe('the view-state codec', () => {
  it('round-trips every setting through the URL', () => {
    const { state, dropped } = parseViewState(serializeViewState(fullView));
    expect(dropped).toEqual([]);
    expect(state).toEqual(fullView);
  });

  it('reads the same from a URLSearchParams and from Next’s searchParams object', () => {
    const params = serializeViewState(fullView);
    expect(parseViewState(Object.fromEntries(params)).state).toEqual(fullView);
  });

  it('leaves defaults out, so the overview is a bare link', () => {
    expect(viewQueryString(DEFAULT_VIEW)).toBe('');
    expect(parseViewState(new URLSearchParams()).state).toEqual(DEFAULT_VIEW);
  });

  it('keeps links readable', () => {
    expect(viewQueryString({ ...DEFAULT_VIEW, actors: ['turkey', 'qatar'], selected: 'actor:qatar' })).toBe('?a=turkey,qatar&sel=actor:qatar');
  });

  it('drops what it does not understand, says so, and keeps the rest', () => {
    const { state, dropped } = parseViewState(
      new URLSearchParams({
        a: 'turkey,Bad Id!,qatar,turkey',
        kinds: 'state,planet',
        types: 'LEADS,DROP TABLE',
        from: '2024-13',
        rel: 'Z',
        layout: 'spiral',
        sel: 'actor:<script>',
        undated: 'maybe',
        path: 'only-one',
      }),
    );
    expect(state.actors).toEqual(['turkey', 'qatar']);
    expect(state.filters.kinds).toEqual(['state']);
    expect(state.filters.types).toEqual(['LEADS']);
    expect(state.filters.from).toBeNull();
    expect(state.filters.minReliability).toBeNull();
    expect(state.filters.undated).toBe(true);
    expect(state.layout).toBe('fcose');
    expect(state.selected).toBeNull();
    expect(state.path).toBeNull();
    expect(dropped).toHaveLength(9);
    expect(dropped[0]).toBe('actor id "Bad Id!" is not valid');
  });

  it('survives hostile strings without throwing', () => {
    const hostile = ['%', '\u0000', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", 'MATCH (n) DETACH DELETE n', 'a'.repeat(100_000), ',,,', '~~~'];
    for (const value of hostile) {
      const params = new URLSearchParams();
      for (const name of ['a', 'hide', 'sel', 'layout', 'kinds', 'types', 'from', 'to', 'undated', 'rel', 'path']) params.set(name, value);
      const { state, dropped } = parseViewState(params);
      expect(state.selected).toBeNull();
      expect(dropped.every((message) => message.length < 120)).toBe(true);
    }
  });

  it('drops a date range that ends before it starts', () => {
    const { state, dropped } = parseViewState(new URLSearchParams({ from: '2025', to: '2024' }));
    expect([state.filters.from, state.filters.to]).toEqual([null, null]);
    expect(dropped[0]).toMatch(/ends before it starts/);
  });

  it('reads each end of a date range at its precision, and drops only a range that truly ends before it starts', () => {
    expect(parseViewState(new URLSearchParams({ from: '2024-07-15', to: '2024-07' })).state.filters).toMatchObject({ from: '2024-07-15', to: '2024-07' });
    expect(parseViewState(new URLSearchParams({ from: '2024-08', to: '2024-07-31' })).state.filters).toMatchObject({ from: null, to: null });
  });

  it('drops a list parameter none of whose items is valid, instead of an empty list that hides everything', () => {
    const { state, dropped } = parseViewState(new URLSearchParams({ kinds: 'martians', types: 'LOVES,HATES', a: 'Bad!', hide: '<b>' }));
    expect(state.filters.kinds).toBeNull();
    expect(state.filters.types).toBeNull();
    expect(state.actors).toBeNull();
    expect(state.hidden).toEqual([]);
    expect(dropped).toEqual([
      'no actor id in "Bad!" is valid, so the overview is shown',
      'no actor kind in "martians" is valid, so every kind is shown',
      'no relation type in "LOVES,HATES" is valid, so every type is shown',
      'no hidden element in "<b>" is valid, so nothing is hidden',
    ]);
  });

  it('keeps an empty list chosen in the panel: no kind ticked shows no actor', () => {
    const view: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, kinds: [] } };
    const { state, dropped } = parseViewState(serializeViewState(view));
    expect(state.filters.kinds).toEqual([]);
    expect(dropped).toEqual([]);
  });

  it('keeps at most 2000 actors', () => {
    const ids = Array.from({ length: 2100 }, (_, index) => `actor-${index}`);
    const { state, dropped } = parseViewState(new URLSearchParams({ a: ids.join(',') }));
    expect(state.actors).toHaveLength(2000);
    expect(dropped).toEqual(['only the first 2000 actor ids were kept']);
  });
});

describe('view changes', () => {
  it('adds actors once, after those already shown, and unhides them', () => {
    const state = { ...DEFAULT_VIEW, hidden: ['actor:qatar' as const] };
    const next = viewChanges.addActors(state, ['turkey', 'qatar'], ['qatar', 'egypt', 'egypt']);
    expect(next.actors).toEqual(['turkey', 'qatar', 'egypt']);
    expect(next.hidden).toEqual([]);
  });

  it('removing an actor forgets its selection and any path through it', () => {
    const state: ViewState = { ...DEFAULT_VIEW, actors: ['turkey', 'hamas'], selected: 'actor:hamas', path: { from: 'turkey', to: 'hamas' } };
    const next = viewChanges.removeActor(state, state.actors!, 'hamas');
    expect(next).toMatchObject({ actors: ['turkey'], selected: null, path: null });
  });

  it('focusing on an actor shows it and its neighbours only', () => {
    const next = viewChanges.focusOn({ ...DEFAULT_VIEW, hidden: ['actor:x'] }, 'mit', ['ibrahim-kalin', 'mit', 'turkey']);
    expect(next).toMatchObject({ actors: ['mit', 'ibrahim-kalin', 'turkey'], hidden: [], selected: 'actor:mit' });
  });
});

describe('adding actors already shown', () => {
  it('changes nothing, so the overview stays a bare link', () => {
    expect(viewChanges.addActors(DEFAULT_VIEW, ['turkey', 'qatar'], ['qatar'])).toBe(DEFAULT_VIEW);
  });
});
