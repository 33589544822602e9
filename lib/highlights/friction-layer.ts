/**
 * The in-page friction layer: a badge beside each field with friction evidence (its score, and the
 * counts in words for screen readers and on hover), drawn in Margin's own closed shadow layer so the
 * page is not restyled. Positions are read only when drawing and on scroll/resize (once per frame).
 */
import type { FrictionMark } from '../page-bridge/protocol';
import { describeCounts } from '../friction/signal-labels';

const CSS_TEXT = `
:host { all: initial; }
.badge { position: absolute; transform: translate(-100%, -50%); font: 700 11px/1 system-ui, sans-serif; color: #fff;
  background: #942514; border: 2px solid #fff; border-radius: 10px; padding: 3px 6px; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.4); }
.box { position: absolute; outline: 2px dashed #942514; outline-offset: 1px; pointer-events: none; }
`;

export interface FrictionLayer {
  show(marks: FrictionMark[]): number;
}

export function createFrictionLayer(doc: Document, signal: AbortSignal): FrictionLayer {
  const host = doc.createElement('margin-friction-layer');
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483645 !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS_TEXT;
  shadow.append(style);
  let marks: FrictionMark[] = [];
  let frame = 0;

  function render(): number {
    frame = 0;
    shadow.querySelectorAll('.badge, .box').forEach((node) => node.remove());
    const win = doc.defaultView;
    let shown = 0;
    for (const mark of marks) {
      let element: Element | null = null;
      try {
        element = doc.querySelector(mark.css);
      } catch {
        continue;
      }
      const rect = element?.getBoundingClientRect();
      if (!rect || (rect.width === 0 && rect.height === 0)) continue;
      const x = rect.left + (win?.scrollX ?? 0);
      const y = rect.top + (win?.scrollY ?? 0);
      const box = doc.createElement('div');
      box.className = 'box';
      box.style.cssText = `left: ${x}px; top: ${y}px; width: ${rect.width}px; height: ${rect.height}px;`;
      const badge = doc.createElement('span');
      badge.className = 'badge';
      const words = describeCounts(mark.counts);
      badge.textContent = String(mark.score);
      badge.title = `${mark.label}: ${words}`;
      badge.setAttribute('role', 'note');
      badge.setAttribute('aria-label', `Friction on ${mark.label}: ${words}`);
      badge.style.cssText = `left: ${x + rect.width}px; top: ${y}px;`;
      shadow.append(box, badge);
      shown++;
    }
    return shown;
  }
  const schedule = () => {
    if (marks.length > 0 && frame === 0) frame = requestAnimationFrame(() => void render());
  };
  doc.defaultView?.addEventListener('resize', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    show(next) {
      marks = next;
      if (marks.length === 0) {
        host.remove();
        return 0;
      }
      if (!host.isConnected) doc.documentElement.append(host);
      return render();
    },
  };
}
