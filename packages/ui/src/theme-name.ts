/** `auto` follows the reader's system setting (prefers-color-scheme). */
export type ThemeName = 'light' | 'dark' | 'auto';

export function parseTheme(value: string | null | undefined): ThemeName {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
