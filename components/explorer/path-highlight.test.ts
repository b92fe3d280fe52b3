import { describe, expect, it } from 'vitest';
import { elementRef, participationId } from '@/lib/element-refs';
import type { PathStep } from '@/lib/graph';
import { graphMeeting, graphTie } from '@/lib/graph.testing';
import { pathActorIds, pathElementIds } from './path-highlight';

const tie = graphTie('qatar-mediates-for-hamas');
const meeting = (participants: string[]) => graphMeeting('doha-talks', participants, { date: '2024-08-15' });
const viaTie: PathStep = { from: 'qatar', to: 'hamas', via: 'tie', tie, citations: [] };
const viaMeeting = (participants: string[]): PathStep => ({ from: 'hamas', to: 'turkey', via: 'meeting', meeting: meeting(participants), citations: [] });

describe('pathElementIds', () => {
  it('lights the tie itself when every claim is drawn', () => {
    const drawn = new Set([elementRef.actor('qatar'), elementRef.actor('hamas'), elementRef.tie(tie.id)]);
    expect(pathElementIds([viaTie], { fold: 'claims' }, drawn)).toEqual(new Set(drawn));
  });

  it('lights the folded line that holds the tie when claims are folded by type or family', () => {
    const byType = elementRef.ties('qatar', 'hamas', 'MEDIATES_FOR');
    expect(pathElementIds([viaTie], { fold: 'type' }, new Set([byType]))).toContain(byType);
    const byFamily = elementRef.family('qatar', 'hamas', 'verbal-cooperation');
    expect(pathElementIds([viaTie], { fold: 'family' }, new Set([byFamily]))).toContain(byFamily);
  });

  it('goes through a meeting node and its two participation lines when the meeting is drawn as a node', () => {
    const step = viaMeeting(['hamas', 'turkey', 'qatar']);
    const drawn = new Set([elementRef.meeting('doha-talks')]);
    const ids = pathElementIds([step], { fold: 'type' }, drawn);
    expect(ids).toContain(elementRef.meeting('doha-talks'));
    expect(ids).toContain(participationId('doha-talks', 'hamas'));
    expect(ids).toContain(participationId('doha-talks', 'turkey'));
    expect(ids).not.toContain(participationId('doha-talks', 'qatar'));
  });

  it('lights the "met" line of the pair when the meeting of two is folded into it', () => {
    const met = elementRef.met('hamas', 'turkey');
    expect(pathElementIds([viaMeeting(['hamas', 'turkey'])], { fold: 'type' }, new Set([met]))).toContain(met);
  });

  it('lights no line that is not drawn', () => {
    const ids = pathElementIds([viaTie], { fold: 'type' }, new Set());
    expect([...ids].sort()).toEqual([elementRef.actor('hamas'), elementRef.actor('qatar')]);
  });
});

describe('pathActorIds', () => {
  it('lists each actor on the path once, in order', () => {
    expect(pathActorIds([viaTie, viaMeeting(['hamas', 'turkey'])])).toEqual(['qatar', 'hamas', 'turkey']);
  });
});
