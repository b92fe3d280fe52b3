import type { StylesheetJson } from 'cytoscape';
import { ACTOR_KIND_STYLE, FAMILY_STYLE, MEETING_STYLE, PARTICIPATION_STYLE, type LineStyle } from './visual-style';

const actorKindRules: StylesheetJson = Object.entries(ACTOR_KIND_STYLE).map(([kind, style]) => ({
  selector: `node[element = "actor"][kind = "${kind}"]`,
  style: { shape: style.shape as never, 'background-color': style.color },
}));

/** A line's colour, dash and arrow as Cytoscape draws them (the legend draws the same from the same table). */
function lineRule(style: LineStyle) {
  return {
    'line-color': style.color,
    'target-arrow-color': style.color,
    'target-arrow-shape': style.arrow,
    'line-style': style.dash ? 'dashed' : 'solid',
    ...(style.dash ? { 'line-dash-pattern': [...style.dash] } : {}),
  } as const;
}

const familyRules: StylesheetJson = Object.entries(FAMILY_STYLE).map(([family, style]) => ({
  selector: `edge[element = "tie"][family = "${family}"]`,
  style: { ...lineRule(style), color: style.color },
}));

/** Labels smaller than this on screen are unreadable: not drawing them keeps large, zoomed-out views fluid. */
const MIN_READABLE_FONT_PX = 6;

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'min-zoomed-font-size': MIN_READABLE_FONT_PX,
      'font-family': 'Inter, system-ui, sans-serif',
      'font-size': 11,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 30,
      height: 30,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...actorKindRules,
  {
    selector: 'node[element = "meeting"]',
    style: {
      shape: MEETING_STYLE.shape,
      'background-color': MEETING_STYLE.color,
      width: 18,
      height: 18,
      'font-size': 9,
      color: '#475569',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      label: 'data(label)',
      'min-zoomed-font-size': MIN_READABLE_FONT_PX,
      'font-size': 8,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge[element = "tie"]', style: { 'arrow-scale': 1.1 } },
  ...familyRules,
  {
    selector: 'edge[element = "participation"]',
    style: { ...lineRule(PARTICIPATION_STYLE), width: 1.2, color: PARTICIPATION_STYLE.labelColor },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 10 } },
  { selector: 'node.on-path', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  {
    selector: ':selected',
    style: { 'border-color': '#f59e0b', 'border-width': 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' },
  },
];

