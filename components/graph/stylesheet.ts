import type { StylesheetJson } from 'cytoscape';
import { ACTOR_KIND_STYLE, CHANGE_STYLE, FAMILY_STYLE, MEETING_STYLE, PARTICIPATION_STYLE, type LineStyle } from './visual-style';

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
  style: { ...lineRule(style), 'source-arrow-color': style.color, color: style.color },
}));

/** A family line whose claims run both ways carries the family's arrow at both ends. */
const bothWaysRules: StylesheetJson = Object.entries(FAMILY_STYLE).map(([family, style]) => ({
  selector: `edge[element = "tie"][family = "${family}"][arrows = "both"]`,
  style: { 'source-arrow-shape': style.arrow },
}));

/**
 * Labels are drawn only on the elements the label controller (labels.ts, applied by GraphCanvas) chose: the most
 * important that fit without overlapping. It also keeps their size constant on screen, whatever the zoom.
 */
export const LABEL_FONT_PX = 11;
export const EDGE_LABEL_FONT_PX = 10;
export const LABEL_MAX_WIDTH_PX = 140;
const LABEL_FONT_FAMILY = 'Inter, system-ui, sans-serif';
export const LABEL_FONT = `${LABEL_FONT_PX}px ${LABEL_FONT_FAMILY}`;
export const EDGE_LABEL_FONT = `${EDGE_LABEL_FONT_PX}px ${LABEL_FONT_FAMILY}`;

export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: '',
      'font-family': LABEL_FONT_FAMILY,
      'font-size': LABEL_FONT_PX,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': `${LABEL_MAX_WIDTH_PX}px`,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.labelled', style: { label: 'data(label)' } },
  ...actorKindRules,
  // The kind's colour, or a community's or a measure's when the analyst colours by one (elements.ts).
  { selector: 'node[element = "actor"][fill]', style: { 'background-color': 'data(fill)' } },
  {
    selector: 'node[element = "meeting"]',
    style: {
      shape: MEETING_STYLE.shape,
      'background-color': MEETING_STYLE.color,
      color: '#334155',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      label: '',
      'font-family': LABEL_FONT_FAMILY,
      'font-size': EDGE_LABEL_FONT_PX,
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge.labelled', style: { label: 'data(label)' } },
  { selector: 'edge[element = "tie"], edge[element = "met"]', style: { width: 'data(width)', 'arrow-scale': 1.1 } },
  ...familyRules,
  ...bothWaysRules,
  {
    selector: 'edge[element = "met"]',
    style: { 'line-color': MEETING_STYLE.color, color: '#334155', 'line-style': 'solid' },
  },
  {
    selector: 'edge[element = "participation"]',
    style: { ...lineRule(PARTICIPATION_STYLE), width: 1.2, color: PARTICIPATION_STYLE.labelColor },
  },
  // Changed since the view's "changes since" moment: a ring round nodes, a halo under lines (visual-style CHANGE_STYLE).
  { selector: 'node[change = "added"]', style: { 'outline-width': 3, 'outline-offset': 2, 'outline-color': CHANGE_STYLE.added } },
  { selector: 'node[change = "edited"]', style: { 'outline-width': 3, 'outline-offset': 2, 'outline-color': CHANGE_STYLE.edited, 'outline-style': 'dashed' } },
  { selector: 'edge[change = "added"]', style: { 'underlay-padding': 4, 'underlay-opacity': 0.35, 'underlay-color': CHANGE_STYLE.added } },
  { selector: 'edge[change = "edited"]', style: { 'underlay-padding': 4, 'underlay-opacity': 0.35, 'underlay-color': CHANGE_STYLE.edited } },
  // Focus: the selected actor, its lines and its neighbours stand out; the rest steps back.
  { selector: '.dimmed', style: { opacity: 0.15 } },
  { selector: 'node.near', style: { 'border-color': '#f59e0b', 'border-width': 2 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'edge.on-path', style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'source-arrow-color': '#f59e0b', 'z-index': 10 } },
  { selector: 'node.on-path', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  {
    selector: ':selected',
    style: { 'border-color': '#f59e0b', 'border-width': 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'source-arrow-color': '#f59e0b' },
  },
];
