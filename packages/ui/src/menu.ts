import type { Attachment } from 'svelte/attachments';

/**
 * Closes a toolbar menu (a <details>) and puts the focus back on its button. An item's element is
 * hidden as the menu closes, and without this the focus would fall to the page's body, leaving a
 * keyboard user at the top of the page after copying a link.
 */
export function closeMenu(menu: HTMLDetailsElement): void {
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/**
 * How a toolbar menu behaves from the keyboard, as menus do elsewhere: ↓/↑ move through its items
 * (round from the last to the first) and Home/End go to the ends, from its button too; Escape
 * closes it and returns to its button, and tabbing out of it closes it, so two menus are never open
 * one over the other. Focus leaving for nowhere (a click on the page, a window switch) leaves it open.
 */
export const menuKeys: Attachment<HTMLDetailsElement> = (menu) => {
  const keydown = (event: KeyboardEvent) => {
    if (!menu.open) return;
    if (event.key === 'Escape') return closeMenu(menu);
    const items = [...menu.querySelectorAll<HTMLElement>('button:enabled')];
    const at = items.indexOf(event.target as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: (at < 0 ? 0 : at) - 1, Home: 0, End: -1 }[event.key];
    if (to === undefined || !items.length) return;
    // Handled here, so the widget's own keys (Home/End jump to a step) leave it alone.
    event.preventDefault();
    items.at(to % items.length)!.focus();
  };
  const focusout = (event: FocusEvent) => {
    if (event.relatedTarget && !menu.contains(event.relatedTarget as Node)) menu.open = false;
  };
  menu.addEventListener('keydown', keydown);
  menu.addEventListener('focusout', focusout);
  return () => {
    menu.removeEventListener('keydown', keydown);
    menu.removeEventListener('focusout', focusout);
  };
};
