import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that shows `value` as a `<select>`'s choice: `{@attach selected(value)}` in place of
 * a `value` attribute. Svelte's own handling of a select's value (a MutationObserver, form-reset
 * defaults, multiple selects) is about 0.4 kB in every element; a single-choice select set from
 * state needs only this. It is attached after the select's options are drawn and runs again when
 * `value` changes, so an option added for the new value (such as "Custom") is there to choose.
 */
export function selected(value: string | number): Attachment<HTMLSelectElement> {
  return (select) => {
    select.value = String(value);
  };
}
