// @vitest-environment jsdom
// Anchoring on template pages (GOV.UK-style forms and summary lists): indentation that repeats around
// every label, boilerplate repeated word for word, hints a script rewrites, one-word edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, type AnchorResult } from '@/lib/anchoring';
import { page, rangeOf } from './support';

/** A GOV.UK-like question with a hint and a character count, indented as the templates render it. */
const question = (id: string, label: string, hint: string, count: string) => `
  <div class="govuk-form-group govuk-character-count">
    <label class="govuk-label" for="${id}">
      ${label}
    </label>
    <div id="${id}-hint" class="govuk-hint">
      ${hint}
    </div>
    <textarea class="govuk-textarea" id="${id}" rows="5"></textarea>
    <div id="${id}-info" class="govuk-hint govuk-character-count__message">
      ${count}
    </div>
  </div>`;

const FORM = [
  question(
    'detail',
    'Can you provide more detail?',
    'Do not include personal or financial information.',
    'You can enter up to 200 characters',
  ),
  question(
    'address',
    'Full address',
    'Include the postcode of the family home.',
    'You can enter up to 200 characters',
  ),
  question(
    'school',
    'Which school does the child attend?',
    'Give the name the school uses on letters.',
    'You can enter up to 100 characters',
  ),
].join('\n');

const text = (r: AnchorResult | null) => (r?.kind === 'range' ? r.range.toString() : null);
const groupOf = (r: AnchorResult | null) =>
  r?.kind === 'range'
    ? r.range.startContainer.parentElement?.closest('.govuk-form-group')?.querySelector('textarea')?.id
    : undefined;

describe('anchoring on template pages', () => {
  it('anchors a short quote of a character-count hint on the unchanged page, in its own question', () => {
    const root = page(FORM);
    const selectors = describeRange(root, rangeOf(root, 'up to 200 characters', 1));
    const result = anchorAll(document.body, [{ id: 1, selectors }]).get(1)!;
    expect(text(result)).toBe('up to 200 characters');
    expect(groupOf(result)).toBe('address');
  });

  it('anchors a short quote after one word inside it changed', () => {
    const root = page(FORM);
    const selectors = describeRange(root, rangeOf(root, 'provide more detail?'));
    page(FORM.replace('provide more detail?', 'provide more information?'));
    const result = anchor(document.body, selectors);
    expect(text(result)).toBe('provide more information?');
    expect(groupOf(result)).toBe('detail');
  });

  it('orphans a removed label rather than take the next copy of the same boilerplate', () => {
    const root = page(FORM);
    const selectors = describeRange(root, rangeOf(root, 'You can enter up to 200 characters', 0));
    // The first question removed: its count message is gone; the second one reads the same words.
    const [, , ...rest] = FORM.split('\n  <div class="govuk-form-group');
    page(rest.map((part) => `\n  <div class="govuk-form-group${part}`).join(''));
    const result = anchorAll(document.body, [{ id: 1, selectors }]).get(1);
    expect(result).toBeNull();
  });

  it('does not let text inserted above slide the next copy of a label into the recorded place', () => {
    const root = page(FORM);
    const labels = ['Can you provide more detail?', 'Full address', 'You can enter up to 200 characters'];
    const items = labels.map((label, id) => ({
      id,
      selectors: describeRange(root, rangeOf(root, label, id === 2 ? 1 : 0)),
    }));
    // A banner above and a word before every label: positions move by more than a question's length.
    const inserted = FORM.replaceAll(
      '<label class="govuk-label"',
      '<label class="govuk-label">Updated:</label><label',
    ).replaceAll(
      '<div id="address-info" class="govuk-hint govuk-character-count__message">',
      '<div id="address-info" class="govuk-hint govuk-character-count__message">Now: ',
    );
    page(`<p>${'Service notice. '.repeat(12)}</p>${inserted}`);
    const results = anchorAll(document.body, items);
    for (const { id } of items) {
      const result = results.get(id) ?? null;
      // Found in its own question, or orphaned; never in another question.
      if (result) expect(groupOf(result)).toBe(id === 0 ? 'detail' : 'address');
    }
    expect(text(results.get(1) ?? null)).toBe('Full address');
  });

  it('never anchors to the wrong question after a random word of a quote changes', () => {
    const hints = [
      'Tell us what happened at the visit.',
      'Say who else lives at the address.',
      'Name the school and the year group.',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('soon', 'later', 'never'),
        (q, w, word) => {
          const form = hints
            .map((hint, i) =>
              question(`q${i}`, `Question ${i + 1}`, hint, 'You can enter up to 200 characters'),
            )
            .join('');
          const root = page(form);
          const hint = hints[q]!;
          const selectors = describeRange(root, rangeOf(root, hint));
          const words = hint.split(' ');
          words[Math.min(w, words.length - 1)] = word;
          page(form.replace(hint, words.join(' ')));
          const result = anchorAll(document.body, [{ id: 1, selectors }]).get(1) ?? null;
          if (result) expect(groupOf(result)).toBe(`q${q}`);
        },
      ),
      { numRuns: 60, seed: 20261208 },
    );
  });
});
