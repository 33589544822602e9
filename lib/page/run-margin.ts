/**
 * Everything Margin does in a page of an enabled site, torn down when `signal` aborts: reads the
 * screen with the site's adapters, anchors and paints observations inside the record content, runs
 * friction capture if allowed, answers the sidebar, and mounts the sidebar frame.
 */
import { browser } from 'wxt/browser';
import { findAdapter, readContext } from '../adapters/read-context';
import { createHighlighter } from '../highlights/highlighter';
import type { FrictionLayer } from '../highlights/friction-layer';
import { createMarkerBar } from '../highlights/marker-bar';
import { request } from '../messaging/client';
import type { PageConfig } from '../page-bridge/page-config';
import { mountSidebar, type MountedSidebar } from '../sidebar-frame/mount';
import { loadPrefs, updatePrefs, watchPrefs } from '../sidebar-frame/prefs';
import { createAnchorController } from './anchor-controller';
import { loadChunk } from './chunks';
import { createEventHub } from './event-hub';
import { createFrameTokens } from './frame-tokens';
import { listenForMarginKeys } from './margin-keys';
import { listenToSidebar } from './bridge-listener';
import { rememberLastField } from './last-field';
import { observeDomChanges } from './dom-changes';
import { createMutationHub } from './mutation-hub';
import { runFrictionCapture } from './start-friction';
import { siteRegions } from './site-regions';
import { watchContext } from './watch-context';

const warn = (what: string) => (error: unknown) => console.warn(`Margin could not ${what}:`, error);

export async function runMargin(config: PageConfig, signal: AbortSignal): Promise<void> {
  const currentContext = () => readContext(document, location, config.adapters);
  // One listener per event type for everything below, friction capture included.
  const events = createEventHub(document, signal);
  // One mutation observer for everything below, friction capture and the sidebar frame included.
  const mutations = createMutationHub(document, { signal });
  const regions = siteRegions(document, (href) => findAdapter(new URL(href), config.adapters));
  // The frame mounts after the prefs load; recording may be reported before that.
  const frame: { sidebar?: MountedSidebar; recording: boolean } = { recording: false };
  const friction = runFrictionCapture({
    doc: document,
    events,
    mutations,
    origin: location.origin,
    allowed: config.captureAllowed,
    isSensitive: regions.isSensitive,
    thresholds: config.thresholds,
    currentContext,
    onRecording: (on) => {
      frame.recording = on;
      frame.sidebar?.setRecording(on);
    },
    signal,
  });
  const changes = observeDomChanges(document, mutations, signal);
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
  const painter = createHighlighter(document, activate, mutations, signal);
  const markers = createMarkerBar(
    document,
    {
      edge: () => frame.sidebar?.edge() ?? window.innerWidth,
      go: (id) => anchors.reveal(id) && activate(id),
    },
    signal,
  );
  const highlighter: typeof painter = {
    paint(items, focusedId) {
      painter.paint(items, focusedId);
      markers.draw(items);
    },
    hitTest: painter.hitTest,
  };
  const anchors = createAnchorController(
    regions.content,
    highlighter,
    (status) => void request({ type: 'page/anchors', ...status }).catch(warn('report anchors')),
    () => loadChunk('anchoring'),
  );
  changes.subscribe(() => anchors.refresh());
  events.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const id = highlighter.hitTest(event.clientX, event.clientY);
      if (id) activate(id);
    },
    { capture: true, passive: true, signal },
  );
  let frictionLayer: Promise<FrictionLayer> | undefined;
  const showFriction = async (marks: Parameters<FrictionLayer['show']>[0]) => {
    frictionLayer ??= loadChunk('frictionLayer').then(({ createFrictionLayer }) =>
      createFrictionLayer(document, signal),
    );
    return (await frictionLayer).show(marks);
  };
  const lastField = rememberLastField(events, regions.content, regions.isChrome, signal);
  const frameTokens = createFrameTokens(new URL(browser.runtime.getURL('/')).origin);
  listenToSidebar({
    isLiveToken: frameTokens.isLive,
    doc: document,
    root: regions.content,
    isChrome: regions.isChrome,
    readContext: currentContext,
    lastField: lastField.get,
    focusSidebar: () => frame.sidebar?.focus(),
    anchors,
    showFriction,
    adapters: config.adapters,
    signal,
  });

  listenForMarginKeys(
    events,
    (action) => {
      frame.sidebar?.focus();
      void request({ type: 'page/shortcut', action }).catch(warn('open the sidebar'));
    },
    signal,
  );

  const prefs = await loadPrefs();
  if (signal.aborted) return;
  const src = browser.runtime.getURL('/sidebar.html');
  const mounted = mountSidebar(document, {
    src,
    prefs,
    onFrameLoad: (iframe) => void frameTokens.handTo(iframe).catch(warn('open the sidebar')),
    onChange: (change) => void updatePrefs(change),
    mutations,
    signal,
  });
  frame.sidebar = mounted;
  mounted.setRecording(frame.recording);
  watchPrefs(mounted.apply, signal);
}
