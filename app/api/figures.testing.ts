import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The figures the hardening suites measure (requests tried, 5xx seen, records lost or duplicated), gathered in
 * test-results/hardening-figures.json so that a run can be reported without reading the logs.
 */
const FILE = path.join(__dirname, '../../test-results/hardening-figures.json');

export function recordFigures(suite: string, figures: Record<string, number>): void {
  mkdirSync(path.dirname(FILE), { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // First suite of the run: no file yet.
  }
  all[suite] = { ...figures, at: new Date().toISOString() };
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}
