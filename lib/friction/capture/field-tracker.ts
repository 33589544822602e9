/**
 * Per-field signals: focus, dwell time, returns after input, corrections (Backspace/Delete presses),
 * pastes and validation errors (`invalid` events and `aria-invalid` turning "true"). Handlers do O(1)
 * work: what an event target is (its field, form and sensitivity) is worked out once per target and
 * cache epoch; they never read a value, a key other than Backspace/Delete, or the clipboard. The
 * options of a radio or checkbox group share one state (field-group.ts): focus moving between them
 * continues one visit, and each option reporting the same error counts it once.
 */
import type { CaptureContext } from './context';
import { fieldOf, formKeyOf, formOf } from './elements';
import { groupKeyOf } from './field-group';
import type { UnsavedTracker } from './unsaved-tracker';

/** A radio or checkbox: the only fields that can belong to a group of options. */
function isOption(field: Element): boolean {
  if (field.localName !== 'input') return false;
  const type = field.getAttribute('type')?.toLowerCase();
  return type === 'radio' || type === 'checkbox';
}

/**
 * Reports this close together are one validation error unless one element reports it twice the same
 * way: an `invalid` event and an `aria-invalid` change, or each option of a group.
 */
const SAME_ERROR_MS = 1000;

interface FieldState {
  /** The field, or the key option of its group. */
  field: Element;
  form: Element | null;
  formKey: string;
  focusedAt?: number;
  /** An input event happened during the current visit. */
  visitInput: boolean;
  /** An earlier, finished visit had input: focusing again is a return. */
  hadInput: boolean;
  /** When the last validation error counted began, and which elements reported it by event and by aria. */
  invalidAt: number;
  invalidBy: Record<InvalidSource, Set<Element>>;
}

type InvalidSource = 'event' | 'aria';

/** What an event target stands for, as worked out in cache epoch `epoch`. */
interface Target {
  epoch: number;
  /** The state of its field (or field group); null when it is in no field or the field is sensitive. */
  state: FieldState | null;
  /** Its field (an option, for a group). */
  field: Element | null;
}

/** Event handlers for field signals, plus the page-visibility clock controls. */
export interface FieldTracker {
  onFocusIn(event: Event): void;
  onFocusOut(event: Event): void;
  onKeyDown(event: KeyboardEvent): void;
  onInput(event: Event): void;
  onPaste(event: Event): void;
  onInvalid(event: Event): void;
  onAriaInvalid(records: readonly MutationRecord[], at: number): void;
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
        invalidBy: { event: new Set(), aria: new Set() },
      };
      states.set(field, state);
    }
    return state;
  };
  /**
   * The state of the field `target` belongs to, or null (no field, or a sensitive one). `counting`:
   * a counter is about to move, so mutations earlier in this task are taken into account first.
   */
  const resolve = (target: EventTarget | Node | null, counting: boolean): FieldState | null =>
    targetOf(target, counting)?.state ?? null;
  /** What `target` stands for in the current epoch (see Target); null for no target. */
  const targetOf = (target: EventTarget | Node | null, counting: boolean): Target | null => {
    if (!target) return null;
    if (counting) ctx.catchUp();
    const epoch = ctx.epoch;
    let entry = targets.get(target);
    if (entry === undefined || entry.epoch !== epoch) {
      const field = fieldOf(target);
      const key = field && groupKeyOf(field);
      const sensitive = !key || ctx.isSensitive(field) || (key !== field && ctx.isSensitive(key));
      const state = sensitive ? null : stateOf(key);
      if (entry === undefined) targets.set(target, (entry = { epoch, state, field }));
      else {
        entry.epoch = epoch;
        entry.state = state;
        entry.field = field;
      }
    }
    return entry;
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
  const countInvalid = (state: FieldState, field: Element, source: InvalidSource) => {
    const at = ctx.now();
    const reported = state.invalidBy[source];
    if (at - state.invalidAt <= SAME_ERROR_MS && !reported.has(field)) {
      reported.add(field); // another report of the error already counted
      return;
    }
    state.invalidAt = at;
    state.invalidBy.event.clear();
    state.invalidBy.aria.clear();
    state.invalidBy[source].add(field);
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
      const entry = targetOf(event.target, true);
      const state = entry?.state;
      if (!state) return;
      // Focus moving to another option of the same group continues the visit (only options group).
      const option = entry.field !== null && isOption(entry.field);
      if (!option || resolve((event as FocusEvent).relatedTarget, false) !== state) endVisit(state);
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
      const entry = targetOf(event.target, true);
      if (entry?.state && entry.field) countInvalid(entry.state, entry.field, 'event');
    },
    onAriaInvalid(records, at) {
      if (!ctx.afterPerson(at)) return;
      for (const record of records) {
        const target = record.target as Element;
        if (record.oldValue === 'true' || target.getAttribute?.('aria-invalid') !== 'true') continue;
        const entry = targetOf(target, true);
        if (entry?.state && entry.field === target) countInvalid(entry.state, target, 'aria');
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
      const entry = targetOf(active, false);
      const state = entry?.state;
      if (!state || entry.field !== active) return;
      focused = state;
      state.focusedAt = ctx.now();
    },
  };
}
