import { COLOUR_CHOICES, COLOUR_LABELS, MEASURE_LABELS, MEASURE_MEANINGS, SIZE_CHOICES, SIZE_LABELS, type ColourChoice, type SizeChoice, type ViewMeasure } from '@/lib/appearance';
import { ACTOR_KIND_LABELS, ACTOR_KINDS } from '@/lib/schemas/actor';
import { FAMILY_LABELS, TIE_FAMILIES } from '@/lib/taxonomy';
import { plural } from '@/lib/words';
import type { AppearanceLegend, ColourLegend } from './graph/appearance';
import { ACTOR_KIND_STYLE, FAMILY_STYLE, MEETING_STYLE, OTHER_COMMUNITY_COLOUR, PARTICIPATION_STYLE, type LineStyle } from './graph/visual-style';

/** The arrow heads as the canvas draws them, pointing right, their tip at (0, 0). */
const ARROW_PATHS: Record<LineStyle['arrow'], string> = {
  triangle: 'M0 0 L-7 -4 L-7 4 Z',
  diamond: 'M0 0 L-4.5 -3.5 L-9 0 L-4.5 3.5 Z',
  'triangle-tee': 'M0 0 L-7 -4 L-7 4 Z M-10 -4 L-8.5 -4 L-8.5 4 L-10 4 Z',
  none: '',
};
const SAMPLE = { width: 34, height: 10 };

/** A short line drawn as the canvas draws it: colour, dash and arrow head, so that the legend shows every cue. */
function LineSample({ style }: { style: LineStyle }) {
  const arrowLength = style.arrow === 'none' ? 0 : style.arrow === 'triangle' ? 7 : 9;
  const y = SAMPLE.height / 2;
  return (
    <svg className="line-sample" width={SAMPLE.width} height={SAMPLE.height} viewBox={`0 0 ${SAMPLE.width} ${SAMPLE.height}`} aria-hidden="true">
      <line x1={1} y1={y} x2={SAMPLE.width - 1 - arrowLength} y2={y} stroke={style.color} strokeWidth={2} strokeDasharray={style.dash?.join(' ')} />
      {style.arrow !== 'none' && <path d={ARROW_PATHS[style.arrow]} transform={`translate(${SAMPLE.width - 1} ${y})`} fill={style.color} />}
    </svg>
  );
}

/** The analyst's choice of what sizes and colours the actors, with what the legend says of the picture drawn. */
export interface AppearanceControls {
  size: SizeChoice;
  colour: ColourChoice;
  onSize: (size: SizeChoice) => void;
  onColour: (colour: ColourChoice) => void;
  /** Null while the measures are not computed (no picture yet), or when neither choice uses one. */
  legend: AppearanceLegend | null;
}

const actorCount = (count: number) => plural(count, 'actor', 'actors', (value) => value.toLocaleString('en'));

/** A measure's value as the legend says it: counts whole, shares in per cent, the rest with three digits. */
function formatMeasure(measure: ViewMeasure, value: number): string {
  if (measure === 'degree') return value.toLocaleString('en');
  if (measure === 'betweenness') return `${(value * 100).toPrecision(2)} %`;
  return value.toPrecision(3);
}

function SizeNote({ legend }: { legend: AppearanceLegend }) {
  if (!legend.size) return null;
  const { measure, highest } = legend.size;
  return (
    <p className="legend-note" data-testid="legend-size">
      Size: {MEASURE_LABELS[measure]} — the larger, the more {MEASURE_MEANINGS[measure]}; computed on the{' '}
      {actorCount(legend.actors)} in view.
      {highest && ` Largest: ${highest.name} (${formatMeasure(measure, highest.value)}).`}
    </p>
  );
}

