'use client';

import { useQuery } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { pathQuery, pictureQuery, type PathRequest } from '@/lib/api-client';
import { countHidden } from '@/lib/filters';
import { FOLD_MODE_LABELS, FOLD_MODE_MEANINGS, FOLD_MODES, type FoldMode } from '@/lib/fold';
import { MEETING_CONNECTION, type ActorSearchHit, type PathStep, type ViewPicture } from '@/lib/graph';
import { summarizePicture } from '@/lib/picture';
import { elementRef, idOfRef, recordOfElement, type ElementRef } from '@/lib/element-refs';
import { LAYOUT_NAMES, viewChanges, type LayoutName, type ViewFilters, type ViewState } from '@/lib/view-state';
import type { AuthoringOutcome, AuthoringTask } from '../authoring/tasks';
import { usePermissions } from '../authoring/usePermissions';
import { toElements } from '../graph/elements';
import { Legend } from '../Legend';
import { AnalysisPanel, brokerPathElementIds, type BrokerPath } from './AnalysisPanel';
import { StatusMessage } from '../StatusMessage';
import { DetailsPanel, type DetailsActions } from './DetailsPanel';
import { DetailsFocusProvider, useDetailsFocusRequest } from './details-focus';
import { describeHidden, FilterPanel } from './FilterPanel';
import { PathPanel } from './PathPanel';
import { canvasIdOf, overviewNotice, viewCutNotice } from './picture-notes';
import { pathActorIds, pathElementIds } from './path-highlight';
import { SearchBox } from './SearchBox';
import { ShareMenu } from './ShareMenu';
import { ChangesPanel } from './ChangesPanel';
import { useLastVisit } from './last-visit';
import { TimeBar } from './TimeBar';
import { TimelinePanel } from './TimelinePanel';
import { useViewMeasures } from './useViewMeasures';
import { useViewState } from './useViewState';
import { useHydrated } from '../use-hydrated';
import { ViewTable } from './ViewTable';

// The canvas's chunk (Cytoscape and fcose, the largest script of the page) is not among the page's first scripts;
// the page announces it in its head (PreloadGraphCanvas), so that the browser fetches it while the first picture
// is on its way.
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

const SEARCH_INPUT_ID = 'explorer-search';
const SKIP_LINKS = [
  ['search', 'Skip to search'],
  ['canvas', 'Skip to the graph'],
  ['details', 'Skip to details'],
] as const;

