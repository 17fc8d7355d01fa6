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
 * How a toolbar menu behaves from the keyboard, as menus do elsewhere: Escape closes it and returns
 * to its button, and tabbing out of it closes it, so two menus are never open one over the other.
 * Focus leaving for nowhere (a click on the page, a window switch) leaves it open.
 */
export const menuKeys: Attachment<HTMLDetailsElement> = (menu) => {
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menu.open) closeMenu(menu);
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
