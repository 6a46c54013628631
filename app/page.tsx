import { redirect } from 'next/navigation';
import { getScope } from '@/lib/auth/session';
import { HOME_PATH } from '@/lib/tenancy/scope';

/** The root only routes: signed-in users go to the home of their area. */
export default async function RootPage() {
  const scope = await getScope();
  if (!scope) redirect('/sign-in');
  redirect(HOME_PATH[scope.area]);
}
