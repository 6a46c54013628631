'use client';

import { useState, useSyncExternalStore } from 'react';
import { Monitor, Moon, Sun } from 'lucide-react';
import { THEME_COOKIE, themeClass, themeFromCookie, type Theme } from '@/lib/ui/theme';
import { cn } from '@/lib/ui/cn';

const OPTIONS = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
] as const;

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  const className = themeClass(theme);
  if (className) root.classList.add(className);
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
}

const noopSubscribe = () => () => {};

function themeOfDocument(): Theme {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith(`${THEME_COOKIE}=`));
  return themeFromCookie(cookie?.slice(THEME_COOKIE.length + 1));
}

/** System, light or dark: a radio group, so it works with arrow keys and screen readers. */
export function ThemeSwitch() {
  // The server renders "system"; the browser's cookie takes over right after hydration.
  const stored = useSyncExternalStore(noopSubscribe, themeOfDocument, () => 'system' as Theme);
  const [picked, setTheme] = useState<Theme | null>(null);
  const theme = picked ?? stored;
  return (
    <fieldset className="flex items-center justify-between gap-2 px-1">
      <legend className="sr-only">Colour theme</legend>
      <span aria-hidden="true" className="text-xs text-muted-foreground">
        Theme
      </span>
      <div className="flex rounded-md border border-border p-0.5">
        {OPTIONS.map((option) => {
          const Icon = option.icon;
          const checked = theme === option.value;
          return (
            <label
              key={option.value}
              title={option.label}
              className={cn(
                'flex size-7 cursor-pointer items-center justify-center rounded text-muted-foreground has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring',
                checked && 'bg-muted text-foreground',
              )}
            >
              <input
                type="radio"
                name="theme"
                value={option.value}
                checked={checked}
                onChange={() => {
                  setTheme(option.value);
                  applyTheme(option.value);
                }}
                className="sr-only"
              />
              <Icon aria-hidden="true" className="size-4" />
              <span className="sr-only">{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
