import type { Core, EventObject } from 'cytoscape';
import { plural } from '@/lib/words';


/** What hovering an element says: an actor's name and counts, a line's claims, dates and best grade. */
function describe(event: EventObject): string | null {
  const element = event.target;
  const data = element.data();
  if (data.element === 'actor') return `${data.label} — ${plural(data.degree ?? 0, 'line', 'lines')}, ${plural(data.claims ?? 0, 'claim', 'claims')} in view`;
  if (data.element === 'meeting') return `${data.label} (${data.kind})`;
  if (data.element === 'tie' || data.element === 'met') {
    const source = element.source().data('label');
    const target = element.target().data('label');
    const dates = data.since ? (data.since === data.until ? data.since : `${data.since} – ${data.until}`) : 'undated';
    return `${source} → ${target}: ${data.label} · ${dates}${data.grade ? ` · best source ${data.grade}` : ''}`;
  }
  return null;
}

/**
 * A small card beside the pointer naming what it is over, so that unlabelled actors of a dense view can be read
 * without zooming. Plain DOM next to the canvas (text only, never HTML), owned by the canvas.
 */
export function attachHoverCard(cy: Core): () => void {
  const frame = cy.container()?.parentElement;
  if (!frame) return () => {};
  const card = document.createElement('div');
  card.className = 'hover-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  frame.appendChild(card);
  const show = (event: EventObject) => {
    const text = describe(event);
    if (!text) return;
    card.textContent = text;
    const position = event.renderedPosition ?? { x: 0, y: 0 };
    const canvas = cy.container()!;
    card.style.left = `${canvas.offsetLeft + position.x + 14}px`;
    card.style.top = `${canvas.offsetTop + position.y + 14}px`;
    card.hidden = false;
  };
  const hide = () => {
    card.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport', hide);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mouseout', 'node, edge', hide);
    cy.off('viewport', hide);
    card.remove();
  };
}
