import { z } from 'zod';
import { entityIdSchema, longTextSchema, shortTextSchema } from './common';

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

export const actorSchema = z.object({
  id: entityIdSchema,
  name: shortTextSchema,
  kind: actorKindSchema,
  /** Every spelling met in sources, in any language and script. */
  aliases: z.array(shortTextSchema).max(100, 'At most 100 aliases'),
  description: longTextSchema,
  /** ISO 3166-1 alpha-3, where it applies. */
  country: z.string().regex(/^[A-Z]{3}$/, 'An ISO 3166 alpha-3 code such as TUR').nullable(),
  wikidataId: z.string().regex(/^Q\d+$/, 'A Wikidata id such as Q43').nullable(),
});
export type Actor = z.infer<typeof actorSchema>;
