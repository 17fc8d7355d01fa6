import { parseTheme, type ThemeName } from '@dlviz/ui';
import { themeKey } from './theme-script.js';

/*
 * The reader's light/dark choice, kept in localStorage and set on <html data-theme>, which the page
 * CSS reads (first by theme-script.js, before the first paint). Plain functions, without Svelte: the
 * landing page's own small script uses them too.
 */

/** The saved choice; `auto` (follow the system) when there is none or storage is blocked. */
export function savedTheme(): ThemeName {
  try {
    return parseTheme(localStorage.getItem(themeKey));
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes): the system theme still applies.
    return 'auto';
  }
}

/** Shows `theme` on the page and saves it. */
export function applyTheme(theme: ThemeName): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(themeKey, theme);
  } catch {
    // As above: the choice then lasts for this page only.
  }
}
