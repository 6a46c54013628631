import { notFound, redirect } from 'next/navigation';
import { requireScope } from '@/lib/auth/session';

/** Earlier address of the customer's overview; another customer's id is a 404, as everywhere. */
export default async function CustomerAccountPage({ params }: { params: Promise<{ customerId: string }> }) {
  const scope = await requireScope('customer');
  const { customerId } = await params;
  if (customerId !== scope.customerId) notFound();
  redirect('/customer');
}
