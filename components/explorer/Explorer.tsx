'use client';

import { useQuery } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { overviewQuery, pathQuery, viewQuery, type PathRequest } from '@/lib/api-client';
import { applyFilters, countHidden } from '@/lib/filters';
import { MEETING_CONNECTION, type ActorSearchHit, type GraphData } from '@/lib/graph';
import { LAYOUT_NAMES, viewChanges, type ElementRef, type LayoutName, type ViewFilters, type ViewState } from '@/lib/view-state';
import type { AuthoringOutcome, AuthoringTask } from '../authoring/tasks';
import { usePermissions } from '../authoring/usePermissions';
import { toElements } from '../graph/elements';
import { Legend } from '../Legend';
import { StatusMessage } from '../StatusMessage';
import { DetailsPanel, type DetailsActions } from './DetailsPanel';
import { describeHidden, FilterPanel } from './FilterPanel';
import { PathPanel } from './PathPanel';
import { pathActorIds, pathElementIds } from './path-highlight';
import { SearchBox } from './SearchBox';
import { ShareMenu } from './ShareMenu';
import { TimelinePanel } from './TimelinePanel';
import { useViewState } from './useViewState';
import { summarizeView } from './view-summary';
import { ViewTable } from './ViewTable';

// The canvas's chunk (Cytoscape and fcose, the largest script of the page) is not among the page's first scripts:
// rendered on the server (an empty container; Cytoscape starts in an effect), it is announced in the page's head
// with a preload, so that the browser fetches it alongside them instead of once hydration asks for it.
const GraphCanvas = dynamic(() => import('../graph/GraphCanvas'), {
  loading: () => <StatusMessage kind="loading">Drawing the graph…</StatusMessage>,
});

// The authoring forms and their validation load when a dialog first opens, so that the page's first scripts,
// run before the canvas can start, stay smaller. (The tabs stay in: a keyboard user tabs into a panel at once.)
const AuthoringDialogs = dynamic(() => import('../authoring/AuthoringDialogs').then((module) => module.AuthoringDialogs), { loading: () => null });

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric',
  circle: 'Circle',
  breadthfirst: 'Breadth-first',
  grid: 'Grid',
};

