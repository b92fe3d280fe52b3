import { ACTOR_KIND_LABELS, ACTOR_KINDS } from '@/lib/schemas/actor';
import { FAMILY_LABELS, TIE_FAMILIES } from '@/lib/taxonomy';
import { ACTOR_KIND_STYLE, FAMILY_STYLE, MEETING_STYLE, PARTICIPATION_STYLE, type LineStyle } from './graph/visual-style';


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

/** What the shapes, colours, dashes and arrow heads of the canvas mean. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {ACTOR_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`swatch shape-${ACTOR_KIND_STYLE[kind].shape}`} style={{ background: ACTOR_KIND_STYLE[kind].color }} />
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
