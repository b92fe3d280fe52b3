'use client';

import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';

cytoscape.use(svg);

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The whole graph as drawn, at twice the screen's resolution for PNG, on white. */
export function downloadPicture(cy: Core, format: 'png' | 'svg'): void {
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'png') {
    download(cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }), `parley-view-${stamp}.png`);
  } else {
    const text = (cy as Core & { svg: (options: object) => string }).svg({ full: true, scale: 1, bg: '#ffffff' });
    download(new Blob([text], { type: 'image/svg+xml' }), `parley-view-${stamp}.svg`);
  }
}
