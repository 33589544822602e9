/** The sidebar's top bar: its name, collapse, push/overlay choice and the way to the dashboard. */
import { browser } from 'wxt/browser';
import { updatePrefs, type FramePrefs } from '@/lib/sidebar-frame/prefs';

export function SidebarHeader({ prefs }: { prefs: FramePrefs }) {
  const overlay = prefs.mode === 'overlay';
  return (
    <header class="bar">
      <h1>Margin</h1>
      <div class="bar-actions">
        <button
          type="button"
          aria-pressed={overlay}
          title="Overlay the page instead of pushing it aside"
          onClick={() => updatePrefs({ mode: overlay ? 'push' : 'overlay' })}
        >
          Overlay page
        </button>
        <button
          type="button"
          onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          Dashboard
        </button>
        <button
          type="button"
          aria-label="Collapse sidebar"
          title="Collapse sidebar"
          onClick={() => updatePrefs({ collapsed: true })}
        >
          ⇥
        </button>
      </div>
    </header>
  );
}
