import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  MAX_WIDTH,
  MIN_WIDTH,
  loadPrefs,
  normalisePrefs,
  togglePrefs,
  updatePrefs,
} from '@/lib/sidebar-frame/prefs';
import { createPusher, hostWidth, COLLAPSED_WIDTH } from '@/lib/sidebar-frame/layout';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('sidebar prefs', () => {
  it('keeps valid stored fields and defaults broken ones', () => {
    expect(normalisePrefs(undefined)).toEqual(DEFAULT_PREFS);
    expect(normalisePrefs({ open: 'yes', width: 10_000, mode: 'float', collapsed: true })).toEqual({
      ...DEFAULT_PREFS,
      collapsed: true,
      width: MAX_WIDTH,
    });
    expect(normalisePrefs({ width: 3 }).width).toBe(MIN_WIDTH);
  });

  it('toggles: shown -> hidden, hidden -> shown, collapsed -> expanded', () => {
    expect(togglePrefs({ ...DEFAULT_PREFS, open: true, collapsed: false })).toEqual({
      open: false,
      collapsed: false,
    });
    expect(togglePrefs({ ...DEFAULT_PREFS, open: false })).toEqual({ open: true, collapsed: false });
    expect(togglePrefs({ ...DEFAULT_PREFS, open: true, collapsed: true })).toEqual({
      open: true,
      collapsed: false,
    });
  });

  it('merges updates into storage', async () => {
    await fakeBrowser.storage.local.set({ framePrefs: { mode: 'overlay' } });
    await updatePrefs({ width: 500 });
    expect(await loadPrefs()).toEqual({ ...DEFAULT_PREFS, mode: 'overlay', width: 500 });
  });

  it('takes no room when hidden and a slim tab when collapsed', () => {
    expect(hostWidth({ ...DEFAULT_PREFS, open: false })).toBe(0);
    expect(hostWidth({ ...DEFAULT_PREFS, collapsed: true })).toBe(COLLAPSED_WIDTH);
    expect(hostWidth({ ...DEFAULT_PREFS, width: 400 })).toBe(400);
  });
});

describe('push layout', () => {
  it('restores the page’s own margin when the sidebar goes', () => {
    const root = { style: new Map<string, [string, string]>() };
    const style = {
      getPropertyValue: (name: string) => root.style.get(name)?.[0] ?? '',
      getPropertyPriority: (name: string) => root.style.get(name)?.[1] ?? '',
      setProperty: (name: string, value: string, priority = '') =>
        void root.style.set(name, [value, priority]),
      removeProperty: (name: string) => void root.style.delete(name),
    };
    style.setProperty('margin-right', '4px');
    const push = createPusher({ style } as unknown as HTMLElement);
    push(360);
    expect(root.style.get('margin-right')).toEqual(['360px', 'important']);
    push(0);
    expect(root.style.get('margin-right')).toEqual(['4px', '']);
  });
});
