import { z } from 'zod';
import { TIE_TYPE_NAMES } from '../taxonomy';
import { MEETING_CONNECTION } from '../graph';
import { entityIdSchema, partialDateSchema, reliabilitySchema } from './common';
import { rangeInOrder } from './date-range';
import { elementRefSchema, idOfRef } from '../element-refs';

/** Query-string parameters of the read API, parsed at the boundary. */

/** A comma-separated list in one parameter: `actors=turkey,qatar`. Empty items are ignored. */
function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(max, `At most ${max} items`));
}

const connectionKindSchema = z.enum([...TIE_TYPE_NAMES, MEETING_CONNECTION]);
const hopsSchema = z.coerce
  .number()
  .int()
  .refine((hops) => hops === 1 || hops === 2, '1 or 2')
  .transform((hops) => hops as 1 | 2)
  .default(1);

/** How many of the best-connected actors a first visit shows. */
export const OVERVIEW_LIMIT = 200;

export const actorSearchParamsSchema = z.object({
  q: z.string().max(200, 'At most 200 characters'),
  limit: z.coerce.number().int().min(1, 'At least 1').max(50, 'At most 50').default(10),
});

/** `POST /api/view` and `POST /api/lines`: a view's link query in the body, for links too long for a request line. */
export const viewBodySchema = z.object({ view: z.string().max(200_000, 'At most 200,000 characters') });

/** `POST /api/views`: a view's link query to store under a short id; nothing else. */
export const storeViewBodySchema = z.strictObject(viewBodySchema.shape);

/** Which line of a view (`/api/lines`), and which page of its claims. */
export const lineParamsSchema = z.object({
  line: elementRefSchema.refine((ref) => idOfRef(ref, 'actor') === null, 'A line: a tie, a meeting or a folded line'),
  page: z.coerce.number().int().min(1, 'At least 1').max(100_000, 'At most 100000').default(1),
});
export const lineBodySchema = viewBodySchema.extend(lineParamsSchema.shape);

/** The `[id]` segment of `/api/actors/[id]`, `/api/ties/[id]` and `/api/meetings/[id]`. */
const entityIdParamsSchema = z.object({ id: entityIdSchema });
export const actorIdParamsSchema = entityIdParamsSchema;
export const tieIdParamsSchema = entityIdParamsSchema;
export const meetingIdParamsSchema = entityIdParamsSchema;

export const expandPreviewParamsSchema = z.object({ hops: hopsSchema });

/** The most actors one expansion adds without the analyst asking for more. */
export const EXPAND_CAP = 150;
export const neighbourhoodParamsSchema = z.object({
  hops: hopsSchema,
  /** Kinds of step to follow; all when absent. */
  connections: commaList(connectionKindSchema, 64).optional(),
  limit: z.coerce.number().int().min(1, 'At least 1').max(1000, 'At most 1000').default(EXPAND_CAP),
  /** Only as many as one readable picture of the actor and them holds ("Show only this neighbourhood"). */
  readable: z.enum(['0', '1'], { error: '0 or 1' }).default('0').transform((flag) => flag === '1'),
});

export const pathParamsSchema = z
  .object({
    from: entityIdSchema,
    to: entityIdSchema,
    maxHops: z.coerce.number().int().min(1, 'At least 1').max(6, 'At most 6').default(6),
    limit: z.coerce.number().int().min(1, 'At least 1').max(10, 'At most 10').default(5),
    /** Kinds of step a path may use; all when absent. */
    connections: commaList(connectionKindSchema, 64).optional(),
    /** Only steps backed by a source graded at least this well (A best). */
    minReliability: reliabilitySchema.optional(),
    /** Whether meetings are left out, so that every step is a tie. */
    tiesOnly: z.enum(['true', 'false'], { error: 'true or false' }).default('false').transform((value) => value === 'true'),
  })
  .refine((params) => !params.tiesOnly || !params.connections || params.connections.some((kind) => kind !== MEETING_CONNECTION), {
    message: 'With tiesOnly=true, connections must name at least one tie type',
    path: ['connections'],
  });

export const meetingsParamsSchema = z
  .object({
    participant: entityIdSchema.optional(),
    from: partialDateSchema.optional(),
    to: partialDateSchema.optional(),
    limit: z.coerce.number().int().min(1, 'At least 1').max(1000, 'At most 1000').default(500),
  })
  .superRefine(rangeInOrder('from', 'to'));

/** The query string as a plain object; a parameter given twice is ambiguous and keeps its first value. */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [key, value] of params) {
    object[key] ??= value;
  }
  return object;
}

/** `DELETE /api/<kind>/:id?version=N&withClaims=true`: the version the analyst saw, and whether an actor's ties and meetings go too. */
export const deleteParamsSchema = z.object({
  version: z.coerce
    .number({ error: 'The version of the record you opened, such as version=3' })
    .int('A whole number')
    .min(1, 'At least 1'),
  withClaims: z.enum(['true', 'false'], { error: 'true or false' }).default('false').transform((value) => value === 'true'),
});

const RECORD_KINDS = ['actor', 'tie', 'meeting', 'source'] as const;
export const deletedParamsSchema = z.object({
  kind: z.enum(RECORD_KINDS, { error: 'actor, tie, meeting or source' }).optional(),
  limit: z.coerce.number().int().min(1, 'At least 1').max(1000, 'At most 1000').default(200),
});

export const sourceSearchParamsSchema = z.object({
  q: z.string().max(200, 'At most 200 characters').default(''),
  limit: z.coerce.number().int().min(1, 'At least 1').max(50, 'At most 50').default(20),
});

/** `GET /api/actors/similar?name=…&aliases=a,b`: spellings to compare with the actors already there. */
export const similarActorsParamsSchema = z.object({
  name: z.string().trim().max(300, 'At most 300 characters').default(''),
  aliases: z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(300, 'At most 300 characters')).max(100, 'At most 100 aliases'))
    .default([]),
});
