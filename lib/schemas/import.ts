import { z } from 'zod';
import { IMPORT_FORMATS } from '../import/types';

/**
 * `POST /api/import?format=…&dryRun=…&statements=skip|keep`: the format is required (it is not guessed on the server),
 * dryRun defaults to true, statements to skip.
 */
export const importParamsSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `One of ${IMPORT_FORMATS.join(', ')}` }),
  dryRun: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  /** CAMEO 01 statements, which PLOVER does not code: left out (`skip`, the default) or kept as STATEMENT ties. */
  statements: z
    .enum(['skip', 'keep'], { message: 'skip or keep' })
    .default('skip')
    .transform((value) => value === 'keep'),
});
