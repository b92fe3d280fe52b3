'use client';

import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { pathQuery, type PathRequest } from '@/lib/api-client';
import type { ActorSearchHit, CitationDetails, PathResult, PathStep } from '@/lib/graph';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '@/lib/schemas/common';
import { MEETING_KIND_LABELS } from '@/lib/schemas/meeting';
import { describeTie } from '@/lib/taxonomy';
import { StatusMessage } from '../StatusMessage';
import { noPathMessage, partialPathsNote } from './path-notes';
import { SearchBox } from './SearchBox';
import styles from './PathPanel.module.css';

type Endpoint = ActorSearchHit | { id: string; name: string };

export interface PathPanelProps {
  request: PathRequest | null;
  onRequest: (from: Endpoint, to: Endpoint, tiesOnly: boolean) => void;
  onClear: () => void;
  useFilters: boolean;
  onUseFiltersChange: (value: boolean) => void;
  /** Leaves meetings out of the request shown (it is asked again); without one, the next request will. */
  onTiesOnlyChange: (value: boolean) => void;
  /** Which of the paths found is shown (0 the shortest), as the link says. */
  activePath: number;
  onActivePathChange: (index: number) => void;
  actorNames: ReadonlyMap<string, string>;
  /** A start chosen elsewhere ("Find paths from here"), used when no request is set. */
  initialFrom?: Endpoint | null;
}

/** The longest path the API looks for (`maxHops` defaults to 6 in pathParamsSchema). */
const MAX_STEPS = 6;
const FILTERS_LABEL = 'Only through ties the current filters show';
const TIES_ONLY_LABEL = 'Through ties only (a shared meeting is not a step)';

interface Picks {
  from: Endpoint | null;
  to: Endpoint | null;
  tiesOnly: boolean;
}

function requestKey(request: PathRequest | null): string {
  return request ? `${request.from}~${request.to}~${request.tiesOnly ? 'ties' : ''}` : '';
}

/** The endpoints of a request made elsewhere; their names are looked up when shown. */
function picksOf(request: PathRequest | null): Picks {
  return request
    ? { from: { id: request.from, name: '' }, to: { id: request.to, name: '' }, tiesOnly: Boolean(request.tiesOnly) }
    : { from: null, to: null, tiesOnly: false };
}

/** "How is A connected to B?": choose two actors, then read the shortest chains of sourced ties and meetings between them. */
export function PathPanel({
  request,
  onRequest,
  onClear,
  useFilters,
  onUseFiltersChange,
  onTiesOnlyChange,
  activePath,
  onActivePathChange,
  actorNames,
  initialFrom = null,
}: PathPanelProps) {
  const headingId = useId();
  // The panel may mount with a request already set (a shared link, or back from another tab).
  const [picks, setPicks] = useState<Picks>(() => (request || !initialFrom ? picksOf(request) : { from: initialFrom, to: null, tiesOnly: false }));
  // Remounts the pickers, which is the only way to empty them: SearchBox keeps its own text.
  const [pickerGeneration, setPickerGeneration] = useState(0);
  const result = useQuery(pathQuery(request));

  // A request set from outside (a shared link, "path from here") replaces what was picked here.
  const [seenRequest, setSeenRequest] = useState(requestKey(request));
  if (seenRequest !== requestKey(request)) {
    setSeenRequest(requestKey(request));
    if (request && (picks.from?.id !== request.from || picks.to?.id !== request.to)) {
      setPicks(picksOf(request));
      setPickerGeneration((generation) => generation + 1);
    } else if (request && picks.tiesOnly !== Boolean(request.tiesOnly)) {
      setPicks((p) => ({ ...p, tiesOnly: Boolean(request.tiesOnly) }));
    }
  }

  const resultNames = new Map((result.data?.actors ?? []).map((actor) => [actor.id, actor.name]));
  const pickedName = (id: string) => (picks.from?.id === id ? picks.from.name : picks.to?.id === id ? picks.to.name : '');
  // The result names every actor on its paths; before it arrives, the picked name or the view's name will do.
  const name = (id: string) => resultNames.get(id) || pickedName(id) || actorNames.get(id) || id;
  const { from, to } = picks;
  const same = from !== null && to !== null && from.id === to.id;

  const clear = () => {
    setPicks({ from: null, to: null, tiesOnly: picks.tiesOnly });
    setPickerGeneration((generation) => generation + 1);
    onClear();
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>How is A connected to B?</h2>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to && !same) onRequest(from, to, picks.tiesOnly);
        }}
      >
        <Picker key={`from-${pickerGeneration}`} label="From" chosen={from && name(from.id)} onChoose={(hit) => setPicks((p) => ({ ...p, from: hit }))} />
        <Picker key={`to-${pickerGeneration}`} label="To" chosen={to && name(to.id)} onChoose={(hit) => setPicks((p) => ({ ...p, to: hit }))} />
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={picks.tiesOnly}
            onChange={(event) => {
              const tiesOnly = event.target.checked;
              setPicks((p) => ({ ...p, tiesOnly }));
              if (request) onTiesOnlyChange(tiesOnly);
            }}
          />
          {TIES_ONLY_LABEL}
        </label>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={useFilters} onChange={(event) => onUseFiltersChange(event.target.checked)} />
          {FILTERS_LABEL}
        </label>
        {same && <p className={styles.note}>Choose two different actors.</p>}
        <div className={styles.actions}>
          <button type="submit" disabled={!from || !to || same}>
            Find paths
          </button>
          <button type="button" onClick={clear} disabled={!request && !from && !to}>
            Clear
          </button>
        </div>
      </form>
      {request && (
        <PathResults
          request={request}
          result={result}
          name={name}
          useFilters={useFilters}
          activePath={activePath}
          onActivePathChange={onActivePathChange}
        />
      )}
    </section>
  );
}

