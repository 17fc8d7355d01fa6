import { parseTheme, type ThemeName } from '@dlviz/ui';

const KEY = 'dlviz-theme';

/**
 * The site's light/dark choice: `auto` follows the system. It is kept in localStorage and set on
 * <html data-theme>, which the page CSS reads; widgets get it as their `theme` prop.
 */
export class SiteTheme {
  value = $state<ThemeName>('auto');

  /** Reads the saved choice; call once in the browser. */
  restore(): void {
    try {
      this.set(parseTheme(localStorage.getItem(KEY)));
    } catch {
      // Storage can be blocked (private mode, sandboxed iframes): the system theme still applies.
    }
  }

  set(value: ThemeName): void {
    this.value = value;
    document.documentElement.dataset.theme = value;
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // As above: the choice then lasts for this page only.
    }
  }
}

export const siteTheme = new SiteTheme();
