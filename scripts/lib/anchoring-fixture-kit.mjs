// In-page half of scripts/make-anchoring-fixtures.mjs: picks annotations on a demo page with the bundled
// anchoring library (window.MarginAnchoring) and applies one mutation to the page, reporting the text
// edits it made so the expected outcome of every annotation can be computed from offsets alone.
// `fixtureKit` is serialised into the page, so it must not use anything from this module's scope.

export function fixtureKit() {
  const A = window.MarginAnchoring;
  const root = document.body;
  const BLOCK = 'p, li, h1, h2, h3, legend, tr, .field, dt, dd';
  const UNIT = { casenotes: 'article', chronology: 'tr', form: '.form-section, .tab-panel' };
  const ADDED = ['probably', 'recently', 'briefly', 'clearly', 'quietly', 'later', 'again', 'mostly'];

  function random(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const spanOf = (index, el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return A.offsetsFromRange(index, range);
  };
  const words = (index, el) => {
    const span = spanOf(index, el);
    const text = index.text.slice(span.start, span.end);
    return [...text.matchAll(/\S+/g)].map((m) => [span.start + m.index, span.start + m.index + m[0].length]);
  };
  const collapse = (text) => text.replace(/\s+/g, ' ').trim();

  /** Annotations for a page: text ranges of various lengths and picked elements. */
  function pick(kind, seed) {
    const rand = random(seed);
    const index = A.buildTextIndex(root);
    const out = [];
    const choose = (list) => list[Math.floor(rand() * list.length)];
    const addRange = (start, end, tag) => {
      if (end <= start || out.some((a) => a.span[0] === start && a.span[1] === end)) return;
      const range = A.rangeFromOffsets(index, start, end);
      const selectors = A.describeRange(root, range, index);
      out.push({ id: `${kind}-${out.length + 1}-${tag}`, selectors, span: [start, end], target: 'range' });
    };
    const addWords = (el, min, max, tag) => {
      const w = words(index, el);
      if (w.length < min) return;
      const n = Math.min(w.length, min + Math.floor(rand() * (max - min + 1)));
      const first = Math.floor(rand() * (w.length - n + 1));
      addRange(w[first][0], w[first + n - 1][1], tag);
    };
    const addElement = (el, tag) => {
      const selectors = A.describeElement(root, el, index);
      const control = A.isFormControl(el);
      const span = spanOf(index, control ? el.closest('.field') || el : el);
      const text = control ? A.labelOf(el) || '' : collapse(A.elementText(index, el));
      out.push({
        id: `${kind}-${out.length + 1}-${tag}`,
        selectors,
        span: [span.start, span.end],
        target: control ? 'field' : 'element',
        text,
      });
    };
    if (kind === 'casenotes') {
      const notes = [...document.querySelectorAll('#casenote-list > article')];
      const paras = (note) => [...note.querySelectorAll('.casenote-body > p')];
      const third = paras(notes[2]);
      addWords(third[0], 8, 14, 'medium');
      const edited = words(index, third[1]);
      addRange(edited[0][0], edited[Math.min(edited.length, 24) - 1][1], 'edited-sentence');
      addWords(third[1], 3, 5, 'short');
      addWords(third[2], 6, 12, 'medium');
      for (let i = 0; i < 6; i++) addWords(choose(paras(choose(notes))), 2, 4, 'short');
      for (let i = 0; i < 8; i++) addWords(choose(paras(choose(notes))), 6, 16, 'medium');
      for (let i = 0; i < 3; i++) addWords(choose(paras(choose(notes))), 200, 200, 'paragraph');
      for (let i = 0; i < 2; i++) {
        const ps = paras(choose(notes.filter((n) => paras(n).length > 1)));
        const a = words(index, ps[0]);
        const b = words(index, ps[1]);
        addRange(a[Math.max(0, a.length - 4)][0], b[Math.min(b.length, 5) - 1][1], 'two-paragraphs');
      }
      addElement(choose(notes).querySelector('h2'), 'title');
      addElement(choose(notes).querySelector('.casenote-meta'), 'meta');
    } else if (kind === 'chronology') {
      const rows = [...document.querySelectorAll('.chronology-table tbody tr')];
      for (let i = 0; i < 6; i++) addWords(choose(rows).children[3], 2, 4, 'short');
      for (let i = 0; i < 8; i++) addWords(choose(rows).children[3], 6, 14, 'medium');
      for (let i = 0; i < 4; i++) addWords(choose(rows).children[3], 200, 200, 'cell');
      for (let i = 0; i < 2; i++) {
        const row = choose(rows);
        addRange(spanOf(index, row.children[1]).start, words(index, row.children[3])[1][1], 'across-cells');
      }
      for (const col of [3, 3, 1, 0]) addElement(choose(rows).children[col], 'cell-element');
    } else {
      const form = document.querySelector('#workflow-form');
      const controls = [...form.querySelectorAll('input, select, textarea')].filter(
        (c) => c.type !== 'hidden',
      );
      const seen = new Set();
      while (seen.size < 14) seen.add(choose(controls));
      for (const control of seen) addElement(control, `field-${control.localName}`);
      const texts = [...form.querySelectorAll('p.hint, h3, legend, label')].filter(
        (el) => collapse(el.textContent).length > 12,
      );
      for (let i = 0; i < 6; i++) addWords(choose(texts), 2, 12, 'form-text');
      for (let i = 0; i < 3; i++)
        addElement(choose([...form.querySelectorAll('h3, p.hint')]), 'heading-element');
    }
    return out;
  }

  /** Elements the annotations point at, found in a freshly loaded copy of the page. */
  function resolve(annotations) {
    const index = A.buildTextIndex(root);
    return annotations.map((a) => {
      if (a.target === 'range') {
        const range = A.rangeFromOffsets(index, a.span[0], a.span[1]);
        return { range, start: range.startContainer.parentElement, end: range.endContainer.parentElement };
      }
      const found = A.anchor(root, a.selectors, index);
      if (!found || found.kind !== 'element') throw new Error(`cannot resolve ${a.id} on the original page`);
      return { element: found.element, start: found.element, end: found.element };
    });
  }

  /** Applies one mutation; returns the text edits made (old-text offsets) and the dropped ids. */
  function mutate(kind, mutation, annotations, seed) {
    const rand = random(seed);
    const index = A.buildTextIndex(root);
    const targets = resolve(annotations);
    const spans = annotations.map((a) => a.span);
    const strictlyInside = (at) => spans.some(([s, e]) => s < at && at < e);
    const blockOf = (node) => node.closest('.field') || node.closest(BLOCK) || node;
    const edits = [];
    const dropped = [];
    const ops = [];
    if (mutation === 'inserted') {
      const blocks = new Set();
      targets.forEach((t, i) => {
        const node = t.range?.startContainer;
        if (t.range && i % 2 === 0 && t.range.startOffset > 0 && !strictlyInside(spans[i][0])) {
          const ins = ` (${ADDED[i % ADDED.length]} added in review) `;
          if (!edits.some((e) => e.at === spans[i][0])) {
            edits.push({ at: spans[i][0], del: 0, ins });
            ops.push({ at: spans[i][0], run: () => node.insertData(t.range.startOffset, ins) });
          }
          return;
        }
        blocks.add(blockOf(t.start));
      });
      for (const block of blocks) {
        const at = spanOf(index, block).start;
        if (strictlyInside(at) || edits.some((e) => e.at === at)) continue;
        const fresh = newBlockLike(block, edits.length);
        edits.push({ at, del: 0, ins: fresh.textContent });
        ops.push({ at, run: () => block.before(fresh) });
      }
      ops.sort((x, y) => y.at - x.at).forEach((op) => op.run());
    } else if (mutation === 'changed') {
      targets.forEach((t, i) => {
        const [s, e] = spans[i];
        if (!t.range || e - s < 60) return;
        const inner = [...index.text.slice(s, e).matchAll(/\b[A-Za-z]{4,9}\b/g)].filter(
          (m) => m.index > 6 && m.index + m[0].length < e - s - 6,
        );
        const count = e - s >= 120 ? 2 : 1;
        for (const m of inner
          .slice(Math.floor(inner.length / 3))
          .filter((_, k) => k % 3 === 0)
          .slice(0, count)) {
          const at = s + m.index;
          const word = ADDED.find((w) => Math.abs(w.length - m[0].length) <= 1 && w !== m[0]) || 'unclear';
          const r = A.rangeFromOffsets(index, at, at + m[0].length);
          if (
            r.startContainer !== r.endContainer ||
            edits.some((x) => x.at < at + m[0].length && at < x.at + x.del)
          )
            continue;
          edits.push({ at, del: m[0].length, ins: word });
          ops.push({ at, run: () => r.startContainer.replaceData(r.startOffset, m[0].length, word) });
        }
      });
      ops.sort((x, y) => y.at - x.at).forEach((op) => op.run());
    } else if (mutation === 'wrapped') {
      const blocks = new Set(
        targets.map((t) => (kind === 'chronology' ? blockOf(t.start).closest('table') : blockOf(t.start))),
      );
      for (const block of blocks) {
        const wrapper = document.createElement('div');
        wrapper.className = 'added-wrapper';
        block.before(wrapper);
        wrapper.append(block);
      }
      targets.forEach((t, i) => {
        if (!t.range || i % 2) return;
        const fresh = A.rangeFromOffsets(A.buildTextIndex(root), spans[i][0], spans[i][1]);
        if (fresh.startContainer !== fresh.endContainer) return;
        fresh.surroundContents(Object.assign(document.createElement('span'), { className: 'quoted' }));
      });
    } else if (mutation === 'reordered') {
      const unitSel = UNIT[kind];
      targets.forEach((t, i) => {
        if (t.start.closest(unitSel) !== t.end.closest(unitSel)) dropped.push(annotations[i].id);
      });
      const containers =
        kind === 'casenotes'
          ? [document.querySelector('#casenote-list')]
          : kind === 'chronology'
            ? [document.querySelector('.chronology-table tbody')]
            : [...document.querySelectorAll('.form-section')];
      for (const container of containers) {
        const children = [...container.children].filter((c) => kind !== 'form' || c.matches('.field'));
        if (kind === 'chronology') children.sort(() => rand() - 0.5);
        else children.reverse();
        container.append(...children);
      }
    } else if (mutation === 'removed') {
      const blocks = [];
      targets.forEach((t, i) => {
        if (i % 3 !== 1) return;
        let block = blockOf(t.start);
        if (block.matches('h2.casenote-title, .casenote-meta')) block = block.closest('article');
        if (!blocks.some((b) => b.contains(block))) blocks.push(block);
      });
      const outer = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
      for (const block of outer) {
        const span = spanOf(index, block);
        edits.push({ at: span.start, del: span.end - span.start, ins: '' });
      }
      outer.forEach((block) => block.remove());
    }
    edits.sort((x, y) => x.at - y.at);
    return {
      edits,
      dropped,
      labels: targets.map((t) =>
        t.element && t.element.isConnected && A.isFormControl(t.element) ? A.labelOf(t.element) || '' : null,
      ),
    };
  }

  function newBlockLike(block, n) {
    const text = `Addendum ${n + 1}: entry reviewed by the team manager, no change to the plan.`;
    if (block.localName === 'tr') {
      const row = document.createElement('tr');
      for (const cell of ['01/01/2025', 'Management review', 'Children’s social care', text, 'Daniel Marsh'])
        row.append(Object.assign(document.createElement('td'), { textContent: cell }));
      return row;
    }
    if (block.matches('.field')) {
      const field = Object.assign(document.createElement('div'), { className: 'field' });
      field.innerHTML = `<label for="added-${n}">Additional information ${n + 1}</label><input id="added-${n}" name="added_${n}">`;
      return field;
    }
    return Object.assign(document.createElement('p'), { textContent: text });
  }

  const textNow = () => A.buildTextIndex(root).text;
  const cleanHtml = () => {
    for (const el of document.querySelectorAll('script, link')) el.remove();
    // The demo's session id changes per run; pin it so regenerating gives the same files.
    for (const a of document.querySelectorAll('a[href*="sid="]')) {
      a.setAttribute('href', a.getAttribute('href').replace(/sid=[\w-]+/, 'sid=fixture'));
    }
    return `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`;
  };
  return { pick, mutate, textNow, cleanHtml };
}
