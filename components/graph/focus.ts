import type { Core } from 'cytoscape';

/**
 * What stands out on the canvas: a path being shown (its elements, the rest faded); otherwise the selection — an
 * actor with its lines and neighbours, a line or meeting with its ends — with the rest dimmed. Only elements that
 * carry the classes are touched: restyling every element costs thousands of style passes for nothing.
 */
export function applyFocus(cy: Core, { highlighted, selected }: { highlighted: ReadonlySet<string> | null; selected: string | null }): void {
  cy.batch(() => {
    cy.elements('.on-path, .faded, .dimmed, .near').removeClass('on-path faded dimmed near');
    if (highlighted) {
      cy.elements().forEach((element) => {
        element.addClass(highlighted.has(element.id()) ? 'on-path' : 'faded');
      });
      return;
    }
    const target = selected ? cy.getElementById(selected) : null;
    if (!target || target.empty()) return;
    const focus = target.nodes().nonempty() ? target.closedNeighborhood() : target.union(target.connectedNodes());
    focus.nodes().difference(target).addClass('near');
    cy.elements().difference(focus).addClass('dimmed');
  });
}
