import neo4j, { type Config, type Driver } from 'neo4j-driver';

/** Where Neo4j is, from the environment; the defaults match the embedded launcher that `npm start` runs. */
export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  /** Unset means the server's default database. */
  database: string | undefined;
}

export const EMBEDDED_DEFAULTS = {
  port: 7687,
  username: 'neo4j',
  password: 'parley-local',
} as const;

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${EMBEDDED_DEFAULTS.port}`,
    username: env.NEO4J_USERNAME || EMBEDDED_DEFAULTS.username,
    password: env.NEO4J_PASSWORD || EMBEDDED_DEFAULTS.password,
    database: env.NEO4J_DATABASE || undefined,
  };
}

// Short timeouts so that a database that is down is reported within seconds instead of hanging a request.
const DRIVER_CONFIG: Config = {
  disableLosslessIntegers: true,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
  userAgent: 'parley',
};

export function createDriver(settings: Neo4jSettings = readNeo4jSettings()): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), DRIVER_CONFIG);
}
