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
  path: { from: 'united-states', to: 'hamas', index: 2, tiesOnly: true },
  fold: 'family',
  size: 'betweenness',
  colour: 'community',
  timeBin: 'week',
  since: '2025-01-05T10:22:33.123Z',
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

  it('reads folded lines as refs, and drops malformed ones and unknown fold settings; an old family line hides both its quad classes', () => {
    const { state, dropped } = parseViewState(
      new URLSearchParams('sel=ties:israel~hamas~ATTACKS&hide=family:hamas~israel~conflict,met:ibrahim-kalin~ismail-haniyeh,ties:a~b~EATS&fold=sideways'),
    );
    expect(state.selected).toBe('ties:israel~hamas~ATTACKS');
    expect(state.hidden).toEqual(['family:hamas~israel~verbal-conflict', 'family:hamas~israel~material-conflict', 'met:ibrahim-kalin~ismail-haniyeh']);
    expect(state.fold).toBeNull();
    expect(dropped).toEqual(['hidden element "ties:a~b~EATS" is not valid', 'fold setting "sideways" is not valid']);
    expect(viewQueryString({ ...DEFAULT_VIEW, selected: 'ties:israel~hamas~ATTACKS', fold: 'claims' })).toBe('?sel=ties:israel~hamas~ATTACKS&fold=claims');
  });

  it('carries what sizes and colours the actors, and drops a bad choice saying which ones there are', () => {
    expect(viewQueryString({ ...DEFAULT_VIEW, size: 'pagerank', colour: 'closeness' })).toBe('?size=pagerank&colour=closeness');
    expect(parseViewState(new URLSearchParams('size=pagerank&colour=closeness')).state).toMatchObject({ size: 'pagerank', colour: 'closeness' });
    const { state, dropped } = parseViewState(new URLSearchParams('size=fame&colour=rainbow'));
    expect(state.size).toBe('lines');
    expect(state.colour).toBe('kind');
    expect(dropped).toEqual([
      'size setting "fame" is not valid (lines, degree, betweenness, closeness or pagerank)',
      'colour setting "rainbow" is not valid (kind, community, degree, betweenness, closeness or pagerank)',
    ]);
  });

  it('undoes an expansion by taking out exactly the actors it added', () => {
    const view = { ...DEFAULT_VIEW, actors: ['turkey', 'qatar', 'hamas', 'egypt'], selected: 'actor:egypt' as const, path: { from: 'turkey', to: 'egypt', index: 0, tiesOnly: false } };
    const undone = viewChanges.removeActors(view, view.actors, ['hamas', 'egypt']);
    expect(undone.actors).toEqual(['turkey', 'qatar']);
    expect(undone.selected).toBeNull();
    expect(undone.path).toBeNull();
  });

  it('carries the time bar’s window as the date filter, its bin, and the "changes since" day or moment', () => {
    const window = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, from: '2018-06', to: '2018-08' }, timeBin: 'month' as const, since: '2024-07-01' };
    const query = viewQueryString(window);
    expect(query).toBe('?from=2018-06&to=2018-08&bin=month&since=2024-07-01');
    expect(parseViewState(new URLSearchParams(query.slice(1)))).toEqual({ state: window, dropped: [] });
    const { state, dropped } = parseViewState(new URLSearchParams('bin=fortnight&since=yesterday'));
    expect([state.timeBin, state.since]).toEqual([null, null]);
    expect(dropped).toEqual(['time bar bin "fortnight" is not valid', '"changes since" date "yesterday" is not valid']);
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

  it('keeps the path shown and "through ties only" in the path parameter, numbered from 1 as the panel numbers paths', () => {
    const path = (options: Partial<NonNullable<ViewState['path']>>) => ({
      ...DEFAULT_VIEW,
      path: { from: 'united-states', to: 'hamas', index: 0, tiesOnly: false, ...options },
    });
    expect(viewQueryString(path({}))).toBe('?path=united-states~hamas');
    expect(viewQueryString(path({ index: 1 }))).toBe('?path=united-states~hamas~2');
    expect(viewQueryString(path({ tiesOnly: true }))).toBe('?path=united-states~hamas~ties');
    expect(viewQueryString(path({ index: 3, tiesOnly: true }))).toBe('?path=united-states~hamas~4~ties');
    for (const query of ['path=united-states~hamas~2~ties', 'path=united-states~hamas~ties~2']) {
      expect(parseViewState(new URLSearchParams(query))).toEqual({ state: path({ index: 1, tiesOnly: true }), dropped: [] });
    }
    // Links made before the path parameter had options open on the shortest path, meetings included.
    expect(parseViewState(new URLSearchParams('path=turkey~hamas')).state.path).toEqual({ from: 'turkey', to: 'hamas', index: 0, tiesOnly: false });
  });

  it('drops a bad path option and keeps the two ends', () => {
    for (const option of ['0', '11', '1e1', '-2', 'meetings', '']) {
      const { state, dropped } = parseViewState(new URLSearchParams(`path=turkey~hamas~${option}`));
      expect(state.path, option).toEqual({ from: 'turkey', to: 'hamas', index: 0, tiesOnly: false });
      expect(dropped, option).toEqual([`path option "${option}" is not valid (a path number from 1 to 10, or "ties")`]);
    }
    expect(parseViewState(new URLSearchParams('path=turkey~Bad!~2')).dropped).toEqual(['path "turkey~Bad!~2" is not valid']);
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
      'no tie type in "LOVES,HATES" is valid, so every type is shown',
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
    const state: ViewState = { ...DEFAULT_VIEW, actors: ['turkey', 'hamas'], selected: 'actor:hamas', path: { from: 'turkey', to: 'hamas', index: 0, tiesOnly: false } };
    const next = viewChanges.removeActor(state, state.actors!, 'hamas');
    expect(next).toMatchObject({ actors: ['turkey'], selected: null, path: null });
  });

  it('shows another path, and goes back to the first when meetings are left out or let in', () => {
    const state: ViewState = { ...DEFAULT_VIEW, path: { from: 'turkey', to: 'hamas', index: 0, tiesOnly: false } };
    const second = viewChanges.showPath(state, 1);
    expect(second.path).toEqual({ from: 'turkey', to: 'hamas', index: 1, tiesOnly: false });
    expect(viewChanges.setPathTiesOnly(second, true).path).toEqual({ from: 'turkey', to: 'hamas', index: 0, tiesOnly: true });
    expect(viewChanges.showPath(state, 0)).toBe(state);
    expect(viewChanges.showPath(DEFAULT_VIEW, 1)).toBe(DEFAULT_VIEW);
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
