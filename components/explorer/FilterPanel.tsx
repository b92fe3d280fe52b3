'use client';

import { useState, type ReactNode } from 'react';
import { checkDateRange } from '@/lib/dates';
import { countHidden, type HiddenCounts } from '@/lib/filters';
import { ACTOR_KIND_LABELS, ACTOR_KINDS, type ActorKind } from '@/lib/schemas/actor';
import { RELIABILITY_GRADES, RELIABILITY_LABELS, type Reliability } from '@/lib/schemas/common';
import { FAMILY_LABELS, TIE_FAMILIES, TIE_TYPE_NAMES, TIE_TYPES, type TieFamily, type TieType } from '@/lib/taxonomy';
import { DEFAULT_VIEW, serializeViewState, type ViewFilters } from '@/lib/view-state';
import { plural } from '@/lib/words';

const TYPES_BY_FAMILY = Object.fromEntries(
  TIE_FAMILIES.map((family) => [family, TIE_TYPE_NAMES.filter((type) => TIE_TYPES[type].family === family)]),
) as Record<TieFamily, TieType[]>;

interface FilterPanelProps {
  filters: ViewFilters;
  hiddenByFilters: HiddenCounts;
  onChange: (change: Partial<ViewFilters>) => void;
  onReset: () => void;
}

/** A list filter: null means everything; choosing everything again goes back to null, so links stay short. */
function toggled<T>(all: readonly T[], current: readonly T[] | null, items: readonly T[], on: boolean): T[] | null {
  const chosen = new Set(current ?? all);
  for (const item of items) {
    if (on) chosen.add(item);
    else chosen.delete(item);
  }
  return chosen.size === all.length ? null : all.filter((item) => chosen.has(item));
}

/** A count worth saying: none is left out of the sentence. */
function some(count: number, one: string, many: string): string | null {
  return count ? plural(count, one, many) : null;
}

export function describeHidden(counts: HiddenCounts): string {
  return [some(counts.actors, 'actor', 'actors'), some(counts.ties, 'tie', 'ties'), some(counts.meetings, 'meeting', 'meetings')]
    .filter(Boolean)
    .join(', ');
}

export function FilterPanel({ filters, hiddenByFilters, onChange, onReset }: FilterPanelProps) {
  const shownKinds = new Set(filters.kinds ?? ACTOR_KINDS);
  const shownTypes = new Set(filters.types ?? TIE_TYPE_NAMES);
  const hiddenCount = countHidden(hiddenByFilters);
  // Any filter away from its default, whether or not it hides something in this view: the link says it too.
  const changed = serializeViewState({ ...DEFAULT_VIEW, filters }).toString() !== '';

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Filters</h2>
      <p className="filter-summary" role="status" data-testid="filter-summary">
        {hiddenCount ? `Filters hide ${describeHidden(hiddenByFilters)}` : 'Filters hide nothing'}
      </p>
      {changed && (
        <button type="button" onClick={onReset}>
          Reset filters
        </button>
      )}

      <FilterGroup name="Actor kinds" hides={hiddenOf(ACTOR_KINDS.length, shownKinds.size, 'kind', 'kinds')}>
        {ACTOR_KINDS.map((kind: ActorKind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={shownKinds.has(kind)}
              onChange={(event) => onChange({ kinds: toggled(ACTOR_KINDS, filters.kinds, [kind], event.target.checked) })}
            />
            {ACTOR_KIND_LABELS[kind]}
          </label>
        ))}
      </FilterGroup>

      <FilterGroup name="Ties" hides={hiddenOf(TIE_TYPE_NAMES.length, shownTypes.size, 'type', 'types')}>
        {TIE_FAMILIES.map((family) => {
          const types = TYPES_BY_FAMILY[family];
          const shown = types.filter((type) => shownTypes.has(type)).length;
          return (
            <div key={family} className="family-filter">
              <label className="family-label">
                <input
                  type="checkbox"
                  checked={shown === types.length}
                  ref={(input) => {
                    if (input) input.indeterminate = shown > 0 && shown < types.length;
                  }}
                  onChange={(event) => onChange({ types: toggled(TIE_TYPE_NAMES, filters.types, types, event.target.checked) })}
                />
                {FAMILY_LABELS[family]}
              </label>
              <div className="type-list">
                {types.map((type) => (
                  <label key={type} title={TIE_TYPES[type].definition}>
                    <input
                      type="checkbox"
                      checked={shownTypes.has(type)}
                      onChange={(event) => onChange({ types: toggled(TIE_TYPE_NAMES, filters.types, [type], event.target.checked) })}
                    />
                    {TIE_TYPES[type].verb}
                  </label>
                ))}
              </div>
            </div>
          );
        })}
      </FilterGroup>

      <FilterGroup name="Dates" hides={dateLimits(filters)}>
        <DateRangeFields from={filters.from} to={filters.to} onCommit={(range) => onChange(range)} />
        <label>
          <input type="checkbox" checked={filters.undated} onChange={(event) => onChange({ undated: event.target.checked })} />
          Show undated ties and meetings
        </label>
      </FilterGroup>

      <FilterGroup name="Source reliability" hides={filters.minReliability ? `below ${filters.minReliability} hidden` : null}>
        <label>
          At least{' '}
          <select
            value={filters.minReliability ?? ''}
            onChange={(event) => onChange({ minReliability: (event.target.value || null) as Reliability | null })}
          >
            <option value="">any grade</option>
            {RELIABILITY_GRADES.slice(0, -1).map((grade) => (
              <option key={grade} value={grade}>
                {grade} — {RELIABILITY_LABELS[grade]}
              </option>
            ))}
          </select>
        </label>
      </FilterGroup>
    </section>
  );
}

