'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { sendJson } from '@/lib/api-client';
import { newIdempotencyKey } from '@/lib/authoring-client';
import { fieldErrorsFromApi } from '@/lib/authoring-forms';
import type { RecordedExtraction } from '@/lib/extract/acceptance';
import {
  acceptRequestOf,
  addedItem,
  draftActors,
  sentencesAround,
  trimmedSpan,
  type ActorKey,
  type ReviewItem,
  type ReviewStatus,
} from '@/lib/extract/review';
import type { TextSpan } from '@/lib/extract/sentences';
import { ACTOR_KINDS, ACTOR_KIND_LABELS, type ActorKind } from '@/lib/schemas/actor';
import { ApiClientError } from '@/lib/query-client';
import { DEFAULT_VIEW, viewQueryString } from '@/lib/view-state';
import { NewSourceFields } from '../authoring/NewSourceFields';
import { SourcePicker } from '../authoring/SourcePicker';
import formStyles from '../authoring/forms.module.css';
import styles from './Extract.module.css';
import { claimSentence, graphLink, ProposalCard } from './ProposalCard';
import { sourceChoiceOf, type SourceDraft } from './ReportForm';
import { ReportText } from './ReportText';
import { useReview, type ReviewState, type WrittenBatch } from './useReview';

type Filter = 'all' | ReviewStatus;
const FILTER_LABELS: Record<Filter, string> = { all: 'All', pending: 'To review', accepted: 'Accepted', rejected: 'Rejected', written: 'Recorded' };

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
function languageName(code: string | null): string {
  if (!code) return 'not told';
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

interface ReviewPanelProps {
  initial: ReviewState;
  source: SourceDraft;
  onSource: (source: SourceDraft) => void;
}

/** The review of one report: its text with what was found, the proposals to accept, edit or reject, and the recording of the accepted ones. */
export function ReviewPanel({ initial, source, onSource }: ReviewPanelProps) {
  const [state, dispatch] = useReview(initial);
  const { text, extraction, items, names } = state;
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [sentence, setSentence] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const ids = { sentence: useId(), filter: useId() };
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the analyst submitted is gone: the keyboard goes to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  const record = useMutation({
    mutationFn: ({ body, key }: { body: unknown; key: string }) => sendJson<RecordedExtraction>('POST', '/api/extract/accept', body, { 'Idempotency-Key': key }),
    meta: { changes: 'records' },
  });

  const name = (key: ActorKey | null) => (key ? (names[key]?.name ?? key) : '');
  const focused = items.find((item) => item.id === state.focused) ?? null;
  const accepted = items.filter((item) => item.status === 'accepted');
  const counts = Object.fromEntries((['pending', 'accepted', 'rejected', 'written'] as const).map((status) => [status, items.filter((item) => item.status === status).length]));
  const shown = filter === 'all' ? items : items.filter((item) => item.status === filter);
  const newActorUse = (key: ActorKey) => items.filter((item) => item.status !== 'rejected' && draftActors(item.claim).includes(key)).length;
  const mentioned = new Set(extraction.mentions.map((mention) => mention.actorId ?? mention.newActor));

  const addClaim = (quote: TextSpan) => {
    const span = trimmedSpan(text, quote);
    if (!span) return;
    const inQuote = extraction.mentions
      .filter((mention) => mention.start >= span.start && mention.end <= span.end)
      .map((mention) => (mention.actorId ?? mention.newActor)!)
      .filter((key, index, all) => all.indexOf(key) === index);
    dispatch({ type: 'add', item: addedItem(`added-${state.added + 1}`, span, sentencesAround(extraction.sentences, span), inQuote) });
    setEditing(`added-${state.added + 1}`);
    setFilter('all');
    setSelection(null);
  };

  const moveFocus = (from: number, step: 1 | -1) => {
    const cards = list.current?.querySelectorAll<HTMLElement>('[data-testid="proposal"]');
    cards?.[Math.min(Math.max(from + step, 0), cards.length - 1)]?.focus();
  };

  const recordAccepted = async () => {
    const body = acceptRequestOf({
      text,
      source: state.source ? { id: state.source.id } : sourceChoiceOf(source),
      items: accepted,
      newActors: state.newActors,
      created: new Map(Object.entries(state.created)),
    });
    const serialised = JSON.stringify(body);
    // A retry of the same request (after a lost answer) keeps its key, so that it is written once.
    if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };
    try {
      const result = await record.mutateAsync({ body, key: attempt.current.key });
      attempt.current = null;
      dispatch({ type: 'written', batch: batchOf(result, accepted, name), created: Object.fromEntries(result.actors.map(({ key, actor }) => [key, actor.id])) });
    } catch {
      // Said below, from the mutation's error.
    }
  };

  const recordError = record.error;
  const issues = recordError instanceof ApiClientError ? recordError.issues : [];
  const sourceErrors = fieldErrorsFromApi(issues.filter((issue) => issue.field.startsWith('source')));
  const claimIssues = issues.filter((issue) => !issue.field.startsWith('source'));

  return (
    <div className={styles.review}>
      <section className={styles.textPane} aria-labelledby="report-heading">
        <h2 id="report-heading" className={styles.paneTitle}>
          The report
        </h2>
        <p className={styles.summary} data-testid="extraction-summary">
          {languageName(extraction.language)}
          {extraction.languageDetected ? ' (detected)' : ''} · {extraction.mentions.length} mentions of {mentioned.size} actors
          {extraction.newActors.length > 0 ? `, ${extraction.newActors.length} of them new to Parley` : ''} · {items.length} claims
        </p>
        <p className={styles.legend}>
          <span className={styles.mention}>Recorded actor</span> <span className={styles.newMention}>New to Parley</span> <mark className={styles.quote}>quote</mark>{' '}
          <span className={styles.cue}>cue</span>
        </p>
        <div className={styles.selectionBar} aria-live="polite">
          {selection ? (
            <>
              <span>
                Selected: <q>{ellipsis(text.slice(selection.start, selection.end), 80)}</q>
              </span>
              <button type="button" className={formStyles.primary} onClick={() => addClaim(selection)}>
                Add a claim quoting the selection
              </button>
            </>
          ) : (
            <span className="muted">Select words in the text to add a claim that quotes them.</span>
          )}
        </div>
        <ReportText
          text={text}
          mentions={extraction.mentions}
          quote={focused?.quote ?? null}
          cue={focused?.cue ?? null}
          name={(mention) => `${name(mention.actorId ?? mention.newActor)}${mention.holderOf ? ` (as head of ${name(mention.holderOf)})` : ''}`}
          onSelect={setSelection}
        />
        <div className={styles.addFromSentence}>
          <label htmlFor={ids.sentence}>Or add a claim quoting a sentence</label>
          <select id={ids.sentence} value={sentence} onChange={(event) => setSentence(event.target.value)}>
            <option value="">Choose a sentence…</option>
            {extraction.sentences.map((span, index) => (
              <option key={span.start} value={index}>
                {ellipsis(text.slice(span.start, span.end), 90)}
              </option>
            ))}
          </select>
          <button type="button" disabled={sentence === ''} onClick={() => addClaim(extraction.sentences[Number(sentence)]!)}>
            Add a claim
          </button>
        </div>
      </section>

      <section className={styles.proposalPane} aria-labelledby="claims-heading">
        <h2 id="claims-heading" ref={heading} tabIndex={-1} className={styles.paneTitle}>
          Proposed claims
        </h2>
        {!extraction.cuesKnown && (
          <p className={styles.notice} role="note">
            Parley has no cues for {languageName(extraction.language)} yet, so it proposes no claim: the actors it found are marked in the text. Add claims by
            selecting their words.
          </p>
        )}
        {extraction.cuesKnown && extraction.proposals.length === 0 && (
          <p className={styles.notice} role="note">
            No claim proposed: no sentence names two actors with a cue Parley knows. Add claims by selecting their words in the text.
          </p>
        )}
        <fieldset className={styles.filters}>
          <legend className="visually-hidden">Show</legend>
          {(['all', 'pending', 'accepted', 'rejected', 'written'] as const).map((value) => (
            <label key={value} className={filter === value ? styles.filterOn : undefined}>
              <input type="radio" name={ids.filter} checked={filter === value} onChange={() => setFilter(value)} />
              {FILTER_LABELS[value]} ({value === 'all' ? items.length : counts[value]})
            </label>
          ))}
        </fieldset>
        <p className={styles.keys}>With a claim focused: A accept, E edit, R reject, ↓ ↑ next and previous.</p>
        <div ref={list} className={styles.cards}>
          {shown.length === 0 && items.length > 0 && <p className="muted">None {FILTER_LABELS[filter].toLowerCase()}.</p>}
          {shown.map((item, index) => (
            <ProposalCard
              key={item.id}
              item={item}
              index={items.indexOf(item)}
              text={text}
              actors={names}
              editing={editing === item.id}
              onFocus={() => state.focused !== item.id && dispatch({ type: 'focus', id: item.id })}
              onStatus={(status) => dispatch({ type: 'status', id: item.id, status })}
              onEdit={(on) => setEditing(on ? item.id : null)}
              onChange={(change) => dispatch({ type: 'change', id: item.id, ...change })}
              onPicked={(key, actor) => dispatch({ type: 'name', key, actor })}
              onMove={(step) => moveFocus(index, step)}
            />
          ))}
        </div>

        {state.newActors.length > 0 && (
          <fieldset className={formStyles.group}>
            <legend>New actors</legend>
            <p className={formStyles.hint}>Each is created once, when a claim that names it is recorded.</p>
            {state.newActors.map((actor) => (
              <NewActorRow
                key={actor.key}
                name={actor.name}
                kind={actor.kind}
                created={state.created[actor.key] ?? null}
                uses={newActorUse(actor.key)}
                onChange={(change) => dispatch({ type: 'new-actor', actor: { ...actor, ...change } })}
              />
            ))}
          </fieldset>
        )}

        <section className={styles.recordBar} aria-label="Record">
          {!state.source && source.mode === 'new' && (
            <details open={Object.keys(sourceErrors).length > 0 || !source.fresh.title || !source.fresh.language}>
              <summary>
                Source: {source.fresh.title || 'untitled'} · {source.fresh.language || 'language?'} · reliability {source.fresh.reliability}
              </summary>
              <NewSourceFields value={source.fresh} onChange={(fresh) => onSource({ ...source, fresh })} errors={sourceErrors} path="source.new" />
            </details>
          )}
          {!state.source && source.mode === 'existing' && (
            <SourcePicker value={source.existing} onChange={(existing) => onSource({ ...source, existing })} error={sourceErrors['source.id']} />
          )}
          {state.source && <p className={formStyles.hint}>Citing the source “{state.source.title}”.</p>}
          <button type="button" className={formStyles.primary} disabled={accepted.length === 0 || record.isPending} onClick={() => void recordAccepted()}>
            {record.isPending ? 'Recording…' : `Record ${accepted.length} accepted ${accepted.length === 1 ? 'claim' : 'claims'}`}
          </button>
          <p role="status" className={formStyles.status}>
            {record.isPending ? 'Writing the source, the new actors and the claims…' : accepted.length === 0 ? 'Accept claims to record them.' : ''}
          </p>
          {recordError && (
            <div className={formStyles.alert} role="alert">
              <p>{recordError.message} Nothing was recorded.</p>
              {claimIssues.length > 0 && (
                <ul>
                  {claimIssues.map((issue) => (
                    <li key={`${issue.field}:${issue.message}`}>{describeIssue(issue.field, accepted, name)}: {issue.message}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </section>

        {state.batches.map((batch) => (
          <WrittenSummary key={batch.id} batch={batch} />
        ))}
      </section>
    </div>
  );
}

function ellipsis(text: string, most: number): string {
  return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}

/** "claims.2.quote" said as the claim it is about. */
function describeIssue(field: string, accepted: ReviewItem[], name: (key: ActorKey | null) => string): string {
  const match = /^claims\.(\d+)/.exec(field);
  const item = match ? accepted[Number(match[1])] : undefined;
  return item ? `“${claimSentence(item.claim, name)}”` : field;
}

function batchOf(result: RecordedExtraction, accepted: ReviewItem[], name: (key: ActorKey | null) => string): Omit<WrittenBatch, 'id'> {
  let tie = 0;
  let meeting = 0;
  const items = accepted.map((item) => {
    if (item.claim.kind === 'tie') {
      const record = result.ties[tie++]!;
      return { itemId: item.id, kind: 'tie' as const, id: record.id, label: claimSentence(item.claim, name), actorIds: [record.subjectId, record.objectId] };
    }
    const record = result.meetings[meeting++]!;
    return { itemId: item.id, kind: 'meeting' as const, id: record.id, label: record.title, actorIds: record.participants.map((participant) => participant.actorId) };
  });
  return {
    source: { id: result.source.id, title: result.source.title, created: result.sourceCreated },
    actors: result.actors.map(({ actor }) => ({ id: actor.id, name: actor.name })),
    items,
  };
}

function NewActorRow({
  name,
  kind,
  created,
  uses,
  onChange,
}: {
  name: string;
  kind: ActorKind;
  created: string | null;
  uses: number;
  onChange: (change: { name?: string; kind?: ActorKind }) => void;
}) {
  const ids = { name: useId(), kind: useId() };
  return (
    <div className={formStyles.row}>
      <div className={formStyles.field}>
        <label htmlFor={ids.name} className={formStyles.label}>
          Name
        </label>
        <input id={ids.name} className={formStyles.input} value={name} disabled={created !== null} onChange={(event) => onChange({ name: event.target.value })} />
      </div>
      <div className={formStyles.field}>
        <label htmlFor={ids.kind} className={formStyles.label}>
          Kind of {name || 'actor'}
        </label>
        <select id={ids.kind} className={formStyles.input} value={kind} disabled={created !== null} onChange={(event) => onChange({ kind: event.target.value as ActorKind })}>
          {ACTOR_KINDS.map((value) => (
            <option key={value} value={value}>
              {ACTOR_KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <p className={formStyles.hint}>{created ? 'Recorded.' : `Named by ${uses} ${uses === 1 ? 'claim' : 'claims'} not rejected.`}</p>
    </div>
  );
}

/** What one recording wrote, each with a link to it on the graph, where its quote shows in Details. */
function WrittenSummary({ batch }: { batch: WrittenBatch }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Said as soon as it is written: the keyboard and the eye go to the summary.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const allActors = [...new Set(batch.items.flatMap((item) => item.actorIds))];
  const ties = batch.items.filter((item) => item.kind === 'tie').length;
  const meetings = batch.items.length - ties;
  return (
    <section className={styles.summaryBox} aria-label={`Recorded, batch ${batch.id}`} data-testid="written-summary">
      <h3 ref={heading} tabIndex={-1} className={styles.cardTitle}>
        Recorded {ties} {ties === 1 ? 'tie' : 'ties'} and {meetings} {meetings === 1 ? 'meeting' : 'meetings'}
      </h3>
      <p>
        Citing {batch.source.created ? 'the new source' : 'the source'} <Link href={`/sources/${batch.source.id}`}>“{batch.source.title}”</Link>
        {batch.actors.length > 0 && <>; new actors: {batch.actors.map((actor) => actor.name).join(', ')}</>}.
      </p>
      <ul>
        {batch.items.map((item) => (
          <li key={item.id}>
            <Link href={graphLink(item)}>{item.label}</Link>
          </li>
        ))}
      </ul>
      <Link href={`/${viewQueryString({ ...DEFAULT_VIEW, actors: allActors })}`} className="button-link">
        Open them all on the graph
      </Link>
    </section>
  );
}