function Picker({ label, chosen, onChoose }: { label: string; chosen: string | null; onChoose: (hit: ActorSearchHit) => void }) {
  return (
    <div className={styles.picker}>
      <SearchBox label={label} placeholder="Name or alias" onChoose={onChoose} clearOnChoose={false} />
      {chosen && (
        <p className={styles.chosen}>
          Chosen: <strong>{chosen}</strong>
        </p>
      )}
    </div>
  );
}

interface PathResultsProps {
  request: PathRequest;
  result: UseQueryResult<PathResult>;
  name: (id: string) => string;
  useFilters: boolean;
  activePath: number;
  onActivePathChange: (index: number) => void;
}

/** Where a step is in the list of paths: path and step, both from 0. */
interface StepPlace {
  path: number;
  step: number;
}

const claimIdOf = (step: PathStep): string => (step.via === 'tie' ? step.tie.id : step.meeting.id);

/**
 * The first place, in path order, of each tie or meeting the paths go through: its quotes are shown there
 * once, and the other paths through it refer to that place instead of repeating them.
 */
function firstPlaces(paths: readonly { steps: readonly PathStep[] }[]): Map<string, StepPlace> {
  const places = new Map<string, StepPlace>();
  paths.forEach((path, pathIndex) =>
    path.steps.forEach((step, stepIndex) => {
      const id = claimIdOf(step);
      if (!places.has(id)) places.set(id, { path: pathIndex, step: stepIndex });
    }),
  );
  return places;
}

function PathResults({ request, result, name, useFilters, activePath, onActivePathChange }: PathResultsProps) {
  const quotesId = useId();
  const places = useMemo(() => firstPlaces(result.data?.paths ?? []), [result.data]);
  if (result.isPending) return <StatusMessage kind="loading">Finding paths…</StatusMessage>;
  if (result.isError) {
    return (
      <StatusMessage kind="error" action={{ label: result.isFetching ? 'Retrying…' : 'Try again', onClick: () => void result.refetch() }}>
        {result.error.message}
      </StatusMessage>
    );
  }
  const { paths } = result.data;
  const partialNote = partialPathsNote(result.data, MAX_STEPS);
  const filterNote = useFilters ? ' Only ties and meetings the current filters show were followed.' : '';
  const tiesNote = request.tiesOnly ? ' Through ties only: shared meetings were left out.' : '';

  if (paths.length === 0) {
    return (
      <StatusMessage kind="empty">
        {`${noPathMessage(result.data, MAX_STEPS, `${name(request.from)} and ${name(request.to)}`)}${tiesNote}${filterNote}`}
        {partialNote && <span className={styles.partial}> {partialNote}</span>}
      </StatusMessage>
    );
  }
  return (
    <div className={styles.results}>
      <p className={styles.count} role="status">
        {paths.length === 1 ? '1 path found' : `${paths.length} paths found (shortest first)`}
        {tiesNote}
        {filterNote}
      </p>
      {partialNote && (
        <p className={styles.partial} role="note">
          {partialNote}
        </p>
      )}
      {activePath >= paths.length && (
        <p className={styles.note} role="note">
          The link shows path {activePath + 1}, but {paths.length === 1 ? 'only 1 path is' : `only ${paths.length} paths are`} found now: choose one.
        </p>
      )}
      {paths.length > 1 && places.size < paths.reduce((sum, path) => sum + path.steps.length, 0) && (
        <p className={styles.note}>A step shared by several paths shows its quotes under the first of them; the others point to it.</p>
      )}
      <ol className={styles.paths}>
        {paths.map((path, index) => (
          <PathItem
            key={index}
            index={index}
            steps={path.steps}
            name={name}
            active={index === activePath}
            onActivate={onActivePathChange}
            places={places}
            quotesId={(place) => `${quotesId}-quotes-${place.path}-${place.step}`}
          />
        ))}
      </ol>
    </div>
  );
}