function hiddenOf(total: number, shown: number, one: string, many: string): string | null {
  const hidden = total - shown;
  return hidden ? `${hidden} of ${total} ${total === 1 ? one : many} hidden` : null;
}

function dateLimits(filters: ViewFilters): string | null {
  const limits = [filters.from && `from ${filters.from}`, filters.to && `to ${filters.to}`, !filters.undated && 'undated hidden'].filter(Boolean);
  return limits.length ? limits.join(', ') : null;
}

/**
 * One group of filters, folded away so that a keyboard user does not tab through two dozen checkboxes to reach
 * the canvas; its summary says what the group hides. A group that hides something (a shared link) starts open.
 */
function FilterGroup({ name, hides, children }: { name: string; hides: string | null; children: ReactNode }) {
  // Read once: opening or closing the group afterwards is the analyst's choice, not the filter's.
  const [startsOpen] = useState(hides !== null);
  return (
    <details className="filter-group" open={startsOpen}>
      <summary>
        {name}
        {hides && <span className="filter-group-hides"> — {hides}</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{name}</legend>
        {children}
      </fieldset>
    </details>
  );
}

type DateRange = Pick<ViewFilters, 'from' | 'to'>;

/**
 * From and To, typed as YYYY, YYYY-MM or YYYY-MM-DD; applied on Enter or when leaving a field, and only as a
 * valid range: a To before From is said at the field (as in the Meetings panel) and leaves the filter as it was.
 */
function DateRangeFields({ from, to, onCommit }: DateRange & { onCommit: (range: DateRange) => void }) {
  const [texts, setTexts] = useState({ from: from ?? '', to: to ?? '' });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [lastRange, setLastRange] = useState({ from, to });
  if (from !== lastRange.from || to !== lastRange.to) {
    // The filter changed from elsewhere (a reset, a link): show it.
    setLastRange({ from, to });
    setTexts({ from: from ?? '', to: to ?? '' });
    setErrors({});
  }
  const commit = () => {
    const checked = checkDateRange(texts.from, texts.to);
    setErrors({ from: checked.fromError, to: checked.toError });
    if (checked.fromError || checked.toError) return;
    const range = { from: checked.from ?? null, to: checked.to ?? null };
    if (range.from !== from || range.to !== to) onCommit(range);
  };
  const field = (end: keyof DateRange, label: string) => (
    <DateField
      label={label}
      text={texts[end]}
      error={errors[end]}
      onChange={(text) => setTexts((current) => ({ ...current, [end]: text }))}
      onCommit={commit}
    />
  );
  return (
    <>
      {field('from', 'From')}
      {field('to', 'To')}
    </>
  );
}

interface DateFieldProps {
  label: string;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
  onCommit: () => void;
}

function DateField({ label, text, error, onChange, onCommit }: DateFieldProps) {
  const id = `date-filter-${label.toLowerCase()}`;
  return (
    <div className="date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onCommit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onCommit();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
