'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/client-ip';
import { NotAllowed } from '@/lib/auth/require-partner-admin';
import { requireScope } from '@/lib/auth/session';
import { formatMoney } from '@/lib/money/format-money';
import { fundCustomerWallet, type FundingResult } from '@/lib/wallet/fund-customer-wallet';
import { saveAutoTopUpRule } from '@/lib/wallet/auto-top-up/save-auto-top-up-rule';
import { reconcilePendingFundings, type ReconcileSummary } from '@/lib/wallet/reconcile-pending-fundings';
import { setCustomerCreditLimit } from '@/lib/wallet/set-customer-credit-limit';
import { setMaxTransferAmount } from '@/lib/wallet/set-max-transfer-amount';

/** What the fund-wallet dialog shows after a submission (amounts formatted here, on the server); null before the first. */
export type FundWalletState = (FundingResult & { amountText?: string }) | null;

export type ReconcileActionResult = { ok: true; summary: ReconcileSummary } | { ok: false; message: string };

export type SettingFormState = { ok: true; message: string } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string } | null;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

function revalidateWallet(customerId?: string) {
  if (customerId) revalidatePath(`/partner/customers/${customerId}`);
  revalidatePath('/partner/wallet', 'layout');
}

export async function fundWalletAction(_previous: FundWalletState, formData: FormData): Promise<FundWalletState> {
  const scope = await requireScope('partner');
  const input = {
    customerId: text(formData, 'customerId'),
    amount: text(formData, 'amount'),
    idempotencyKey: text(formData, 'idempotencyKey'),
    description: text(formData, 'description'),
  };
  const result = await fundCustomerWallet(scope, input, { ip: clientIpFromHeaders(await headers()) });
  if (!result.ok) return result;
  revalidateWallet(input.customerId);
  return { ...result, amountText: formatMoney(result.funding.amount, result.funding.currency) };
}

/** "Reconcile now": every pending funding of the partner, or of one customer. */
export async function reconcileFundingsAction(customerId?: string): Promise<ReconcileActionResult> {
  const scope = await requireScope('partner');
  const summary = await reconcilePendingFundings(scope, { customerId, ip: clientIpFromHeaders(await headers()) });
  revalidateWallet(customerId);
  return { ok: true, summary };
}

export async function setCreditLimitAction(customerId: string, _previous: SettingFormState, formData: FormData): Promise<SettingFormState> {
  const scope = await requireScope('partner');
  try {
    const result = await setCustomerCreditLimit(scope, { customerId, creditLimit: text(formData, 'creditLimit') }, { ip: clientIpFromHeaders(await headers()) });
    if (!result.ok) return result;
    revalidateWallet(customerId);
    return { ok: true, message: result.note ?? 'Credit limit saved at the provider.' };
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}

export async function setMaxTransferAmountAction(_previous: SettingFormState, formData: FormData): Promise<SettingFormState> {
  const scope = await requireScope('partner');
  try {
    const result = await setMaxTransferAmount(scope, text(formData, 'maxTransferAmount'), { ip: clientIpFromHeaders(await headers()) });
    if (!result.ok) return result;
    revalidateWallet();
    return { ok: true, message: result.maxTransferAmount ? 'Per-transfer limit saved.' : 'Per-transfer limit removed.' };
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}

export async function saveAutoTopUpAction(customerId: string, _previous: SettingFormState, formData: FormData): Promise<SettingFormState> {
  const scope = await requireScope('partner');
  const input = {
    customerId,
    enabled: formData.get('enabled') === 'on' ? ('on' as const) : ('off' as const),
    triggerBalance: text(formData, 'triggerBalance'),
    amount: text(formData, 'amount'),
    dailyCap: text(formData, 'dailyCap'),
  };
  try {
    const result = await saveAutoTopUpRule(scope, input, { ip: clientIpFromHeaders(await headers()) });
    if (!result.ok) return result;
    revalidateWallet(customerId);
    return { ok: true, message: input.enabled === 'on' ? 'Automatic top-up saved and on.' : 'Automatic top-up saved and off.' };
  } catch (error) {
    if (error instanceof NotAllowed) return { ok: false, fieldErrors: {}, formError: error.message };
    throw error;
  }
}
