import type { ViewPicture } from '@/lib/graph';
import type { ElementRef } from '@/lib/element-refs';
import { plural } from '@/lib/words';

/**
 * Which drawn element stands for the selection: the element itself when drawn; for a claim folded into a line,
 * the line it was opened from, or the line that lists it among its first claims.
 */
export function canvasIdOf(
  selected: ElementRef | null,
  picture: Pick<ViewPicture, 'lines'>,
  drawn: ReadonlySet<string>,
  openedFrom: { claim: ElementRef; line: ElementRef } | null,
): string | null {
  if (!selected || drawn.has(selected)) return selected;
  if (openedFrom?.claim === selected && drawn.has(openedFrom.line)) return openedFrom.line;
  const separator = selected.indexOf(':');
  const kind = selected.slice(0, separator);
  const id = selected.slice(separator + 1);
  if (kind !== 'tie' && kind !== 'meeting') return null;
  return picture.lines.find((line) => (kind === 'meeting') === (line.kind === 'met') && line.claimIds.includes(id))?.id ?? null;
}

/** Counts in prose: "1,111 actors". */
const grouped = (count: number) => count.toLocaleString('en');

/** What the overview shows of the graph and what it leaves out, said plainly. */
export function overviewNotice(picture: Pick<ViewPicture, 'actors' | 'claims' | 'lines' | 'overview'>): string | null {
  const { overview } = picture;
  if (!overview) return null;
  const shown = picture.actors.length;
  if (shown === 0 || shown >= overview.actorsInGraph) return null;
  const left = overview.leftOut
    ? ` ${plural(overview.leftOut, 'best-connected actor is', 'best-connected actors are', grouped)} left out: not linked to them, or past what one picture can hold.`
    : '';
  return (
    `This overview shows ${plural(shown, 'actor', 'actors', grouped)} of ${plural(overview.actorsInGraph, 'actor', 'actors', grouped)}: the best-connected ` +
    `that are linked to one another, with their ${plural(picture.claims.ties, 'tie', 'ties', grouped)} and ${plural(picture.claims.meetings, 'meeting', 'meetings', grouped)}.` +
    `${left} Search for an actor or expand one to see more.`
  );
}

/** How many of the actors a view left out are named in its notice; the rest are counted. */
const NAMED_LEFT_OUT = 5;

/** What a view past its claim budget (lib/view-budget.ts) shows and leaves out, and how to see the rest. */
export function viewCutNotice(picture: Pick<ViewPicture, 'actors' | 'cut'>): string | null {
  const { cut } = picture;
  if (!cut) return null;
  const named = cut.actors.slice(0, NAMED_LEFT_OUT).map((actor) => actor.name);
  const more = cut.actors.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${plural(more, 'other', 'others', grouped)}` : named.join(', ');
  return (
    `These actors hold more claims than one picture can read in time (at least ${grouped(cut.claimsAtLeast)}; a picture reads up to ` +
    `${grouped(cut.budget)}). It shows the ${plural(picture.actors.length, 'best-connected actor', 'best-connected actors', grouped)}, with ` +
    `${plural(cut.claimsShown, 'claim', 'claims', grouped)}, and leaves out ${plural(cut.actors.length, 'actor', 'actors', grouped)}: ${list}. ` +
    'Remove actors, or open one of them on its own, to see the others.'
  );
}
