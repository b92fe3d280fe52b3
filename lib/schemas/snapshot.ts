import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'A finite number');
const pointSchema = z.strictObject({ x: finite, y: finite });

/** `POST /api/snapshots`: the live view's query string and the picture as drawn. */
export const snapshotInputSchema = z.strictObject({
  view: z.string().max(100_000, 'At most 100,000 characters'),
  /** Node positions by canvas id (`actor:turkey`, `meeting:…`). */
  positions: z
    .record(z.string().max(200), pointSchema)
    .refine((positions) => Object.keys(positions).length <= 20_000, 'At most 20,000 positions'),
  zoom: finite.refine((zoom) => zoom > 0, 'Greater than 0'),
  pan: pointSchema,
});
export type SnapshotInput = z.infer<typeof snapshotInputSchema>;

/** Short ids for links: 10 characters of a URL-safe alphabet. */
export const snapshotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10}$/, 'Not a snapshot id');
