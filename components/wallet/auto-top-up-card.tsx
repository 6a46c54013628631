import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import type { PartnerScope } from '@/lib/auth/require-partner-admin';
import { formatMoney } from '@/lib/money/format-money';
import { getAutoTopUpRule } from '@/lib/wallet/auto-top-up/get-auto-top-up-rule';
import { AutoTopUpForm } from './auto-top-up-form';

/** A prepaid customer's automatic top-up: the rule, today's use of its cap, and its last run. */
export async function AutoTopUpCard({ scope, customerId }: { scope: PartnerScope; customerId: string }) {
  const view = await getAutoTopUpRule(scope, customerId);
  if (!view || view.billingModel !== 'PREPAID') return null;
  const { rule, currency } = view;
  const money = (amount: string) => formatMoney(amount, currency);
  return (
    <Card aria-labelledby="auto-top-up-title">
      <CardHeader>
        <CardTitle id="auto-top-up-title" className="flex items-center gap-2">
          Automatic top-up
          <Badge tone={rule?.enabled ? 'success' : 'neutral'} dot>{rule?.enabled ? 'On' : 'Off'}</Badge>
        </CardTitle>
        <CardDescription>
          {rule
            ? `Tops up ${money(rule.amount)} when the balance falls below ${money(rule.triggerBalance)}, at most ${money(rule.dailyCap)} a day. ${money(view.committedToday)} used today.`
            : 'Keeps a prepaid wallet funded without anyone watching it.'}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {rule?.lastRunAt ? (
          <p className="text-sm text-muted-foreground">
            Last checked <LocalTime value={rule.lastRunAt} />
            {rule.lastError ? ` · ${rule.lastError}` : ''}
          </p>
        ) : null}
        {scope.role === 'PARTNER_ADMIN' ? (
          <AutoTopUpForm customerId={customerId} currency={currency} rule={rule} />
        ) : (
          <Alert>Only partner admins change automatic top-ups.</Alert>
        )}
      </CardContent>
    </Card>
  );
}
