'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { lineClaimsQuery, meetingDetailsQuery } from '@/lib/api-client';
import { elementRef, type ElementRef } from '@/lib/element-refs';
import { lineSentence } from '@/lib/fold';
import type { ViewPicture } from '@/lib/graph';
import { pairElementIds, rankBrokers, type Broker, type BrokeredPair, type ViewMeasures } from '@/lib/measures';
import { plural } from '@/lib/words';
import type { ViewState } from '@/lib/view-state';
import { StatusMessage } from '../StatusMessage';
import { CitationList } from './CitationList';
import { claimRef, LineClaimItem } from './LineDetails';
import styles from './AnalysisPanel.module.css';

/** A pair a broker links, as the canvas highlights it: the broker between the two. */
export interface BrokerPath {
  broker: string;
  a: string;
  b: string;
}

/** The canvas ids of a broker's path: the three actors, and what draws each of its two steps. */
export function brokerPathElementIds(picture: Pick<ViewPicture, 'lines' | 'meetings'>, { broker, a, b }: BrokerPath): Set<string> {
  return new Set([
    ...[a, broker, b].map((id) => elementRef.actor(id)),
    ...pairElementIds(picture, a, broker).canvasIds,
    ...pairElementIds(picture, broker, b).canvasIds,
  ]);
}

/** How many claims of a step's line the panel quotes; the line in Details lists them all. */
const QUOTED_CLAIMS = 2;
/** How many brokers the panel ranks. */
const BROKERS_LISTED = 10;

export interface AnalysisPanelProps {
  picture: ViewPicture;
  measures: ViewMeasures | null;
  view: ViewState;
  shown: BrokerPath | null;
  onShow: (path: BrokerPath | null) => void;
  /** Opens a record (an actor, a claim) in Details, with the actors it needs in view. */
  onOpen: (ref: ElementRef, actorIds: string[]) => void;
}

const sameAs = (shown: BrokerPath | null, broker: string, pair: BrokeredPair) => shown?.broker === broker && shown.a === pair.a && shown.b === pair.b;

/** "4 steps apart without MİT", "not linked at all without Israel". */
function detour(pair: BrokeredPair, brokerName: string): string {
  return pair.otherwise === null ? `not linked at all without ${brokerName}` : `${pair.otherwise} steps apart without ${brokerName}`;
}

/**
 * The brokers of the view, ranked by betweenness on the picture as drawn, each with the pairs of its neighbours it
 * links that would otherwise be far apart; choosing a pair highlights the two steps on the canvas and quotes them.
 */
