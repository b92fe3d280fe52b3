import { randomUUID } from 'node:crypto';
import type { ActorMatch, ImportCounts, RecordKey, RowError, SkippedRow } from '../../lib/import/types';

/**
 * What an import has decided so far, kept between chunks: which database id each key of the file stands for,
 * which claims are already there, and the counts and row messages of the answer. A dry run fills it exactly as
 * a real run does (with placeholder ids for records it would create), which is why its preview is exact.
 */
export class ImportPlan {
  /** The import's id: its records name it, its `:Import` node says who ran it and when (./chunks `recordImport`). */
  readonly importId = randomUUID();
  /** Whether the database holds claims keyed by one coding, once asked (./claims); null before. */
  codingKeyedClaims: boolean | null = null;
  /** Whether a committed chunk has written the `:Import` node (./chunks `recordImport`). */
  importRecorded = false;
  /** The last chunk of claims begun, which the next one commits after (./batch `runClaimChunk`). */
  committing: CommittingChunk | null = null;
  /**
   * Every chunk of claims begun and not yet committed, oldest first: two may be, a file's tie chunk and its
   * meeting chunk while the next part's ties are decided.
   */
  readonly uncommitted = new Set<CommittingChunk>();

  /** The id a chunk not yet committed has decided for a claim (created or matched), if one has. */
  uncommittedId(identity: string): string | undefined {
    for (const chunk of this.uncommitted) {
      const id = chunk.ids.get(identity);
      if (id) return id;
    }
    return undefined;
  }
  /** The first commit that failed: the load's error, whatever the chunks after it ran into. */
  failure: unknown = null;
  /** Actor key of the file -> actor id (existing, created, or a dry-run placeholder). */
  readonly actors = new Map<RecordKey, string>();
  /** Folded name or alias -> id of an actor this import created, so that later rows with that spelling match it. */
  readonly actorNames = new Map<string, string>();
  readonly sources = new Map<RecordKey, string>();
  /** Claim identity (`id:…` or `key:…`) -> id, so that a claim twice in one file is made once. */
  readonly claims = new Map<string, string>();
  /** Actor id -> links that claims of committed chunks add to its degree, added when the import ends (./chunks `finishImport`). */
  readonly addedLinks = new Map<string, number>();
  readonly created: ImportCounts = { actors: 0, ties: 0, meetings: 0, sources: 0 };
  readonly matched: ImportCounts = { actors: 0, ties: 0, meetings: 0, sources: 0 };
  /** Codings folded into the claim of another coding of the same event (ImportResult's `merged`). */
  merged = 0;
  readonly actorMatches: ActorMatch[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly errors: RowError[] = [];
}

/** A chunk of claims on its way to commit: its claims' identities, the ids it decided for them, and its commit. */
export interface CommittingChunk {
  identities: Set<string>;
  ids: Map<string, string>;
  committed: Promise<void>;
}

/** What one chunk decided, applied to the plan once its transaction has committed. */
export interface ChunkDecisions {
  kind: keyof ImportCounts;
  created: number;
  matched: number;
  /** Codings folded into the claim of another coding: of a claim created, or added to a recorded one. */
  merged: number;
  /** Key -> id, for actors and sources; claim identity -> id, for ties and meetings. */
  ids: Map<string, string>;
  names: Map<string, string>;
  /** Actors of the file matched to recorded ones. */
  actorMatches: ActorMatch[];
  /** The actor of each link of the claims it created (an actor once per link). */
  linkedActors: string[];
  skipped: SkippedRow[];
  errors: RowError[];
}

export function emptyDecisions(kind: keyof ImportCounts): ChunkDecisions {
  return { kind, created: 0, matched: 0, merged: 0, ids: new Map(), names: new Map(), actorMatches: [], linkedActors: [], skipped: [], errors: [] };
}

export function applyDecisions(plan: ImportPlan, decisions: ChunkDecisions): void {
  plan.created[decisions.kind] += decisions.created;
  if (decisions.created > 0) plan.importRecorded = true;
  plan.matched[decisions.kind] += decisions.matched;
  plan.merged += decisions.merged;
  const ids = decisions.kind === 'actors' ? plan.actors : decisions.kind === 'sources' ? plan.sources : plan.claims;
  for (const [key, id] of decisions.ids) ids.set(key, id);
  for (const [name, id] of decisions.names) plan.actorNames.set(name, id);
  plan.actorMatches.push(...decisions.actorMatches);
  for (const id of decisions.linkedActors) plan.addedLinks.set(id, (plan.addedLinks.get(id) ?? 0) + 1);
  plan.skipped.push(...decisions.skipped);
  plan.errors.push(...decisions.errors);
}
