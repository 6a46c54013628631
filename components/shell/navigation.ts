import { Building2, LayoutDashboard, UserRound, Users, type LucideIcon } from 'lucide-react';
import type { Area } from '@/lib/tenancy/scope';

export type NavItem = {
  label: string;
  href: string;
  icon: LucideIcon;
  /** Active only on this exact path, not on the pages below it (e.g. an overview). */
  exact?: boolean;
};

/** The sidebar of each area. Link only pages that exist, so nobody lands on a 404. */
export const NAVIGATION: Record<Area, NavItem[]> = {
  partner: [
    { label: 'Overview', href: '/partner', icon: LayoutDashboard, exact: true },
    { label: 'Customers', href: '/partner/customers', icon: Users },
  ],
  customer: [{ label: 'My account', href: '/customer', icon: UserRound }],
  platform: [{ label: 'Partners', href: '/admin', icon: Building2 }],
};

export const AREA_LABEL: Record<Area, string> = {
  partner: 'Partner',
  customer: 'Customer',
  platform: 'Platform',
};

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
