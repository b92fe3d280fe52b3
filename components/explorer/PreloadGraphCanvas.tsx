'use client';

import dynamic from 'next/dynamic';

/**
 * Draws nothing; rendered on the server, it makes next/dynamic announce the canvas's chunk (Cytoscape and fcose,
 * the page's largest script) in the page's head, so that the browser fetches it alongside the first scripts while
 * the first picture is still on its way, rather than once the explorer has its data and asks for the canvas.
 */
export const PreloadGraphCanvas = dynamic(() => import('../graph/GraphCanvas').then(() => () => null));
