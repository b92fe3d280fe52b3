import type { Metadata } from 'next';
import { ExtractWorkbench } from '@/components/extract/ExtractWorkbench';
import { RoleNotice } from '@/components/session/RequireRole';
import { currentPrincipal } from '@/db/accounts/request';
import { hasRole } from '@/lib/auth/roles';
import { requirePageReader } from '@/app/page-guard';

export const metadata: Metadata = {
  title: 'Claims from a report',
  description: 'Paste a report and review the sourced ties and meetings Parley proposes from it.',
};

export default async function ExtractPage() {
  await requirePageReader();
  // Recording claims is an editor's job; the API refuses others anyway, this only spares them a page that cannot work.
  const user = await currentPrincipal();
  if (!hasRole(user, 'editor')) return <RoleNotice role="editor" signedIn={user !== null} action="record claims from a report" />;
  return <ExtractWorkbench />;
}
