import { describe, expect, it } from 'vitest';
import { applyFilters } from './filters';
import type { GraphData } from './graph';
import { graphTie as tie } from './graph.testing';
import {
  axisTicks,
  binCount,
  binsOf,
  chooseBin,
  claimsInWindow,
  countByBin,
  describeWindow,
  filterOfWindow,
  moveWindow,
  playStart,
  playStep,
  resizeWindow,
  timeDomain,
  timelineOf,
  windowOfFilter,
} from './timebar';
import { pictureOf } from './picture';
import { DEFAULT_FILTERS, DEFAULT_VIEW } from './view-state';

const actors: GraphData['actors'] = [
  { id: 'qatar', name: 'Qatar', kind: 'state', aliases: [] },
  { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: [] },
];

const meeting = (id: string, date: string | null): GraphData['meetings'][number] => ({
  id,
  title: id,
  kind: 'negotiation',
  date,
  participants: [
    { actorId: 'qatar', role: 'mediator' },
    { actorId: 'hamas', role: 'party' },
  ],
  citationCount: 1,
  bestReliability: 'C',
});

const graph: GraphData = {
  actors,
  ties: [
    tie('undated'),
    tie('day-1', { since: '2024-07-02', until: '2024-07-02' }),
    tie('day-1-again', { since: '2024-07-02', until: '2024-07-02' }),
    tie('open-ended', { since: '2024-08-20' }),
    tie('until-only', { until: '2024-06-10' }),
    tie('a-year', { since: '2024', until: '2024' }),
  ],
  meetings: [meeting('july', '2024-07'), meeting('undated-talks', null), meeting('late', '2024-09-30')],
};

