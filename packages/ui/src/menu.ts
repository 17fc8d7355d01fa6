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
 * How a toolbar menu behaves. From the keyboard as menus do elsewhere: ↓/↑ move through its items
 * (round from the last to the first) and Home/End go to the ends, from its button too; Escape
 * closes it and returns to its button, and tabbing out of it closes it, so two menus are never open
 * one over the other. Focus leaving for nowhere (a click on the page, a window switch) leaves it open.
 *
 * And which way it opens under its button: flush with the button's right edge when the button is
 * in the right half of the widget, else with its left edge (`data-left`). Flush right under a
 * button that wrapped to the start of a row, it would hang off the widget's left edge. Decided on
 * each click, before the menu opens: the toolbar wraps differently at each width.
 */
export const toolbarMenu: Attachment<HTMLDetailsElement> = (menu) => {
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
  const click = () => {
    const widget = menu.closest('.frame')!.getBoundingClientRect();
    const button = menu.getBoundingClientRect();
    menu.toggleAttribute('data-left', button.left + button.right < widget.left + widget.right);
  };
  // Nothing to remove: the listeners go with the menu's element, and an attachment that reads no
  // state never runs twice on one element.
  menu.addEventListener('keydown', keydown);
  menu.addEventListener('focusout', focusout);
  menu.addEventListener('click', click);
};