function ColourNote({ colour, actors }: { colour: ColourLegend; actors: number }) {
  if (colour.by === 'measure') {
    const { measure, steps } = colour;
    return (
      <div data-testid="legend-colour">
        <p className="legend-note">
          Colour: {MEASURE_LABELS[measure]} — the darker, the more {MEASURE_MEANINGS[measure]}; in fifths of the highest, computed on
          the {actorCount(actors)} in view.
        </p>
        <ul className="legend-ramp">
          {steps.map((step) => (
            <li key={step.colour}>
              <span className="swatch shape-ellipse" style={{ background: step.colour }} />
              {formatMeasure(measure, step.from)}–{formatMeasure(measure, step.to)}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div data-testid="legend-colour">
      <p className="legend-note">
        Colour: communities of the {actorCount(actors)} in view (Louvain, lines weighed by their claims), named by their best-connected
        members:
      </p>
      <ul className="legend-communities" aria-label="Communities">
        {colour.communities.map((community) => (
          <li key={community.colour}>
            <span className="swatch shape-ellipse" style={{ background: community.colour }} />
            <span>
              {community.names.join(', ')}
              {community.actors > community.names.length && <span className="muted"> and {community.actors - community.names.length} more</span>}
            </span>
          </li>
        ))}
        {colour.others.actors > 0 && (
          <li>
            <span className="swatch shape-ellipse" style={{ background: OTHER_COMMUNITY_COLOUR }} />
            <span className="muted">
              {colour.others.communities === colour.others.actors
                ? `${actorCount(colour.others.actors)} tied to no other`
                : `${plural(colour.others.communities, 'smaller community', 'smaller communities')} (${actorCount(colour.others.actors)})`}
            </span>
          </li>
        )}
      </ul>
    </div>
  );
}

function Choice<T extends string>(props: { label: string; value: T; choices: readonly T[]; labels: Record<T, string>; onChange: (value: T) => void }) {
  const { label, value, choices, labels, onChange } = props;
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What sizes and colours the actors: two choices, and what the picture's sizes and colours mean. */
function AppearanceChoices({ controls }: { controls: AppearanceControls }) {
  const { size, colour, onSize, onColour, legend } = controls;
  return (
    <div className="legend-choices">
      <Choice label="Size by" value={size} choices={SIZE_CHOICES} labels={SIZE_LABELS} onChange={onSize} />
      <Choice label="Colour by" value={colour} choices={COLOUR_CHOICES} labels={COLOUR_LABELS} onChange={onColour} />
      {legend && <SizeNote legend={legend} />}
      {legend?.colour && <ColourNote colour={legend.colour} actors={legend.actors} />}
      {colour === 'community' && !legend?.colour && (
        <p className="legend-note" role="status">
          Finding the communities of the view…
        </p>
      )}
    </div>
  );
}

/**
 * What the shapes, colours, dashes and arrow heads of the canvas mean; in the explorer, with the choice of what sizes
 * and colours the actors. When a community or a measure colours them, the kinds keep their shapes only.
 */
export function Legend({ appearance }: { appearance?: AppearanceControls }) {
  const byKind = !appearance || appearance.colour === 'kind';
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      {appearance && <AppearanceChoices controls={appearance} />}
      <ul aria-label={byKind ? 'Actor kinds' : 'Actor kinds, by shape'}>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`swatch shape-${ACTOR_KIND_STYLE[kind].shape}`} style={{ background: byKind ? ACTOR_KIND_STYLE[kind].color : '#94a3b8' }} />
            {ACTOR_KIND_LABELS[kind]}
          </li>
        ))}
        <li>
          <span className={`swatch shape-${MEETING_STYLE.shape}`} style={{ background: MEETING_STYLE.color }} />
          Meeting
        </li>
      </ul>
      <ul>
        {TIE_FAMILIES.map((family) => (
          <li key={family}>
            <LineSample style={FAMILY_STYLE[family]} />
            {FAMILY_LABELS[family]} tie
          </li>
        ))}
        <li>
          <LineSample style={PARTICIPATION_STYLE} />
          Took part in a meeting
        </li>
      </ul>
    </section>
  );
}
