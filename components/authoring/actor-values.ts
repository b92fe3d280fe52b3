import type { ActorRecord } from '@/lib/records';
import type { ActorKind } from '@/lib/schemas/actor';
import type { AliasDraft } from './AliasesField';

export interface ActorValues {
  name: string;
  kind: ActorKind | '';
  aliases: AliasDraft[];
  description: string;
  country: string;
  wikidataId: string;
}

/** What the actor form shows of a record: the fields its PATCH route takes. */
export type ActorFields = Pick<ActorRecord, 'name' | 'kind' | 'aliases' | 'description' | 'country' | 'wikidataId'>;

/** An actor as the form's values, or a new actor's empty ones: a missing country or Wikidata id is an empty field. */
export function actorValuesOf(actor: ActorFields | null): ActorValues {
  return {
    name: actor?.name ?? '',
    kind: actor?.kind ?? '',
    aliases: (actor?.aliases ?? []).map((text) => ({ text })),
    description: actor?.description ?? '',
    country: actor?.country ?? '',
    wikidataId: actor?.wikidataId ?? '',
  };
}
