import { z } from 'zod';
import { DEFAULT_IMPORT_OPTIONS, IMPORT_FORMATS, SECTOR_ACTOR_OPTIONS } from '../import/types';

/**
 * `POST /api/import?format=…&dryRun=…&sectors=keep|skip&statements=skip|keep`: the format is required (it is not
 * guessed on the server), dryRun defaults to true, sectors to keep (ICEWS sector actors are most of its domestic
 * events; leaving them out is a choice), statements to skip (PLOVER does not code them).
 */
export const importParamsSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `One of ${IMPORT_FORMATS.join(', ')}` }),
  dryRun: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  sectors: z.enum(SECTOR_ACTOR_OPTIONS, { message: `One of ${SECTOR_ACTOR_OPTIONS.join(', ')}` }).default(DEFAULT_IMPORT_OPTIONS.sectors),
  /** CAMEO 01 statements, which PLOVER does not code: left out (`skip`, the default) or kept as STATEMENT ties. */
  statements: z
    .enum(['skip', 'keep'], { message: 'One of skip, keep' })
    .default(DEFAULT_IMPORT_OPTIONS.keepStatements ? 'keep' : 'skip')
    .transform((value) => value === 'keep'),
});
