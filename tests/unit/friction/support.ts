// Helpers for the friction capture tests: a page with capture running on fake timers, synthetic user
// events, and the counters summed over every batch sent.
import { vi } from 'vitest';
import { startCapture, type Capture, type CaptureOptions } from '@/lib/friction/capture';
import type { FieldCounters, FrictionBatch, PageCounters } from '@/lib/friction/types';
import { DEFAULT_THRESHOLDS } from '@/lib/settings/thresholds';
import { createMutationHub } from '@/lib/page/mutation-hub';

export interface Harness {
  capture: Capture;
  batches: FrictionBatch[];
  send: ReturnType<typeof vi.fn<(batch: FrictionBatch) => Promise<boolean>>>;
  $(selector: string): Element;
}

if (!(globalThis as { CSS?: { escape?: unknown } }).CSS?.escape) {
  // jsdom has no CSS object and @medv/finder needs CSS.escape: a simplified one, enough for these ids.
  const escape = (value: string) => value.replace(/[^\w-]/g, (ch) => `\\${ch}`);
  (globalThis as { CSS?: unknown }).CSS = { escape };
}

let running: Capture | undefined;
let hub: AbortController | undefined;

/** Renders `html` into the body and starts capture on it (fake timers must be on). */
export function setup(html: string, options: Partial<CaptureOptions> = {}): Harness {
  document.body.innerHTML = html;
  const batches: FrictionBatch[] = [];
  const send = vi.fn(async (batch: FrictionBatch) => {
    batches.push(structuredClone(batch));
    return true;
  });
  hub?.abort();
  hub = new AbortController();
  const mutations = createMutationHub(document, { signal: hub.signal, now: () => Date.now() });
  const capture = startCapture({
    doc: document,
    mutations,
    thresholds: DEFAULT_THRESHOLDS,
    send,
    now: () => Date.now(),
    // jsdom cannot make trusted events: every event a test dispatches stands for a person's.
    isTrusted: () => true,
    ...options,
  });
  running = capture;
  const $ = (selector: string) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`No element ${selector}`);
    return element;
  };
  return { capture, batches, send, $ };
}

/** Stops the capture started by the last `setup`. */
export function teardown(): void {
  running?.stop();
  running = undefined;
  hub?.abort();
  hub = undefined;
  document.body.innerHTML = '';
}

/** Lets pending microtasks (mutation observer callbacks, promise chains) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

export const focus = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
export const blur = (el: Element) => el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
export const key = (el: Element, name: string, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));

/** Types `text` into a field the way a browser reports it: keydown then input, per character. */
export function typeInto(el: Element, text: string): void {
  for (const char of text) {
    key(el, char);
    if ('value' in el) (el as HTMLInputElement).value += char;
    else el.textContent += char;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, data: char }));
  }
}

export function click(el: Element, x = 10, y = 10, init: MouseEventInit = {}): void {
  el.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y, ...init }),
  );
}

export const pagehide = () => window.dispatchEvent(new Event('pagehide'));

/** Counters summed per form and field over all batches. */
export function totals(batches: FrictionBatch[]): Map<string, FieldCounters> {
  const byKey = new Map<string, FieldCounters>();
  for (const batch of batches) {
    for (const row of batch.fields) {
      const key = `${row.form}/${row.field}`;
      const existing = byKey.get(key);
      if (!existing) {
        byKey.set(key, { ...row });
        continue;
      }
      for (const name of COUNTERS) existing[name] += row[name];
    }
  }
  return byKey;
}

/** One field's summed counters (every counter zero when it never appeared). */
export function counters(batches: FrictionBatch[], key: string): Record<(typeof COUNTERS)[number], number> {
  const row = totals(batches).get(key);
  return Object.fromEntries(COUNTERS.map((name) => [name, row?.[name] ?? 0])) as Record<
    (typeof COUNTERS)[number],
    number
  >;
}

/** Page counters summed over all batches. */
export function pageTotals(batches: FrictionBatch[]): PageCounters {
  const sum: PageCounters = { errorSummaries: 0, timeoutWarnings: 0, unsavedExits: 0, submits: 0 };
  for (const batch of batches) {
    for (const name of Object.keys(sum) as (keyof PageCounters)[]) sum[name] += batch.page[name];
  }
  return sum;
}

export const COUNTERS = [
  'focus',
  'returns',
  'dwellMs',
  'corrections',
  'pastes',
  'invalid',
  'abandoned',
  'rageClicks',
  'deadClicks',
] as const;

/** Zero counters with some set, for exact comparisons. */
export function zero(set: Partial<Record<(typeof COUNTERS)[number], number>> = {}) {
  return { ...Object.fromEntries(COUNTERS.map((name) => [name, 0])), ...set };
}
