'use client';

import { useState } from 'react';
import { draftActors, draftProblems, meetingTitle, moveQuoteEdge, type ActorKey, type ClaimDraft, type ReviewItem } from '@/lib/extract/review';
import type { TextSpan } from '@/lib/extract/sentences';
import { CREDIBILITY_LABELS } from '@/lib/schemas/common';
import { MEETING_KINDS, MEETING_KIND_LABELS, PARTICIPANT_ROLES, type MeetingKind, type ParticipantRole } from '@/lib/schemas/meeting';
import { CONFIDENCE_LEVELS, type Confidence } from '@/lib/schemas/tie';
import { describeTie, type AnalystTieType } from '@/lib/taxonomy';
import { SelectField, TextField, choicesOf } from '../authoring/Field';
import formStyles from '../authoring/forms.module.css';
import { TieTypeField } from '../authoring/TieTypeField';
import { ActorChoice } from './ActorChoice';
import styles from './Extract.module.css';
import type { NamedActor } from './useReview';

const CREDIBILITY_CHOICES = Object.entries(CREDIBILITY_LABELS).map(([value, label]) => ({ value, label: `${value} — ${label}` }));
const CONFIDENCE_CHOICES = CONFIDENCE_LEVELS.map((level) => ({ value: level, label: level[0]!.toUpperCase() + level.slice(1) }));
const ROLE_LABELS: Record<ParticipantRole, string> = { host: 'Host', mediator: 'Mediator', party: 'Party', observer: 'Observer', participant: 'Participant' };

interface ClaimEditorProps {
  item: ReviewItem;
  text: string;
  actors: Record<ActorKey, NamedActor>;
  onPicked: (key: ActorKey, actor: NamedActor) => void;
  onDone: (change: { claim: ClaimDraft; quote: TextSpan; credibility: number }) => void;
  onCancel: () => void;
}

/**
 * Edits one claim before it is accepted: a tie's type, direction and actors, or a meeting's kind, title and
 * participants with their roles; the quote trimmed by whole words within its sentence; the credibility.
 */
