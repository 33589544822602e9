/**
 * How anchored text looks, per observation kind. Uses the CSS Custom Highlight API, so the page's DOM
 * is never touched (no wrapper elements that could break its layout or scripts), and a constructed
 * stylesheet, which a strict page CSP does not block. Each kind has its own underline style, so
 * highlights are readable without colour.
 */
import type { ObservationKind } from '../model/observation-kinds';

export const KIND_HIGHLIGHTS: Record<ObservationKind, string> = {
  strength: 'margin-strength',
  concern: 'margin-concern',
  question: 'margin-question',
  evidence: 'margin-evidence',
};
export const FOCUS_HIGHLIGHT = 'margin-focus';

const CSS_TEXT = `
::highlight(margin-strength) { background-color: rgba(0, 112, 60, 0.22); text-decoration: underline solid 2px #00703c; }
::highlight(margin-concern) { background-color: rgba(212, 53, 28, 0.2); text-decoration: underline wavy 2px #d4351c; }
::highlight(margin-question) { background-color: rgba(29, 112, 184, 0.2); text-decoration: underline dotted 2px #1d70b8; }
::highlight(margin-evidence) { background-color: rgba(255, 221, 0, 0.35); text-decoration: underline dashed 2px #594d00; }
::highlight(margin-focus) { background-color: rgba(255, 221, 0, 0.85); color: #0b0c0c; }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds Margin's highlight styles to the document once (again if the page replaced its sheets). */
export function ensureHighlightStyles(doc: Document): void {
  sheet ??= (() => {
    const created = new CSSStyleSheet();
    created.replaceSync(CSS_TEXT);
    return created;
  })();
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Removes Margin's highlight styles. */
export function removeHighlightStyles(doc: Document): void {
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
}

/** True where the browser supports the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}
