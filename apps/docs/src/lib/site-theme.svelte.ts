import type { ThemeName } from '@dlviz/ui';
import { applyTheme, savedTheme } from './theme-choice.js';

/**
 * The site's light/dark choice as state, for the pages SvelteKit runs: `auto` follows the system.
 * Widgets get it as their `theme` prop.
 */
export class SiteTheme {
  value = $state<ThemeName>('auto');

  /** Reads the saved choice, which theme-script.js has set on the page already; call once in the browser. */
  restore(): void {
    this.value = savedTheme();
  }

  set(value: ThemeName): void {
    this.value = value;
    applyTheme(value);
  }
}

export const siteTheme = new SiteTheme();