interface PathItemProps {
  index: number;
  steps: PathStep[];
  name: (id: string) => string;
  active: boolean;
  onActivate: (index: number) => void;
  places: ReadonlyMap<string, StepPlace>;
  /** The element id of the quotes shown at a place, for the steps that refer to them. */
  quotesId: (place: StepPlace) => string;
}

/** One path: a toggle that shows it on the graph, then each step in words with the quotes that back it. */
function PathItem({ index, steps, name, active, onActivate, places, quotesId }: PathItemProps) {
  const chain = [steps[0]?.from, ...steps.map((step) => step.to)].filter((id): id is string => id !== undefined).map(name);
  return (
    <li className={active ? `${styles.path} ${styles.activePath}` : styles.path}>
      <button type="button" className={styles.pathButton} aria-pressed={active} onClick={() => onActivate(index)}>
        <span className={styles.pathTitle}>
          Path {index + 1} · {steps.length === 1 ? '1 step' : `${steps.length} steps`}
        </span>
        <span className={styles.chain}>{chain.join(' — ')}</span>
      </button>
      <ol className={styles.steps}>
        {steps.map((step, stepIndex) => {
          const first = places.get(claimIdOf(step)) ?? { path: index, step: stepIndex };
          const here = first.path === index && first.step === stepIndex;
          return (
            <li key={stepIndex} className={styles.step}>
              <StepSentence step={step} name={name} />
              {here ? (
                <Citations id={quotesId(first)} citations={step.citations} />
              ) : (
                <QuotesElsewhere count={step.citations.length} place={first} targetId={quotesId(first)} />
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

/** Stands for the quotes of a step already shown under an earlier path: says where, and takes the reader there. */
function QuotesElsewhere({ count, place, targetId }: { count: number; place: StepPlace; targetId: string }) {
  const where = `path ${place.path + 1}, step ${place.step + 1}`;
  return (
    <p className={styles.elsewhere}>
      {count === 1 ? 'Its quote is' : `Its ${count} quotes are`} shown under{' '}
      <button
        type="button"
        className={styles.elsewhereLink}
        onClick={() => {
          const target = document.getElementById(targetId);
          target?.scrollIntoView({ block: 'nearest' });
          target?.focus();
        }}
      >
        {where}
      </button>
      .
    </p>
  );
}

function participantRole(step: Extract<PathStep, { via: 'meeting' }>, actorId: string): string {
  return step.meeting.participants.find((participant) => participant.actorId === actorId)?.role ?? 'participant';
}

/**
 * A step in words. A tie is said in its own direction (subject verb object), which can run against the walk:
 * the path may go from Hamas to Qatar over "Qatar mediates for Hamas".
 */
function StepSentence({ step, name }: { step: PathStep; name: (id: string) => string }) {
  if (step.via === 'tie') {
    return <p className={styles.sentence}>{describeTie(name(step.tie.subjectId), step.tie.type, name(step.tie.objectId), step.tie.cameoCode)}</p>;
  }
  const { meeting } = step;
  const roles = `${name(step.from)} as ${participantRole(step, step.from)}, ${name(step.to)} as ${participantRole(step, step.to)}`;
  return (
    <p className={styles.sentence}>
      {`${name(step.from)} — took part with — ${name(step.to)} in “${meeting.title}” (${roles})`}
      <span className={styles.meta}>
        {MEETING_KIND_LABELS[meeting.kind]} · {meeting.date ?? 'undated'}
      </span>
    </p>
  );
}

function Citations({ id, citations }: { id: string; citations: CitationDetails[] }) {
  if (citations.length === 0) return null;
  return (
    // Focusable only from a step that refers to these quotes.
    <ul id={id} tabIndex={-1} className={styles.citations} aria-label="Citations">
      {citations.map((citation, index) => (
        <li key={`${citation.source.id}-${index}`} className={styles.citation}>
          <blockquote lang={citation.source.language} className={styles.quote}>
            {citation.quote}
          </blockquote>
          <p className={styles.source}>
            <cite>{citation.source.title}</cite>
            {' · source graded '}
            <abbr title={`Source reliability: ${RELIABILITY_LABELS[citation.source.reliability]}`}>{citation.source.reliability}</abbr>
            {' · '}
            {`${citation.credibility} — ${CREDIBILITY_LABELS[citation.credibility] ?? 'Credibility unknown'}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
