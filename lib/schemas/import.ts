import { z } from 'zod';
import { IMPORT_FORMATS } from '../import/types';

/** `POST /api/import?format=…&dryRun=…`: the format is required (it is not guessed on the server), dryRun defaults to true. */
export const importParamsSchema = z.object({
  format: z.enum(IMPORT_FORMATS, { message: `One of ${IMPORT_FORMATS.join(', ')}` }),
  dryRun: z
    .enum(['true', 'false'], { message: 'true or false' })
    .default('true')
    .transform((value) => value === 'true'),
});
