/**
 * Pick mode: the person chooses a field or element of the record, with the pointer (an outline
 * follows it; click chooses) or the keyboard (arrow keys or Tab step through the record's fields and
 * text blocks, Enter or Space chooses), and Esc cancels. The page receives neither the choosing click
 * nor its mousedown, and while picking no key press reaches the record at all, so nothing in the case
 * system is triggered or typed into. Margin's own elements cannot be picked. Only a person's input
 * counts: events a page script dispatches neither pick nor cancel.
 */
import { labelOf } from '../anchoring/field-identity';

const OUTLINE_CSS =
  'all: initial !important; position: fixed !important; pointer-events: none !important; z-index: 2147483646 !important;' +
  'outline: 3px solid #1d70b8 !important; background: rgba(29, 112, 184, 0.12) !important; display: block !important;';

/** What keyboard picking steps through: form fields and blocks of text. */
const STEP_SELECTOR =
  'input:not([type=hidden]), select, textarea, p, li, dt, dd, td, th, h1, h2, h3, h4, h5, h6, legend, blockquote, pre, figcaption';
const FIELD_TAGS = new Set(['input', 'select', 'textarea']);
/** Keys that never reach the record while picking. */
const SWALLOWED = ['keydown', 'keypress', 'keyup', 'beforeinput'] as const;

function isMargin(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('margin-');
}

/** A label stands for its field: picking "Date of birth" picks the date input. */
function pickable(element: Element): Element {
  if (element instanceof HTMLLabelElement && element.control) return element.control;
  return element;
}

/** The candidate under the keyboard, as the sidebar announces it. */
export interface PickPosition {
  /** "Field: Reason for assessment" or "Text: Maya said…"; null when the record offers nothing. */
  label: string | null;
  position: number;
  count: number;
}

export type PickStep = 'next' | 'previous' | 'choose';

export interface PickSession {
  result: Promise<Element | null>;
  /** Moves the keyboard outline, or chooses the element under it. */
  step(step: PickStep): PickPosition;
  cancel(): void;
}

export interface PickOptions {
  isChrome?(element: Element): boolean;
  /** Where keyboard stepping looks for candidates (the record content). */
  root?(): Element;
  /** Where keyboard stepping starts: the field the person was last in. */
  startAt?(): Element | null;
}

function describe(element: Element): string {
  if (FIELD_TAGS.has(element.tagName.toLowerCase())) return `Field: ${labelOf(element) || 'unlabelled'}`;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `Text: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`;
}

export function startPicking(doc: Document, options: PickOptions = {}): PickSession {
  const isChrome = options.isChrome ?? (() => false);
  const controller = new AbortController();
  const { signal } = controller;
  const outline = doc.createElement('margin-pick-outline');
  outline.style.cssText = OUTLINE_CSS + 'width: 0; height: 0;';
  doc.documentElement.append(outline);
  let settle: (element: Element | null) => void = () => undefined;
  const result = new Promise<Element | null>((resolve) => {
    settle = (element) => {
      controller.abort();
      outline.remove();
      resolve(element);
    };
  });
  const excluded = (target: Element) =>
    isMargin(target) || isChrome(target) || target === doc.documentElement || target === doc.body;

  const show = (target: Element) => {
    const rect = target.getBoundingClientRect();
    outline.style.cssText =
      OUTLINE_CSS +
      `left: ${rect.left}px; top: ${rect.top}px; width: ${rect.width}px; height: ${rect.height}px;`;
  };

  // Keyboard stepping: the candidates are read once, when the first key asks for them.
  let candidates: Element[] | null = null;
  let index = -1;
  const list = () => {
    if (candidates) return candidates;
    const root = options.root?.() ?? doc.body;
    candidates = [...root.querySelectorAll(STEP_SELECTOR)].filter(
      (element) =>
        !excluded(element) &&
        element.getClientRects().length > 0 &&
        // A text block inside another candidate (a paragraph in a cell) is reached through it.
        !(element.parentElement?.closest(STEP_SELECTOR) && !FIELD_TAGS.has(element.tagName.toLowerCase())) &&
        (FIELD_TAGS.has(element.tagName.toLowerCase()) || (element.textContent ?? '').trim() !== ''),
    );
    const start = options.startAt?.() ?? null;
    const at = start ? candidates.indexOf(start) : -1;
    // The first step lands on the remembered field, or on the first candidate in view.
    index =
      at >= 0 ? at - 1 : Math.max(-1, candidates.findIndex((c) => c.getBoundingClientRect().bottom > 0) - 1);
    return candidates;
  };
  const position = (): PickPosition => {
    const all = list();
    const current = all[index];
    return { label: current ? describe(current) : null, position: index + 1, count: all.length };
  };
  const step = (how: PickStep): PickPosition => {
    const all = list();
    if (how === 'choose') {
      const chosen = all[index] ?? null;
      if (chosen) settle(chosen);
      return position();
    }
    if (all.length === 0) return position();
    index = how === 'next' ? (index + 1) % all.length : (index - 1 + all.length) % all.length;
    const current = all[index]!;
    current.scrollIntoView({ block: 'nearest' });
    show(current);
    return position();
  };

  doc.addEventListener(
    'mouseover',
    (event) => {
      const target =
        event.target instanceof Element && !excluded(event.target) ? pickable(event.target) : null;
      if (target) show(target);
    },
    { capture: true, passive: true, signal },
  );
  const targetOf = (event: Event): Element | null => {
    const target = event.target instanceof Element ? event.target : null;
    return target && !excluded(target) ? pickable(target) : null;
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of ['mousedown', 'pointerdown'] as const) {
    doc.defaultView?.addEventListener(
      type,
      (event) => {
        if (event.isTrusted && targetOf(event)) swallow(event);
      },
      { capture: true, signal },
    );
  }
  doc.defaultView?.addEventListener(
    'click',
    (event) => {
      const target = event.isTrusted ? targetOf(event) : null;
      if (!target) return;
      swallow(event);
      settle(target);
    },
    { capture: true, signal },
  );
  // Keys, on the window before anything of the page's document: none reaches the record.
  for (const type of SWALLOWED) {
    doc.defaultView?.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        swallow(event);
        if (type !== 'keydown') return;
        const { key, shiftKey } = event as KeyboardEvent;
        if (key === 'Escape') settle(null);
        else if (key === 'Enter' || key === ' ') step('choose');
        else if (key === 'ArrowDown' || key === 'ArrowRight' || (key === 'Tab' && !shiftKey)) step('next');
        else if (key === 'ArrowUp' || key === 'ArrowLeft' || (key === 'Tab' && shiftKey)) step('previous');
      },
      { capture: true, signal },
    );
  }
  return { result, step, cancel: () => settle(null) };
}
