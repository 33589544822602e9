/**
 * Pick mode: the user points at a field or element of the record and clicks to choose it (Esc
 * cancels). An outline follows the pointer; the page receives neither the choosing click nor its
 * mousedown, so nothing in the case system is triggered. Margin's own elements cannot be picked.
 * Only a person's input counts: events a page script dispatches neither pick nor cancel.
 */
const OUTLINE_CSS =
  'all: initial !important; position: fixed !important; pointer-events: none !important; z-index: 2147483646 !important;' +
  'outline: 3px solid #1d70b8 !important; background: rgba(29, 112, 184, 0.12) !important; display: block !important;';

function isMargin(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('margin-');
}

/** A label stands for its field: picking "Date of birth" picks the date input. */
function pickable(element: Element): Element {
  if (element instanceof HTMLLabelElement && element.control) return element.control;
  return element;
}

export interface PickSession {
  result: Promise<Element | null>;
  cancel(): void;
}

export function startPicking(
  doc: Document,
  isChrome: (element: Element) => boolean = () => false,
): PickSession {
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

  const targetOf = (event: Event): Element | null => {
    const target = event.target instanceof Element ? event.target : null;
    if (
      !target ||
      isMargin(target) ||
      isChrome(target) ||
      target === doc.documentElement ||
      target === doc.body
    ) {
      return null;
    }
    return pickable(target);
  };
  doc.addEventListener(
    'mouseover',
    (event) => {
      const target = targetOf(event);
      if (!target) return;
      const rect = target.getBoundingClientRect();
      outline.style.cssText =
        OUTLINE_CSS +
        `left: ${rect.left}px; top: ${rect.top}px; width: ${rect.width}px; height: ${rect.height}px;`;
    },
    { capture: true, passive: true, signal },
  );
  const swallow = (event: Event) => {
    if (!event.isTrusted || !targetOf(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  doc.addEventListener('mousedown', swallow, { capture: true, signal });
  doc.addEventListener('pointerdown', swallow, { capture: true, signal });
  doc.addEventListener(
    'click',
    (event) => {
      const target = event.isTrusted ? targetOf(event) : null;
      if (!target) return;
      swallow(event);
      settle(target);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      settle(null);
    },
    { capture: true, signal },
  );
  return { result, cancel: () => settle(null) };
}
