import type { Metadata } from 'next';
import { NewPartnerForm } from '@/components/admin/new-partner-form';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireScope } from '@/lib/auth/session';
import { PARTNER_CURRENCIES, partnerTimeZones } from '@/lib/partners/partner-input';

export const metadata: Metadata = { title: 'New partner' };

const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });

export default async function NewPartnerPage() {
  await requireScope('platform');
  const currencies = PARTNER_CURRENCIES.map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code) ?? code}` }));

  return (
    <>
      <PageHeader
        back={{ href: '/admin', label: 'Partners' }}
        title="New partner"
        description="A reseller starts active. Its first admin gets an invitation link, shown once here: the portal sends no email."
      />
      <Card className="max-w-3xl">
        <CardContent className="py-5">
          <NewPartnerForm currencies={currencies} timeZones={[...partnerTimeZones()]} />
        </CardContent>
      </Card>
    </>
  );
}