const TABS = ['details', 'paths', 'analysis', 'meetings', 'changes', 'table'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = { details: 'Details', paths: 'Paths', analysis: 'Analysis', meetings: 'Meetings', changes: 'Changes', table: 'Table' };

/** Paths restricted to what the filters show: the tie types they keep (meetings always), the sources they trust. */
function pathRequestFor(path: ViewState['path'], filters: ViewFilters | null): PathRequest | null {
  if (!path) return null;
  // Which path is shown is not part of the search: choosing another must not search again.
  const search = { from: path.from, to: path.to, tiesOnly: path.tiesOnly };
  if (!filters) return search;
  return {
    ...search,
    connections: filters.types ? [...filters.types, MEETING_CONNECTION] : undefined,
    minReliability: filters.minReliability ?? undefined,
  };
}

/** A click on a participation line selects its meeting; everything else is selected as itself. */
function refFromCanvasId(id: string): ElementRef {
  const record = recordOfElement(id);
  return record?.kind === 'meeting' ? elementRef.meeting(record.id) : (id as ElementRef);
}

export function Explorer({ initialView, linkNotices }: { initialView: ViewState; linkNotices: string[] }) {
  const [view, update] = useViewState(initialView);
  const [tab, setTab] = useState<Tab>(initialView.path ? 'paths' : initialView.since && !initialView.selected ? 'changes' : 'details');
  const [cy, setCy] = useState<Core | null>(null);
  const [notices, setNotices] = useState(linkNotices);
  const [pathUsesFilters, setPathUsesFilters] = useState(false);
  /** An actor chosen with "Find paths from here", waiting for a destination. */
  const [pathStart, setPathStart] = useState<string | null>(null);
  /** The authoring dialog open now (a form, a delete confirmation, a history), if any. */
  const [task, setTask] = useState<AuthoringTask | null>(null);
  const can = usePermissions();
  /** Read when the explorer opens, which records this visit in its place. */
  const lastVisit = useLastVisit();
  /** Choosing a record moves the focus to its heading in Details, where its quotes are. */
  const detailsFocus = useDetailsFocusRequest();
  const { requestFocus } = detailsFocus;

  /** What each expansion added, last first, so that "Undo last expansion" takes back exactly that. */
  const [expansions, setExpansions] = useState<string[][]>([]);
  /** The folded line a claim was opened from, so that the canvas keeps it selected while Details shows the claim. */
  const [openedFrom, setOpenedFrom] = useState<{ claim: ElementRef; line: ElementRef } | null>(null);
  /** Bumped by "Re-arrange" to lay the picture out again. */
  const [arrangement, setArrangement] = useState(0);
  /** The pair a broker links that the Analysis tab shows on the canvas. */
  const [brokerPath, setBrokerPath] = useState<BrokerPath | null>(null);

  const active = useQuery(pictureQuery(view));
  // The server draws the first picture as loading (its answer streams in after the page); the browser may hold that
  // answer by the time it hydrates. Until hydration ends it draws what the server drew, else React throws the page
  // away and a click made meanwhile is lost.
  const hydrated = useHydrated();
  const picture: ViewPicture | undefined = hydrated ? active.data : undefined;
  const loading = !hydrated || active.isPending;
  const missing = picture?.missing ?? [];

  const currentIds = useMemo(() => view.actors ?? picture?.actors.map((actor) => actor.id) ?? [], [view.actors, picture]);
  const actorNames = useMemo(() => new Map(picture?.actors.map((actor) => [actor.id, actor.name]) ?? []), [picture]);
  const { measures, appearance, legend } = useViewMeasures(picture, view, tab === 'analysis', actorNames);
  const elements = useMemo(() => (picture ? toElements(picture, appearance, picture.changes) : []), [picture, appearance]);
  const drawnIds = useMemo(() => new Set(elements.map((element) => element.data.id as string)), [elements]);
  // The toolbar gives it one line of its own, cut when long; its title says it whole.
  const viewCounts = picture
    ? `${summarizePicture(picture)}${countHidden(picture.hiddenByFilters) > 0 ? ` · filters hide ${describeHidden(picture.hiddenByFilters)}` : ''}`
    : '';

  const pathRequest = pathRequestFor(view.path, pathUsesFilters ? view.filters : null);
  const activePath = view.path?.index ?? 0;
  const paths = useQuery(pathQuery(pathRequest));
  const shownPath = pathRequest ? paths.data?.paths[activePath] : undefined;
  const shownBrokerPath = tab === 'analysis' ? brokerPath : null;
  const highlighted = useMemo(() => {
    if (!picture) return null;
    if (shownBrokerPath) return brokerPathElementIds(picture, shownBrokerPath);
    return shownPath ? pathElementIds(shownPath.steps, picture, drawnIds) : null;
  }, [shownPath, shownBrokerPath, picture, drawnIds]);
  const canvasSelected = picture ? canvasIdOf(view.selected, picture, drawnIds, openedFrom) : null;

  // The actors on the path being shown join the view, so that the highlighted chain is complete. currentIds only
  // matters before any actor was chosen; a change of it must not add the path again, hence an effect event.
  const addPathActors = useEffectEvent((steps: PathStep[]) =>
    update((state) => viewChanges.addActors(state, state.actors ?? currentIds, pathActorIds(steps))),
  );
  useEffect(() => {
    if (shownPath) addPathActors(shownPath.steps);
  }, [shownPath]);

  const addAndSelect = useCallback(
    (ref: ElementRef | null, actorIds: string[], line?: ElementRef) => {
      setOpenedFrom(ref && line ? { claim: ref, line } : null);
      update((state) => viewChanges.select(viewChanges.addActors(state, state.actors ?? currentIds, actorIds), ref));
    },
    [update, currentIds],
  );

  /** Shows a record chosen by the analyst in Details and moves the focus there. */
  const showInDetails = useCallback(() => {
    setTab('details');
    requestFocus();
  }, [requestFocus]);

  /** A record chosen in a list (search, analysis, meetings, changes): its actors join the view, Details shows it. */
  const openInDetails = (ref: ElementRef, actorIds: string[]) => {
    addAndSelect(ref, actorIds);
    showInDetails();
  };

  const actions: DetailsActions = {
    // The button chosen goes away with the record it was part of: the focus goes to the record shown instead.
    select: (ref, actorIds, line) => {
      addAndSelect(ref, actorIds, line);
      requestFocus();
    },
    addActors: (actorIds) => {
      const added = actorIds.filter((id) => !currentIds.includes(id));
      if (added.length) setExpansions((stack) => [added, ...stack]);
      addAndSelect(view.selected, actorIds);
    },
    focusOn: (actorId, neighbourIds) => update((state) => viewChanges.focusOn(state, actorId, neighbourIds)),
    removeActor: (actorId) => update((state) => viewChanges.removeActor(state, state.actors ?? currentIds, actorId)),
    hide: (ref) => update((state) => viewChanges.hide(state, ref)),
    pathFrom: (actorId) => {
      setPathStart(actorId);
      update((state) => viewChanges.setPath(state, null));
      setTab('paths');
    },
    author: setTask,
    inView: new Set(currentIds),
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
    const removedActorId = idOfRef(ref, 'actor');
    update((state) =>
      removedActorId
        ? viewChanges.removeActor(state, state.actors ?? currentIds, removedActorId)
        : viewChanges.select(state, state.selected === ref ? null : state.selected),
    );
  };

  const chooseFromSearch = (hit: ActorSearchHit) => openInDetails(elementRef.actor(hit.id), [hit.id]);

  /** A skip link's target: the search box, the canvas, or the heading of what Details shows (the panel when empty). */
  const skipTo = (target: 'search' | 'canvas' | 'details') => {
    if (target === 'details') {
      showInDetails();
      // With nothing selected there is no heading to take the focus: the panel takes it.
      if (!view.selected) requestAnimationFrame(() => document.getElementById('panel-details')?.focus());
      return;
    }
    document.getElementById(target === 'search' ? SEARCH_INPUT_ID : 'graph-canvas-frame')?.focus();
  };

  const selectFromCanvas = useCallback(
    (id: string | null) => {
      setOpenedFrom(null);
      update((state) => viewChanges.select(state, id ? refFromCanvasId(id) : null));
      if (id) setTab('details');
    },
    [update],
  );

  const undoExpansion = () => {
    const [last, ...rest] = expansions;
    if (!last) return;
    setExpansions(rest);
    update((state) => viewChanges.removeActors(state, state.actors ?? currentIds, last));
  };

  const linkNoticesNow = [
    ...notices,
    ...(missing.length ? [`${missing.length === 1 ? 'This actor of the link no longer exists' : 'These actors of the link no longer exist'}: ${missing.join(', ')}.`] : []),
  ];
  const aboutOverview = picture?.overview ? overviewNotice(picture) : null;
  const aboutCut = picture ? viewCutNotice(picture) : null;
  const filtersHideAll = picture !== undefined && elements.length === 0 && countHidden(picture.hiddenByFilters) > 0;

  return (
    <div className="explorer">
      <nav className="skip-links" aria-label="Skip to">
        {SKIP_LINKS.map(([target, label]) => (
          <a
            key={target}
            href={`#${target}`}
            onClick={(event) => {
              event.preventDefault();
              skipTo(target);
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      <aside className="left-pane" aria-label="Search and filters">
        <SearchBox label="Find an actor" placeholder="Name or alias, e.g. erdogan, MİT, Haniye" onChoose={chooseFromSearch} inputId={SEARCH_INPUT_ID} />
        {(can.write || can.administer) && (
          <div className="button-row" role="group" aria-label="Record">
            {can.write && (
              <>
                <button type="button" onClick={() => setTask({ kind: 'new-actor' })}>
                  New actor
                </button>
                <button type="button" onClick={() => setTask({ kind: 'new-tie' })}>
                  New tie
                </button>
                <button type="button" onClick={() => setTask({ kind: 'new-meeting' })}>
                  New meeting
                </button>
                <Link href="/extract" className="link-button">
                  From a report…
                </Link>
              </>
            )}
            {can.administer && (
              <Link href="/deleted" className="link-button">
                Deleted records
              </Link>
            )}
          </div>
        )}
        {picture && (
          <FilterPanel
            filters={view.filters}
            hiddenByFilters={picture.hiddenByFilters}
            onChange={(change) => update((state) => viewChanges.setFilters(state, change))}
            onReset={() => update((state) => viewChanges.resetFilters(state))}
          />
        )}
        <Legend
          appearance={{
            size: view.size,
            colour: view.colour,
            onSize: (size) => update((state) => viewChanges.setSize(state, size)),
            onColour: (colour) => update((state) => viewChanges.setColour(state, colour)),
            legend,
          }}
        />
      </aside>

      <section className="canvas-pane" aria-label="Graph">
        {linkNoticesNow.length > 0 && (
          <div className="notice" role="status">
            <p>Part of this link could not be used: {linkNoticesNow.join(' ')}</p>
            <button type="button" onClick={() => setNotices([])} aria-label="Dismiss the notice">
              ×
            </button>
          </div>
        )}
        {aboutOverview && (
          <p className="overview-note" role="status" data-testid="overview-note">
            {aboutOverview}
          </p>
        )}
        {aboutCut && (
          <p className="overview-note" role="status" data-testid="view-cut-note">
            {aboutCut}
          </p>
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
          <label title={picture ? FOLD_MODE_MEANINGS[picture.fold] : undefined}>
            Lines{' '}
            <select
              value={picture?.fold ?? view.fold ?? 'type'}
              onChange={(event) => update((state) => viewChanges.setFold(state, event.target.value as FoldMode))}
              aria-describedby="fold-meaning"
            >
              {FOLD_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {FOLD_MODE_LABELS[mode]}
                  {picture?.chosenFold === null && picture.fold === mode && mode === 'family' ? ' (dense view)' : ''}
                </option>
              ))}
            </select>
            <span id="fold-meaning" hidden>
              {picture ? FOLD_MODE_MEANINGS[picture.fold] : ''}
            </span>
          </label>
          <button type="button" onClick={() => cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 })} disabled={!cy}>
            Fit
          </button>
          <button type="button" onClick={() => setArrangement((count) => count + 1)} disabled={!cy} title="Lay the picture out again">
            Re-arrange
          </button>
          <button type="button" onClick={() => cy && cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => cy && cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: center(cy) })} disabled={!cy} aria-label="Zoom out">
            −
          </button>
          {expansions.length > 0 && (
            <button type="button" onClick={undoExpansion} title={`Takes the ${expansions[0]!.length} actors the last expansion added out of the view`}>
              Undo last expansion
            </button>
          )}
          {view.hidden.length > 0 && (
            <button type="button" onClick={() => update((state) => viewChanges.showHidden(state))}>
              Show {view.hidden.length} hidden
            </button>
          )}
          <ShareMenu view={view} cy={cy} />
          <span className="view-counts" role="status" data-testid="view-summary" title={viewCounts}>
            {viewCounts}
            {active.isFetching && !loading && ' · updating…'}
          </span>
        </div>
        {loading && <StatusMessage kind="loading">Loading the graph…</StatusMessage>}
        {hydrated && active.error && !picture && (
          <StatusMessage kind="error" action={{ label: active.isFetching ? 'Retrying…' : 'Try again', onClick: () => void active.refetch() }}>
            {active.error.message}
          </StatusMessage>
        )}
        {picture && picture.actors.length === 0 && !filtersHideAll && (
          <StatusMessage kind="empty">
            {view.actors !== null
              ? 'This view has no actors: search for one to start.'
              : picture.overview?.actorsInGraph
                ? `None of the ${picture.overview.actorsInGraph.toLocaleString('en')} actors has a tie or a meeting with another yet: search for one to start.`
                : 'The graph is empty: no actors have been recorded yet.'}
          </StatusMessage>
        )}
        {filtersHideAll && (
          <StatusMessage kind="empty" action={{ label: 'Reset filters', onClick: () => update((state) => viewChanges.resetFilters(state)) }}>
            The filters hide everything in this view ({describeHidden(picture.hiddenByFilters)}).
          </StatusMessage>
        )}
        {picture && (
          <GraphCanvas
            elements={elements}
            layout={view.layout}
            selected={canvasSelected}
            highlighted={highlighted}
            onSelect={selectFromCanvas}
            onOpen={showInDetails}
            onReady={setCy}
            arrangement={arrangement}
          />
        )}
        {picture && (
          <TimeBar
            timeline={picture.timeline}
            filters={view.filters}
            chosenBin={view.timeBin}
            busy={active.isFetching}
            onWindowChange={(range) => update((state) => viewChanges.setFilters(state, range))}
            onBinChange={(bin) => update((state) => viewChanges.setTimeBin(state, bin))}
          />
        )}
      </section>

      <aside className="right-pane" aria-label="Details, paths, analysis, meetings, changes and table">
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
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel" tabIndex={-1}>
          {tab === 'details' && (
            <DetailsFocusProvider value={detailsFocus.value}>
              <DetailsPanel selected={view.selected} view={view} actions={actions} />
            </DetailsFocusProvider>
          )}
          {tab === 'paths' && (
            <PathPanel
              key={pathStart ?? 'paths'}
              initialFrom={pathStart ? { id: pathStart, name: actorNames.get(pathStart) ?? pathStart } : null}
              request={pathRequest}
              onRequest={(from, to, tiesOnly) => update((state) => viewChanges.setPath(state, { from: from.id, to: to.id, index: 0, tiesOnly }))}
              onClear={() => {
                setPathStart(null);
                update((state) => viewChanges.setPath(state, null));
              }}
              useFilters={pathUsesFilters}
              onUseFiltersChange={setPathUsesFilters}
              onTiesOnlyChange={(tiesOnly) => update((state) => viewChanges.setPathTiesOnly(state, tiesOnly))}
              activePath={activePath}
              onActivePathChange={(index) => update((state) => viewChanges.showPath(state, index))}
              actorNames={actorNames}
            />
          )}
          {tab === 'analysis' && picture && (
            <AnalysisPanel
              picture={picture}
              measures={measures}
              view={view}
              shown={brokerPath}
              onShow={setBrokerPath}
              onOpen={openInDetails}
            />
          )}
          {tab === 'meetings' && (
            <TimelinePanel
              actorsInView={picture?.actors ?? []}
              selectedMeetingId={idOfRef(view.selected, 'meeting')}
              onShowMeeting={(meeting) => openInDetails(elementRef.meeting(meeting.id), meeting.participants.map((participant) => participant.actorId))}
            />
          )}
          {tab === 'changes' && (
            <ChangesPanel
              since={view.since}
              lastVisit={lastVisit}
              marks={picture?.changes ?? null}
              onSinceChange={(since) => update((state) => viewChanges.setSince(state, since))}
              onShow={(change) => openInDetails(elementRef[change.kind](change.id), change.actorIds)}
            />
          )}
          {tab === 'table' && picture && (
            <ViewTable
              picture={picture}
              selected={view.selected}
              onSelect={(ref) => {
                update((state) => viewChanges.select(state, ref));
                showInDetails();
              }}
            />
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
