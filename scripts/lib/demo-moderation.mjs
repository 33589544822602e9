// The demo tour's moderation: on the round the tour opened, the QA lead draws the moderation sample
// (Sam's two finished audits, the first auditor's observations shown) and downloads the blinded pack; the
// moderator (in the same browser, for the tour) imports it under Moderate audits and grades blind; the
// QA lead imports the return, records the agreed outcomes, and calibration follows. Saves
// moderation.png (the moderator's screen) and calibration.png (each also at 200% zoom), and
// calibration-over-time.png (agreement per round).

/** The moderator's grades of each drawn audit: sections by label, then the overall grade. */
const GRADES = [
  {
    'Chronology and history': 'Good',
    'Assessment and analysis of need and risk': 'Requires improvement',
    'Voice of the child': 'Good',
    Planning: 'Requires improvement',
    'Overall grade': 'Requires improvement',
  },
  {
    'Chronology and history': 'Good',
    'Assessment and analysis of need and risk': 'Good',
    'Voice of the child': 'Outstanding',
    Planning: 'Good',
    'Overall grade': 'Good',
  },
];

/** Clicks `click`, saves the file it downloads as `file`. */
async function downloaded(page, click, file) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(file);
  return file;
}

/**
 * Runs the moderation part of the tour on `page` (the round's page on the rounds screen) and returns
 * the files it wrote.
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string }} margin
 * @param {import('@playwright/test').Page} page
 * @param {{ screen: { width: number, height: number }, at: (name: string) => string,
 *   shoot: (page: import('@playwright/test').Page, file: string, options?: object) => Promise<string[]> }} tour
 */
export async function moderationTour(margin, page, { screen, at, shoot }) {
  const written = [];
  const moderation = page.locator('#moderation');
  await moderation.getByLabel('Percentage of finished audits').fill('100');
  await moderation.getByLabel('At least this many audits').fill('2');
  await moderation.getByLabel('Moderation seed').fill('MOD-WINTER');
  await moderation.getByLabel("The moderator sees the first auditor's observations").check();
  await moderation.getByRole('button', { name: 'Draw the moderation sample' }).click();
  await moderation.getByText('2 of 2 finished audits drawn').waitFor();
  await moderation.getByLabel("Moderator's reference").fill('Jo Okafor');
  const pack = await downloaded(
    page,
    () => moderation.getByRole('button', { name: 'Download the moderation pack' }).click(),
    at('moderation-pack.json'),
  );

  // The moderator grades blind: the pack holds no first grade.
  const mod = await margin.context.newPage();
  await mod.setViewportSize(screen);
  await mod.goto(`chrome-extension://${margin.extensionId}/rounds.html#moderate`);
  await mod.getByLabel('Import a moderation pack').setInputFiles(pack);
  const forms = mod.locator('form');
  await forms.nth(GRADES.length - 1).waitFor();
  for (const [i, grades] of GRADES.entries()) {
    const form = forms.nth(i);
    for (const [label, grade] of Object.entries(grades)) {
      await form.getByLabel(label, { exact: true }).selectOption({ label: grade });
    }
    await form.getByRole('button', { name: 'Submit my grades' }).click();
    await form.getByRole('status').waitFor();
  }
  await mod.evaluate(() => window.scrollTo(0, 0));
  written.push(...(await shoot(mod, at('moderation.png'), { zoom: true })));
  const back = await downloaded(
    mod,
    () => mod.getByRole('button', { name: 'Download my grades for the QA lead' }).click(),
    at('moderation-return.json'),
  );
  await mod.close();

  // The QA lead lays the moderator's grades beside the first ones and records the agreed outcomes.
  await page.bringToFront();
  await moderation.getByLabel("Import the moderator's return").setInputFiles(back);
  await moderation.getByText("Imported the moderator's grades of 2 audits.").waitFor();
  const articles = moderation.getByRole('article');
  for (let i = 0; i < GRADES.length; i++) {
    const article = articles.nth(i);
    await article
      .getByLabel('Why this grade was agreed')
      .fill('Discussed with the auditor: the plan lacks timescales the family can hold us to.');
    await article.getByRole('button', { name: 'Record the agreed outcome' }).click();
    await article.getByText('Agreed:').waitFor();
  }
  await page.getByTestId('section-agreement').waitFor();
  await page.getByTestId('agreement-over-time').waitFor();
  const toCalibration = () =>
    page.getByRole('heading', { name: 'Calibration', exact: true }).evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -40); // below the page's sticky header
    });
  await toCalibration();
  written.push(...(await shoot(page, at('calibration.png'), { zoom: true, before: toCalibration })));
  const overTime = page.getByRole('region', { name: 'Agreement over time' });
  await overTime.screenshot({ path: at('calibration-over-time.png') });
  written.push(at('calibration-over-time.png'));
  return [...written, pack, back];
}
