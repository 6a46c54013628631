'use client';

import { useEffect, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Menu, RadioTower, X } from 'lucide-react';
import { HOME_PATH, type Area, type Scope } from '@/lib/tenancy/scope';
import { LinkPendingIndicator } from '@/components/ui/link-pending-indicator';
import { cn } from '@/lib/ui/cn';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { AREA_LABEL, isNavItemActive, navigationFor } from './navigation';
import { SignOutButton } from './sign-out-button';
import { ThemeSwitch } from './theme-switch';

const ROLE_LABEL: Record<Scope['role'], string> = {
  PLATFORM_ADMIN: 'Platform admin',
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_STAFF: 'Partner staff',
  CUSTOMER: 'Customer',
};

type AppShellProps = {
  area: Area;
  email: string;
  role: Scope['role'];
  children: ReactNode;
};

/** Sidebar on large screens; a top bar with a disclosure menu on phones and tablets. */
export function AppShell({ area, email, role, children }: AppShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <div className="min-h-dvh">
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md border border-border bg-card px-3 py-2 text-sm font-medium shadow-md focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <aside className="fixed inset-y-0 left-0 hidden w-60 flex-col border-r border-border bg-card lg:flex">
        <div className="flex h-14 items-center justify-between border-b border-border px-4">
          <Brand area={area} />
          {area !== 'platform' ? <NotificationBell /> : null}
        </div>
        <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-4">
          <NavLinks area={area} role={role} />
        </nav>
        <div className="border-t border-border p-3">
          <UserPanel email={email} role={role} />
        </div>
      </aside>

      <header className="sticky top-0 z-30 border-b border-border bg-card/95 backdrop-blur supports-[backdrop-filter]:bg-card/80 lg:hidden">
        <div className="flex h-14 items-center justify-between px-4">
          <Brand area={area} />
          <div className="flex items-center gap-1">
            {area !== 'platform' ? <NotificationBell /> : null}
            <button
              type="button"
              onClick={() => setMenuOpen((open) => !open)}
              aria-expanded={menuOpen}
              aria-controls={menuOpen ? 'mobile-menu' : undefined}
              className="-mr-2 inline-flex size-10 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
            >
              {menuOpen ? <X aria-hidden="true" className="size-5" /> : <Menu aria-hidden="true" className="size-5" />}
              <span className="sr-only">Menu</span>
            </button>
          </div>
        </div>
        {/* Rendered only while open, so the user's email and buttons exist once in the page. */}
        {menuOpen ? (
          <div id="mobile-menu" className="border-t border-border px-3 pt-3 pb-4">
            <nav aria-label="Main">
              <NavLinks area={area} role={role} onNavigate={() => setMenuOpen(false)} />
            </nav>
            <div className="mt-3 border-t border-border pt-3">
              <UserPanel email={email} role={role} />
            </div>
          </div>
        ) : null}
      </header>

      <main id="main-content" tabIndex={-1} className="focus:outline-none lg:pl-60">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">{children}</div>
      </main>
    </div>
  );
}

function Brand({ area }: { area: Area }) {
  return (
    <Link href={HOME_PATH[area]} className="flex items-center gap-2.5 rounded-md">
      <span className="flex size-7 items-center justify-center rounded-md bg-accent text-accent-foreground">
        <RadioTower aria-hidden="true" className="size-4" />
      </span>
      <span className="flex flex-col leading-tight">
        <span className="text-sm font-semibold text-foreground">Partner Portal</span>
        <span className="text-xs text-muted-foreground">{AREA_LABEL[area]}</span>
      </span>
    </Link>
  );
}

function NavLinks({ area, role, onNavigate }: { area: Area; role: Scope['role']; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {navigationFor(area, role).map((item) => {
        const active = isNavItemActive(item, pathname);
        const Icon = item.icon;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium transition-colors',
                active
                  ? 'bg-accent-subtle text-accent'
                  : 'text-muted-foreground hover:bg-muted hover:text-foreground',
              )}
            >
              <Icon aria-hidden="true" className="size-4 shrink-0" />
              {item.label}
              <LinkPendingIndicator className="ml-auto" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function UserPanel({ email, role }: { email: string; role: Scope['role'] }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-2.5 px-1">
        <span
          aria-hidden="true"
          className="flex size-8 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-semibold text-muted-foreground uppercase"
        >
          {email.charAt(0)}
        </span>
        <div className="min-w-0">
          <p className="text-sm font-medium [overflow-wrap:anywhere] text-foreground">
            {email}
          </p>
          <p className="text-xs text-muted-foreground">{ROLE_LABEL[role]}</p>
        </div>
      </div>
      <ThemeSwitch />
      <SignOutButton className="w-full" />
    </div>
  );
}
