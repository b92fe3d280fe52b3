'use client';

import Link from 'next/link';
import type { KeyboardEvent } from 'react';
import { elementRef } from '@/lib/element-refs';
import { draftProblems, type ActorKey, type ClaimDraft, type ReviewItem } from '@/lib/extract/review';
import type { TextSpan } from '@/lib/extract/sentences';
import { CREDIBILITY_LABELS } from '@/lib/schemas/common';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { describeTie, TIE_TYPES } from '@/lib/taxonomy';
import { DEFAULT_VIEW, viewQueryString } from '@/lib/view-state';
import { ClaimEditor } from './ClaimEditor';
import styles from './Extract.module.css';
import type { NamedActor } from './useReview';

interface ProposalCardProps {
  item: ReviewItem;
  index: number;
  text: string;
  actors: Record<ActorKey, NamedActor>;
  editing: boolean;
  onFocus: () => void;
  onStatus: (status: 'pending' | 'accepted' | 'rejected') => void;
  onEdit: (editing: boolean) => void;
  onChange: (change: { claim: ClaimDraft; quote: TextSpan; credibility: number }) => void;
  onPicked: (key: ActorKey, actor: NamedActor) => void;
  /** Moves the keyboard to the next or previous card. */
  onMove: (step: 1 | -1) => void;
}

/** A claim said in words: "Qatar mediates for Hamas", "Meeting of İbrahim Kalın and Ismail Haniyeh (consultation)". */
export function claimSentence(claim: ClaimDraft, name: (key: ActorKey | null) => string): string {
  if (claim.kind === 'tie') {
    return claim.type ? describeTie(name(claim.subject) || '?', claim.type, name(claim.object) || '?') : `${name(claim.subject) || '?'} — ? — ${name(claim.object) || '?'}`;
  }
  const names = claim.participants.map((participant) => name(participant.actor) || '?');
  return `Meeting of ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1) ?? ''} (${MEETING_KIND_LABELS[claim.meetingKind].toLowerCase()})`;
}

/** The graph showing a written claim, selected, with its actors: Details then shows its quote. */
export function graphLink(written: NonNullable<ReviewItem['written']>): string {
  const selected = written.kind === 'tie' ? elementRef.tie(written.id) : elementRef.meeting(written.id);
  return `/${viewQueryString({ ...DEFAULT_VIEW, actors: written.actorIds, selected })}`;
}

const STATUS_CLASSES: Record<ReviewItem['status'], string | undefined> = { pending: undefined, accepted: styles.accepted, rejected: styles.rejected, written: styles.written };
const STATUS_LABELS = { pending: 'To review', accepted: 'Accepted', rejected: 'Rejected', written: 'Recorded' } as const;

/**
 * One proposal: the claim in words, why it was proposed and the cue that fired, its quote; accept, edit or reject
 * it with the buttons or, with the card focused, the keys A, E and R (↓ and ↑ go to the next and previous card).
 */
export function ProposalCard({ item, index, text, actors, editing, onFocus, onStatus, onEdit, onChange, onPicked, onMove }: ProposalCardProps) {
  const name = (key: ActorKey | null) => (key ? (actors[key]?.name ?? key) : '');
  const sentence = claimSentence(item.claim, name);
  const headingId = `${item.id}-heading`;
  const problems = draftProblems(item.claim);
  const open = item.status !== 'written';

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') onMove(event.key === 'ArrowDown' ? 1 : -1);
    else if (open && key === 'a' && problems.length === 0) onStatus('accepted');
    else if (open && key === 'r') onStatus('rejected');
    else if (open && key === 'e') onEdit(true);
    else return;
    event.preventDefault();
  };

  return (
    <article
      className={[styles.card, STATUS_CLASSES[item.status]].filter(Boolean).join(' ')}
      tabIndex={0}
      aria-labelledby={headingId}
      data-status={item.status}
      data-testid="proposal"
      onFocus={onFocus}
      onMouseEnter={onFocus}
      onKeyDown={onKeyDown}
    >
      <header className={styles.cardHeader}>
        <span className={styles.badge}>{item.claim.kind === 'tie' ? (item.claim.type ? TIE_TYPES[item.claim.type].verb : 'tie') : 'meeting'}</span>
        <h3 id={headingId} className={styles.cardTitle}>
          <span className="visually-hidden">{`Claim ${index + 1}: `}</span>
          {sentence}
        </h3>
        <span className={styles.status}>{STATUS_LABELS[item.status]}</span>
      </header>
      {item.why && (
        <p className={styles.why}>
          {item.cue && (
            <>
              Cue <q className={styles.cueText}>{item.cue.text}</q> ·{' '}
            </>
          )}
          {item.why}
        </p>
      )}
      {item.origin === 'added' && <p className={styles.why}>Added from your selection.</p>}
      <blockquote className={styles.cardQuote}>{text.slice(item.quote.start, item.quote.end)}</blockquote>
      <p className={styles.credibility}>
        Credibility {item.credibility} — {CREDIBILITY_LABELS[item.credibility]}
      </p>

      {editing && open ? (
        <ClaimEditor
          item={item}
          text={text}
          actors={actors}
          onPicked={onPicked}
          onCancel={() => onEdit(false)}
          onDone={(change) => {
            onChange(change);
            onEdit(false);
          }}
        />
      ) : open ? (
        <div className={styles.cardActions}>
          {problems.length > 0 && <p className={styles.problem}>{problems.join('; ')}.</p>}
          {item.status === 'accepted' ? (
            <button type="button" onClick={() => onStatus('pending')} aria-label={`Undo accepting: ${sentence}`}>
              Undo accept
            </button>
          ) : (
            <button type="button" className={styles.accept} disabled={problems.length > 0} onClick={() => onStatus('accepted')} aria-label={`Accept: ${sentence}`}>
              Accept
            </button>
          )}
          <button type="button" onClick={() => onEdit(true)} aria-label={`Edit: ${sentence}`}>
            Edit
          </button>
          {item.status === 'rejected' ? (
            <button type="button" onClick={() => onStatus('pending')} aria-label={`Undo rejecting: ${sentence}`}>
              Undo reject
            </button>
          ) : (
            <button type="button" onClick={() => onStatus('rejected')} aria-label={`Reject: ${sentence}`}>
              Reject
            </button>
          )}
        </div>
      ) : (
        item.written && (
          <p className={styles.cardActions}>
            <Link href={graphLink(item.written)}>See it on the graph</Link>
          </p>
        )
      )}
    </article>
  );
}
