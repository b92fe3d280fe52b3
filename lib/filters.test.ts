import { describe, expect, it } from 'vitest';
import { applyFilters } from './filters';
import type { GraphData } from './graph';
import { graphTie as tie } from './graph.testing';
import { DEFAULT_FILTERS } from './view-state';

const graph: GraphData = {
  actors: [
    { id: 'qatar', name: 'Qatar', kind: 'state', aliases: [] },
    { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: [] },
    { id: 'israel', name: 'Israel', kind: 'state', aliases: [] },
  ],
  ties: [
    tie('undated'),
    tie('in-2023', { since: '2023-03', until: '2023-11' }),
    tie('from-2024', { since: '2024-07-31', subjectId: 'israel', type: 'ATTACKS', bestReliability: 'E' }),
  ],
  meetings: [
    {
      id: 'talks',
      title: 'Talks',
      kind: 'negotiation',
      date: '2024-07',
      participants: [
        { actorId: 'qatar', role: 'mediator' },
        { actorId: 'hamas', role: 'party' },
        { actorId: 'israel', role: 'party' },
      ],
      citationCount: 1,
      bestReliability: 'C',
    },
  ],
};

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('applyFilters', () => {
  it('shows everything by default', () => {
    const { visible, hiddenByFilters } = applyFilters(graph, DEFAULT_FILTERS, []);
    expect(visible).toEqual(graph);
    expect(hiddenByFilters).toEqual({ actors: 0, ties: 0, meetings: 0 });
  });

  it('hides an actor kind with its ties, and keeps a meeting while two participants remain', () => {
    const { visible, hiddenByFilters } = applyFilters(graph, { ...DEFAULT_FILTERS, kinds: ['state'] }, []);
    expect(ids(visible.actors)).toEqual(['qatar', 'israel']);
    expect(visible.ties).toEqual([]);
    expect(visible.meetings[0]?.participants.map((p) => p.actorId)).toEqual(['qatar', 'israel']);
    expect(hiddenByFilters).toEqual({ actors: 1, ties: 3, meetings: 0 });
  });

  it('keeps ties whose dates overlap the range, open ends included, and undated ones by the toggle', () => {
    const in2024 = applyFilters(graph, { ...DEFAULT_FILTERS, from: '2024-07-15', to: '2024-12' }, []).visible;
    expect(ids(in2024.ties)).toEqual(['undated', 'from-2024']);
    expect(ids(in2024.meetings)).toEqual(['talks']);
    const datedOnly = applyFilters(graph, { ...DEFAULT_FILTERS, from: '2023', undated: false }, []).visible;
    expect(ids(datedOnly.ties)).toEqual(['in-2023', 'from-2024']);
    const before2024 = applyFilters(graph, { ...DEFAULT_FILTERS, to: '2023-12-31', undated: false }, []).visible;
    expect(ids(before2024.ties)).toEqual(['in-2023']);
    expect(before2024.meetings).toEqual([]);
  });

  it('keeps only claims backed by a source at least as reliable as asked', () => {
    const { visible, hiddenByFilters } = applyFilters(graph, { ...DEFAULT_FILTERS, minReliability: 'B' }, []);
    expect(ids(visible.ties)).toEqual(['undated', 'in-2023']);
    expect(hiddenByFilters).toMatchObject({ ties: 1, meetings: 1 });
  });

  it('filters ties by type', () => {
    expect(ids(applyFilters(graph, { ...DEFAULT_FILTERS, types: ['ATTACKS'] }, []).visible.ties)).toEqual(['from-2024']);
  });

  it('counts what the analyst hid apart from what the filters hide', () => {
    const result = applyFilters(graph, DEFAULT_FILTERS, ['actor:israel', 'tie:undated']);
    expect(result.hiddenByAnalyst).toEqual({ actors: 1, ties: 1, meetings: 0 });
    expect(result.hiddenByFilters).toEqual({ actors: 0, ties: 1, meetings: 0 });
    expect(ids(result.visible.ties)).toEqual(['in-2023']);
  });
});
