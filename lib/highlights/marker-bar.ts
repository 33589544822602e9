/**
 * The marker bar beside the record (like Hypothesis's bucket bar), drawn in Margin's own layer at the
 * sidebar's left edge: how many observations lie above and below the window, each a button that jumps
 * to the nearest one, and a mark for the observations in view, level with them. Positions are read
 * when the observations are painted and on scroll or resize, once per frame.
 */
import type { Painted } from './highlighter';

const BAR_CSS = `
:host { all: initial; }
.bar { position: fixed; top: 0; bottom: 0; width: 18px; pointer-events: none; font: 700 11px/1 system-ui, sans-serif; }
button { position: absolute; left: 0; width: 18px; min-height: 18px; padding: 1px 0; border: 1px solid #fff; border-radius: 3px;
  background: #1d70b8; color: #fff; font: inherit; text-align: center; cursor: pointer; pointer-events: auto; box-shadow: 0 1px 2px rgba(0,0,0,.4); }
button.edge { background: #0b0c0c; }
button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; }
`;
/** Marks closer than this (px) are one mark with a count. */
const BUCKET_PX = 22;

export interface MarkerBar {
  draw(items: readonly Painted[]): void;
}

export interface MarkerBarOptions {
  /** The x of the sidebar's left edge in the window (the bar sits just inside the record, beside it). */
  edge(): number;
  /** Takes the person to an observation: scroll it into view and show it in the sidebar. */
  go(id: string): void;
}

function rectOf(item: Painted): DOMRect | null {
  const rect = 'range' in item ? item.range.getBoundingClientRect() : item.element.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

const observations = (count: number) => (count === 1 ? '1 observation' : `${count} observations`);

export function createMarkerBar(doc: Document, options: MarkerBarOptions, signal: AbortSignal): MarkerBar {
  const host = doc.createElement('margin-markers');
  host.style.cssText = 'all: initial !important; position: fixed !important; z-index: 2147483646 !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BAR_CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'navigation');
  bar.setAttribute('aria-label', 'Margin observations on this screen');
  shadow.append(style, bar);
  let items: readonly Painted[] = [];
  let frame = 0;

  const button = (label: string, text: string, top: number, id: string, edge = false) => {
    const element = doc.createElement('button');
    element.type = 'button';
    if (edge) element.className = 'edge';
    element.textContent = text;
    element.setAttribute('aria-label', label);
    element.style.top = `${Math.round(top)}px`;
    element.addEventListener('click', (event) => event.isTrusted && options.go(id));
    return element;
  };

  function render(): void {
    frame = 0;
    const win = doc.defaultView;
    if (!win) return;
    bar.replaceChildren();
    bar.style.left = `${Math.round(options.edge()) - 20}px`;
    const height = win.innerHeight;
    const above: { id: string; bottom: number }[] = [];
    const below: { id: string; top: number }[] = [];
    const inView: { id: string; top: number }[] = [];
    for (const item of items) {
      const rect = rectOf(item);
      if (!rect) continue;
      if (rect.bottom < 0) above.push({ id: item.id, bottom: rect.bottom });
      else if (rect.top > height) below.push({ id: item.id, top: rect.top });
      else inView.push({ id: item.id, top: Math.max(rect.top, 24) });
    }
    if (above.length > 0) {
      const nearest = above.reduce((a, b) => (b.bottom > a.bottom ? b : a));
      bar.append(
        button(
          `${observations(above.length)} above: go to the nearest`,
          `▲${above.length}`,
          2,
          nearest.id,
          true,
        ),
      );
    }
    inView.sort((a, b) => a.top - b.top);
    for (let i = 0; i < inView.length;) {
      let j = i + 1;
      while (j < inView.length && inView[j]!.top - inView[i]!.top < BUCKET_PX) j++;
      const count = j - i;
      bar.append(
        button(
          `${observations(count)} here: show in the sidebar`,
          String(count),
          inView[i]!.top,
          inView[i]!.id,
        ),
      );
      i = j;
    }
    if (below.length > 0) {
      const nearest = below.reduce((a, b) => (b.top < a.top ? b : a));
      bar.append(
        button(
          `${observations(below.length)} below: go to the nearest`,
          `▼${below.length}`,
          height - 22,
          nearest.id,
          true,
        ),
      );
    }
  }
  const schedule = () => {
    if (items.length > 0 && frame === 0) frame = requestAnimationFrame(render);
  };
  doc.defaultView?.addEventListener('resize', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      host.remove();
    },
    { once: true },
  );

  return {
    draw(next) {
      items = next;
      if (items.length === 0) {
        host.remove();
        return;
      }
      if (!host.isConnected) doc.documentElement.append(host);
      render();
    },
  };
}
