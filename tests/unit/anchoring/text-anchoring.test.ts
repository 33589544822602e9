// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, describeRange, type AnchorResult } from '@/lib/anchoring';
import type { Selector } from '@/lib/model/selector';
import { CASE_NOTES, page, rangeOf } from './support';

const QUOTE = 'she feels safe at home when mum is well, but gets worried when the adults argue';

function describeQuote(text = QUOTE, occurrence = 0): Selector[] {
  const root = page(CASE_NOTES);
  return describeRange(root, rangeOf(root, text, occurrence));
}

function anchoredText(result: AnchorResult | null): string | null {
  if (!result) return null;
  return result.kind === 'range' ? result.range.toString() : result.element.textContent;
}

/** The article holding the start of an anchored range. */
function noteOf(result: AnchorResult | null): string | undefined {
  if (result?.kind !== 'range') return undefined;
  return result.range.startContainer.parentElement?.closest('article')?.id;
}

describe('describe → anchor', () => {
  it('round-trips a selection on the same page by position', () => {
    const selectors = describeQuote();
    const result = anchor(document.body, selectors);
    expect(result).toMatchObject({ kind: 'range', method: 'position', quote: QUOTE });
    expect(anchoredText(result)).toBe(QUOTE);
  });

  it('records quote, 32 characters of context and offsets', () => {
    const [quote, position] = describeQuote();
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
    expect(quote).toHaveProperty('prefix', expect.stringMatching(/Maya said that $/));
    expect((quote as { prefix: string }).prefix).toHaveLength(32);
    expect((quote as { suffix: string }).suffix).toHaveLength(32);
    expect(position).toMatchObject({ type: 'TextPositionSelector' });
  });

  it('round-trips a selection across inline elements and paragraphs', () => {
    const root = page(CASE_NOTES);
    const text = 'Observations: food in the fridge';
    const selectors = describeRange(root, rangeOf(root, text));
    page(CASE_NOTES);
    expect(anchoredText(anchor(document.body, selectors))).toBe(text);
  });

  it('refuses collapsed ranges and ranges outside the root', () => {
    const root = page(CASE_NOTES);
    const collapsed = document.createRange();
    collapsed.setStart(root.querySelector('.casenote-body p')!.firstChild!, 2);
    expect(() => describeRange(root, collapsed)).toThrow(/empty selection/);
    const inner = root.querySelector('#note-1')!;
    expect(() => describeRange(inner, rangeOf(root, QUOTE))).toThrow(/outside/);
  });
});

