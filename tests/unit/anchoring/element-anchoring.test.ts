// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchor, describeElement, fieldIdentity, labelOf } from '@/lib/anchoring';
import type { FieldSelector, Selector } from '@/lib/model/selector';
import { page } from './support';

const FORM = `
<form id="workflow-form">
<div class="field css-1x9fk2q" data-field-id="child-name"><label for="child-name">Child's name <span class="required-marker">(required)</span></label>
  <input id="child-name" name="childName" type="text" value="Maya Ellery"></div>
<div class="field" data-field-id="worker-view"><label for="worker-view">Worker's analysis:</label>
  <textarea id="worker-view" name="workerView">Private value text</textarea></div>
<div class="field"><label>Ethnicity * <select name="ethnicity"><option>White British</option></select></label></div>
<div class="field"><span id="dob-label">Date of   birth</span><input aria-labelledby="dob-label" type="date"></div>
<section><h3>Parent 1</h3><label>Name <input type="text"></label></section>
<section><h3>Parent 2</h3><label>Name <input type="text"></label></section>
</form>`;

const CHRONOLOGY = `<table><tbody>
<tr><td>12/03/2025</td><td>Home visit</td><td>Children's social care</td><td>Mould in the back bedroom.</td></tr>
<tr><td>05/03/2025</td><td>Police notification</td><td>Police</td><td>Argument reported by neighbours.</td></tr>
<tr><td>01/03/2025</td><td>Home visit</td><td>Children's social care</td><td>Home warm and tidy.</td></tr>
</tbody></table>`;

function pick(selector: string): Selector[] {
  const root = page(FORM);
  return describeElement(root, root.querySelector(selector)!);
}

function fieldOf(selectors: Selector[]): FieldSelector {
  return selectors.find((s): s is FieldSelector => s.type === 'FieldSelector')!;
}

describe('field identity and labels', () => {
  it('reads name, id, type and a cleaned label, never the value', () => {
    const root = page(FORM);
    const identity = fieldIdentity(root.querySelector('#child-name')!);
    expect(identity).toEqual({
      type: 'FieldSelector',
      tag: 'input',
      inputType: 'text',
      name: 'childName',
      id: 'child-name',
      label: "Child's name",
    });
    expect(JSON.stringify(identity)).not.toContain('Maya');
  });

  it('finds labels by for, wrapping label, aria-labelledby, aria-label, title and placeholder', () => {
    const root = page(FORM);
    expect(labelOf(root.querySelector('#worker-view')!)).toBe("Worker's analysis");
    expect(labelOf(root.querySelector('select')!)).toBe('Ethnicity');
    expect(labelOf(root.querySelector('[type=date]')!)).toBe('Date of birth');
    page('<input aria-label="Search records"><input title="Start date:"><input placeholder="Postcode">');
    expect([...document.querySelectorAll('input')].map(labelOf)).toEqual([
      'Search records',
      'Start date',
      'Postcode',
    ]);
  });

  it('never describes a form field by its value', () => {
    const selectors = pick('#worker-view');
    expect(JSON.stringify(selectors)).not.toContain('Private value');
    expect(selectors.map((s) => s.type)).toEqual(['CssSelector', 'FieldSelector']);
  });
});

