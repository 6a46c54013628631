import { redirect } from 'next/navigation';

/** The partners list lives at the area's home. */
export default function PartnersIndexPage() {
  redirect('/admin');
}