const TABS = ['details', 'paths', 'meetings', 'table'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = { details: 'Details', paths: 'Paths', meetings: 'Meetings', table: 'Table' };

/** Paths restricted to what the filters show: the tie types they keep (meetings always), the sources they trust. */
function pathRequestFor(path: ViewState['path'], filters: ViewFilters | null): PathRequest | null {
  if (!path) return null;
  if (!filters) return path;
  return {
    ...path,
    connections: filters.types ? [...filters.types, MEETING_CONNECTION] : undefined,
    minReliability: filters.minReliability ?? undefined,
  };
}

/** A click on a participation line selects its meeting; everything else is selected as itself. */
function refFromCanvasId(id: string): ElementRef {
  if (id.startsWith('participation:')) return `meeting:${id.split(':')[1]}`;
  return id as ElementRef;
}

export function Explorer({ initialView, linkNotices }: { initialView: ViewState; linkNotices: string[] }) {
  const [view, update] = useViewState(initialView);
  const [tab, setTab] = useState<Tab>(initialView.path ? 'paths' : 'details');
  const [cy, setCy] = useState<Core | null>(null);
  const [notices, setNotices] = useState(linkNotices);
  const [pathUsesFilters, setPathUsesFilters] = useState(false);
  const [activePath, setActivePath] = useState(0);
  /** An actor chosen with "Find paths from here", waiting for a destination. */
  const [pathStart, setPathStart] = useState<string | null>(null);
  /** The authoring dialog open now (a form, a delete confirmation, a history), if any. */
  const [task, setTask] = useState<AuthoringTask | null>(null);
  const can = usePermissions();

  const overview = useQuery({ ...overviewQuery(), enabled: view.actors === null });
  const chosen = useQuery({ ...viewQuery(view.actors ?? []), enabled: view.actors !== null });
  const active = view.actors === null ? overview : chosen;
  const graph: GraphData | undefined = active.data;
  const missing = view.actors !== null ? (chosen.data?.missing ?? []) : [];

  const currentIds = useMemo(() => view.actors ?? graph?.actors.map((actor) => actor.id) ?? [], [view.actors, graph]);
  const filtered = useMemo(() => (graph ? applyFilters(graph, view.filters, view.hidden) : null), [graph, view.filters, view.hidden]);
  const elements = useMemo(() => (filtered ? toElements(filtered.visible) : []), [filtered]);
  // The toolbar truncates it to stay one line; its title says it whole.
  const viewCounts = filtered
    ? `${summarizeView(filtered.visible)}${countHidden(filtered.hiddenByFilters) > 0 ? ` · filters hide ${describeHidden(filtered.hiddenByFilters)}` : ''}`
    : '';
  const actorNames = useMemo(() => new Map(graph?.actors.map((actor) => [actor.id, actor.name]) ?? []), [graph]);

  const pathRequest = pathRequestFor(view.path, pathUsesFilters ? view.filters : null);
  const paths = useQuery({ ...pathQuery(pathRequest ?? { from: '', to: '' }), enabled: pathRequest !== null });
  const shownPath = pathRequest ? paths.data?.paths[activePath] : undefined;
  const highlighted = useMemo(() => (shownPath ? pathElementIds(shownPath.steps) : null), [shownPath]);

  // The actors on the path being shown join the view, so that the highlighted chain is complete.
  useEffect(() => {
    if (shownPath) update((state) => viewChanges.addActors(state, state.actors ?? currentIds, pathActorIds(shownPath.steps)));
    // currentIds only matters before any actor was chosen; a change of it must not add the path again.
  }, [shownPath, update]);

  const addAndSelect = useCallback(
    (ref: ElementRef | null, actorIds: string[]) => {
      update((state) => viewChanges.select(viewChanges.addActors(state, state.actors ?? currentIds, actorIds), ref));
    },
    [update, currentIds],
  );

  const actions: DetailsActions = {
    select: (ref, actorIds) => addAndSelect(ref, actorIds),
    addActors: (actorIds) => addAndSelect(view.selected, actorIds),
    focusOn: (actorId, neighbourIds) => update((state) => viewChanges.focusOn(state, actorId, neighbourIds)),
    removeActor: (actorId) => update((state) => viewChanges.removeActor(state, state.actors ?? currentIds, actorId)),
    hide: (ref) => update((state) => viewChanges.hide(state, ref)),
    pathFrom: (actorId) => {
      setPathStart(actorId);
      update((state) => viewChanges.setPath(state, null));
      setTab('paths');
    },
    author: setTask,
  };

  /** After a save the explorer shows the record (its actors join the view); after a delete it forgets it. */
  const onAuthored = (outcome: AuthoringOutcome) => {
    setTask(null);
    if (outcome.kind === 'show') {
      addAndSelect(outcome.select, outcome.actorIds);
      setTab('details');
      return;
    }
    const { ref } = outcome;
    update((state) =>
      ref.startsWith('actor:')
        ? viewChanges.removeActor(state, state.actors ?? currentIds, ref.slice('actor:'.length))
        : viewChanges.select(state, state.selected === ref ? null : state.selected),
    );
  };

  const chooseFromSearch = (hit: ActorSearchHit) => {
    addAndSelect(`actor:${hit.id}`, [hit.id]);
    setTab('details');
  };

  const selectFromCanvas = useCallback(
    (id: string | null) => {
      update((state) => viewChanges.select(state, id ? refFromCanvasId(id) : null));
      if (id) setTab('details');
    },
    [update],
  );

  const omitted = view.actors === null ? (overview.data?.omitted ?? 0) : 0;
  const allNotices = [
    ...notices,
    ...(omitted
      ? [
          `This overview shows the ${graph?.actors.length ?? 0} best-connected actors and, to stay readable, leaves out ${omitted} ` +
            'of the ties and meetings among them. Search for an actor or expand one to see all of its ties.',
        ]
      : []),
    ...(missing.length ? [`${missing.length === 1 ? 'This actor' : 'These actors'} of the link no longer exist: ${missing.join(', ')}.`] : []),
  ];

  return (
    <div className="explorer">
      <aside className="left-pane" aria-label="Search and filters">
        <SearchBox label="Find an actor" placeholder="Name or alias, e.g. erdogan, MİT, Haniye" onChoose={chooseFromSearch} />
        {(can.write || can.administer) && (
          <div className="button-row" role="group" aria-label="Record">
            {can.write && (
              <>
                <button type="button" onClick={() => setTask({ kind: 'new-actor' })}>
                  New actor
                </button>
                <button type="button" onClick={() => setTask({ kind: 'new-relation' })}>
                  New tie
                </button>
                <button type="button" onClick={() => setTask({ kind: 'new-meeting' })}>
                  New meeting
                </button>
              </>
            )}
            {can.administer && (
              <Link href="/deleted" className="link-button">
                Deleted records
              </Link>
            )}
          </div>
        )}
        {filtered && (
          <FilterPanel
            filters={view.filters}
            hiddenByFilters={filtered.hiddenByFilters}
            onChange={(change) => update((state) => viewChanges.setFilters(state, change))}
            onReset={() => update((state) => viewChanges.resetFilters(state))}
          />
        )}
        <Legend />
      </aside>

      <section className="canvas-pane" aria-label="Graph">
        {allNotices.length > 0 && (
          <div className="notice" role="status">
            <p>Part of this link could not be used: {allNotices.join(' ')}</p>
            <button type="button" onClick={() => setNotices([])} aria-label="Dismiss the notice">
              ×
            </button>
          </div>
        )}
        <div className="toolbar" role="toolbar" aria-label="Graph view">
          <label>
            Layout{' '}
            <select value={view.layout} onChange={(event) => update((state) => viewChanges.setLayout(state, event.target.value as LayoutName))}>
              {LAYOUT_NAMES.map((name) => (
                <option key={name} value={name}>
                  {LAYOUT_LABELS[name]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => cy?.fit(undefined, 40)} disabled={!cy}>
            Fit
          </button>
          <button type="button" onClick={() => cy && cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => cy && cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom out">
            −
          </button>
          {view.hidden.length > 0 && (
            <button type="button" onClick={() => update((state) => viewChanges.showHidden(state))}>
              Show {view.hidden.length} hidden
            </button>
          )}
          <ShareMenu view={view} cy={cy} />
          <span className="view-counts" role="status" data-testid="view-summary" title={viewCounts}>
            {viewCounts}
            {active.isFetching && !active.isPending && ' · updating…'}
          </span>
        </div>
        {active.isPending && <StatusMessage kind="loading">Loading the graph…</StatusMessage>}
        {active.error && !graph && (
          <StatusMessage kind="error" action={{ label: active.isFetching ? 'Retrying…' : 'Try again', onClick: () => void active.refetch() }}>
            {active.error.message}
          </StatusMessage>
        )}
        {graph && graph.actors.length === 0 && (
          <StatusMessage kind="empty">
            {view.actors === null ? 'The graph is empty: no actors have been recorded yet.' : 'This view has no actors: search for one to start.'}
          </StatusMessage>
        )}
        {graph && (
          <GraphCanvas
            elements={elements}
            layout={view.layout}
            selected={view.selected}
            highlighted={highlighted}
            onSelect={selectFromCanvas}
            onReady={setCy}
          />
        )}
      </section>

      <aside className="right-pane" aria-label="Details, paths, meetings and table">
        <div role="tablist" aria-label="Panels" className="tabs">
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                const next = TABS[(TABS.indexOf(name) + step + TABS.length) % TABS.length]!;
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }}
            >
              {TAB_LABELS[name]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
          {tab === 'details' && <DetailsPanel selected={view.selected} actions={actions} />}
          {tab === 'paths' && (
            <PathPanel
              key={pathStart ?? 'paths'}
              initialFrom={pathStart ? { id: pathStart, name: actorNames.get(pathStart) ?? pathStart } : null}
              request={pathRequest}
              onRequest={(from, to) => {
                setActivePath(0);
                update((state) => viewChanges.setPath(state, { from: from.id, to: to.id }));
              }}
              onClear={() => {
                setPathStart(null);
                update((state) => viewChanges.setPath(state, null));
              }}
              useFilters={pathUsesFilters}
              onUseFiltersChange={setPathUsesFilters}
              activePath={activePath}
              onActivePathChange={setActivePath}
              actorNames={actorNames}
            />
          )}
          {tab === 'meetings' && (
            <TimelinePanel
              actorsInView={graph?.actors ?? []}
              selectedMeetingId={view.selected?.startsWith('meeting:') ? view.selected.slice('meeting:'.length) : null}
              onShowMeeting={(meeting) => addAndSelect(`meeting:${meeting.id}`, meeting.participants.map((participant) => participant.actorId))}
            />
          )}
          {tab === 'table' && filtered && (
            <ViewTable graph={filtered.visible} selected={view.selected} onSelect={(ref) => update((state) => viewChanges.select(state, ref))} />
          )}
        </div>
      </aside>
      {task && <AuthoringDialogs task={task} onClose={() => setTask(null)} onDone={onAuthored} />}
    </div>
  );
}

function center(cy: Core) {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}
