import 'server-only';
import { readTransaction } from '../driver';

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
  const { version, edition, actors } = await readTransaction(async (tx) => {
    const result = await tx.run(
      `CALL dbms.components() YIELD name, versions, edition
       WHERE name = 'Neo4j Kernel'
       RETURN versions[0] AS version, edition, COUNT { (a:Actor) WHERE a.deletedAt IS NULL } AS actors`,
    );
    const record = result.records[0];
    return {
      version: String(record?.get('version') ?? 'unknown'),
      edition: String(record?.get('edition') ?? 'unknown'),
      actors: Number(record?.get('actors') ?? 0),
    };
  });
  return { status: 'up', neo4jVersion: version, edition, actors, latencyMs: Math.round(performance.now() - started) };
}
