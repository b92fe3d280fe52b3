import 'server-only';
import { readOnce } from '../driver';

export interface DatabaseHealth {
  status: 'up';
  neo4jVersion: string;
  edition: string;
  actors: number;
  latencyMs: number;
}

/** Asks Neo4j for its version and the number of actors; throws an AppError when it cannot be reached. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  const [row] = await readOnce<{ version: string; edition: string; actors: number }>(
    `CALL dbms.components() YIELD name, versions, edition
     WHERE name = 'Neo4j Kernel'
     RETURN versions[0] AS version, edition, COUNT { (a:Actor) WHERE a.deletedAt IS NULL } AS actors`,
  );
  const { version = 'unknown', edition = 'unknown', actors = 0 } = row ?? {};
  return { status: 'up', neo4jVersion: version, edition, actors, latencyMs: Math.round(performance.now() - started) };
}
