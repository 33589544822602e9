// Shared helpers for the anchoring tests: a jsdom page built from HTML, a Range over a given piece of
// text, and CSS.escape (jsdom has no CSS object; @medv/finder needs it).
import { buildTextIndex, rangeFromOffsets } from '@/lib/anchoring';

if (!(globalThis as { CSS?: { escape?: unknown } }).CSS?.escape) {
  // A simplified CSS.escape, enough for the ids, names and attribute values in these tests.
  const escape = (value: string) =>
    value
      .replace(/[^\w-]/g, (ch) => `\\${ch}`)
      .replace(/^(-?)(\d)/, (_, dash, digit) => `${dash}\\3${digit} `);
  (globalThis as { CSS?: unknown }).CSS = { escape };
}

/** Replaces the document body with `html` and returns the body (the anchoring root). */
export function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A Range over the `occurrence`-th (0-based) occurrence of `text` in the root's indexed text. */
export function rangeOf(root: Element, text: string, occurrence = 0): Range {
  const index = buildTextIndex(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" not found`);
  const range = rangeFromOffsets(index, at, at + text.length);
  if (!range) throw new Error('no range');
  return range;
}

/** Three case notes in the demo system's markup. */
export const CASE_NOTES = `
<main id="main"><h1 id="screen-title">Case notes</h1>
<div id="casenote-list">
<article class="casenote" id="note-3" data-note-id="3"><h2 class="casenote-title">Home visit</h2>
<p class="casenote-meta"><span class="casenote-date">12/03/2025</span> · Recorded by <span>Sam Okafor</span></p>
<div class="casenote-body"><p>Announced visit to the family home with the family support worker. Mum answered promptly and the home was warm and tidy downstairs.</p>
<p><strong>Observations:</strong> food in the fridge and cupboards; bedrooms seen; the back bedroom still has black mould on the window frame.</p></div></article>
<article class="casenote" id="note-2" data-note-id="2"><h2 class="casenote-title">Child seen alone</h2>
<p class="casenote-meta"><span class="casenote-date">05/03/2025</span> · Recorded by <span>Sam Okafor</span></p>
<div class="casenote-body"><p>Maya said that she feels safe at home when mum is well, but gets worried when the adults argue late at night. She sometimes turns the television up so that Jayden cannot hear the shouting.</p>
<p>No concerns were raised about school attendance this term.</p></div></article>
<article class="casenote" id="note-1" data-note-id="1"><h2 class="casenote-title">Supervision</h2>
<p class="casenote-meta"><span class="casenote-date">28/02/2025</span> · Recorded by <span>Daniel Marsh</span></p>
<div class="casenote-body"><p>Case discussed with the team manager. Reviewed progress against the plan and the latest police notification.</p>
<p>No concerns were raised about school attendance this term.</p></div></article>
</div></main>`;
