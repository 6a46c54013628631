import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireScope } from '@/lib/auth/session';

export default async function CustomerLayout({ children }: { children: ReactNode }) {
  const scope = await requireScope('customer');
  return (
    <AppShell area="customer" email={scope.email} role={scope.role}>
      {children}
    </AppShell>
  );
}
