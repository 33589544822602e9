/**
 * Names for fields that have no label of their own, from what sits around them, as case systems lay
 * forms out: the row header of a table row (`th`, or a `td.label` cell before the field), a grid's
 * column and row headers, or the nearest heading just before the field. Reads text only, never values.
 */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading]';
const MAX_WALK = 4;

/** The text of a row or column header for a field inside a table cell, if any. */
export function tableHeaderLabel(element: Element, text: (node: Element) => string): string | undefined {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.localName !== 'tr') return undefined;
  const cells = Array.from(row.children);
  const rowHeader = cells.find(
    (candidate) =>
      candidate !== cell && (candidate.localName === 'th' || candidate.classList.contains('label')),
  );
  const ownText = text(cell).trim();
  const table = row.closest('table');
  const index = cells.indexOf(cell);
  const columnHeader = table?.querySelector(`thead tr`)?.children[index];
  const column = columnHeader && columnHeader !== cell ? text(columnHeader).trim() : '';
  const rowText = rowHeader ? text(rowHeader).trim() : '';
  if (column && rowText) return `${rowText}: ${column}`;
  return rowText || (ownText ? undefined : column) || undefined;
}

/** The nearest heading before the field, among its preceding siblings or those of a few ancestors. */
export function precedingHeadingLabel(element: Element, text: (node: Element) => string): string | undefined {
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_WALK; depth++, current = current.parentElement) {
    for (let sibling = current.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(HEADING)) return text(sibling);
      // A field or another question in between: the heading belongs to something else.
      if (sibling.matches('input, select, textarea, fieldset, label')) return undefined;
      const nested = Array.from(sibling.querySelectorAll(HEADING)).at(-1);
      if (nested) return text(nested);
    }
  }
  return undefined;
}
