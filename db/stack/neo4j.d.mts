export function isPortFree(port: number): Promise<boolean>;
export function freePort(): Promise<number>;
export interface EmbeddedNeo4j {
  uri: string;
  /** The Neo4j (Java) process. */
  pid: number;
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export function startEmbeddedNeo4j(options: {
  port: number;
  dataDir: string;
  password: string;
  logFile: string;
  heap?: string;
  pageCache?: string;
}): Promise<EmbeddedNeo4j>;
