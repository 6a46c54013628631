import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { MaxTransferForm } from '@/components/wallet/max-transfer-form';
import { requireScope } from '@/lib/auth/session';
import { getWalletSettings } from '@/lib/wallet/get-wallet-settings';

export const metadata: Metadata = { title: 'Wallet settings' };

// No loading.tsx: the role check below must be able to answer 404.
export default async function WalletSettingsPage() {
  const scope = await requireScope('partner');
  // Limits are the partner admin's; staff should not learn the page exists.
  if (scope.role !== 'PARTNER_ADMIN') notFound();
  const settings = await getWalletSettings(scope);

  return (
    <>
      <PageHeader back={{ href: '/partner/wallet/reconciliation', label: 'Wallet reconciliation' }} title="Wallet settings" />
      <Card>
        <CardHeader>
          <CardTitle>Per-transfer limit</CardTitle>
          <CardDescription>Staff cannot move more than this to a customer in one funding. Credit limits are set per postpaid customer, on the customer&apos;s page.</CardDescription>
        </CardHeader>
        <CardContent>
          <MaxTransferForm maxTransferAmount={settings.maxTransferAmount} currency={settings.currency} />
        </CardContent>
      </Card>
    </>
  );
}
