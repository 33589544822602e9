// The agreement worker in real Chromium: an extension page starts the built /agreement-worker.js (as
// lib/moderation/agreement-client.ts does), posts grades and gets estimates with bootstrap intervals
// back, under the extension pages' CSP (no eval: Zod runs jitless), with no CSP violation reported.
import { test, expect } from './support/fixtures';
import { openExtensionPage } from './support/extension';

test('an extension page gets agreement with intervals from the worker, with no CSP violation', async ({
  margin,
}) => {
  const page = await openExtensionPage(margin, 'report.html');
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  const answers = await page.evaluate(async () => {
    const worker = new Worker('/agreement-worker.js');
    const ask = (request: object) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        worker.addEventListener('message', (event) => resolve(event.data), { once: true });
        worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
        worker.postMessage(request);
      });
    const n = null;
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", p. 8: 4 observers × 12 units.
    const published = await ask({
      id: 1,
      ratings: [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
      ],
      level: 'ordinal',
      resamples: 200,
      seed: 'K7QM-3XPA',
    });
    // A round: 500 audits × 10 sections graded by auditor and moderator on a 4-point scale.
    const first: number[] = [];
    const second: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const grade = 1 + ((i * 7) % 4);
      first.push(grade);
      second.push(i % 5 === 0 ? Math.min(4, grade + 1) : grade);
    }
    const round = await ask({ id: 2, ratings: [first, second], resamples: 1000 });
    const refused = await ask({ id: 3, ratings: [[1, 2, 3]] });
    worker.terminate();
    return { published, round, refused };
  });

  const published = answers.published as { ok: boolean; report: { alpha: Record<string, number> } };
  expect(published.ok).toBe(true);
  expect(published.report.alpha.value).toBeCloseTo(0.815, 3);
  expect(published.report.alpha.low).toBeLessThan(0.815);
  expect(published.report.alpha.high).toBeGreaterThan(0.815);

  const round = answers.round as {
    ok: boolean;
    report: { units: number; resamples: number; twoRaters: { exact: Record<string, number> } };
  };
  expect(round.ok).toBe(true);
  expect(round.report).toMatchObject({ units: 5000, resamples: 1000 });
  expect(round.report.twoRaters.exact.value).toBeCloseTo(0.85, 2);
  expect(round.report.twoRaters.exact.low).toBeGreaterThan(0.8);

  expect(answers.refused).toEqual({
    id: 3,
    ok: false,
    error: 'Agreement request refused: Agreement needs at least two graders. (at ratings).',
  });
  expect(messages.filter((text) => /Content Security Policy|EvalError|unsafe-eval/i.test(text))).toEqual([]);
});
