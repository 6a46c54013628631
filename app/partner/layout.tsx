import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireScope } from '@/lib/auth/session';

export default async function PartnerLayout({ children }: { children: ReactNode }) {
  const scope = await requireScope('partner');
  return (
    <AppShell area="partner" email={scope.email} role={scope.role}>
      {children}
    </AppShell>
  );
}
