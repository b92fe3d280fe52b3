'use client';

import { describePrecision } from '@/lib/authoring-forms';
import { TextField } from './Field';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** What an empty field means, e.g. "leave empty when the source gives no date". */
  emptyMeans: string;
}

/** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD, the precision said as it is typed. */
export function DateField({ label, value, onChange, error, emptyMeans }: DateFieldProps) {
  const precision = describePrecision(value);
  return (
    <TextField
      label={label}
      optional
      value={value}
      onChange={onChange}
      error={error}
      maxLength={10}
      placeholder="YYYY-MM-DD"
      hint={precision ? `YYYY, YYYY-MM or YYYY-MM-DD: ${precision}.` : `YYYY, YYYY-MM or YYYY-MM-DD; ${emptyMeans}.`}
    />
  );
}
