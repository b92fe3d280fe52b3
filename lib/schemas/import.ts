import { z } from 'zod';
import { DEFAULT_IMPORT_OPTIONS, IMPORT_FORMATS, SECTOR_ACTOR_OPTIONS } from '../import/types';

/**
 * `POST /api/import?format=…&dryRun=…&sectors=…`: the format is required (it is not guessed on the server), dryRun
 * defaults to true, sectors to keep (ICEWS sector actors are most of its domestic events; leaving them out is a choice).
 */
export const importParamsSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `One of ${IMPORT_FORMATS.join(', ')}` }),
  dryRun: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  sectors: z.enum(SECTOR_ACTOR_OPTIONS, { message: `One of ${SECTOR_ACTOR_OPTIONS.join(', ')}` }).default(DEFAULT_IMPORT_OPTIONS.sectors),
});
