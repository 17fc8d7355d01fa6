/**
 * What a key pressed on a cell of an editable grid asks for: Enter or F2 edit the cell's value; a
 * digit, sign or point starts editing with that character typed in place of the value, as in a
 * spreadsheet. Undefined for any other key, and for shortcuts (Ctrl, ⌘ or Alt held).
 */
export function editRequest(event: KeyboardEvent): { typed?: string } | undefined {
  if (event.key === 'Enter' || event.key === 'F2') return {};
  if (/^[\d.+−-]$/.test(event.key) && !(event.ctrlKey || event.metaKey || event.altKey))
    return { typed: event.key };
  return undefined;
}
