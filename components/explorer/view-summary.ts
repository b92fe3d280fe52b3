import type { GraphData } from '@/lib/graph';
import { plural } from '@/lib/words';


/** "12 actors, 30 ties, 2 meetings": the toolbar, the table, link previews and page descriptions say it alike. */
export function summarizeView(graph: GraphData): string {
  return [
    plural(graph.actors.length, 'actor', 'actors'),
    plural(graph.ties.length, 'tie', 'ties'),
    plural(graph.meetings.length, 'meeting', 'meetings'),
  ].join(', ');
}
