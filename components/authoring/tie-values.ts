import type { TieRecord } from '@/lib/records';
import type { Confidence } from '@/lib/schemas/tie';
import type { TieType } from '@/lib/taxonomy';
import type { PickedActor } from './ActorPicker';
import { emptyCitation, type CitationDraft } from './drafts';

export interface TieValues {
  subject: PickedActor | null;
  object: PickedActor | null;
  type: TieType | '';
  since: string;
  until: string;
  confidence: Confidence;
  summary: string;
  citations: CitationDraft[];
}

/** What the tie form shows of a record: the fields its PATCH route takes (the two actors stay, shown by name). */
export type TieFields = Pick<TieRecord, 'type' | 'since' | 'until' | 'confidence' | 'summary'>;

/**
 * A tie between two actors as the form's values, a missing date an empty field; or, without a tie, a new one's
 * values between them (often only the subject is known) with one citation to fill in. An edit adds no citations:
 * they are added on their own.
 */
export function tieValuesOf(tie: TieFields | null, actors: { subject: PickedActor | null; object: PickedActor | null }): TieValues {
  const { subject, object } = actors;
  if (!tie) return { subject, object, type: '', since: '', until: '', confidence: 'moderate', summary: '', citations: [emptyCitation()] };
  return { subject, object, type: tie.type, since: tie.since ?? '', until: tie.until ?? '', confidence: tie.confidence, summary: tie.summary, citations: [] };
}
