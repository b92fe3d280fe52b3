/**
 * A "step" from one actor to another: through a tie between them (either direction) or a meeting both attended.
 * Neighbourhoods and paths are counted in steps, so they share this one pattern.
 *
 * These are fixed Cypher fragments, never built from input; what varies comes in as parameters:
 * `$kinds` (the connection kinds allowed, null for all) and `$minReliability` (null for any).
 */

/** The connection kind of the claim bound to `claim`: its tie type, or MEETING. */
const CLAIM_KIND = `CASE WHEN claim:Meeting THEN 'MEETING' ELSE claim.type END`;

/**
 * One step as the body of a quantified path pattern: write `(start) STEP{1,2} (end)`. Its group variables are
 * `claim` (the tie or meeting of each step) and `next` (the actor each step reaches).
 */
export const STEP = `((:Actor)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim)-[:SUBJECT|OBJECT|PARTICIPANT]->(next:Actor)
  WHERE (claim:Tie OR claim:Meeting) AND claim.deletedAt IS NULL AND next.deletedAt IS NULL
    AND ($kinds IS NULL OR ${CLAIM_KIND} IN $kinds)
    AND ($minReliability IS NULL OR EXISTS {
      (claim)-[:CITES]->(source:Source) WHERE source.deletedAt IS NULL AND source.reliability <= $minReliability
    }))`;

/** The connection kinds of the steps of a matched path, from the `claim` group variable. */
export const STEP_KINDS = `[step IN claim | CASE WHEN step:Meeting THEN 'MEETING' ELSE step.type END]`;
