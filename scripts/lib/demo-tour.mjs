// The scripted tour `npm run demo` runs without a display, on a council laptop's 1366×768 screen: an
// auditor records friction on a form, audits a case with observations anchored to the record, and a
// QA lead opens the dashboard, the report and the preview of another auditor's file, then plans an audit
// round and imports an auditor's return to it (demo-round.mjs), then imports a colleague's audits to
// chart compliance beside quality (demo-divergence.mjs), and finally builds a finding from a finished
// learning round and opens the board report (demo-learning.mjs). Saves a
// screenshot of each screen (and of the main screens at 200% zoom) and a JSON dump of what Margin stored.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readStore } from './read-store.mjs';
import { selectText } from './page-text.mjs';
import { roundTour } from './demo-round.mjs';
import { divergenceFile, divergenceShot } from './demo-divergence.mjs';
import { learningTour } from './demo-learning.mjs';

const SCREEN = { width: 1366, height: 768 };

/** @param {import('@playwright/test').Page} page */
async function sidebarOf(page) {
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/sidebar.html'));
    if (frame) {
      await frame.getByRole('heading', { name: 'This screen', exact: true }).waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The Margin sidebar did not appear on the demo page.');
}

/**
 * Saves the page as `name.png`, and with `zoom` also as `name-zoom200.png` at 200% zoom (the same
 * screen, half as many CSS pixels, each drawn twice as large: what WCAG 2.2 reflow asks of it).
 * @param {import('@playwright/test').Page} page @param {string} file
 * @param {{ zoom?: boolean, fullPage?: boolean, before?: () => Promise<void> }} [options]
 */
async function shoot(page, file, options = {}) {
  const written = [file];
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  if (options.zoom) {
    // Half the CSS pixels at twice the density; captured through the DevTools protocol, which keeps
    // the emulated zoom (Playwright's own screenshot restores its viewport first).
    await page.setViewportSize({ width: SCREEN.width / 2, height: SCREEN.height / 2 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: SCREEN.width / 2,
      height: SCREEN.height / 2,
      deviceScaleFactor: 2,
      mobile: false,
    });
    await page.waitForTimeout(500);
    await options.before?.();
    const zoomed = file.replace(/\.png$/, '-zoom200.png');
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    await writeFile(zoomed, Buffer.from(data, 'base64'));
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.setViewportSize(SCREEN);
    await page.waitForTimeout(300);
    written.push(zoomed);
  }
  return written;
}

/**
 * The round report step of the tour: from a page showing a round on the rounds screen
 * (`rounds.html#round=<id>`), follows its "Round report" link and saves `round-report.png` (the whole
 * report) and `round-report-zoom200.png`. The round tour (`demo-round.mjs`) calls it once an auditor's
 * return is in.
 * @param {import('@playwright/test').Page} page @param {string} outDir
 */
export async function roundReportShot(page, outDir) {
  await page.setViewportSize(SCREEN);
  await page.getByRole('link', { name: 'Round report', exact: true }).click();
  await page.getByRole('heading', { name: /^Round report: /, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Actions', exact: true }).waitFor();
  return shoot(page, path.join(outDir, 'round-report.png'), { zoom: true, fullPage: true });
}

/**
 * Runs the tour and returns the files it wrote.
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} margin
 * @param {string} demoUrl
 * @param {string} outDir
 */
export async function runTour(margin, demoUrl, outDir) {
  await mkdir(outDir, { recursive: true });
  const at = (name) => path.join(outDir, name);
  const written = [];
  const page = await margin.context.newPage();
  await page.setViewportSize(SCREEN);
  await page.goto(`${demoUrl}/person/P123456/forms/assessment/884213`);
  let sidebar = await sidebarOf(page);
  // First use: the sidebar asks who is recording.
  await sidebar.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await sidebar.getByRole('button', { name: 'Save name' }).click();
  await sidebar.getByText('Recording as Sam Patel').waitFor();
  written.push(...(await shoot(page, at('sidebar.png'), { zoom: true })));

  // A practitioner's friction on the assessment form: passive signals, and a flag on a field.
  await sidebar.getByRole('switch', { name: 'Record friction signals' }).check();
  await sidebar.getByText(/● Recording on/).waitFor();
  const worker = page.getByLabel('Lead social worker');
  for (let i = 0; i < 3; i++) {
    await worker.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('e');
    await page.getByLabel(/Reason for assessment/).click();
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('.error-summary').waitFor();
  await page.getByLabel('Lead social worker').click();
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await sidebar
    .getByLabel('Friction category')
    .selectOption({ label: 'Duplicate entry (typing the same thing again)' });
  await sidebar.getByLabel('What happened (optional)').fill('The worker is already on the referral.');
  await sidebar.getByRole('button', { name: 'Save flag' }).click();
  await sidebar.getByText('Flag saved.').waitFor();

  // An audit, with observations anchored to sentences of the case notes.
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await sidebar.getByRole('heading', { name: 'Audit of P123456' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Case notes' })
    .click();
  await page.locator('#casenote-list[data-render-count]').waitFor();
  sidebar = await sidebarOf(page);
  const observe = async (quote, section, kind, grade, comment, factor) => {
    await selectText(page, quote);
    await sidebar.getByRole('button', { name: section }).click();
    await sidebar.getByRole('button', { name: 'Add observation' }).click();
    await sidebar.getByRole('radio', { name: kind }).check();
    if (grade) await sidebar.getByLabel('Grade', { exact: true }).selectOption({ label: grade });
    await sidebar.getByLabel('Observation', { exact: true }).fill(comment);
    const form = sidebar.locator('.observation-form');
    await form.locator('summary', { hasText: factor }).click();
    await form.getByRole('checkbox', { name: `${factor} (in general)` }).check();
    await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
    await sidebar.getByText('Observation saved.').waitFor();
  };
  await observe(
    'Maya asked whether she would have to move house.',
    'Voice of the child',
    'Strength',
    'Good',
    'Maya’s own question is recorded in her words and answered honestly.',
    'Family-professional interaction',
  );
  await observe(
    'Call to the health visitor to ask about missed appointments.',
    'Multi-agency working',
    'Concern',
    'Requires improvement',
    'Missed health appointments are noted but not followed up with the GP.',
    'Multi-agency working in assessment and longer-term work',
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  const auditTop = () => sidebar.getByRole('heading', { name: 'Audit of P123456' }).scrollIntoViewIfNeeded();
  await auditTop();
  await page.waitForTimeout(300);
  written.push(...(await shoot(page, at('sidebar-audit.png'), { zoom: true, before: auditTop })));

  // A conversation with the case holder, recorded during the audit and linked to both observations.
  await sidebar.getByRole('button', { name: 'Record a conversation' }).click();
  const talk = sidebar.getByRole('form', { name: 'Record a conversation' });
  await talk.getByRole('radio', { name: 'In person' }).check();
  await talk
    .getByLabel('Key practice episodes')
    .fill('The home visit after the house move, and the strategy discussion that followed it.');
  await talk
    .getByLabel('How it looked at the time')
    .fill(
      'Three new cases that week; the health visitor was on leave, so the missed appointments looked routine.',
    );
  await talk
    .getByLabel('What helped', { exact: true })
    .fill('Weekly supervision kept Maya’s question on the agenda.');
  await talk
    .getByLabel('What hindered', { exact: true })
    .fill('The plan form has no place to record a change of school.');
  await talk.locator('summary', { hasText: 'Human-management system operation' }).click();
  await talk.getByRole('checkbox', { name: 'Human-management system operation (in general)' }).check();
  await talk.getByRole('checkbox', { name: /Maya’s own question/ }).check();
  await talk.getByRole('checkbox', { name: /Missed health appointments/ }).check();
  const talkTop = () => talk.getByRole('heading', { name: 'Record a conversation' }).scrollIntoViewIfNeeded();
  await talkTop();
  await page.waitForTimeout(300);
  written.push(...(await shoot(page, at('conversation.png'), { zoom: true, before: talkTop })));
  await talk.getByRole('button', { name: 'Save conversation' }).click();
  await sidebar.getByText('Conversation record saved.').waitFor();

  // The QA lead's dashboard, with the per-form friction view.
  const dashboard = await margin.context.newPage();
  await dashboard.setViewportSize(SCREEN);
  await dashboard.goto(`chrome-extension://${margin.extensionId}/dashboard.html`);
  await dashboard
    .getByRole('heading', { name: /Observations/ })
    .first()
    .waitFor();
  written.push(...(await shoot(dashboard, at('dashboard.png'), { zoom: true, fullPage: true })));
  const formView = dashboard.getByRole('region', { name: 'Friction by form' });
  await formView.getByLabel('Form').selectOption({ label: 'Child and Family Assessment' });
  await formView.getByRole('table').waitFor();
  await formView.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  written.push(...(await shoot(dashboard, at('friction-form.png'))));

  const report = await margin.context.newPage();
  await report.setViewportSize(SCREEN);
  await report.goto(`chrome-extension://${margin.extensionId}/report.html`);
  await report.getByRole('checkbox').first().check();
  await report.getByText(/1 audit \(/).waitFor();
  written.push(...(await shoot(report, at('report.png'), { zoom: true, fullPage: true })));

  // Another auditor's export of the same case, previewed record by record before it is imported.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const later = new Date(Date.now() + 60_000).toISOString();
  const [first, ...rest] = exported.observations;
  exported.exportedBy = 'Alex Morgan';
  exported.observations = [
    { ...first, comment: `${first.comment} Moderated: the grade stands.`, updatedAt: later },
    ...rest,
    {
      ...first,
      id: crypto.randomUUID(),
      kind: 'question',
      grade: undefined,
      comment: 'Was Maya told the outcome of the core group?',
      author: 'Alex Morgan',
      createdAt: later,
      updatedAt: later,
    },
  ];
  const other = at('from-another-auditor.json');
  await writeFile(other, JSON.stringify(exported));
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles(other);
  const preview = dashboard.getByRole('list', { name: 'Files to import' });
  await preview.getByText(/What will change, record by record/).click();
  await preview.scrollIntoViewIfNeeded();
  written.push(...(await shoot(dashboard, at('import-preview.png'))));

  // A QA lead's audit round in progress: planned, sampled, assigned, and one auditor's return imported.
  written.push(
    ...(await roundTour(margin, demoUrl, {
      screen: SCREEN,
      at,
      shoot,
      report: (page) => roundReportShot(page, outDir),
    })),
  );

  // Compliance beside quality: a colleague's audits outside the round, charted on the dashboard.
  const divergent = at('divergence.margin.json');
  await writeFile(divergent, JSON.stringify(divergenceFile(new URL(demoUrl).origin)));
  written.push(...(await divergenceShot(dashboard, divergent, shoot, at)));

  // A finished learning round: suggested findings, a finding built from one, and the board report.
  written.push(...(await learningTour(margin, demoUrl, { screen: SCREEN, at, shoot })));

  const dump = at('stored.json');
  const stored = {
    exportedAt: new Date().toISOString(),
    audits: await readStore(dashboard, 'audits'),
    observations: await readStore(dashboard, 'observations'),
    frictionFlags: await readStore(dashboard, 'frictionFlags'),
    frictionCounters: await readStore(dashboard, 'frictionCounters'),
    rounds: await readStore(dashboard, 'rounds'),
    roundAssignments: await readStore(dashboard, 'roundAssignments'),
  };
  await writeFile(dump, `${JSON.stringify(stored, null, 2)}\n`);
  return [...written, other, divergent, dump];
}
