/** The colour theme a user picked; "system" follows the device. Kept in a cookie so the server renders it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = 'theme';

export function themeFromCookie(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** The class on <html>: none for "system", so the CSS follows prefers-color-scheme. */
export function themeClass(theme: Theme): string | undefined {
  return theme === 'system' ? undefined : theme;
}
