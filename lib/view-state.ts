import { z } from 'zod';
import { COLOUR_CHOICES, SIZE_CHOICES, type ColourChoice, type SizeChoice } from './appearance';
import { endsBeforeStart } from './dates';
import { ACTOR_KINDS, type ActorKind } from './schemas/actor';
import { entityIdSchema, partialDateSchema, RELIABILITY_GRADES, type PartialDate, type Reliability } from './schemas/common';
import { FOLD_MODES, type FoldMode } from './fold';
import { elementRef, elementRefSchema, upgradeLegacyFamilyRefs, type ElementRef } from './element-refs';
import { TIE_TYPE_NAMES, type TieType } from './taxonomy';
import { TIME_BINS, type TimeBin } from './timebar';
import { sinceSchema } from './changes';

/**
 * Everything that defines a view of the graph, and its one encoding in a URL. The server page and the browser
 * both read links with `parseViewState`, so a shared link shows a colleague what the sender saw; anything in a
 * link that is not understood is dropped and reported, never fatal.
 */

export const LAYOUT_NAMES = ['fcose', 'concentric', 'circle', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface ViewFilters {
  /** Actor kinds shown; all when null. */
  kinds: ActorKind[] | null;
  /** Tie types shown; all when null. */
  types: TieType[] | null;
  from: PartialDate | null;
  to: PartialDate | null;
  /** Whether ties and meetings with no date are shown. */
  undated: boolean;
  /** Only claims backed by a source graded at least this well; all when null. */
  minReliability: Reliability | null;
}

export interface ViewState {
  /** The actors in the view, in the order they came; null means "the overview" (no actors chosen yet). */
  actors: string[] | null;
  /** Elements in the view but hidden by the analyst. */
  hidden: ElementRef[];
  selected: ElementRef | null;
  layout: LayoutName;
  filters: ViewFilters;
  path: PathView | null;
  /** How claims are folded into lines (lib/fold.ts); null lets the view choose (by type, by family when dense). */
  fold: FoldMode | null;
  /** What sizes the actors: the lines they are drawn with, or a measure of the view (lib/appearance.ts). */
  size: SizeChoice;
  /** What colours the actors: their kind, their community in the view, or a measure of the view. */
  colour: ColourChoice;
  /** The time bar's bins (lib/timebar.ts); null lets the bar choose from the view's span. */
  timeBin: TimeBin | null;
  /** Marks on the canvas what changed since this day or moment (lib/changes.ts); null marks nothing. */
  since: string | null;
}

/**
 * "How is A connected to B?" as a link shows it: the two ends, which of the paths found is shown (0 the
 * shortest), and whether meetings are left out so that only ties count as steps.
 */
export interface PathView {
  from: string;
  to: string;
  index: number;
  tiesOnly: boolean;
}

/** The most paths the API lists (`limit` in pathParamsSchema): a link cannot show a later one. */
export const MAX_PATHS = 10;

export const DEFAULT_FILTERS: ViewFilters = {
  kinds: null,
  types: null,
  from: null,
  to: null,
  undated: true,
  minReliability: null,
};

export const DEFAULT_VIEW: ViewState = {
  actors: null,
  hidden: [],
  selected: null,
  layout: 'fcose',
  filters: DEFAULT_FILTERS,
  path: null,
  fold: null,
  size: 'lines',
  colour: 'kind',
  timeBin: null,
  since: null,
};

/** URL parameter names: short, because analysts paste these links into reports. */
const PARAM = {
  actors: 'a',
  hidden: 'hide',
  selected: 'sel',
  layout: 'layout',
  kinds: 'kinds',
  types: 'types',
  from: 'from',
  to: 'to',
  undated: 'undated',
  minReliability: 'rel',
  path: 'path',
  fold: 'fold',
  size: 'size',
  colour: 'colour',
  timeBin: 'bin',
  since: 'since',
} as const;

const MAX_LIST = 2000;

export interface ParsedView {
  state: ViewState;
  /** What was dropped, said for a notice: "the actor id "Bad!" is not valid". */
  dropped: string[];
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function firstValue(params: RawParams, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

function splitList(text: string): string[] {
  return text.split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * Keeps the valid, distinct items of a list parameter and reports the rest. Items given and none understood
 * (`kinds=martians`) drop the whole parameter, said with `ignoredMeans`: an empty list would hide everything.
 */
function parseList<T>(text: string | undefined, item: z.ZodType<T>, what: string, ignoredMeans: string, dropped: string[]): T[] | undefined {
  if (text === undefined) return undefined;
  const kept: T[] = [];
  const seen = new Set<string>();
  const invalid: string[] = [];
  const items = splitList(text);
  for (const raw of items.slice(0, MAX_LIST)) {
    const parsed = item.safeParse(raw);
    if (!parsed.success) {
      invalid.push(`${what} "${truncate(raw)}" is not valid`);
    } else if (!seen.has(raw)) {
      seen.add(raw);
      kept.push(parsed.data);
    }
  }
  if (items.length > 0 && kept.length === 0) {
    dropped.push(`no ${what} in "${truncate(text)}" is valid, so ${ignoredMeans}`);
    return undefined;
  }
  dropped.push(...invalid);
  if (items.length > MAX_LIST) dropped.push(`only the first ${MAX_LIST} ${what}s were kept`);
  return kept;
}

/** One value of a parameter; a bad one is dropped and reported, with the values it may take when `choices` lists them. */
function parseOne<T>(text: string | undefined, schema: z.ZodType<T>, what: string, dropped: string[], choices?: readonly string[]): T | undefined {
  if (text === undefined) return undefined;
  const parsed = schema.safeParse(text);
  if (parsed.success) return parsed.data;
  const expected = choices ? ` (${choices.slice(0, -1).join(', ')} or ${choices.at(-1)})` : '';
  dropped.push(`${what} "${truncate(text)}" is not valid${expected}`);
  return undefined;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const actorKindSchema = z.enum(ACTOR_KINDS);
const tieTypeSchema = z.enum(TIE_TYPE_NAMES);
const layoutSchema = z.enum(LAYOUT_NAMES);
const reliabilitySchema = z.enum(RELIABILITY_GRADES);
const foldSchema = z.enum(FOLD_MODES);
const sizeSchema = z.enum(SIZE_CHOICES);
const colourSchema = z.enum(COLOUR_CHOICES);
const timeBinSchema = z.enum(TIME_BINS);
const flagSchema = z.enum(['0', '1']).transform((flag) => flag === '1');
const pathEndsSchema = z.tuple([entityIdSchema, entityIdSchema]);
/** "Path 2" as the panel numbers it: the link counts from 1, like the analyst does. */
const pathNumberSchema = z.coerce.number().int().min(1).max(MAX_PATHS);
const TIES_ONLY = 'ties';

/**
 * `path=united-states~hamas`, then optionally the number of the path shown (from 2: the first is the default) and
 * `ties` when meetings are left out: `path=united-states~hamas~2~ties`. A bad option is dropped and reported; the
 * two ends are kept.
 */
function parsePath(text: string | undefined, dropped: string[]): PathView | undefined {
  if (text === undefined) return undefined;
  const [from, to, ...options] = text.split('~');
  const ends = pathEndsSchema.safeParse([from, to]);
  if (!ends.success) {
    dropped.push(`path "${truncate(text)}" is not valid`);
    return undefined;
  }
  const path: PathView = { from: ends.data[0], to: ends.data[1], index: 0, tiesOnly: false };
  for (const option of options) {
    const number = pathNumberSchema.safeParse(option);
    if (option === TIES_ONLY) path.tiesOnly = true;
    else if (/^\d+$/.test(option) && number.success) path.index = number.data - 1;
    else dropped.push(`path option "${truncate(option)}" is not valid (a path number from 1 to ${MAX_PATHS}, or "${TIES_ONLY}")`);
  }
  return path;
}

function serializePath({ from, to, index, tiesOnly }: PathView): string {
  return [from, to, ...(index > 0 ? [String(index + 1)] : []), ...(tiesOnly ? [TIES_ONLY] : [])].join('~');
}

export function parseViewState(params: RawParams): ParsedView {
  const dropped: string[] = [];
  const get = (name: string) => firstValue(params, name);
  const upgradeHidden = (value: string | undefined) => value && upgradeLegacyFamilyRefs(value);
  const actors = parseList(get(PARAM.actors), entityIdSchema, 'actor id', 'the overview is shown', dropped);
  const filters: ViewFilters = {
    kinds: parseList(get(PARAM.kinds), actorKindSchema, 'actor kind', 'every kind is shown', dropped) ?? null,
    types: parseList(get(PARAM.types), tieTypeSchema, 'tie type', 'every type is shown', dropped) ?? null,
    from: parseOne(get(PARAM.from), partialDateSchema, 'start date', dropped) ?? null,
    to: parseOne(get(PARAM.to), partialDateSchema, 'end date', dropped) ?? null,
    undated: parseOne(get(PARAM.undated), flagSchema, 'undated setting', dropped) ?? true,
    minReliability: parseOne(get(PARAM.minReliability), reliabilitySchema, 'reliability grade', dropped) ?? null,
  };
  if (filters.from && filters.to && endsBeforeStart(filters.from, filters.to)) {
    dropped.push(`the date range ${filters.from} – ${filters.to} ends before it starts`);
    filters.from = null;
    filters.to = null;
  }
  const state: ViewState = {
    actors: actors ?? null,
    hidden: parseList(upgradeHidden(get(PARAM.hidden)), elementRefSchema, 'hidden element', 'nothing is hidden', dropped) ?? [],
    selected: parseOne(get(PARAM.selected), elementRefSchema, 'selection', dropped) ?? null,
    layout: parseOne(get(PARAM.layout), layoutSchema, 'layout', dropped) ?? DEFAULT_VIEW.layout,
    filters,
    path: parsePath(get(PARAM.path), dropped) ?? null,
    fold: parseOne(get(PARAM.fold), foldSchema, 'fold setting', dropped) ?? null,
    size: parseOne(get(PARAM.size), sizeSchema, 'size setting', dropped, SIZE_CHOICES) ?? DEFAULT_VIEW.size,
    colour: parseOne(get(PARAM.colour), colourSchema, 'colour setting', dropped, COLOUR_CHOICES) ?? DEFAULT_VIEW.colour,
    timeBin: parseOne(get(PARAM.timeBin), timeBinSchema, 'time bar bin', dropped) ?? null,
    since: parseOne(get(PARAM.since), sinceSchema, '"changes since" date', dropped) ?? null,
  };
  return { state, dropped };
}

/** The URL query of a view; settings at their default are left out so that links stay short. */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.actors) params.set(PARAM.actors, state.actors.join(','));
  if (state.hidden.length) params.set(PARAM.hidden, state.hidden.join(','));
  if (state.selected) params.set(PARAM.selected, state.selected);
  if (state.layout !== DEFAULT_VIEW.layout) params.set(PARAM.layout, state.layout);
  if (filters.kinds) params.set(PARAM.kinds, filters.kinds.join(','));
  if (filters.types) params.set(PARAM.types, filters.types.join(','));
  if (filters.from) params.set(PARAM.from, filters.from);
  if (filters.to) params.set(PARAM.to, filters.to);
  if (!filters.undated) params.set(PARAM.undated, '0');
  if (filters.minReliability) params.set(PARAM.minReliability, filters.minReliability);
  if (state.path) params.set(PARAM.path, serializePath(state.path));
  if (state.fold) params.set(PARAM.fold, state.fold);
  if (state.size !== DEFAULT_VIEW.size) params.set(PARAM.size, state.size);
  if (state.colour !== DEFAULT_VIEW.colour) params.set(PARAM.colour, state.colour);
  if (state.timeBin) params.set(PARAM.timeBin, state.timeBin);
  if (state.since) params.set(PARAM.since, state.since);
  return params;
}

/** `?a=turkey,qatar&sel=actor:qatar`, with the commas and colons left readable. */
export function viewQueryString(state: ViewState): string {
  const query = serializeViewState(state).toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~');
  return query ? `?${query}` : '';
}

/**
 * Past this length a view's query does not go into a URL: Node refuses request heads over 16 KB (a link of about
 * 700 actors) with a bare 431. Reads about the view POST it instead, and the address bar holds a stored link.
 */
export const LONG_VIEW_QUERY = 6_000;

/**
 * `/?view=<id>`: a long view's query stored under a short id (`POST /api/views`). The id is the first 16 characters
 * of the base64url SHA-256 of the view's canonical query, so one view always gets the same link.
 */
export const STORED_VIEW_PARAM = 'view';
export const storedViewIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, '16 letters, digits, "-" or "_"');

export function storedViewUrl(id: string): string {
  return `/?${STORED_VIEW_PARAM}=${id}`;
}

export interface LinkedView extends ParsedView {
  /** The short id the link named, when it named a stored view that exists. */
  storedId: string | null;
  /** Whether the link named a stored view that does not exist (or a malformed id): the overview is shown. */
  unknownStoredId: boolean;
}

/**
 * A page link as a view: its own parameters, or with `view=<id>` the stored view's query, read with `readStored`
 * (db/queries/stored-views.ts). An id that names nothing gives the overview and a notice saying so.
 */
export async function parseViewLink(params: RawParams, readStored: (id: string) => Promise<string | null>): Promise<LinkedView> {
  const raw = firstValue(params, STORED_VIEW_PARAM);
  if (raw === undefined) return { ...parseViewState(params), storedId: null, unknownStoredId: false };
  const id = storedViewIdSchema.safeParse(raw);
  const query = id.success ? await readStored(id.data) : null;
  if (!id.success || query === null) {
    return {
      state: DEFAULT_VIEW,
      dropped: [`no stored view has the id "${truncate(raw)}" (the link may be mistyped, or come from another Parley), so this is the overview.`],
      storedId: null,
      unknownStoredId: true,
    };
  }
  return { ...parseViewState(new URLSearchParams(query)), storedId: id.data, unknownStoredId: false };
}

/** The part of a view's query that decides what is drawn (not the selection, layout, path or bins): the picture's key. */
export function pictureQueryString(state: Pick<ViewState, 'actors' | 'hidden' | 'filters' | 'fold' | 'since'>): string {
  return viewQueryString({ ...DEFAULT_VIEW, actors: state.actors, hidden: state.hidden, filters: state.filters, fold: state.fold, since: state.since });
}

/** Changes to a view. `current` is the actors the view shows now (the overview's, before any were chosen). */
export const viewChanges = {
  addActors(state: ViewState, current: readonly string[], ids: readonly string[]): ViewState {
    const unhidden = state.hidden.filter((ref) => !ids.some((id) => ref === elementRef.actor(id)));
    // Nothing new: the view keeps its actors as they are (and the overview stays a bare link).
    if (ids.every((id) => current.includes(id))) return unhidden.length === state.hidden.length ? state : { ...state, hidden: unhidden };
    const actors = [...current];
    const present = new Set(current);
    for (const id of ids) {
      if (!present.has(id)) {
        present.add(id);
        actors.push(id);
      }
    }
    return { ...state, actors, hidden: unhidden };
  },

  removeActor(state: ViewState, current: readonly string[], id: string): ViewState {
    const ref = elementRef.actor(id);
    return {
      ...state,
      actors: current.filter((actorId) => actorId !== id),
      hidden: state.hidden.filter((hiddenRef) => hiddenRef !== ref),
      selected: state.selected === ref ? null : state.selected,
      path: state.path && (state.path.from === id || state.path.to === id) ? null : state.path,
    };
  },

  hide(state: ViewState, ref: ElementRef): ViewState {
    if (state.hidden.includes(ref)) return state;
    return { ...state, hidden: [...state.hidden, ref], selected: state.selected === ref ? null : state.selected };
  },

  showHidden(state: ViewState): ViewState {
    return { ...state, hidden: [] };
  },

  /** Only this actor and the given neighbours, with it selected. */
  focusOn(state: ViewState, actorId: string, neighbourIds: readonly string[]): ViewState {
    return { ...state, actors: [actorId, ...neighbourIds.filter((id) => id !== actorId)], hidden: [], selected: elementRef.actor(actorId) };
  },

  select(state: ViewState, ref: ElementRef | null): ViewState {
    return state.selected === ref ? state : { ...state, selected: ref };
  },

  setLayout(state: ViewState, layout: LayoutName): ViewState {
    return { ...state, layout };
  },

  setFilters(state: ViewState, filters: Partial<ViewFilters>): ViewState {
    return { ...state, filters: { ...state.filters, ...filters } };
  },

  resetFilters(state: ViewState): ViewState {
    return { ...state, filters: DEFAULT_FILTERS };
  },

  setPath(state: ViewState, path: ViewState['path']): ViewState {
    return { ...state, path };
  },

  /** Shows another of the paths found (0 the shortest). */
  showPath(state: ViewState, index: number): ViewState {
    return state.path && state.path.index !== index ? { ...state, path: { ...state.path, index } } : state;
  },

  /** Leaves meetings out of the paths, or lets them back in; the paths found change, so the first is shown. */
  setPathTiesOnly(state: ViewState, tiesOnly: boolean): ViewState {
    return state.path && state.path.tiesOnly !== tiesOnly ? { ...state, path: { ...state.path, tiesOnly, index: 0 } } : state;
  },

  setFold(state: ViewState, fold: FoldMode): ViewState {
    return { ...state, fold };
  },

  setSize(state: ViewState, size: SizeChoice): ViewState {
    return { ...state, size };
  },

  setColour(state: ViewState, colour: ColourChoice): ViewState {
    return { ...state, colour };
  },

  setTimeBin(state: ViewState, timeBin: TimeBin | null): ViewState {
    return { ...state, timeBin };
  },

  setSince(state: ViewState, since: string | null): ViewState {
    return state.since === since ? state : { ...state, since };
  },

  /** Takes actors out of the view (an expansion undone), with what referred to them. */
  removeActors(state: ViewState, current: readonly string[], ids: readonly string[]): ViewState {
    return ids.reduce((next, id) => viewChanges.removeActor(next, next.actors ?? current, id), state);
  },
};