describe('the time bar of a view', () => {
  const timeline = timelineOf(graph);

  it('groups claims by their valid time, counts the undated apart, and reads partial dates as the days they cover', () => {
    expect(timeline.undated).toBe(2);
    expect(timeline.spans).toContainEqual(['2024-07-02', '2024-07-02', 2]);
    expect(timeline.spans).toContainEqual(['2024-07-01', '2024-07-31', 1]);
    expect(timeline.spans).toContainEqual(['2024-08-20', null, 1]);
    expect(timeline.spans).toContainEqual([null, '2024-06-10', 1]);
    expect(timeline.spans).toContainEqual(['2024-01-01', '2024-12-31', 1]);
    expect(timeDomain(timeline)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(timeDomain(timelineOf({ ties: [tie('undated')], meetings: [] }))).toBeNull();
  });

  it('is drawn, in a picture, from every claim the filters but the dates let through, so that a window does not empty it', () => {
    const all = pictureOf(graph, DEFAULT_VIEW).timeline;
    expect(all).toEqual(timeline);
    const window = { ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, from: '2024-07', to: '2024-07', undated: false } };
    expect(pictureOf(graph, window).timeline).toEqual(timeline);
    // Another filter, an actor or a line the analyst hid take their claims out of the bar too.
    const attacksOnly = pictureOf(graph, { ...window, filters: { ...window.filters, types: ['ATTACKS'] } }).timeline;
    // Every tie here mediates: only the meetings are left, two dated and one not.
    expect(attacksOnly).toEqual({ spans: [['2024-07-01', '2024-07-31', 1], ['2024-09-30', '2024-09-30', 1]], undated: 1 });
    const hiddenLine = pictureOf(graph, { ...window, hidden: ['ties:qatar~hamas~MEDIATES_FOR'] }).timeline;
    expect(hiddenLine).toEqual(timelineOf({ ties: [], meetings: graph.meetings }));
  });

  it('chooses days for a few months, weeks up to two years, months beyond; the analyst may choose another', () => {
    expect(chooseBin({ start: '2018-06-01', end: '2018-06-02' })).toBe('day');
    expect(chooseBin({ start: '2024-01-01', end: '2024-12-31' })).toBe('week');
    expect(chooseBin({ start: '1995-01-01', end: '2024-12-31' })).toBe('month');
    expect(binCount({ start: '2024-01-01', end: '2024-12-31' }, 'month')).toBe(12);
    expect(binCount({ start: '2024-01-01', end: '2024-12-31' }, 'day')).toBe(366);
    // 2024-01-01 was a Monday, 2024-12-31 a Tuesday: 53 weeks begin in the year.
    expect(binCount({ start: '2024-01-01', end: '2024-12-31' }, 'week')).toBe(53);
  });

  it('makes weeks from Monday to Sunday and months named as links name them', () => {
    const weeks = binsOf({ start: '2024-07-03', end: '2024-07-15' }, 'week');
    expect(weeks.map((bin) => [bin.start, bin.end])).toEqual([
      ['2024-07-01', '2024-07-07'],
      ['2024-07-08', '2024-07-14'],
      ['2024-07-15', '2024-07-21'],
    ]);
    const months = binsOf({ start: '2023-12-15', end: '2024-02-01' }, 'month');
    expect(months.map((bin) => [bin.label, bin.from, bin.end])).toEqual([
      ['December 2023', '2023-12', '2023-12-31'],
      ['January 2024', '2024-01', '2024-01-31'],
      ['February 2024', '2024-02', '2024-02-29'],
    ]);
  });

  it('counts in each bin exactly the claims a window set to that bin shows', () => {
    const domain = timeDomain(timeline)!;
    for (const bin of ['day', 'week', 'month'] as const) {
      const bins = binsOf(domain, bin);
      const counts = countByBin(timeline.spans, bins);
      bins.forEach((range, index) => {
        const { visible } = applyFilters(graph, { ...DEFAULT_FILTERS, ...filterOfWindow({ first: index, last: index }, bins), undated: false }, []);
        expect(counts[index], `${bin} ${range.label}`).toBe(visible.ties.length + visible.meetings.length);
      });
    }
    const months = countByBin(timeline.spans, binsOf(domain, 'month'));
    // Up to June: the year-long tie and the one that ends in June; July: the year, the two on the 2nd, the July
    // meeting; from August the open-ended tie runs on, and September adds its meeting.
    expect(months.slice(0, 9)).toEqual([2, 2, 2, 2, 2, 2, 4, 2, 3]);
  });

  it('reads the date filter as a window and writes a window back as the filter', () => {
    const bins = binsOf({ start: '2024-01-01', end: '2024-12-31' }, 'month');
    expect(windowOfFilter({ from: null, to: null }, bins)).toBeNull();
    expect(windowOfFilter({ from: '2024-07', to: '2024-09' }, bins)).toEqual({ first: 6, last: 8 });
    // A day inside a month falls in that month's bin; an open end runs to the edge.
    expect(windowOfFilter({ from: '2024-07-15', to: null }, bins)).toEqual({ first: 6, last: 11 });
    expect(windowOfFilter({ from: null, to: '2024-02-10' }, bins)).toEqual({ first: 0, last: 1 });
    expect(filterOfWindow({ first: 6, last: 8 }, bins)).toEqual({ from: '2024-07', to: '2024-09' });
    expect(describeWindow({ first: 6, last: 8 }, bins)).toBe('July 2024 – September 2024');
    expect(describeWindow({ first: 6, last: 6 }, bins)).toBe('July 2024');
  });

  it('counts the claims a window holds once each, however many of its bins they cover', () => {
    const bins = binsOf(timeDomain(timeline)!, 'month');
    // July to September: the year-long tie, the two of 2 July, the July meeting, the open-ended tie, the late meeting.
    expect(claimsInWindow(timeline.spans, { first: 6, last: 8 }, bins)).toBe(6);
    const { visible } = applyFilters(graph, { ...DEFAULT_FILTERS, from: '2024-07', to: '2024-09', undated: false }, []);
    expect(visible.ties.length + visible.meetings.length).toBe(6);
  });

  it('moves and resizes a window by bins, inside the bar', () => {
    expect(moveWindow({ first: 2, last: 4 }, 1, 10)).toEqual({ first: 3, last: 5 });
    expect(moveWindow({ first: 2, last: 4 }, 10, 10)).toEqual({ first: 7, last: 9 });
    expect(moveWindow({ first: 2, last: 4 }, -5, 10)).toEqual({ first: 0, last: 2 });
    expect(resizeWindow({ first: 2, last: 4 }, 1, 10)).toEqual({ first: 2, last: 5 });
    expect(resizeWindow({ first: 2, last: 4 }, -5, 10)).toEqual({ first: 2, last: 2 });
  });

  it('plays from a tenth of the bar at its start, one bin at a time, and stops at the end', () => {
    expect(playStart(null, 30)).toEqual({ first: 0, last: 2 });
    expect(playStart(null, 3)).toEqual({ first: 0, last: 0 });
    expect(playStart({ first: 4, last: 6 }, 30)).toEqual({ first: 4, last: 6 });
    // At the end, or covering everything, it starts again.
    expect(playStart({ first: 27, last: 29 }, 30)).toEqual({ first: 0, last: 2 });
    let window = playStart(null, 5);
    const seen = [window.first];
    for (let next = playStep(window, 5); next; next = playStep(window, 5)) {
      window = next;
      seen.push(window.first);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('names months on a bar of days and years on a bar of months, at most a few', () => {
    const days = binsOf({ start: '2024-06-25', end: '2024-08-05' }, 'day');
    expect(axisTicks(days, 'day').map((tick) => tick.label)).toEqual(['Jun 2024', 'Jul', 'Aug']);
    const months = binsOf({ start: '1995-01-01', end: '2024-12-31' }, 'month');
    const ticks = axisTicks(months, 'month');
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]).toEqual({ index: 0, label: '1995' });
  });
});
