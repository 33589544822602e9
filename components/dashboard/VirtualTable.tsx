/**
 * A table that stays smooth at 100,000 rows: only the rows in view (plus a margin) are in the DOM,
 * with fixed row heights. Keeps table semantics for screen readers (aria-rowcount, aria-rowindex) and
 * arrow-key navigation between rows; Enter opens a row. Rows may arrive late (read a page at a time):
 * a row not read yet shows as "Loading…" and `onRange` asks for the rows in view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  key: string;
  label: string;
  width: string;
  render(row: T): ComponentChildren;
  sort?: 'ascending' | 'descending' | 'none';
  onSort?(): void;
}

/** An array, or any list that knows its length and may not hold every row yet. */
export interface Rows<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

interface Props<T> {
  name: string;
  rows: Rows<T>;
  /** Called with the rows in view (first, last exclusive) whenever they change. */
  onRange?(first: number, last: number): void;
  columns: Column<T>[];
  rowKey(row: T): string;
  onOpen(row: T): void;
  height?: number;
}

const ROW = 34;
const OVERSCAN = 8;

export function VirtualTable<T>({ name, rows, columns, rowKey, onOpen, onRange, height = 440 }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const template = columns.map((column) => column.width).join(' ');
  useEffect(() => onRange?.(first, last), [onRange, first, last]);

  const move = (event: KeyboardEvent, index: number) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    const row = rows.at(index);
    if (event.key === 'Enter' && row !== undefined) onOpen(row);
    if (next < 0 || next >= rows.length) return;
    event.preventDefault();
    body.current!.scrollTop = Math.max(0, next * ROW - height / 2);
    requestAnimationFrame(() =>
      (body.current?.querySelector(`[aria-rowindex="${next + 2}"]`) as HTMLElement | null)?.focus(),
    );
  };

  return (
    <div role="table" aria-label={name} aria-rowcount={rows.length + 1} class="vtable">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} class="vrow vhead" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <div role="columnheader" key={column.key} aria-sort={column.sort}>
              {column.onSort ? (
                <button type="button" class="link" onClick={column.onSort}>
                  {column.label}
                  <span aria-hidden="true">
                    {column.sort === 'ascending' ? ' ▲' : column.sort === 'descending' ? ' ▼' : ''}
                  </span>
                </button>
              ) : (
                column.label
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={body}
        class="vbody"
        style={{ height: `${height}px` }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div style={{ height: `${rows.length * ROW}px`, position: 'relative' }}>
          {Array.from({ length: Math.max(0, last - first) }, (_, offset) => {
            const index = first + offset;
            const row = rows.at(index);
            const style = { gridTemplateColumns: template, top: `${index * ROW}px` };
            if (row === undefined)
              return (
                <div role="row" key={`pending-${index}`} aria-rowindex={index + 2} class="vrow" style={style}>
                  <div role="cell" class="muted">
                    Loading…
                  </div>
                </div>
              );
            return (
              <div
                role="row"
                key={rowKey(row)}
                aria-rowindex={index + 2}
                tabIndex={0}
                class="vrow"
                style={style}
                onClick={() => onOpen(row)}
                onKeyDown={(event) => move(event, index)}
              >
                {columns.map((column) => {
                  const content = column.render(row);
                  // A cell cut short by its width keeps its full text as a tooltip.
                  const title = typeof content === 'string' ? content : undefined;
                  return (
                    <div role="cell" key={column.key} title={title}>
                      {content}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
