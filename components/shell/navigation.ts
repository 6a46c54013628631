import { Building2, LayoutDashboard, Phone, Plug, UserRound, Users, WalletCards, type LucideIcon } from 'lucide-react';
import type { Area, Scope } from '@/lib/tenancy/scope';

export type NavItem = {
  label: string;
  href: string;
  icon: LucideIcon;
  /** Active only on this exact path, not on the pages below it (e.g. an overview). */
  exact?: boolean;
  /** Shown only to these roles; their pages answer 404 to everyone else. */
  roles?: Array<Scope['role']>;
};

/** The sidebar of each area. Link only pages that exist, so nobody lands on a 404. */
export const NAVIGATION: Record<Area, NavItem[]> = {
  partner: [
    { label: 'Overview', href: '/partner', icon: LayoutDashboard, exact: true },
    { label: 'Customers', href: '/partner/customers', icon: Users },
    { label: 'Wallets', href: '/partner/wallet', icon: WalletCards },
    { label: 'Numbers', href: '/partner/numbers', icon: Phone },
    { label: 'Connections', href: '/partner/connections', icon: Plug, roles: ['PARTNER_ADMIN'] },
  ],
  customer: [{ label: 'My account', href: '/customer', icon: UserRound }],
  platform: [{ label: 'Partners', href: '/admin', icon: Building2 }],
};

export function navigationFor(area: Area, role: Scope['role']): NavItem[] {
  return NAVIGATION[area].filter((item) => !item.roles || item.roles.includes(role));
}

export const AREA_LABEL: Record<Area, string> = {
  partner: 'Partner',
  customer: 'Customer',
  platform: 'Platform',
};

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
