import { writeFileSync } from 'node:fs';
import { icewsEventFile } from './icews-events';

/**
 * Writes an ICEWS-format event file of made-up events (see `icewsEventFile`), for measuring the import on a
 * realistic size:
 *
 *   npx tsx db/bulk/generate-icews.ts [events=10000] [file=/tmp/icews-10000.tsv]
 */

const count = Number(process.argv[2] ?? 10_000);
const file = process.argv[3] ?? `/tmp/icews-${count}.tsv`;
writeFileSync(file, icewsEventFile(count));
process.stdout.write(`Wrote ${count} ICEWS events to ${file}\n`);
