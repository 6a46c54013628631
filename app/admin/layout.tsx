import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireScope } from '@/lib/auth/session';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const scope = await requireScope('platform');
  return (
    <AppShell area="platform" email={scope.email} role={scope.role}>
      {children}
    </AppShell>
  );
}
