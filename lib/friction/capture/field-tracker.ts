/**
 * Per-field signals: focus, dwell time, returns after input, corrections (Backspace/Delete presses),
 * pastes and validation errors (`invalid` events and `aria-invalid` turning "true"). Handlers do O(1)
 * work: what an event target is (its field, form and sensitivity) is worked out once per target and
 * cache epoch; they never read a value, a key other than Backspace/Delete, or the clipboard.
 */
import type { CaptureContext } from './context';
import { fieldOf, formKeyOf, formOf } from './elements';
import type { UnsavedTracker } from './unsaved-tracker';

/** An `invalid` event and an `aria-invalid` change this close together are one validation error. */
const SAME_ERROR_MS = 1000;

interface FieldState {
  field: Element;
  form: Element | null;
  formKey: string;
  focusedAt?: number;
  /** An input event happened during the current visit. */
  visitInput: boolean;
  /** An earlier, finished visit had input: focusing again is a return. */
  hadInput: boolean;
  invalidAt: number;
  invalidBy?: 'event' | 'aria';
}

/** What an event target stands for, as worked out in cache epoch `epoch`. */
interface Target {
  epoch: number;
  /** The state of its field; null when it is in no field or the field is sensitive. */
  state: FieldState | null;
}

/** Event handlers for field signals, plus the page-visibility clock controls. */
export interface FieldTracker {
  onFocusIn(event: Event): void;
  onFocusOut(event: Event): void;
  onKeyDown(event: KeyboardEvent): void;
  onInput(event: Event): void;
  onPaste(event: Event): void;
  onInvalid(event: Event): void;
  onAriaInvalid(records: MutationRecord[]): void;
  /** Credits the focused field's dwell up to now and stops its clock (page hidden, left or stopped). */
  pause(): void;
  /** Restarts the focused field's clock (page visible again). */
  resume(): void;
  /** Starts a visit (not counted as a focus) for a field already focused when capture began. */
  adopt(active: Element | null): void;
}

/** A field tracker counting into `ctx.aggregate` and reporting touched forms to `unsaved`. */
export function createFieldTracker(ctx: CaptureContext, unsaved: UnsavedTracker): FieldTracker {
  const states = new WeakMap<Element, FieldState>();
  const targets = new WeakMap<object, Target>();
  let focused: FieldState | null = null;

  const stateOf = (field: Element): FieldState => {
    let state = states.get(field);
    if (!state) {
      const form = formOf(field);
      state = {
        field,
        form,
        formKey: formKeyOf(form),
        visitInput: false,
        hadInput: false,
        invalidAt: -Infinity,
      };
      states.set(field, state);
    }
    return state;
  };
  /**
   * The state of the field `target` belongs to, or null (no field, or a sensitive one). `counting`:
   * a counter is about to move, so mutations earlier in this task are taken into account first.
   */
  const resolve = (target: EventTarget | Node | null, counting: boolean): FieldState | null => {
    if (!target) return null;
    if (counting) ctx.catchUp();
    const epoch = ctx.epoch;
    let entry = targets.get(target);
    if (entry === undefined || entry.epoch !== epoch) {
      const field = fieldOf(target);
      const state = field && !ctx.isSensitive(field) ? stateOf(field) : null;
      if (entry === undefined) targets.set(target, (entry = { epoch, state }));
      else {
        entry.epoch = epoch;
        entry.state = state;
      }
      return state;
    }
    return entry.state;
  };
  const countsOf = (state: FieldState) => ctx.aggregate.counts(state.field, true, state.formKey);

  const creditDwell = (state: FieldState) => {
    if (state.focusedAt === undefined) return;
    const dwell = Math.round(ctx.now() - state.focusedAt);
    state.focusedAt = undefined;
    if (dwell > 0) countsOf(state).dwellMs += dwell;
  };
  const endVisit = (state: FieldState) => {
    creditDwell(state);
    if (state.visitInput) state.hadInput = true;
    state.visitInput = false;
    if (focused === state) focused = null;
  };
  const countInvalid = (state: FieldState, source: 'event' | 'aria') => {
    const at = ctx.now();
    if (state.invalidBy && state.invalidBy !== source && at - state.invalidAt <= SAME_ERROR_MS) {
      state.invalidBy = undefined; // the other half of an error already counted
      return;
    }
    state.invalidBy = source;
    state.invalidAt = at;
    countsOf(state).invalid += 1;
  };
  /** The focused field, unless it turned sensitive (its clock then stops uncredited). */
  const focusedField = (): FieldState | null => {
    if (focused && ctx.isSensitive(focused.field)) focused = null;
    return focused;
  };

  return {
    onFocusIn(event) {
      const state = resolve(event.target, true);
      if (!state) return;
      if (focused === state && state.focusedAt !== undefined) return;
      if (focused && focused !== state) endVisit(focused); // its focusout never came (removed while focused)
      const counts = countsOf(state);
      counts.focus += 1;
      if (state.hadInput) counts.returns += 1;
      state.focusedAt = ctx.now();
      focused = state;
      unsaved.touch(state.field, state.form);
    },
    onFocusOut(event) {
      const state = resolve(event.target, true);
      if (state) endVisit(state);
    },
    onKeyDown(event) {
      const key = event.key;
      if ((key !== 'Backspace' && key !== 'Delete') || event.repeat) return;
      const state = resolve(event.target, true);
      if (state) countsOf(state).corrections += 1;
    },
    onInput(event) {
      const state = resolve(event.target, false);
      if (!state) return;
      // A change without focus (a checkbox clicked in Safari) is a visit that has already ended.
      if (focused === state) state.visitInput = true;
      else state.hadInput = true;
      unsaved.changed(state.field, state.form);
    },
    onPaste(event) {
      const state = resolve(event.target, true);
      if (state) countsOf(state).pastes += 1;
    },
    onInvalid(event) {
      if (!ctx.afterPerson()) return;
      const state = resolve(event.target, true);
      if (state) countInvalid(state, 'event');
    },
    onAriaInvalid(records) {
      if (!ctx.afterPerson()) return;
      for (const record of records) {
        const target = record.target as Element;
        if (record.oldValue === 'true' || target.getAttribute?.('aria-invalid') !== 'true') continue;
        const state = resolve(target, true);
        if (state?.field === target) countInvalid(state, 'aria');
      }
    },
    pause() {
      const state = focusedField();
      if (state) creditDwell(state);
    },
    resume() {
      const state = focusedField();
      if (state) state.focusedAt ??= ctx.now();
    },
    adopt(active) {
      const state = resolve(active, false);
      if (!state || state.field !== active) return;
      focused = state;
      state.focusedAt = ctx.now();
    },
  };
}
