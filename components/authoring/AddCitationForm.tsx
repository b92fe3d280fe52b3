'use client';

import { recordPath } from '@/lib/authoring-client';
import { sendJson } from '@/lib/api-client';
import { citationInputSchema } from '@/lib/schemas/citation';
import { CitationEditor } from './CitationEditor';
import { citationBody, emptyCitation, type CitationDraft } from './drafts';
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
  const form = useRecordForm<CitationDraft, unknown, unknown>({
    initial: emptyCitation(),
    schema: citationInputSchema,
    build: (values) => citationBody(values),
    send: (body, headers) => sendJson('POST', recordPath(record, id, '/citations'), body, headers),
    onSaved,
  });
  return (
    <FormShell form={form} submitLabel="Add citation" onCancel={onCancel} describe={() => []}>
      <CitationEditor value={form.values} onChange={(draft) => form.update(() => draft)} errors={form.errors} path="" />
    </FormShell>
  );
}
