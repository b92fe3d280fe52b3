import { ACTOR_KIND_LABELS, ACTOR_KINDS } from '@/lib/schemas/actor';
import { RELATION_FAMILIES } from '@/lib/taxonomy';
import { ACTOR_KIND_STYLE, FAMILY_COLOR, MEETING_STYLE } from './graph/visual-style';

const FAMILY_LABELS = { structure: 'Structure', cooperation: 'Cooperation', conflict: 'Conflict' } as const;

/** What the shapes and colours of the canvas mean. */
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
        {RELATION_FAMILIES.map((family) => (
          <li key={family}>
            <span className="line-swatch" style={{ background: FAMILY_COLOR[family] }} />
            {FAMILY_LABELS[family]} tie
          </li>
        ))}
        <li>
          <span className="line-swatch dashed" />
          Took part in a meeting
        </li>
      </ul>
    </section>
  );
}
