/**
 * Per-field signals: focus, dwell time, returns after input, corrections (Backspace/Delete presses),
 * pastes and validation errors (`invalid` events and `aria-invalid` turning "true"). Handlers do O(1)
 * work on a WeakMap of field state; they never read a value, a key other than Backspace/Delete, or
 * the clipboard.
 */
import type { CaptureContext } from './context';
import { fieldOf, formKeyOf, formOf } from './elements';
import type { UnsavedTracker } from './unsaved-tracker';

/** An `invalid` event and an `aria-invalid` change this close together are one validation error. */
const SAME_ERROR_MS = 1000;

interface FieldState {
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
  let focused: Element | null = null;

  const fieldFrom = (target: EventTarget | Node | null): Element | null => {
    const field = fieldOf(target);
    return field && !ctx.isSensitive(field) ? field : null;
  };
  const stateOf = (field: Element): FieldState => {
    let state = states.get(field);
    if (!state) {
      const form = formOf(field);
      state = { form, formKey: formKeyOf(form), visitInput: false, hadInput: false, invalidAt: -Infinity };
      states.set(field, state);
    }
    return state;
  };
  const countsOf = (field: Element, state: FieldState) => ctx.aggregate.counts(field, true, state.formKey);

  const creditDwell = (field: Element, state: FieldState) => {
    if (state.focusedAt === undefined) return;
    const dwell = Math.round(ctx.now() - state.focusedAt);
    state.focusedAt = undefined;
    if (dwell > 0) countsOf(field, state).dwellMs += dwell;
  };
  const endVisit = (field: Element) => {
    const state = stateOf(field);
    creditDwell(field, state);
    if (state.visitInput) state.hadInput = true;
    state.visitInput = false;
    if (focused === field) focused = null;
  };
  const countInvalid = (field: Element, source: 'event' | 'aria') => {
    const state = stateOf(field);
    const at = ctx.now();
    if (state.invalidBy && state.invalidBy !== source && at - state.invalidAt <= SAME_ERROR_MS) {
      state.invalidBy = undefined; // the other half of an error already counted
      return;
    }
    state.invalidBy = source;
    state.invalidAt = at;
    countsOf(field, state).invalid += 1;
  };

  return {
    onFocusIn(event) {
      const field = fieldFrom(event.target);
      if (!field) return;
      const state = stateOf(field);
      if (focused === field && state.focusedAt !== undefined) return;
      if (focused && focused !== field) endVisit(focused); // its focusout never came (removed while focused)
      const counts = countsOf(field, state);
      counts.focus += 1;
      if (state.hadInput) counts.returns += 1;
      state.focusedAt = ctx.now();
      focused = field;
      unsaved.touch(field, state.form);
    },
    onFocusOut(event) {
      const field = fieldFrom(event.target);
      if (field) endVisit(field);
    },
    onKeyDown(event) {
      if ((event.key !== 'Backspace' && event.key !== 'Delete') || event.repeat) return;
      const field = fieldFrom(event.target);
      if (field) countsOf(field, stateOf(field)).corrections += 1;
    },
    onInput(event) {
      const field = fieldFrom(event.target);
      if (!field) return;
      const state = stateOf(field);
      // A change without focus (a checkbox clicked in Safari) is a visit that has already ended.
      if (focused === field) state.visitInput = true;
      else state.hadInput = true;
      unsaved.changed(field, state.form);
    },
    onPaste(event) {
      const field = fieldFrom(event.target);
      if (field) countsOf(field, stateOf(field)).pastes += 1;
    },
    onInvalid(event) {
      const field = fieldFrom(event.target);
      if (field) countInvalid(field, 'event');
    },
    onAriaInvalid(records) {
      for (const record of records) {
        const target = record.target as Element;
        if (record.oldValue === 'true' || target.getAttribute?.('aria-invalid') !== 'true') continue;
        const field = fieldFrom(target);
        if (field === target) countInvalid(field, 'aria');
      }
    },
    pause() {
      if (focused) creditDwell(focused, stateOf(focused));
    },
    resume() {
      if (focused) stateOf(focused).focusedAt ??= ctx.now();
    },
    adopt(active) {
      const field = fieldFrom(active);
      if (field !== active || !field) return;
      focused = field;
      stateOf(field).focusedAt = ctx.now();
    },
  };
}
