/**
 * Unsaved exits and abandoned fields: which forms have had input since their last submit, and the
 * last field touched in each. When the page is left, each such form counts one unsaved exit and its
 * last field one abandonment. Fields outside any form are left out: with no submit to clear them,
 * every exit after typing would look unsaved.
 */
import type { CaptureContext } from './context';
import { elementOf, formKeyOf } from './elements';

interface FormState {
  dirty: boolean;
  last: Element;
}

/** Tracks forms with unsaved input. */
export interface UnsavedTracker {
  /** `field` of `form` was focused or changed: it is now the form's last touched field. */
  touch(field: Element, form: Element | null): void;
  /** `field` of `form` had input: the form now has unsaved input. */
  changed(field: Element, form: Element | null): void;
  /** A `submit` event: its form has nothing unsaved any more. */
  submitted(event: Event): void;
  /** The page is being left: counts unsaved exits and abandoned fields, once per form. */
  leave(): void;
}

/** An unsaved-input tracker counting into `ctx.aggregate`. */
export function createUnsavedTracker(ctx: CaptureContext): UnsavedTracker {
  // Only forms touched since their last submit; a submitted form is forgotten.
  const forms = new Map<Element, FormState>();

  const touch = (field: Element, form: Element | null): FormState | undefined => {
    if (!form) return undefined;
    let state = forms.get(form);
    if (state) state.last = field;
    else forms.set(form, (state = { dirty: false, last: field }));
    return state;
  };

  return {
    touch,
    changed(field, form) {
      const state = touch(field, form);
      if (state) state.dirty = true;
    },
    submitted(event) {
      const form = elementOf(event.target);
      if (form) forms.delete(form);
    },
    leave() {
      for (const [form, state] of forms) {
        if (!state.dirty) continue;
        state.dirty = false;
        ctx.aggregate.bumpPage('unsavedExits');
        if (!ctx.isSensitive(state.last))
          ctx.aggregate.counts(state.last, true, formKeyOf(form)).abandoned += 1;
      }
    },
  };
}
