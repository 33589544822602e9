/**
 * How the sidebar sits on the page: shown or hidden, collapsed to a slim tab, its width, and whether it
 * pushes the page aside or overlays it. Kept in `storage.local` so every tab and the sidebar itself
 * share one preference; changes reach every open tab through `storage.onChanged`.
 * Used by the in-page script, the sidebar and the background (toolbar button); no Zod, to stay light.
 */
import { browser } from 'wxt/browser';

export type LayoutMode = 'push' | 'overlay';

export interface FramePrefs {
  open: boolean;
  collapsed: boolean;
  width: number;
  mode: LayoutMode;
}

export const FRAME_PREFS_KEY = 'framePrefs';
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
export const DEFAULT_PREFS: FramePrefs = { open: true, collapsed: false, width: 360, mode: 'push' };

/** Returns valid prefs from anything stored, keeping each valid field and defaulting the rest. */
export function normalisePrefs(stored: unknown): FramePrefs {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
    Record<keyof FramePrefs, unknown>
  >;
  return {
    open: typeof value.open === 'boolean' ? value.open : DEFAULT_PREFS.open,
    collapsed: typeof value.collapsed === 'boolean' ? value.collapsed : DEFAULT_PREFS.collapsed,
    width:
      typeof value.width === 'number' && Number.isFinite(value.width)
        ? clampWidth(value.width)
        : DEFAULT_PREFS.width,
    mode: value.mode === 'overlay' || value.mode === 'push' ? value.mode : DEFAULT_PREFS.mode,
  };
}

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

export async function loadPrefs(): Promise<FramePrefs> {
  return normalisePrefs((await browser.storage.local.get(FRAME_PREFS_KEY))[FRAME_PREFS_KEY]);
}

/** Merges `change` into the stored prefs and returns the result. */
export async function updatePrefs(change: Partial<FramePrefs>): Promise<FramePrefs> {
  const next = normalisePrefs({ ...(await loadPrefs()), ...change });
  await browser.storage.local.set({ [FRAME_PREFS_KEY]: next });
  return next;
}

/** Calls `listener` with the new prefs whenever they change, until `signal` aborts. */
export function watchPrefs(listener: (prefs: FramePrefs) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && FRAME_PREFS_KEY in changes)
      listener(normalisePrefs(changes[FRAME_PREFS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}

/** The toolbar button and Alt+Shift+M: hide a shown sidebar, show a hidden or collapsed one. */
export function togglePrefs(prefs: FramePrefs): Partial<FramePrefs> {
  const visible = prefs.open && !prefs.collapsed;
  return { open: !visible, collapsed: false };
}
