import { z } from 'zod';
import { CSV_TABLES } from '../export/csv';

const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;

/** `format` and, for CSV, which table; the rest of the query string is the view, as in its link. */
export const exportParamsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    table: z.enum(CSV_TABLES).optional(),
  })
  .refine((params) => params.format !== 'csv' || params.table !== undefined, {
    message: 'Which table: actors, ties, meetings or citations',
    path: ['table'],
  });
