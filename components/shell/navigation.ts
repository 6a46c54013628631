import { BarChart3, Building2, FileText, History, LayoutDashboard, ListChecks, Phone, PhoneCall, Plug, Tags, UserCog, UserRound, Users, WalletCards, type LucideIcon } from 'lucide-react';
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
    { label: 'Calls', href: '/partner/calls', icon: PhoneCall },
    { label: 'Usage', href: '/partner/usage', icon: BarChart3 },
    { label: 'Invoices', href: '/partner/invoices', icon: FileText },
    { label: 'Price list', href: '/partner/pricing', icon: Tags },
    { label: 'Connections', href: '/partner/connections', icon: Plug, roles: ['PARTNER_ADMIN'] },
    { label: 'Users', href: '/partner/users', icon: UserCog, roles: ['PARTNER_ADMIN'] },
  ],
  customer: [
    { label: 'Overview', href: '/customer', icon: LayoutDashboard, exact: true },
    { label: 'Wallet', href: '/customer/wallet', icon: WalletCards },
    { label: 'Numbers', href: '/customer/numbers', icon: Phone },
    { label: 'Calls', href: '/customer/calls', icon: PhoneCall },
    { label: 'Usage', href: '/customer/usage', icon: BarChart3 },
    { label: 'Invoices', href: '/customer/invoices', icon: FileText },
    { label: 'Profile', href: '/customer/profile', icon: UserRound },
  ],
  platform: [
    { label: 'Partners', href: '/admin', icon: Building2, exact: true },
    { label: 'Connections', href: '/admin/connections', icon: Plug },
    { label: 'Job queue', href: '/admin/jobs', icon: ListChecks },
    { label: 'Audit log', href: '/admin/audit', icon: History },
  ],
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
