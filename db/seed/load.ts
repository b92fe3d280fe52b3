import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { toImportActor, toImportMeeting, toImportTie, toImportSource } from '../../lib/import/parley-records';
import { NO_SECTOR_EVENTS, type ImportBatch, type ImportCounts } from '../../lib/import/types';
import { actorSchema } from '../../lib/schemas/actor';
import { meetingSchema } from '../../lib/schemas/meeting';
import { tieSchema } from '../../lib/schemas/tie';
import { sourceSchema } from '../../lib/schemas/source';
import { runBatch } from '../bulk/batch';
import { driverTransactions } from '../bulk/chunks';
import { computeGraphPageRank, pageRankComputedAt } from '../measures/pagerank';
import { DEMO_ACTORS, DEMO_MEETINGS, DEMO_TIES, DEMO_SOURCE } from './demo';

const SEED_EDITOR = 'demo-seed';

// The loader would leave an unquoted claim out as a row error; the demo data is the article's own, and every claim quotes it.
const quoted = { message: 'At least one citation: every demo claim quotes the article', path: ['citations'] };
const demoDataSchema = z.object({
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  ties: z.array(tieSchema.refine((tie) => tie.citations.length > 0, quoted)),
  meetings: z.array(meetingSchema.refine((meeting) => meeting.citations.length > 0, quoted)),
});
export type DemoData = z.infer<typeof demoDataSchema>;

export const DEMO_DATA: DemoData = {
  sources: [DEMO_SOURCE],
  actors: DEMO_ACTORS,
  ties: DEMO_TIES,
  meetings: DEMO_MEETINGS,
};

export interface SeedReport {
  created: ImportCounts;
}

/**
 * Loads the demo data as a Parley batch, through the bulk loader that imports use: records are matched by their
 * ids, so a second run creates nothing and never overwrites what an analyst has since edited or deleted. Each
 * record created gets its first revision (action `import`, signed `demo-seed`) and its actors' degrees count it.
 */
export async function loadDemoData(driver: Driver, database?: string, data: DemoData = DEMO_DATA): Promise<SeedReport> {
  const transactions = driverTransactions(driver, database, SEED_EDITOR);
  const report = await runBatch(demoBatch(demoDataSchema.parse(data)), transactions, { dryRun: false });
  const problems = [...report.errors.map(({ field, message }) => `${field ?? ''}: ${message}`), ...report.skipped.map(({ reason }) => reason)];
  if (problems.length > 0) throw new Error(`The demo data did not load whole: ${problems.join('; ')}`);
  // The overview ranks actors by the whole graph's PageRank from the first page on; a run that added nothing to a
  // graph already ranked leaves it be.
  const added = Object.values(report.created).some((count) => count > 0);
  if (added || (await transactions.read(pageRankComputedAt)) === null) await computeGraphPageRank(transactions);
  return { created: report.created };
}

/** The demo records as a Parley file would bring them, each on its own line, in the order the loader takes them. */
function demoBatch({ sources, actors, ties, meetings }: DemoData): ImportBatch {
  let line = 0;
  const next = () => (line += 1);
  return {
    format: 'parley-json',
    sources: sources.map((source) => toImportSource(source, next())),
    actors: actors.map((actor) => toImportActor(actor, next())),
    ties: ties.map((tie) => toImportTie(tie, next())),
    meetings: meetings.map((meeting) => toImportMeeting(meeting, next())),
    rows: line,
    skipped: [],
    errors: [],
    sectorEvents: { ...NO_SECTOR_EVENTS },
  };
}
