/**
 * Mounts the sidebar in the host page: a host element with a closed shadow root (host CSS and scripts
 * cannot reach inside) holding the sidebar as an iframe of an extension page, a resize handle and the
 * slim tab shown when collapsed. The sidebar's contents live in the extension's origin, so the page
 * can neither read nor script them. Everything is removed when `signal` aborts.
 */
import { createPusher, hostWidth } from './layout';
import { FRAME_CSS } from './frame-styles';
import { clampWidth, type FramePrefs } from './prefs';
import { attachResize } from './resize';
import { keepAttached } from './keep-attached';
import type { MutationHub } from '../page/mutation-hub';

export const HOST_TAG = 'margin-sidebar';

export interface MountOptions {
  /** URL of the sidebar page, e.g. `runtime.getURL('/sidebar.html')`. */
  src: string;
  prefs: FramePrefs;
  /** Called when the user changes the prefs from the page side (resize, expand from the slim tab). */
  onChange: (change: Partial<FramePrefs>) => void;
  /** Called on every load of the sidebar frame, before anything else can reach it. */
  onFrameLoad?: (frame: HTMLIFrameElement) => void;
  /** Margin's one mutation observer in this page (keeps the sidebar attached). */
  mutations: MutationHub;
  signal: AbortSignal;
}

export interface MountedSidebar {
  apply(prefs: FramePrefs): void;
  /** Shows that passive capture is on: the sidebar cannot be fully hidden then, only collapsed to its tab. */
  setRecording(on: boolean): void;
  /** Moves keyboard focus into the sidebar (a person pressed one of Margin's keys in the record). */
  focus(): void;
  /** The x of the sidebar's left edge in the window (the window's width when it is hidden). */
  edge(): number;
}

/** Mounts the sidebar under `doc.documentElement` and keeps it mounted if the page removes it. */
export function mountSidebar(doc: Document, options: MountOptions): MountedSidebar {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = FRAME_CSS;
  const frame = doc.createElement('div');
  frame.className = 'frame';
  const handle = doc.createElement('div');
  handle.className = 'resize';
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-label', 'Resize the Margin sidebar');
  handle.tabIndex = 0;
  const iframe = doc.createElement('iframe');
  iframe.title = 'Margin';
  if (options.onFrameLoad) {
    const onLoad = options.onFrameLoad;
    iframe.addEventListener('load', () => onLoad(iframe), { signal: options.signal });
  }
  iframe.src = options.src;
  frame.append(handle, iframe);
  const tab = doc.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Margin';
  tab.setAttribute('aria-label', 'Expand the Margin sidebar');
  shadow.append(style, frame, tab);

  const push = createPusher(doc.documentElement);
  let current = options.prefs;

  let recording = false;

  function apply(stored: FramePrefs): void {
    current = stored;
    // While recording, a hidden sidebar still shows its slim tab, marked, so capture is never invisible.
    const prefs = recording && !stored.open ? { ...stored, open: true, collapsed: true } : stored;
    const width = hostWidth(prefs);
    host.style.cssText =
      `all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important;` +
      `height: 100vh !important; width: ${width}px !important; z-index: 2147483647 !important;` +
      `display: ${prefs.open ? 'block' : 'none'} !important;`;
    frame.hidden = prefs.collapsed;
    tab.hidden = !prefs.collapsed;
    handle.setAttribute('aria-valuenow', String(prefs.width));
    tab.textContent = recording ? 'Margin ● REC' : 'Margin';
    tab.setAttribute(
      'aria-label',
      recording ? 'Expand the Margin sidebar (recording friction signals)' : 'Expand the Margin sidebar',
    );
    push(prefs.mode === 'push' ? width : 0);
  }

  attachResize(handle, {
    getWidth: () => current.width,
    preview: (width) => apply({ ...current, width: clampWidth(width) }),
    commit: (width) => options.onChange({ width: clampWidth(width) }),
    signal: options.signal,
  });
  tab.addEventListener(
    'click',
    (event) => event.isTrusted && options.onChange({ collapsed: false, open: true }),
    {
      signal: options.signal,
    },
  );

  apply(options.prefs);
  doc.documentElement.append(host);
  // A page that rebuilds its document (or removes foreign elements) must not lose the sidebar.
  keepAttached(doc, host, options.mutations, options.signal);
  options.signal.addEventListener(
    'abort',
    () => {
      host.remove();
      push(0);
    },
    { once: true },
  );
  return {
    apply,
    setRecording(on) {
      recording = on;
      apply(current);
    },
    focus: () => iframe.focus(),
    edge: () => {
      const rect = host.getBoundingClientRect();
      return rect.width > 0 ? rect.left : doc.documentElement.clientWidth;
    },
  };
}
