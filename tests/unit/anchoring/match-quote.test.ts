// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, buildTextIndex, describeRange, matchQuote } from '@/lib/anchoring';
import type { Selector } from '@/lib/model/selector';
import { page, rangeOf } from './support';

const SENTENCE = 'The worker saw the children alone and recorded their wishes and feelings in full.';

describe('matchQuote acceptance policy', () => {
  const text = `Intro paragraph. ${SENTENCE} Closing words here.`;
  const prefix = 'Intro paragraph. ';
  const suffix = ' Closing words here.';

  it('accepts a quote with a few edits (under 20%) and context intact', () => {
    const edited = text.replace('recorded their', 'wrote down their');
    const match = matchQuote(edited, SENTENCE, { prefix, suffix });
    expect(match).not.toBeNull();
    expect(edited.slice(match!.start, match!.end)).toContain('wrote down their wishes');
  });

  it('refuses a match needing more than 20% edits', () => {
    const rewritten = text.replace(
      'saw the children alone and recorded',
      'met the family together and noted',
    );
    expect(matchQuote(rewritten, SENTENCE, { prefix, suffix })).toBeNull();
  });

  it('requires short quotes to match exactly', () => {
    const short = 'wishes and feelings';
    expect(matchQuote(text, short, { prefix: 'recorded their ' })).not.toBeNull();
    expect(matchQuote(text.replace('feelings', 'feeling'), short, { prefix: 'recorded their ' })).toBeNull();
  });

  it('refuses an exact copy whose context is not intact on either side', () => {
    const elsewhere = `Another record. ${SENTENCE} Different ending.`;
    expect(matchQuote(elsewhere, SENTENCE, { prefix, suffix })).toBeNull();
    expect(matchQuote(elsewhere, SENTENCE, { prefix: 'Another record. ', suffix })).toBeNull();
    // One side intact is enough only while the other is still close by (text inserted between).
    const pushed = `Another record. ${SENTENCE} (added) ${suffix}`;
    expect(matchQuote(pushed, SENTENCE, { prefix: 'Another record. ', suffix })).not.toBeNull();
  });

  it('orphans a quote cut out from between its context even when a copy remains elsewhere', () => {
    const cut = `Intro paragraph. Closing words here. Elsewhere: Intro paragraph. ${SENTENCE} Closing words here.`;
    expect(matchQuote(cut, SENTENCE, { prefix, suffix, hint: prefix.length })).toBeNull();
  });

  it('prefers the quote edited in place over an exact copy elsewhere', () => {
    const edited = `${text.replace('in full', 'in detail')} ${'x'.repeat(300)} ${text}`;
    const match = matchQuote(edited, SENTENCE, { prefix, suffix, hint: prefix.length });
    expect(match?.start).toBe(prefix.length);
  });

  it('uses the position hint only to separate identical candidates that barely moved', () => {
    const twice = `${text} ${'y'.repeat(500)} ${text}`;
    const second = text.length + 502 + prefix.length;
    expect(matchQuote(twice, SENTENCE, { prefix, suffix, hint: second + 10 })?.start).toBe(second);
    expect(matchQuote(twice, SENTENCE, { prefix, suffix, hint: second - 200 })).toBeNull();
    expect(matchQuote(twice, SENTENCE, { prefix, suffix })).toBeNull();
  });
});

describe('anchorAll', () => {
  const note = (n: number) =>
    `<article id="n${n}"><h2>Visit ${n}</h2><p>Filler paragraph ${n}.</p><p>${SENTENCE}</p><p>Closing for ${n}.</p></article>`;

  it('re-anchors repeated text by the shift of its neighbours when the text moved as a block', () => {
    const root = page([1, 2, 3].map(note).join(''));
    const items = [
      { id: 'before', selectors: describeRange(root, rangeOf(root, 'Filler paragraph 2.')) },
      { id: 'repeated', selectors: describeRange(root, rangeOf(root, 'recorded their wishes', 1)) },
      { id: 'after', selectors: describeRange(root, rangeOf(root, 'Closing for 2.')) },
    ];
    // A long new note at the top moves everything by the same amount.
    const moved = page(
      `<article><p>${'A new note at the top. '.repeat(20)}</p></article>${[1, 2, 3].map(note).join('')}`,
    );
    expect(anchor(moved, items[1]!.selectors as Selector[])).toBeNull();
    const results = anchorAll(moved, items);
    const found = results.get('repeated');
    expect(found?.kind === 'range' && found.range.startContainer.parentElement?.closest('article')?.id).toBe(
      'n2',
    );
    expect(buildTextIndex(moved).text).toContain('recorded their wishes');
  });
});
