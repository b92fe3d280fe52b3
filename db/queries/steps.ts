import { int, type ManagedTransaction } from 'neo4j-driver';
import type { ConnectionKind } from '../../lib/graph';
import type { Reliability } from '../../lib/schemas/common';
import { TIE_TYPE_NAMES } from '../../lib/taxonomy';

/**
 * A "step" from one actor to another: through a tie between them (either direction) or a meeting both attended.
 * Neighbourhoods and paths are counted in steps, so they share this one pattern.
 *
 * These are fixed Cypher fragments, never built from input; what varies comes in as parameters:
 * `$kinds` (the connection kinds allowed, null for all) and `$minReliability` (null for any). A tie whose type the
 * taxonomy does not hold (set by hand, or by an older Parley) is no step: no view shows it (db/queries/claims.ts
 * `withFamilies`), and an expansion would offer a kind it cannot name.
 */

/** The connection kind of the claim bound to a variable: its tie type, or MEETING. */
const claimKind = (variable: 'claim' | 'step') => `CASE WHEN ${variable}:Meeting THEN 'MEETING' ELSE ${variable}.type END`;

/**
 * One step as the body of a quantified path pattern: write `(start) STEP{1,2} (end)`. Its group variables are
 * `claim` (the tie or meeting of each step) and `next` (the actor each step reaches).
 */
export const STEP = `((:Actor)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim)-[:SUBJECT|OBJECT|PARTICIPANT]->(next:Actor)
  WHERE (claim:Meeting OR (claim:Tie AND claim.type IN $tieTypes)) AND claim.deletedAt IS NULL AND next.deletedAt IS NULL
    AND ($kinds IS NULL OR ${claimKind('claim')} IN $kinds)
    AND ($minReliability IS NULL OR EXISTS {
      (claim)-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL AND source.reliability <= $minReliability
    }))`;

/** One step read from an actor: the claim it goes through, its kind, and the actor reached with its stored degree. */
export interface StepRow {
  from: string;
  claimId: string;
  kind: ConnectionKind;
  to: string;
  /** The live ties and meetings of `to` (db/commands/degrees.ts): what expanding it would cost. */
  toDegree: number;
}

export interface StepFilters {
  kinds: ConnectionKind[] | null;
  minReliability: Reliability | null;
}

const STEP_ROW = `actorId AS from, step.id AS claimId, ${claimKind('step')} AS kind,
   reached.id AS to, coalesce(reached.degree, 0) AS toDegree`;

/** Every step from the given actors, at most `$rows` of them. */
const STEPS_FROM = `UNWIND $actorIds AS actorId
   MATCH (actor:Actor {id: actorId})
   MATCH (actor) ${STEP}{1,1} (reached)
   WHERE reached <> actor
   WITH actorId, claim[0] AS step, reached
   LIMIT $rows
   RETURN ${STEP_ROW}`;

/** At most `$sample` steps from each of the given actors: a sample of each one's ties and meetings. */
const STEP_SAMPLES_FROM = `UNWIND $actorIds AS actorId
   MATCH (actor:Actor {id: actorId})
   CALL (actor) {
     MATCH (actor) ${STEP}{1,1} (reached)
     WHERE reached <> actor
     RETURN claim[0] AS step, reached
     LIMIT $sample
   }
   RETURN ${STEP_ROW}`;

/**
 * The steps from the given actors, at most `rows` (the work stays bounded however many ties they have), with
 * `more` set when there were others.
 */
export async function readStepsFrom(tx: ManagedTransaction, actorIds: string[], rows: number, filters: StepFilters): Promise<{ steps: StepRow[]; more: boolean }> {
  const result = await tx.run<StepRow>(STEPS_FROM, { ...filters, tieTypes: TIE_TYPE_NAMES, actorIds, rows: int(rows + 1) });
  const steps = result.records.map((record) => record.toObject());
  return { steps: steps.slice(0, rows), more: steps.length > rows };
}

/** At most `perActor` steps from each of the given actors. */
export async function sampleStepsFrom(tx: ManagedTransaction, actorIds: string[], perActor: number, filters: StepFilters): Promise<StepRow[]> {
  const result = await tx.run<StepRow>(STEP_SAMPLES_FROM, { ...filters, tieTypes: TIE_TYPE_NAMES, actorIds, sample: int(perActor) });
  return result.records.map((record) => record.toObject());
}