describe('anchoring after the record changed', () => {
  it('finds the quote after text was inserted before it', () => {
    const selectors = describeQuote();
    page(
      CASE_NOTES.replace(
        '<div id="casenote-list">',
        '<div id="casenote-list"><p>A new note was added at the top.</p>',
      ),
    );
    const result = anchor(document.body, selectors);
    expect(result).toMatchObject({ kind: 'range', method: 'quote', quote: QUOTE });
    expect(noteOf(result)).toBe('note-2');
  });

  it('finds the quote when its paragraph is wrapped in a new element', () => {
    const selectors = describeQuote();
    page(
      CASE_NOTES.replace('<p>Maya said', '<div class="highlighted"><p>Maya said').replace(
        'shouting.</p>',
        'shouting.</p></div>',
      ),
    );
    const result = anchor(document.body, selectors);
    expect(anchoredText(result)).toBe(QUOTE);
    expect(
      result?.kind === 'range' &&
        document.querySelector('.highlighted')!.contains(result.range.startContainer),
    ).toBe(true);
  });

  it('anchors fuzzily to the changed words when a few words changed inside the quote', () => {
    const selectors = describeQuote();
    page(
      CASE_NOTES.replace(
        'feels safe at home when mum is well',
        'usually feels safe at home when mum is coping',
      ),
    );
    const result = anchor(document.body, selectors);
    expect(result).toMatchObject({ kind: 'range', method: 'fuzzy' });
    expect(anchoredText(result)).toContain(
      'feels safe at home when mum is coping, but gets worried when the adults argue',
    );
    expect(noteOf(result)).toBe('note-2');
  });

  it('finds the quote when the notes are re-ordered', () => {
    const selectors = describeQuote();
    const root = page(CASE_NOTES);
    const list = root.querySelector('#casenote-list')!;
    list.append(...Array.from(list.children).reverse());
    const result = anchor(root, selectors);
    expect(anchoredText(result)).toBe(QUOTE);
    expect(noteOf(result)).toBe('note-2');
  });

  it('orphans a removed quote even though similar text remains elsewhere', () => {
    const text = 'No concerns were raised about school attendance this term.';
    const selectors = describeQuote(text, 0); // the copy in note 2
    const root = page(CASE_NOTES);
    root.querySelector('#note-2 .casenote-body p:last-child')!.remove();
    expect(anchor(root, selectors)).toBeNull();
  });

  it('orphans a removed quote when only a near-copy with other words exists', () => {
    const selectors = describeQuote('Reviewed progress against the plan and the latest police notification.');
    page(
      CASE_NOTES.replace(
        'Reviewed progress against the plan and the latest police notification.',
        '',
      ).replace(
        'No concerns were raised about school attendance this term.</p></div></article>\n</div>',
        'Reviewed progress against the old plan and the latest school report.</p></div></article>\n</div>',
      ),
    );
    expect(anchor(document.body, selectors)).toBeNull();
  });

  it('tells repeated identical text apart by its context, even when positions moved', () => {
    const text = 'No concerns were raised about school attendance this term.';
    const second = describeQuote(text, 1); // the copy in note 1 (Supervision)
    page(
      CASE_NOTES.replace('<div id="casenote-list">', '<div id="casenote-list"><p>Inserted paragraph.</p>'),
    );
    const result = anchor(document.body, second);
    expect(result).toMatchObject({ method: 'quote' });
    expect(noteOf(result)).toBe('note-1');
  });

  it('returns null for repeated text when there is no context to choose by', () => {
    const text = 'No concerns were raised about school attendance this term.';
    page(CASE_NOTES);
    expect(anchor(document.body, [{ type: 'TextQuoteSelector', exact: text }])).toBeNull();
  });

  it('does not trust a position whose text changed', () => {
    const [quote, position] = describeQuote();
    page(CASE_NOTES.replace('Maya said that', 'Maya told me that'));
    const result = anchor(document.body, [quote!, position!]);
    expect(result).toMatchObject({ method: 'quote', quote: QUOTE });
    // Same position with nothing but the position: never trusted.
    expect(anchor(document.body, [position!])).toBeNull();
    // A position pointing at other text is ignored, not used.
    const wrong = { type: 'TextPositionSelector' as const, start: 0, end: QUOTE.length };
    expect(anchoredText(anchor(document.body, [quote!, wrong]))).toBe(QUOTE);
  });

  it('ignores the text of Margin’s own elements, scripts and styles', () => {
    const selectors = describeQuote();
    page(`<margin-sidebar>She feels safe at home when mum is well, but gets worried when the adults argue</margin-sidebar>
      <script>var x = "${QUOTE}";</script><style>p{}</style>${CASE_NOTES}<margin-layer>${QUOTE}</margin-layer>`);
    const result = anchor(document.body, selectors);
    expect(noteOf(result)).toBe('note-2');
    const start = result?.kind === 'range' ? result.range.startContainer.parentElement : null;
    expect(start?.closest('margin-sidebar, margin-layer')).toBeNull();
    expect(start?.closest('article')).not.toBeNull();
  });

  it('anchors many annotations against one index and keeps failures separate', () => {
    const a = describeQuote();
    const b = describeQuote('black mould on the window frame');
    page(CASE_NOTES);
    const results = anchorAll(document.body, [
      { id: 'a', selectors: a },
      { id: 'b', selectors: b },
      { id: 'c', selectors: [{ type: 'TextQuoteSelector', exact: 'not in the record at all, anywhere' }] },
    ]);
    expect([...results.keys()]).toEqual(['a', 'b', 'c']);
    expect(anchoredText(results.get('b')!)).toBe('black mould on the window frame');
    expect(results.get('c')).toBeNull();
  });
});

describe('malformed selectors', () => {
  it.each<[string, unknown]>([
    ['not an array', 'TextQuoteSelector'],
    ['null entries', [null, 3, 'x']],
    ['empty quote', [{ type: 'TextQuoteSelector', exact: '' }]],
    ['quote of the wrong type', [{ type: 'TextQuoteSelector', exact: 42, prefix: {} }]],
    ['negative position', [{ type: 'TextPositionSelector', start: -5, end: 3 }]],
    ['reversed position', [{ type: 'TextPositionSelector', start: 9, end: 3 }]],
    ['invalid CSS', [{ type: 'CssSelector', value: 'div[[[' }]],
    ['field without tag', [{ type: 'FieldSelector', name: 'x' }]],
    ['unknown type', [{ type: 'RangeSelector', startSelector: {} }]],
  ])('returns null for %s', (_, selectors) => {
    page(CASE_NOTES);
    expect(() => anchor(document.body, selectors as Selector[])).not.toThrow();
    expect(anchor(document.body, selectors as Selector[])).toBeNull();
  });

  it('still anchors by quote when the position is out of range', () => {
    page(CASE_NOTES);
    const result = anchor(document.body, [
      { type: 'TextQuoteSelector', exact: QUOTE, prefix: 'Maya said that ' },
      { type: 'TextPositionSelector', start: 1e9, end: 1e9 + 5 },
    ]);
    expect(anchoredText(result)).toBe(QUOTE);
  });
});
