import { redirect } from 'next/navigation';

/** The wallet area opens on its reconciliation view. */
export default function WalletPage() {
  redirect('/partner/wallet/reconciliation');
}