describe('anchoring picked fields', () => {
  it('round-trips a field pick by CSS', () => {
    const selectors = pick('#child-name');
    const root = page(FORM);
    expect(anchor(root, selectors)).toMatchObject({
      kind: 'element',
      method: 'css',
      element: root.querySelector('#child-name'),
    });
  });

  it('finds a field by name when its id and position changed', () => {
    const selectors = pick('#child-name');
    const root = page(`<p>New banner</p>${FORM.replace(/child-name/g, 'f-17')}`);
    expect(anchor(root, selectors)).toMatchObject({
      method: 'field',
      element: root.querySelector('[name=childName]'),
    });
  });

  it('finds a field by id when it lost its name', () => {
    const selectors = pick('#child-name');
    const root = page(FORM.replace('name="childName"', ''));
    expect(
      anchor(
        root,
        selectors.filter((s) => s.type !== 'CssSelector'),
      ),
    ).toMatchObject({
      method: 'field',
      element: root.querySelector('#child-name'),
    });
  });

  it('finds a field by its label alone when only one field carries it', () => {
    const selectors = pick('[type=date]');
    const root = page(`<div><p>Inserted</p></div>${FORM}`);
    const result = anchor(root, [
      { type: 'CssSelector', value: 'form > div:nth-child(9) input' },
      fieldOf(selectors),
    ]);
    expect(result).toMatchObject({ method: 'field', element: root.querySelector('[type=date]') });
  });

  it('does not accept the CSS match when the field there has another identity', () => {
    const selectors = pick('#child-name');
    const renamed = FORM.replace('name="childName"', 'name="other"')
      .replace(' id="child-name"', ' id="other"')
      .replace('for="child-name"', 'for="other"');
    // Name and id changed, but the label still names exactly one field.
    let root = page(renamed);
    expect(anchor(root, selectors)).toMatchObject({ method: 'field', element: root.querySelector('#other') });
    root = page(renamed.replace("Child's name", 'Other person'));
    expect(anchor(root, selectors)).toBeNull();
  });

  it('returns null when several fields share the only identity, a repeated label', () => {
    const root = page(FORM);
    const second = root.querySelectorAll('section input')[1]!;
    const selectors = describeElement(root, second);
    expect(fieldOf(selectors)).toMatchObject({ tag: 'input', label: 'Name' });
    expect(anchor(root, [fieldOf(selectors)])).toBeNull();
    // Even the recorded CSS path is not trusted when the label is all that identifies the field.
    expect(anchor(root, selectors)).toBeNull();
  });

  it('ignores fields inside Margin’s own elements', () => {
    const selectors = pick('#child-name');
    const withoutField = FORM.replace(/<div class="field css[^\n]*\n[^\n]*\n/, '');
    const root = page(
      `<margin-sidebar><label for="child-name">Child's name</label><input name="childName" id="child-name"></margin-sidebar>${withoutField}`,
    );
    expect(root.querySelector('form #child-name')).toBeNull();
    expect(anchor(root, selectors)).toBeNull();
  });
});

describe('anchoring picked elements with text', () => {
  it('describes a table cell with its text and finds it after the rows are shuffled', () => {
    const root = page(CHRONOLOGY);
    const cell = root.querySelectorAll('tr')[1]!.children[3]!;
    const selectors = describeElement(root, cell);
    expect(selectors).toContainEqual(
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'Argument reported by neighbours.' }),
    );
    const shuffled = page(CHRONOLOGY);
    const body = shuffled.querySelector('tbody')!;
    body.prepend(body.children[1]!);
    const result = anchor(shuffled, selectors);
    expect(result).toMatchObject({ kind: 'element', method: 'field' });
    expect(result?.kind === 'element' && result.element.textContent).toBe('Argument reported by neighbours.');
  });

  it('rejects the CSS match when the cell there holds other text, and orphans a removed row', () => {
    const root = page(CHRONOLOGY);
    const selectors = describeElement(root, root.querySelectorAll('tr')[1]!.children[3]!);
    const removed = page(CHRONOLOGY.replace(/<tr><td>05\/03[^\n]*\n/, ''));
    expect(anchor(removed, selectors)).toBeNull();
  });

  it('tells identical cells apart by their row, even when the CSS path now points at the twin', () => {
    const root = page(CHRONOLOGY);
    const selectors = describeElement(root, root.querySelectorAll('tr')[2]!.children[1]!); // second "Home visit"
    const moved = page(CHRONOLOGY);
    const body = moved.querySelector('tbody')!;
    body.append(body.children[0]!); // the first "Home visit" row now sits where the CSS path points
    const result = anchor(moved, selectors);
    expect(result).toMatchObject({ kind: 'element', method: 'field' });
    expect(result?.kind === 'element' && result.element.parentElement!.firstElementChild!.textContent).toBe(
      '01/03/2025',
    );
  });

  it('orphans a repeated cell when its row lost its surroundings and a twin remains (no guessing)', () => {
    const root = page(CHRONOLOGY);
    const selectors = describeElement(root, root.querySelectorAll('tr')[2]!.children[1]!);
    const shuffled = page(CHRONOLOGY);
    const body = shuffled.querySelector('tbody')!;
    body.prepend(body.children[2]!);
    expect(anchor(shuffled, selectors)).toBeNull();
  });

  it('checks the text of a FieldSelector-less element target', () => {
    const root = page(CHRONOLOGY);
    const [css, , quote] = describeElement(root, root.querySelectorAll('tr')[0]!.children[3]!);
    page(CHRONOLOGY.replace('Mould in the back bedroom.', 'Something else entirely.'));
    expect(anchor(document.body, [css!, quote!])).toBeNull();
    page(CHRONOLOGY);
    expect(anchor(document.body, [css!, quote!])).toMatchObject({ method: 'css' });
  });
});
