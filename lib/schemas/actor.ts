import { z } from 'zod';
import { emptyAsNull, changesSchema, entityIdSchema, longTextSchema, shortTextSchema } from './common';

/** Ids a new actor must not take: `/api/actors/similar` would answer instead of the actor. */
export const RESERVED_ACTOR_IDS = ['similar'] as const;

export const ACTOR_KINDS = ['state', 'organization', 'agency', 'person', 'igo'] as const;
export const actorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof actorKindSchema>;
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  state: 'State',
  organization: 'Organisation',
  agency: 'Agency',
  person: 'Person',
  igo: 'Intergovernmental organisation',
};

/**
 * An actor's own fields: the one set of rules for actors, whether a form, the API, an import or the demo data
 * brings them. Unknown keys are refused, so a typo in a field name is an error and not silently ignored.
 */
const actorFields = z.strictObject({
  name: shortTextSchema,
  kind: actorKindSchema,
  /** Every spelling met in sources, in any language and script. */
  aliases: z
    .array(shortTextSchema)
    .max(100, 'At most 100 aliases')
    .transform((aliases) => [...new Set(aliases)]),
  description: longTextSchema,
  /** ISO 3166-1 alpha-3, where it applies. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'An ISO 3166 alpha-3 code such as TUR')
    .nullable()
    .or(emptyAsNull),
  wikidataId: z
    .string()
    .trim()
    .regex(/^Q\d+$/, 'A Wikidata id such as Q43')
    .nullable()
    .or(emptyAsNull),
});

/** `POST /api/actors`: the server makes the id. */
export const actorInputSchema = actorFields.extend({
  aliases: actorFields.shape.aliases.default([]),
  description: actorFields.shape.description.default(''),
  country: actorFields.shape.country.default(null),
  wikidataId: actorFields.shape.wikidataId.default(null),
});
export type ActorInput = z.infer<typeof actorInputSchema>;

export const actorUpdateSchema = changesSchema(actorFields);

/** An actor with its id, as a Parley export and the demo data hold it; fields the export adds for readers are ignored. */
export const actorSchema = z.object({ id: entityIdSchema, ...actorInputSchema.shape });
export type Actor = z.infer<typeof actorSchema>;
