'use client';

import Link from 'next/link';
import { Bell } from 'lucide-react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LocalTime } from '@/components/ui/local-time';
import type { NotificationView } from '@/lib/notifications/list-notifications';
import { cn } from '@/lib/ui/cn';

type NotificationsResponse = { items: NotificationView[]; unread: number };

const QUERY_KEY = ['notifications'];

async function fetchNotifications(): Promise<NotificationsResponse> {
  const response = await fetch('/api/notifications', { cache: 'no-store' });
  if (!response.ok) throw new Error('Notifications could not be loaded.');
  return response.json();
}

/** Unread count on a bell; opening it lists the latest notices and marks them read. */
export function NotificationBell() {
  const queryClient = useQueryClient();
  const { data, isError } = useQuery({ queryKey: QUERY_KEY, queryFn: fetchNotifications, refetchInterval: 60_000 });
  const markRead = useMutation({
    mutationFn: () => fetch('/api/notifications', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QUERY_KEY }),
  });
  const unread = data?.unread ?? 0;

  return (
    <DropdownMenu.Root
      onOpenChange={(open) => {
        if (!open && unread > 0) markRead.mutate();
      }}
    >
      <DropdownMenu.Trigger
        className="relative inline-flex size-9 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      >
        <Bell aria-hidden="true" className="size-5" />
        {unread > 0 ? (
          <span aria-hidden="true" className="absolute top-1 right-1 flex min-w-4 items-center justify-center rounded-full bg-danger px-1 text-[10px] leading-4 font-semibold text-danger-foreground">
            {unread > 9 ? '9+' : unread}
          </span>
        ) : null}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-border bg-card p-1 shadow-lg">
          <DropdownMenu.Label className="px-3 py-2 text-sm font-semibold text-foreground">Notifications</DropdownMenu.Label>
          {isError ? <p className="px-3 py-2 text-sm text-danger">Notifications could not be loaded.</p> : null}
          {data && data.items.length === 0 ? <p className="px-3 py-2 text-sm text-muted-foreground">Nothing new. Low balances and automatic top-ups appear here.</p> : null}
          <div className="max-h-96 overflow-y-auto">
            {data?.items.map((item) => (
              <DropdownMenu.Item key={item.id} asChild className="block rounded-md px-3 py-2 outline-none data-[highlighted]:bg-muted">
                {item.link ? (
                  <Link href={item.link}>
                    <NotificationText item={item} />
                  </Link>
                ) : (
                  <div>
                    <NotificationText item={item} />
                  </div>
                )}
              </DropdownMenu.Item>
            ))}
          </div>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function NotificationText({ item }: { item: NotificationView }) {
  return (
    <>
      <span className={cn('flex items-center gap-2 text-sm text-foreground', !item.read && 'font-semibold')}>
        {!item.read ? <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-accent" /> : null}
        {item.title}
      </span>
      <span className="mt-0.5 block text-xs text-muted-foreground">{item.body}</span>
      <span className="mt-0.5 block text-xs text-muted-foreground">
        <LocalTime value={item.createdAt} />
      </span>
    </>
  );
}