export function ClaimEditor({ item, text, actors, onPicked, onDone, onCancel }: ClaimEditorProps) {
  const [claim, setClaim] = useState<ClaimDraft>(item.claim);
  const [quote, setQuote] = useState<TextSpan>(item.quote);
  const [credibility, setCredibility] = useState(String(item.credibility));
  const name = (key: ActorKey | null) => (key ? (actors[key]?.name ?? key) : '');
  const problems = draftProblems(claim);
  const move = (edge: 'start' | 'end', direction: 1 | -1) => setQuote(moveQuoteEdge(text, quote, item.bounds, edge, direction));

  return (
    <div className={styles.editor} role="group" aria-label="Edit the claim">
      <fieldset className={formStyles.radios}>
        <legend>Kind of claim</legend>
        <label>
          <input
            type="radio"
            checked={claim.kind === 'tie'}
            onChange={() => setClaim({ kind: 'tie', type: '', subject: draftActors(claim)[0] ?? null, object: draftActors(claim)[1] ?? null, confidence: 'moderate' })}
          />{' '}
          Tie
        </label>
        <label>
          <input
            type="radio"
            checked={claim.kind === 'meeting'}
            onChange={() => {
              const participants = draftActors(claim).map((actor) => ({ actor, role: 'participant' as const }));
              setClaim({ kind: 'meeting', meetingKind: 'consultation', title: meetingTitle(participants.map((p) => name(p.actor)), 'consultation'), participants });
            }}
          />{' '}
          Meeting
        </label>
      </fieldset>

      {claim.kind === 'tie' ? (
        <>
          <ActorChoice label="Subject" value={claim.subject} actors={actors} onPicked={onPicked} onChange={(subject) => setClaim({ ...claim, subject })} />
          <TieTypeField value={claim.type} onChange={(type) => setClaim({ ...claim, type: type as AnalystTieType })} />
          <ActorChoice label="Object" value={claim.object} actors={actors} onPicked={onPicked} onChange={(object) => setClaim({ ...claim, object })} />
          <p className={formStyles.sentence} aria-live="polite">
            {claim.type ? describeTie(name(claim.subject) || 'the subject', claim.type, name(claim.object) || 'the object') : 'Choose a type to read the tie in words.'}{' '}
            <button type="button" onClick={() => setClaim({ ...claim, subject: claim.object, object: claim.subject })}>
              Swap direction
            </button>
          </p>
          <SelectField<Confidence> label="Confidence" value={claim.confidence} onChange={(confidence) => setClaim({ ...claim, confidence })} choices={CONFIDENCE_CHOICES} />
        </>
      ) : (
        <>
          <SelectField<MeetingKind>
            label="Kind of meeting"
            value={claim.meetingKind}
            onChange={(meetingKind) => {
              // A title still as proposed follows the kind; one the analyst wrote stays.
              const names = claim.participants.map((participant) => name(participant.actor));
              const title = claim.title === meetingTitle(names, claim.meetingKind) ? meetingTitle(names, meetingKind) : claim.title;
              setClaim({ ...claim, meetingKind, title });
            }}
            choices={choicesOf(MEETING_KINDS, MEETING_KIND_LABELS)}
          />
          <TextField label="Title" value={claim.title} onChange={(title) => setClaim({ ...claim, title })} maxLength={300} />
          <fieldset className={formStyles.group}>
            <legend>Participants</legend>
            {claim.participants.map((participant, index) => (
              <div key={index} className={formStyles.row}>
                <ActorChoice
                  label={`Participant ${index + 1}`}
                  value={participant.actor}
                  actors={actors}
                  onPicked={onPicked}
                  onChange={(actor) => setClaim({ ...claim, participants: claim.participants.map((p, at) => (at === index ? { ...p, actor } : p)) })}
                />
                <SelectField<ParticipantRole>
                  label={`Role of participant ${index + 1}`}
                  value={participant.role}
                  onChange={(role) => setClaim({ ...claim, participants: claim.participants.map((p, at) => (at === index ? { ...p, role } : p)) })}
                  choices={choicesOf(PARTICIPANT_ROLES, ROLE_LABELS)}
                />
                <button type="button" onClick={() => setClaim({ ...claim, participants: claim.participants.filter((_, at) => at !== index) })}>
                  Remove participant {index + 1}
                </button>
              </div>
            ))}
            <button type="button" onClick={() => setClaim({ ...claim, participants: [...claim.participants, { actor: null, role: 'participant' }] })}>
              Add a participant
            </button>
          </fieldset>
        </>
      )}

      <fieldset className={formStyles.group}>
        <legend>Quote</legend>
        <blockquote className={styles.quotePreview} aria-live="polite">
          {text.slice(quote.start, quote.end)}
        </blockquote>
        <div className={styles.trimButtons} role="group" aria-label="Trim the quote by words">
          <button type="button" onClick={() => move('start', 1)}>
            Drop first word
          </button>
          <button type="button" onClick={() => move('start', -1)} disabled={quote.start <= item.bounds.start}>
            Take back a word at the start
          </button>
          <button type="button" onClick={() => move('end', -1)}>
            Drop last word
          </button>
          <button type="button" onClick={() => move('end', 1)} disabled={quote.end >= item.bounds.end}>
            Take back a word at the end
          </button>
        </div>
        <p className={formStyles.hint}>The quote stays the report’s own words, within its sentence.</p>
      </fieldset>
      <SelectField label="Credibility of the information" value={credibility} onChange={setCredibility} choices={CREDIBILITY_CHOICES} />

      {problems.length > 0 && (
        <ul className={formStyles.error} aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className={formStyles.actions}>
        <button type="button" className={formStyles.primary} disabled={problems.length > 0} onClick={() => onDone({ claim, quote, credibility: Number(credibility) })}>
          Done
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
