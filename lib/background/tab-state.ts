/**
 * What the in-page script last told the background about each tab: the screen it shows, which
 * observations it found there, which one the user clicked. Kept in `storage.session` (memory only,
 * cleared when the browser closes, not readable by in-page scripts) so it survives a service-worker
 * restart and the tab's sidebar can watch it change.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PageContextSchema } from '../model/page-context';

export const TabStateSchemas = {
  context: PageContextSchema,
  anchors: z.object({ pageKey: z.string(), anchored: z.array(z.string()), orphaned: z.array(z.string()) }),
  focus: z.object({ observationId: z.string(), at: z.number() }),
  /** The flag-friction keyboard command was used in this tab. */
  flag: z.object({ at: z.number() }),
  /** Alt+O (add an observation) or Alt+P (pick an element) was pressed in the record. */
  shortcut: z.object({ action: z.enum(['add', 'pick']), at: z.number() }),
};
export type TabStateKind = keyof typeof TabStateSchemas;
export type TabState<K extends TabStateKind> = z.infer<(typeof TabStateSchemas)[K]>;

export function tabStateKey(kind: TabStateKind, tabId: number): string {
  return `${kind}:${tabId}`;
}

export async function setTabState<K extends TabStateKind>(
  kind: K,
  tabId: number,
  value: TabState<K>,
): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(kind, tabId)]: value });
}

/** The last value of `kind` for `tabId`, or null when none (or nothing valid) was stored. */
export async function getTabState<K extends TabStateKind>(
  kind: K,
  tabId: number,
): Promise<TabState<K> | null> {
  const key = tabStateKey(kind, tabId);
  const parsed = TabStateSchemas[kind].safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? (parsed.data as TabState<K>) : null;
}

/** Forgets everything about a closed tab. */
export async function clearTabState(tabId: number): Promise<void> {
  const kinds = Object.keys(TabStateSchemas) as TabStateKind[];
  await browser.storage.session.remove(kinds.map((kind) => tabStateKey(kind, tabId)));
}

/** Extension pages: calls `listener` whenever `kind` changes for `tabId`, until `signal` aborts. */
export function watchTabState<K extends TabStateKind>(
  kind: K,
  tabId: number,
  listener: (value: TabState<K> | null) => void,
  signal: AbortSignal,
): void {
  const key = tabStateKey(kind, tabId);
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = TabStateSchemas[kind].safeParse(changes[key]?.newValue);
    listener(parsed.success ? (parsed.data as TabState<K>) : null);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
