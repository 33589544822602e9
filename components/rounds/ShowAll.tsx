/**
 * A long table shows its first rows until asked for all: each row costs the page elements and layout,
 * and a round of 500 cases would otherwise draw thousands of cells before anyone scrolls to them.
 */
import { useState } from 'preact/hooks';

/** Rows a long table of the rounds page shows before "Show all". */
export const FIRST_ROWS = 100;

/** The rows to show now, and the note with the "Show all" button (null when all are shown). */
export function useFirstRows<T>(rows: readonly T[], what: string, first = FIRST_ROWS) {
  const [all, setAll] = useState(false);
  if (all || rows.length <= first) return { shown: rows, more: null };
  return {
    shown: rows.slice(0, first),
    more: (
      <p class="row">
        <span>
          Showing the first {first} of {rows.length} {what}.
        </span>
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          Show all {rows.length} {what}
        </button>
      </p>
    ),
  };
}
