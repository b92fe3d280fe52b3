import type { SourceSummary } from '@/lib/graph';
import { textOrNull } from '@/lib/authoring-forms';
import type { Reliability } from '@/lib/schemas/common';
import type { ParticipantRole } from '@/lib/schemas/meeting';
import type { PickedActor } from './ActorPicker';

/** Form-side shapes of repeated rows (participants, citations); the field array keeps each row's identity. */

export interface ParticipantDraft {
  actor: PickedActor | null;
  role: ParticipantRole;
}

export function emptyParticipant(): ParticipantDraft {
  return { actor: null, role: 'participant' };
}

export interface NewSourceDraft {
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  language: string;
  reliability: Reliability;
}

export interface CitationDraft {
  mode: 'existing' | 'new';
  source: Pick<SourceSummary, 'id' | 'title'> | null;
  newSource: NewSourceDraft;
  quote: string;
  credibility: string;
}

export function emptyCitation(): CitationDraft {
  return {
    mode: 'existing',
    source: null,
    // F and 6, "cannot be judged", until the analyst grades the source and the information.
    newSource: { title: '', url: '', publisher: '', publishedAt: '', language: '', reliability: 'F' },
    quote: '',
    credibility: '6',
  };
}

/** A citation as the API takes it (`citationInputSchema`): an existing source by id, or a new one to create. */
export function citationBody(draft: CitationDraft) {
  const { newSource } = draft;
  return {
    source:
      draft.mode === 'existing'
        ? { id: draft.source?.id ?? '' }
        : {
            new: {
              title: newSource.title,
              url: textOrNull(newSource.url),
              publisher: textOrNull(newSource.publisher),
              publishedAt: textOrNull(newSource.publishedAt),
              language: newSource.language,
              reliability: newSource.reliability,
            },
          },
    quote: draft.quote,
    credibility: Number(draft.credibility),
  };
}

/** Where a citation field's errors are in the request body: the mode and both kinds of source check as `source`. */
export function citationErrorPath(field: keyof CitationDraft): string {
  return field === 'quote' || field === 'credibility' ? field : 'source';
}

/** Joins the path of a field under a prefix: `citations.0` + `quote`. */
export function at(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}
