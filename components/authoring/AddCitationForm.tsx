'use client';

import type { PathValue } from 'react-hook-form';
import { recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import { citationInputSchema } from '@/lib/schemas/citation';
import { CitationEditor } from './CitationEditor';
import { citationBody, citationErrorPath, emptyCitation, type CitationDraft } from './drafts';
import { FormShell } from './FormShell';
import { useRecordForm } from './useRecordForm';

interface AddCitationFormProps {
  record: 'tie' | 'meeting';
  id: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** One more citation for a tie or a meeting: a source (recorded or new), the quote and its credibility. */
export function AddCitationForm({ record, id, onSaved, onCancel }: AddCitationFormProps) {
  const form = useRecordForm<CitationDraft, unknown>({
    defaultValues: emptyCitation(),
    schema: citationInputSchema,
    toBody: citationBody,
    send: (body, headers) => sendJson('POST', recordPath(record, id, '/citations'), body, headers),
    onSaved,
  });
  return (
    <FormShell form={form} submitLabel="Add citation" onCancel={onCancel} describe={() => []}>
      <CitationEditor value={form.values} onChange={(field, value) => form.change(field, value as PathValue<CitationDraft, typeof field>, citationErrorPath(field))} errors={form.errors} path="" />
    </FormShell>
  );
}
