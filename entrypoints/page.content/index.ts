/**
 * The in-page script: mounts the sidebar frame, tells the background which screen this tab shows,
 * anchors and paints the screen's observations, and answers the sidebar's requests. Runs inside slow
 * case systems, so it stays small (no Zod, no Preact) and does its DOM work only after changes settle.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { DEMO_SITES } from '@/lib/sites/build-sites';
import { BUILTIN_ADAPTERS } from '@/lib/adapters/builtin';
import { readContext } from '@/lib/adapters/read-context';
import { createHighlighter } from '@/lib/highlights/highlighter';
import { request } from '@/lib/messaging/client';
import { createAnchorController } from '@/lib/page/anchor-controller';
import { listenToSidebar } from '@/lib/page/bridge-listener';
import { observeDomChanges } from '@/lib/page/dom-changes';
import { watchContext } from '@/lib/page/watch-context';
import { mountSidebar, type MountedSidebar } from '@/lib/sidebar-frame/mount';
import { runFrictionCapture } from '@/lib/page/start-friction';
import { createFrictionLayer } from '@/lib/highlights/friction-layer';
import { loadPrefs, updatePrefs, watchPrefs } from '@/lib/sidebar-frame/prefs';

const warn = (what: string) => (error: unknown) => console.warn(`Margin could not ${what}:`, error);

export default defineContentScript({
  // The build replaces these with the sites it is configured for (wxt.config.ts).
  matches: [...DEMO_SITES],
  runAt: 'document_idle',
  async main(ctx) {
    const { signal } = ctx;
    if (window.top !== window) return;
    const root = () => document.body ?? document.documentElement;

    const currentContext = () => readContext(document, location, BUILTIN_ADAPTERS);
    // The frame mounts after the prefs load; recording may be reported before that.
    const frame: { sidebar?: MountedSidebar; recording: boolean } = { recording: false };
    const friction = runFrictionCapture({
      doc: document,
      origin: location.origin,
      currentContext,
      onRecording: (on) => {
        frame.recording = on;
        frame.sidebar?.setRecording(on);
      },
      signal,
    });
    const changes = observeDomChanges(document, signal);
    watchContext(changes, {
      read: currentContext,
      report: (context) => {
        friction.screenChanged(context);
        void request({ type: 'page/context', context }).catch(warn('report this screen'));
      },
    });

    const activate = (observationId: string) => {
      anchors.focus(observationId);
      void request({ type: 'page/focus', observationId }).catch(warn('focus the observation'));
    };
    const highlighter = createHighlighter(document, activate, signal);
    const anchors = createAnchorController(root, highlighter, (status) => {
      void request({ type: 'page/anchors', ...status }).catch(warn('report anchors'));
    });
    changes.subscribe(() => anchors.refresh());
    document.addEventListener(
      'click',
      (event) => {
        const id = highlighter.hitTest(event.clientX, event.clientY);
        if (id) activate(id);
      },
      { capture: true, passive: true, signal },
    );
    const frictionLayer = createFrictionLayer(document, signal);
    listenToSidebar({ doc: document, root, readContext: currentContext, anchors, frictionLayer, signal });

    const prefs = await loadPrefs();
    if (signal.aborted) return;
    const mounted = mountSidebar(document, {
      src: browser.runtime.getURL('/sidebar.html'),
      prefs,
      onChange: (change) => void updatePrefs(change),
      signal,
    });
    frame.sidebar = mounted;
    mounted.setRecording(frame.recording);
    watchPrefs(mounted.apply, signal);
  },
});
