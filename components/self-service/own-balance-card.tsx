import Link from 'next/link';
import { ArrowRight } from 'lucide-react';
import { CustomerBalance } from '@/components/customers/customer-balance';
import { LowBalanceBadge } from '@/components/customers/low-balance-badge';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { DEFAULT_PREPAID_LOW_BALANCE } from '@/lib/customers/low-balance';
import { formatMoney } from '@/lib/money/format-money';
import type { CustomerScope } from '@/lib/numbers/list-customer-numbers';
import { getOwnBalance, type AccountFacts, type OwnBalance } from '@/lib/self-service/own-balance';

type OwnBalanceCardProps = { scope: CustomerScope; account: AccountFacts; partnerName: string; showWalletLink?: boolean };

/** The customer's balance and what they can still spend, with where the figure comes from and a low-balance warning. */
export async function OwnBalanceCard({ scope, account, partnerName, showWalletLink = false }: OwnBalanceCardProps) {
  const balance = await getOwnBalance(scope, account);
  return (
    <Card aria-labelledby="own-balance-title" className="h-full">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle id="own-balance-title">Balance</CardTitle>
        {balance.lowBalance ? <LowBalanceBadge threshold={balance.lowBalanceThreshold} /> : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {balance.lowBalance ? (
          <Alert variant="error" title="Your balance is low">
            It is below {lowBalanceLine(balance, account)}. Calls may stop when it runs out: contact {partnerName} to top up.
          </Alert>
        ) : null}
        <dl className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-sm text-muted-foreground">Balance</dt>
            <dd className="mt-1 text-3xl font-semibold tracking-tight" data-testid="own-balance">
              <CustomerBalance amount={balance.balance} currency={balance.currency} />
            </dd>
          </div>
          <div className="min-w-0">
            <dt className="text-sm text-muted-foreground">Available to spend</dt>
            <dd className="mt-1 text-xl font-medium tracking-tight sm:mt-2.5">
              <CustomerBalance amount={balance.available} currency={balance.currency} />
            </dd>
          </div>
        </dl>
        <p className="text-xs text-muted-foreground">
          <SourceLine balance={balance} />
        </p>
        {showWalletLink ? (
          <Link href="/customer/wallet" className="inline-flex items-center gap-1 self-start rounded-sm text-sm font-medium text-accent hover:underline">
            Wallet transactions
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        ) : null}
      </CardContent>
    </Card>
  );
}

function SourceLine({ balance }: { balance: OwnBalance }) {
  const asOf = balance.asOf ? (
    <>
      {' '}
      · as of <LocalTime value={balance.asOf} />
    </>
  ) : null;
  if (balance.source === 'live') return <>Up to date{asOf}</>;
  if (balance.source === 'last-known') return <>The billing system could not be reached just now: last known balance{asOf}</>;
  return <>{balance.stale ? 'The billing system could not be reached just now: balance' : 'Balance'} as last recorded by your provider{asOf}</>;
}

function lowBalanceLine(balance: OwnBalance, account: AccountFacts): string {
  if (balance.lowBalanceThreshold !== null) return `your alert level of ${formatMoney(balance.lowBalanceThreshold, balance.currency)}`;
  if (account.billingModel === 'PREPAID') return formatMoney(DEFAULT_PREPAID_LOW_BALANCE, balance.currency);
  return 'a tenth of your credit limit';
}