export function AnalysisPanel({ picture, measures, view, shown, onShow, onOpen }: AnalysisPanelProps) {
  const headingId = useId();
  const names = useMemo(() => new Map(picture.actors.map((actor) => [actor.id, actor.name])), [picture]);
  const name = (id: string) => names.get(id) ?? id;
  const brokers = useMemo(
    () => (measures ? rankBrokers(measures.graph, measures.values.betweenness, measures.values.degree, { limit: BROKERS_LISTED }) : null),
    [measures],
  );
  const actors = picture.actors.length;

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>Brokers of this view</h2>
      <p className={styles.intro}>
        Who lies on the shortest chains between the other actors in view (betweenness, counted in steps), computed on the{' '}
        {plural(actors, 'actor', 'actors', (count) => count.toLocaleString('en'))} and the lines drawn, with the filters applied; each with the pairs
        of its neighbours that it links and that would otherwise be far apart.
      </p>
      {!brokers && <StatusMessage kind="loading">Measuring the view…</StatusMessage>}
      {brokers?.length === 0 && (
        <StatusMessage kind="empty">
          {actors < 3 ? 'A broker needs at least three actors in view.' : 'No actor of this view lies between two others: each pair is linked directly or not at all.'}
        </StatusMessage>
      )}
      {brokers && brokers.length > 0 && (
        <ol className={styles.brokers} aria-label="Brokers, ranked">
          {brokers.map((broker, index) => (
            <BrokerItem key={broker.id} rank={index + 1} broker={broker} name={name} shown={shown} onShow={onShow} onOpen={onOpen} picture={picture} view={view} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface BrokerItemProps extends Pick<AnalysisPanelProps, 'shown' | 'onShow' | 'onOpen' | 'picture' | 'view'> {
  rank: number;
  broker: Broker;
  name: (id: string) => string;
}

function BrokerItem({ rank, broker, name, shown, onShow, onOpen, picture, view }: BrokerItemProps) {
  const brokerName = name(broker.id);
  return (
    <li className={styles.broker} data-testid="broker">
      <h3>
        {rank}.{' '}
        <button type="button" className="link-button" onClick={() => onOpen(elementRef.actor(broker.id), [broker.id])}>
          {brokerName}
        </button>
      </h3>
      <p className={styles.note}>
        On {(broker.betweenness * 100).toPrecision(2)} % of the shortest chains between two other actors in view · {plural(broker.neighbours, 'neighbour', 'neighbours')}
      </p>
      {broker.pairs.length === 0 ? (
        <p className={styles.note}>Every two of its neighbours are also linked another way as short.</p>
      ) : (
        <ul className={styles.pairs} aria-label={`Pairs ${brokerName} links`}>
          {broker.pairs.map((pair) => {
            const active = sameAs(shown, broker.id, pair);
            return (
              <li key={`${pair.a}~${pair.b}`}>
                <button
                  type="button"
                  className={styles.pairButton}
                  aria-pressed={active}
                  onClick={() => onShow(active ? null : { broker: broker.id, a: pair.a, b: pair.b })}
                >
                  <span className={styles.pairNames}>
                    {name(pair.a)} and {name(pair.b)}
                  </span>
                  <span className={styles.pairDistance}>
                    2 steps through {brokerName}; {detour(pair, brokerName)}
                  </span>
                </button>
                {active && <PathQuotes path={{ broker: broker.id, ...pair }} name={name} picture={picture} view={view} onOpen={onOpen} />}
              </li>
            );
          })}
        </ul>
      )}
      {broker.pairCount > broker.pairs.length && (
        <p className={styles.note}>
          …and {plural(broker.pairCount - broker.pairs.length, 'other pair', 'other pairs')} of its neighbours farther apart without it.
        </p>
      )}
      {broker.neighboursSeen < broker.neighbours && (
        <p className={styles.note}>Pairs looked for among its {broker.neighboursSeen} best-connected neighbours in view.</p>
      )}
    </li>
  );
}

interface StepProps {
  from: string;
  to: string;
  name: (id: string) => string;
  picture: Pick<ViewPicture, 'lines' | 'meetings'>;
  view: ViewState;
  onOpen: AnalysisPanelProps['onOpen'];
}

/** The two steps of a broker's path, highlighted on the canvas, each with the quotes that back it. */
function PathQuotes({ path, ...step }: { path: BrokerPath } & Omit<StepProps, 'from' | 'to'>) {
  return (
    <ol className={styles.steps} aria-label={`Between ${step.name(path.a)} and ${step.name(path.b)} through ${step.name(path.broker)}`}>
      <PathStep from={path.a} to={path.broker} {...step} />
      <PathStep from={path.broker} to={path.b} {...step} />
    </ol>
  );
}

function PathStep({ from, to, name, picture, view, onOpen }: StepProps) {
  const { lines, meetings } = pairElementIds(picture, from, to);
  const line = picture.lines.find((candidate) => candidate.id === lines[0]);
  const others = lines.length + meetings.length - 1;
  return (
    <li className={styles.step}>
      {line ? <LineQuotes lineId={line.id} title={lineSentence(line, name)} ends={[from, to]} name={name} view={view} onOpen={onOpen} /> : meetings[0] && <MeetingQuotes meetingId={meetings[0]} />}
      {others > 0 && (
        <p className={styles.note}>
          {name(from)} and {name(to)} share {plural(others, 'other line or meeting', 'other lines or meetings')} in view: select them on the graph to read them.
        </p>
      )}
    </li>
  );
}

function LineQuotes({ lineId, title, ends, name, view, onOpen }: { lineId: string; title: string; ends: string[] } & Pick<StepProps, 'name' | 'view' | 'onOpen'>) {
  const { data, error, isPending } = useQuery(lineClaimsQuery(view, lineId, 1));
  return (
    <>
      <h4>{title}</h4>
      {isPending && <StatusMessage kind="loading">Loading its quotes…</StatusMessage>}
      {error && <StatusMessage kind="error">{error.message}</StatusMessage>}
      {data && (
        <ol>
          {data.claims.slice(0, QUOTED_CLAIMS).map((claim) => (
            <LineClaimItem key={claimRef(claim)} claim={claim} name={name} onOpen={() => onOpen(claimRef(claim), ends)} />
          ))}
        </ol>
      )}
      {data && data.total > QUOTED_CLAIMS && (
        <p className={styles.note}>
          The {plural(data.total - QUOTED_CLAIMS, 'other claim', 'other claims')} of this line: select it on the graph.
        </p>
      )}
    </>
  );
}

function MeetingQuotes({ meetingId }: { meetingId: string }) {
  const { data, error, isPending } = useQuery(meetingDetailsQuery(meetingId));
  if (isPending) return <StatusMessage kind="loading">Loading its quotes…</StatusMessage>;
  if (error) return <StatusMessage kind="error">{error.message}</StatusMessage>;
  return (
    <>
      <h4>Met in “{data.meeting.title}”</h4>
      <CitationList citations={data.citations} />
    </>
  );
}
