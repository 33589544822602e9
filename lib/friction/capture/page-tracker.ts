/**
 * Page signals: error summaries appearing, session-timeout warnings appearing, and form submits. Works
 * from mutation records, looking only at added element nodes (cheap `matches`, `closest` and
 * `querySelector` on the added subtree) and at dialogs being opened. A dialog's text is only tested
 * against the timeout pattern, never kept.
 */
import type { CaptureContext } from './context';
import { elementOf } from './elements';

const SUMMARIES = ['.error-summary', '.govuk-error-summary', '[role=alert]'];
const SUMMARY = SUMMARIES.join(', ');
const LINK = 'a[href^="#"]:not([href="#"])';
const SUMMARY_LINK = SUMMARIES.map((summary) => `${summary} ${LINK}`).join(', ');
const DIALOG = 'dialog, [role=alertdialog], [role=dialog]';
const DIALOG_STATE = new Set(['open', 'hidden', 'aria-hidden']);
const TIMEOUT_TEXT = /session|time.?out|expir|signed out|log(ged)? out/i;

/** Mutation and submit handlers for page signals. */
export interface PageTracker {
  /** Records of DOM changes made at `at`. */
  onMutations(records: readonly MutationRecord[], at: number): void;
  onSubmit(): void;
  /** Counts an error summary or timeout warning already on the page when capture starts. */
  scanInitial(): void;
}

/** A page tracker counting into `ctx.aggregate`. */
export function createPageTracker(ctx: CaptureContext): PageTracker {
  // Dialogs seen open, so re-setting `open` or `aria-hidden` on an open dialog counts nothing.
  const shown = new WeakSet<Element>();

  const noteDialog = (dialog: Element, added: boolean): boolean => {
    if (!isOpen(dialog)) {
      shown.delete(dialog);
      return false;
    }
    if (!added && shown.has(dialog)) return false;
    shown.add(dialog);
    return TIMEOUT_TEXT.test(dialog.textContent ?? '');
  };

  const scanAdded = (element: Element, summaries: Set<Element>, dialogs: Set<Element>) => {
    const inSummary = element.closest(SUMMARY);
    if (inSummary) {
      if (element.matches(LINK) || element.querySelector(LINK)) summaries.add(inSummary);
    } else {
      const summary = element.querySelector(SUMMARY_LINK)?.closest(SUMMARY);
      if (summary) summaries.add(summary);
    }
    const dialog = element.matches(DIALOG) ? element : element.querySelector(DIALOG);
    if (dialog && noteDialog(dialog, true)) dialogs.add(dialog);
  };

  const record = (summaries: Set<Element>, dialogs: Set<Element>, at: number | null) => {
    // An error summary answers a person's submit (or arrives with the page that answered it).
    if (at === null || ctx.afterPerson(at))
      for (let i = 0; i < summaries.size; i++) ctx.aggregate.bumpPage('errorSummaries');
    for (let i = 0; i < dialogs.size; i++) ctx.aggregate.bumpPage('timeoutWarnings');
  };

  return {
    onMutations(records, at) {
      const summaries = new Set<Element>();
      const dialogs = new Set<Element>();
      for (const mutation of records) {
        if (mutation.type === 'childList') {
          for (const node of mutation.addedNodes) {
            if (node.nodeType === 1) scanAdded(node as Element, summaries, dialogs);
          }
        } else if (mutation.type === 'attributes' && DIALOG_STATE.has(mutation.attributeName ?? '')) {
          const target = elementOf(mutation.target);
          if (!target?.matches(DIALOG)) continue;
          // Records come after the frame: the old value says whether it was closed just before.
          if (closedBefore(target, mutation)) shown.delete(target);
          if (noteDialog(target, false)) dialogs.add(target);
        }
      }
      record(summaries, dialogs, at);
    },
    onSubmit() {
      ctx.aggregate.bumpPage('submits');
    },
    scanInitial() {
      const root = ctx.doc.body;
      if (!root) return;
      const summaries = new Set<Element>();
      const dialogs = new Set<Element>();
      const summary = root.querySelector(SUMMARY_LINK)?.closest(SUMMARY);
      if (summary) summaries.add(summary);
      for (const dialog of root.querySelectorAll(DIALOG)) if (noteDialog(dialog, true)) dialogs.add(dialog);
      record(summaries, dialogs, null);
    },
  };
}

/** Whether the dialog was closed before the change `mutation` records (from its old value). */
function closedBefore(dialog: Element, mutation: MutationRecord): boolean {
  const old = mutation.oldValue;
  if (mutation.attributeName === 'open') return dialog.localName === 'dialog' && old === null;
  if (mutation.attributeName === 'hidden') return old !== null;
  return old === 'true';
}

/** An open `<dialog>`, or a dialog role not hidden by `hidden` or `aria-hidden` (no style reads). */
function isOpen(dialog: Element): boolean {
  if (dialog.localName === 'dialog' && !dialog.hasAttribute('open')) return false;
  return !dialog.hasAttribute('hidden') && dialog.getAttribute('aria-hidden') !== 'true';
}
