// Generates the anchoring fixture set in bench/fixtures/anchoring (run once; the output is committed):
// real demo pages saved without scripts, annotations described on them with the bundled library, and
// mutated copies (text inserted, elements wrapped, words changed, sections re-ordered, quotes removed,
// plus the demo's own edited/removed case-note variants), each with the expected outcome of every
// annotation. Usage: node scripts/make-anchoring-fixtures.mjs [--out DIR]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { fixtureKit } from './lib/anchoring-fixture-kit.mjs';
import { bundleAnchoring, launchChromium } from './lib/anchoring-bundle.mjs';

const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(outArg > 0 ? process.argv[outArg + 1] : 'bench/fixtures/anchoring');
const SOURCES = [
  { name: 'casenotes', kind: 'casenotes', path: '/person/P123456/casenotes', seed: 11 },
  { name: 'chronology', kind: 'chronology', path: '/person/P123456/chronology', seed: 23 },
  { name: 'assessment', kind: 'form', path: '/person/P123456/forms/assessment/884213', seed: 37 },
];
const MUTATIONS = ['inserted', 'wrapped', 'changed', 'reordered', 'removed'];
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** Where a span of the old text is after `edits`; 'drop' when an edit cuts across its boundary. */
function mapSpan([s, e], edits) {
  let ds = 0;
  let de = 0;
  let touched = false;
  for (const { at, del, ins } of edits) {
    const end = at + del;
    const delta = ins.length - del;
    if (del === 0 ? at <= s : end <= s) {
      ds += delta;
      de += delta;
    } else if (at >= e) continue;
    else if (del > 0 && at <= s && end >= e) return { removed: true };
    else if (at >= s && end <= e) {
      de += delta;
      touched = true;
    } else return 'drop';
  }
  return { start: s + ds, end: e + de, touched };
}

function applyEdits(text, edits) {
  let out = text;
  for (const { at, del, ins } of [...edits].sort((x, y) => y.at - x.at))
    out = out.slice(0, at) + ins + out.slice(at + del);
  return out;
}

/** The one edit turning `before` into `after` (common prefix and suffix kept). */
function diffEdit(before, after) {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (
    q < before.length - p &&
    q < after.length - p &&
    before[before.length - 1 - q] === after[after.length - 1 - q]
  )
    q++;
  return p === before.length && p === after.length
    ? []
    : [{ at: p, del: before.length - p - q, ins: after.slice(p, after.length - q) }];
}

/** Expected outcome of each annotation after a mutation, dropping those with no clear right answer. */
function expectations(annotations, newText, edits, dropped, labels, oldText) {
  const out = [];
  annotations.forEach((a, i) => {
    if (dropped.includes(a.id)) return;
    const mapped = mapSpan(a.span, edits);
    if (mapped === 'drop') return;
    let expected;
    if (mapped.removed) expected = { status: 'orphan', quote: '' };
    else if (a.target === 'field') expected = { status: 'anchored', quote: labels?.[i] ?? a.text };
    else if (mapped.touched && (a.target === 'element' || a.span[1] - a.span[0] < 60)) return;
    else {
      // Re-ordering moves whole units: the quote is unchanged, somewhere else.
      const quote = oldText ? oldText.slice(a.span[0], a.span[1]) : newText.slice(mapped.start, mapped.end);
      if (oldText && !newText.includes(quote)) throw new Error(`${a.id}: quote lost by re-ordering`);
      expected = { status: 'anchored', quote: a.target === 'element' ? collapse(quote) : quote };
    }
    out.push({ id: a.id, selectors: a.selectors, expected });
  });
  return out;
}

async function write(name, html, annotations, extra) {
  await writeFile(path.join(OUT, `${name}.html`), html);
  await writeFile(path.join(OUT, `${name}.json`), `${JSON.stringify({ annotations }, null, 1)}\n`);
  const counts = annotations.reduce(
    (c, a) => ({ ...c, [a.expected.status]: (c[a.expected.status] ?? 0) + 1 }),
    {},
  );
  console.log(`${name}: ${annotations.length} annotations`, counts, extra ?? '');
}

const kitScript = `window.FixtureKit = (${fixtureKit.toString()})();`;
const bundle = await bundleAnchoring();
const inject = async (page) => {
  await page.addScriptTag({ content: bundle });
  await page.addScriptTag({ content: kitScript });
};

await mkdir(OUT, { recursive: true });
const demo = await startDemoServer({ port: 0 });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const load = async (url, isCaseNotes) => {
    await page.goto(url);
    if (isCaseNotes)
      await page.waitForSelector('#casenote-list[data-render-count="1"]', { state: 'attached' });
    else await page.waitForTimeout(1000);
    await inject(page);
    return page.evaluate(() => window.FixtureKit.cleanHtml());
  };
  const fresh = async (html) => {
    await page.setContent(html);
    await inject(page);
  };

  for (const source of SOURCES) {
    const original = await load(demo.url + source.path, source.kind === 'casenotes');
    await fresh(original);
    const annotations = await page.evaluate(
      ([k, s]) => window.FixtureKit.pick(k, s),
      [source.kind, source.seed],
    );
    const oldText = await page.evaluate(() => window.FixtureKit.textNow());
    await write(`${source.name}-original`, original, expectations(annotations, oldText, [], [], null));

    for (const [n, mutation] of MUTATIONS.entries()) {
      await fresh(original);
      const { edits, dropped, labels } = await page.evaluate(
        ([k, m, a, s]) => window.FixtureKit.mutate(k, m, a, s),
        [source.kind, mutation, annotations, source.seed + n],
      );
      const newText = await page.evaluate(() => window.FixtureKit.textNow());
      const html = await page.evaluate(() => window.FixtureKit.cleanHtml());
      if (mutation !== 'reordered' && applyEdits(oldText, edits) !== newText) {
        throw new Error(`${source.name}-${mutation}: the page text does not match the recorded edits`);
      }
      await write(
        `${source.name}-${mutation}`,
        html,
        expectations(
          annotations,
          newText,
          edits,
          dropped,
          labels,
          mutation === 'reordered' ? oldText : undefined,
        ),
        `${edits.length} edits`,
      );
    }

    if (source.kind === 'casenotes') {
      for (const variant of ['edited', 'removed']) {
        const html = await load(`${demo.url}${source.path}?variant=${variant}`, true);
        await fresh(html);
        const newText = await page.evaluate(() => window.FixtureKit.textNow());
        const edits = diffEdit(oldText, newText);
        await write(
          `${source.name}-demo-${variant}`,
          html,
          expectations(annotations, newText, edits, [], null),
        );
      }
    }
  }
} finally {
  await browser.close();
  await demo.close();
}
