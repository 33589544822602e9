/**
 * Outlines and pins for observations anchored to elements (form fields, table cells), drawn in
 * Margin's own layer (a closed shadow root over the page) so the page's elements are not restyled.
 * Positions are read only when pins are drawn and on scroll/resize (once per frame), never otherwise.
 */
import { KIND_LABELS, type ObservationKind } from '../model/observation-kinds';
import { keepAttached } from '../sidebar-frame/keep-attached';
import type { MutationHub } from '../page/mutation-hub';

const LAYER_CSS = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; outline: 2px solid var(--c); outline-offset: 2px; border-radius: 2px; }
.box.focus { outline-width: 4px; background: rgba(255, 221, 0, 0.25); }
.pin { position: absolute; top: -11px; right: -11px; pointer-events: auto; width: 22px; height: 22px; border-radius: 50%;
  border: 2px solid #fff; background: var(--c); color: #fff; font: 700 12px/18px system-ui, sans-serif; text-align: center;
  padding: 0; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.4); }
.pin:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; }
`;
const COLOURS: Record<ObservationKind, string> = {
  strength: '#00703c',
  concern: '#d4351c',
  question: '#1d70b8',
  evidence: '#594d00',
};
const LETTERS: Record<ObservationKind, string> = {
  strength: 'S',
  concern: 'C',
  question: '?',
  evidence: 'E',
};

export interface PinTarget {
  id: string;
  kind: ObservationKind;
  element: Element;
}

export interface PinLayer {
  draw(targets: PinTarget[], focusedId: string | null): void;
}

/** Creates the pin layer under `doc.documentElement`; removed when `signal` aborts. */
export function createPinLayer(
  doc: Document,
  onActivate: (id: string) => void,
  mutations: MutationHub,
  signal: AbortSignal,
): PinLayer {
  const host = doc.createElement('margin-layer');
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = LAYER_CSS;
  shadow.append(style);
  let current: { targets: PinTarget[]; focusedId: string | null } = { targets: [], focusedId: null };
  let frame = 0;

  function render(): void {
    frame = 0;
    shadow.querySelectorAll('.box').forEach((box) => box.remove());
    const win = doc.defaultView;
    for (const target of current.targets) {
      if (!target.element.isConnected) continue;
      const rect = target.element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const box = doc.createElement('div');
      box.className = target.id === current.focusedId ? 'box focus' : 'box';
      box.style.cssText = `--c: ${COLOURS[target.kind]}; left: ${rect.left + (win?.scrollX ?? 0)}px; top: ${rect.top + (win?.scrollY ?? 0)}px; width: ${rect.width}px; height: ${rect.height}px;`;
      const pin = doc.createElement('button');
      pin.type = 'button';
      pin.className = 'pin';
      pin.textContent = LETTERS[target.kind];
      pin.setAttribute('aria-label', `Margin observation: ${KIND_LABELS[target.kind]}`);
      pin.addEventListener('click', (event) => event.isTrusted && onActivate(target.id));
      box.append(pin);
      shadow.append(box);
    }
  }
  const schedule = () => {
    if (current.targets.length > 0 && frame === 0) frame = requestAnimationFrame(render);
  };
  doc.defaultView?.addEventListener('resize', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => host.remove(), { once: true });
  // Kept in the page once it is first shown (a page without pins never gets the layer).
  let kept = false;

  return {
    draw(targets, focusedId) {
      current = { targets, focusedId };
      if (targets.length > 0 && !host.isConnected) doc.documentElement.append(host);
      if (host.isConnected && !kept) {
        kept = true;
        keepAttached(doc, host, mutations, signal);
      }
      render();
    },
  };
}
