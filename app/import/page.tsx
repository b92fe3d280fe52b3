import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/ImportForm';
import { RoleNotice } from '@/components/session/RequireRole';
import { currentPrincipal } from '@/db/accounts/request';
import { hasRole } from '@/lib/auth/roles';
import { requirePageReader } from '@/app/page-guard';

export const metadata: Metadata = {
  title: 'Import',
  description: 'Import a Parley export, ICEWS or GDELT event data into the graph.',
};

export default async function ImportPage() {
  await requirePageReader();
  // Importing is an editor's job; the API refuses others anyway, this only spares them a form that cannot work.
  const user = await currentPrincipal();
  if (!hasRole(user, 'editor')) return <RoleNotice role="editor" signedIn={user !== null} action="import" />;
  return <ImportForm />;
}
