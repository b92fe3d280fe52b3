import { describe, expect, it } from 'vitest';
import { describeLine, DENSE_VIEW_LINES, foldGraph, lineIdOfTie } from './fold';
import type { GraphData, GraphMeeting, GraphTie } from './graph';
import { tieFamily, type TieType } from './taxonomy';

const actor = (id: string) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [] });
let sequence = 0;
const tie = (subjectId: string, type: TieType, objectId: string, date: string | null = null, grade: GraphTie['bestReliability'] = 'C'): GraphTie => ({
  id: `t${++sequence}`,
  type,
  family: tieFamily(type),
  subjectId,
  objectId,
  since: date,
  until: date,
  confidence: 'low',
  citationCount: 1,
  bestReliability: grade,
  cameoCode: null,
});
const meeting = (date: string | null, ...actorIds: string[]): GraphMeeting => ({
  id: `m${++sequence}`,
  title: 'Talks',
  kind: 'phone_call',
  date,
  participants: actorIds.map((actorId) => ({ actorId, role: 'party' })),
  citationCount: 1,
  bestReliability: 'D',
});

describe('foldGraph', () => {
  const attacks = [tie('isr', 'ATTACKS', 'ham', '2024-07-01'), tie('isr', 'ATTACKS', 'ham', '2024-07-31', 'B'), tie('isr', 'ATTACKS', 'ham', '2024-03')];
  const graph: GraphData = {
    actors: ['isr', 'ham', 'qat', 'egy'].map(actor),
    ties: [...attacks, tie('ham', 'ATTACKS', 'isr', '2024-05-05'), tie('isr', 'THREATENS', 'ham'), tie('qat', 'MEDIATES_FOR', 'ham')],
    meetings: [meeting('2024-06-01', 'qat', 'ham'), meeting('2024-07-02', 'ham', 'qat'), meeting(null, 'qat', 'egy', 'isr')],
  };

  it('draws one line per pair, type and direction, with the count, the date span and the strongest grade', () => {
    const { lines, fold } = foldGraph(graph, 'type');
    expect(fold).toBe('type');
    const line = lines.find((candidate) => candidate.id === 'ties:isr~ham~ATTACKS');
    expect(line).toMatchObject({ count: 3, since: '2024-03', until: '2024-07-31', bestReliability: 'B', sourceId: 'isr', targetId: 'ham' });
    // Newest first.
    expect(line?.claimIds).toEqual([attacks[1]!.id, attacks[0]!.id, attacks[2]!.id]);
    expect(describeLine(line!)).toBe('attacks ×3');
    // The other direction and the other type are lines of their own; a line of one claim is that claim.
    const ids = lines.map((candidate) => candidate.id);
    expect(ids.filter((id) => id.startsWith('ties:'))).toEqual(['ties:isr~ham~ATTACKS']);
    expect(lines.filter((candidate) => candidate.kind === 'ties')).toHaveLength(4);
    expect(ids).toContain(`tie:${graph.ties[3]!.id}`);
  });

  it('folds the meetings two actors in view attended into one "met" line; a meeting of three stays a node', () => {
    const { lines, meetings } = foldGraph(graph, 'type');
    const met = lines.find((line) => line.kind === 'met');
    expect(met).toMatchObject({ id: 'met:ham~qat', count: 2, since: '2024-06-01', until: '2024-07-02', meetingKinds: ['phone_call'] });
    expect(describeLine(met!)).toBe('met ×2');
    expect(meetings.map((node) => node.participants.length)).toEqual([3]);
  });

  it('folds every type between two actors into one line per family, pointing both ways when the claims do', () => {
    const { lines } = foldGraph(graph, 'family');
    // Attacks are material conflict, the threat verbal: a quad class apiece.
    const conflict = lines.find((line) => line.id === 'family:ham~isr~material-conflict');
    expect(conflict).toMatchObject({ count: 4, bothWays: true });
    expect(describeLine(conflict!)).toBe('material conflict ×4');
    expect(lines.find((line) => line.family === 'verbal-conflict')).toMatchObject({ id: `tie:${graph.ties[4]!.id}`, sourceId: 'isr', targetId: 'ham' });
    expect(lines.find((line) => line.family === 'verbal-cooperation')).toMatchObject({ id: `tie:${graph.ties[5]!.id}`, sourceId: 'qat', targetId: 'ham', bothWays: false });
  });

  it('draws every claim apart when asked, meetings as nodes', () => {
    const { lines, meetings } = foldGraph(graph, 'claims');
    expect(lines).toHaveLength(graph.ties.length);
    expect(meetings).toHaveLength(3);
  });

  it('folds by type unless that is too dense, then by family; an actor’s degree is the lines it is drawn with', () => {
    const dense: GraphData = {
      actors: Array.from({ length: 20 }, (_, index) => actor(`a${index}`)),
      ties: Array.from({ length: 20 }, (_, i) => Array.from({ length: 20 }, (_, j) => (i < j ? [tie(`a${i}`, 'ATTACKS', `a${j}`), tie(`a${i}`, 'ASSASSINATES', `a${j}`)] : []))).flat(2),
      meetings: [],
    };
    expect(foldGraph(dense, 'type').lines.length).toBeGreaterThan(DENSE_VIEW_LINES);
    const auto = foldGraph(dense, null);
    expect(auto.fold).toBe('family');
    expect(auto.lines).toHaveLength(190);
    expect(auto.actors[0]?.degree).toBe(19);
    expect(foldGraph(graph, null).fold).toBe('type');
  });

  it('names lines by their ends so that a path step finds the line it is drawn in', () => {
    expect(lineIdOfTie(attacks[0]!, 'type')).toBe('ties:isr~ham~ATTACKS');
    expect(lineIdOfTie(attacks[0]!, 'family')).toBe('family:ham~isr~material-conflict');
  });
});
