import type { FundingStatus, Prisma } from '../db/client.ts';
import { amountInMinorUnits } from './funding-amount.ts';

/** A funding as callers see it: plain values, the amount as a decimal string in its currency. */
export type FundingView = {
  id: string;
  status: FundingStatus;
  /** The provider did not answer after the transfer was sent; reconciliation will settle or reverse it. */
  outcomeUnknown: boolean;
  amount: string;
  currency: string;
  /** Why it failed, or what went wrong while it is pending. */
  lastError: string | null;
};

export type FundingResult =
  | { ok: true; funding: FundingView }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

export const fundingViewSelect = {
  id: true,
  status: true,
  outcomeUnknown: true,
  amount: true,
  currency: true,
  lastError: true,
} satisfies Prisma.WalletFundingSelect;

type FundingViewRow = Prisma.WalletFundingGetPayload<{ select: typeof fundingViewSelect }>;

export function toFundingView({ id, status, outcomeUnknown, amount, currency, lastError }: FundingViewRow): FundingView {
  return { id, status, outcomeUnknown, amount: amountInMinorUnits(amount, currency), currency, lastError };
}
