import { redirect } from 'next/navigation';
import { requireScope } from '@/lib/auth/session';

/** A customer user belongs to exactly one account, so the area's home is that account. */
export default async function CustomerHomePage() {
  const scope = await requireScope('customer');
  redirect(`/customer/accounts/${scope.customerId}`);
}
