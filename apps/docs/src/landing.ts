import type { ThemeName } from '@dlviz/ui';
import { applyTheme, savedTheme } from './lib/theme-choice.js';

/*
 * The landing page's only script (built by vite.landing.config.ts into static/landing/). The page is
 * prerendered without SvelteKit's client, so it paints from its HTML alone; the four widgets on it are
 * the custom elements the site serves for embedding, each loaded as it nears the viewport. This script
 * applies the reader's saved theme, keeps the theme menu working, and loads those elements.
 */

const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
const menu = document.querySelector<HTMLSelectElement>('select[name="theme"]');

/** Shows `theme` on the widgets and in the menu; the page itself has it already (theme-script.js). */
function showTheme(theme: ThemeName): void {
  for (const widget of widgets) widget.setAttribute('theme', theme);
  if (menu) menu.value = theme;
}

/** The reader's choice: saved, set on the page, and shown. */
function choose(theme: ThemeName): void {
  applyTheme(theme);
  showTheme(theme);
}

showTheme(savedTheme());
menu?.addEventListener('change', () => choose(menu.value as ThemeName));
// Back and Forward can bring this page back from the back/forward cache as it was, while another
// page has saved a new choice since (a page loaded anew reads it above; autocomplete="off" keeps
// the browser from restoring the menu's old value).
addEventListener('pageshow', (event) => {
  if (event.persisted) choose(savedTheme());
});

/** Loads a widget's element from the site's elements/ folder, beside this script's folder. */
async function load(widget: HTMLElement): Promise<void> {
  // A variable, not a literal: Vite reads `new URL('<literal>', import.meta.url)` as files to bundle.
  const path = `../elements/${widget.dataset.widget}/element.js`;
  const url = new URL(path, import.meta.url).href;
  try {
    await import(/* @vite-ignore */ url);
  } catch {
    const note = widget.querySelector('p');
    if (note) note.textContent = `${note.dataset.failed}: check the connection, then reload the page.`;
    // No widget is coming: the box no longer keeps its height.
    widget.dataset.failed = '';
  }
}

/** Loads each widget as it comes within a viewport of being seen. */
function watch(): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries.filter((e) => e.isIntersecting)) {
        observer.unobserve(entry.target);
        void load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const widget of widgets) observer.observe(widget);
}

// Not before the first paint: on a fast connection an element arrives within the first frame, and
// running it then holds the page's first paint back behind a widget's mount.
requestAnimationFrame(() => setTimeout(watch));
