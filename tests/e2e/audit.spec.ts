// A whole audit with a built-in template, from start to finish, in the sidebar on the demo system.
import { test, expect, sidebarFrame } from './support/fixtures';
import { selectText } from './support/page-text';

test('an auditor runs a learning case file audit from start to finish, and reopens it', async ({
  openDemo,
  margin,
  demoUrl,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await expect(audit.getByLabel('Person or case ID')).toHaveValue('P123456');
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  await expect(sidebar.getByText('0 of 8 sections complete')).toBeVisible();

  // Finishing too early is refused, naming what is missing.
  await sidebar.getByLabel('Overall grade').selectOption({ label: 'Good' });
  await sidebar.getByRole('button', { name: 'Finish audit' }).click();
  await expect(sidebar.getByRole('alert')).toContainText(
    'Complete these sections before finishing: Chronology and history',
  );

  // An observation on the voice of the child, graded, tagged, as evidence for the section.
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, 'Maya asked whether she would have to move house.');
  await sidebar.getByRole('button', { name: 'Voice of the child' }).click();
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await expect(sidebar.getByLabel('Template section')).toHaveValue('voice-of-the-child');
  await sidebar.getByLabel('Grade', { exact: true }).selectOption({ label: 'Outstanding' });
  await sidebar
    .getByLabel('Observation', { exact: true })
    .fill('Maya’s own question is recorded verbatim and answered.');
  await sidebar.getByText('Family-professional interaction', { exact: true }).click();
  await sidebar.getByRole('checkbox', { name: "The child's voice" }).check();
  await sidebar.getByLabel('Follow-up action (optional)').fill('Share at the next practice week.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  const item = sidebar
    .getByRole('region', { name: /^Observations/ })
    .getByRole('listitem')
    .filter({ hasText: 'verbatim' });
  await expect(item).toContainText('Voice of the child · Outstanding');
  await expect(item).toContainText("Family-professional interaction: The child's voice");
  // A question about the screen as a whole: it belongs in the report too.
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByRole('radio', { name: 'Question' }).check();
  await sidebar
    .getByLabel('Observation', { exact: true })
    .fill('Was the school asked for its view of the plan?');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(
    sidebar.getByRole('region', { name: /^Observations/ }).getByText('Was the school asked'),
  ).toBeVisible();

  // A section cannot be marked complete without a justification (ungraded: why it is not graded).
  await sidebar.getByRole('list', { name: 'Sections' }).getByRole('button').first().click();
  await sidebar.getByRole('checkbox', { name: 'Section complete' }).check();
  await sidebar.getByRole('button', { name: 'Save section' }).click();
  await expect(
    sidebar.getByRole('alert').filter({ hasText: 'is not graded: grade it, or write why it is not graded' }),
  ).toBeVisible();
  await expect(sidebar.getByText('0 of 8 sections complete')).toBeVisible();

  // Every section graded and completed, across a client-side navigation to another screen.
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  const sections = sidebar.getByRole('list', { name: 'Sections' }).getByRole('button');
  const count = await sections.count();
  for (let index = 0; index < count; index++) {
    await sections.nth(index).click();
    const grade = sidebar.getByLabel('Section grade');
    if (await grade.count()) await grade.selectOption({ index: 2 });
    await sidebar.getByLabel('Justification').fill(`Evidence reviewed for section ${index + 1}.`);
    await sidebar.getByRole('checkbox', { name: 'Section complete' }).check();
    await sidebar.getByRole('button', { name: 'Save section' }).click();
    await expect(sidebar.getByText(`${index + 1} of 8 sections complete`)).toBeVisible();
  }

  await sidebar.getByLabel('Overall grade').selectOption({ label: 'Good' });
  await sidebar.getByLabel('Summary').fill('Strong direct work with Maya; chronology needs updating.');
  await sidebar.getByRole('button', { name: 'Finish audit' }).click();
  await expect(sidebar.getByText('Audit finished. Overall grade: Good')).toBeVisible();

  // The audit report gathers it: counts, grades, and the finding under its contributory factor.
  const report = await margin.context.newPage();
  await report.goto(`chrome-extension://${margin.extensionId}/report.html`);
  await expect(report.getByText('1 audit (1 finished), 2 observations.')).toBeVisible();
  // Nothing recorded is left out: the summary, each section's justification, and the question.
  const narrative = report.getByRole('region', { name: /^P123456 · / });
  await expect(narrative).toContainText('Strong direct work with Maya; chronology needs updating.');
  await expect(narrative).toContainText('Evidence reviewed for section 1.');
  await expect(narrative).toContainText('Evidence reviewed for section 8.');
  await expect(report.getByRole('region', { name: 'Questions and evidence (1)' })).toContainText(
    'Question: Was the school asked for its view of the plan?',
  );
  await expect(report.getByRole('row', { name: /P123456/ }).first()).toContainText('Good');
  const factor = report.getByRole('region', { name: 'Family-professional interaction' });
  await expect(factor.getByRole('heading', { name: 'Strengths (1)' })).toBeVisible();
  await expect(factor).toContainText('Maya’s own question is recorded verbatim and answered.');
  await expect(factor).toContainText('“Maya asked whether she would have to move house.”');
  // It says where it came from and what personal data it holds, and honours the export privacy options.
  const about = report.getByRole('region', { name: 'About this report' });
  await expect(about).toContainText(/Made with Margin \d+\.\d+\.\d+ on .* from the records on this device\./);
  await expect(about).toContainText('This report holds 2 observations, 1 audit');
  await expect(about).toContainText('text quoted from the case records');
  await report.getByLabel('Leave out quoted record text').check();
  await report.getByLabel('Pseudonymise person IDs and names').check();
  await expect(about).toContainText('Person IDs and names were pseudonymised.');
  await expect(about).not.toContainText('text quoted from the case records');
  await expect(factor).not.toContainText('move house');
  await expect(report.getByRole('row', { name: /person-/ }).first()).toContainText('Good');
  const printed = await report.locator('main > :not(.no-print)').allInnerTexts();
  expect(printed.join(' ')).not.toContain('P123456');
  await report.close();

  // The audit is still there in a new tab after a reload, and can be reopened.
  const other = await margin.context.newPage();
  await other.goto(new URL('/person/P123456', demoUrl).href);
  const otherSidebar = await sidebarFrame(other);
  await expect(otherSidebar.getByText('Audit finished. Overall grade: Good')).toBeVisible();
  await otherSidebar.getByRole('button', { name: 'Reopen audit' }).click();
  await expect(otherSidebar.getByRole('button', { name: 'Finish audit' })).toBeVisible();
  await expect(otherSidebar.getByText('8 of 8 sections complete')).toBeVisible();
  await otherSidebar.getByRole('button', { name: 'Close' }).click();
  await expect(otherSidebar.getByRole('button', { name: /Open audit of P123456/ })).toBeVisible();
});

test('errors in the sidebar are plain English: no message names, field paths or double full stops', async ({
  openDemo,
}) => {
  const { sidebar } = await openDemo('/person/P123456/casenotes');
  const expectPlain = async (text: string | null) => {
    expect(text).not.toBeNull();
    expect(text).not.toMatch(/"(audit|observation)\//);
    expect(text).not.toContain('fields.');
    expect(text).not.toContain('..');
  };

  // A validation error: an observation saved with nothing written.
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill('   ');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  const empty = sidebar.getByRole('alert').filter({ hasText: 'Write the observation first' });
  await expect(empty).toBeVisible();
  await expectPlain(await empty.textContent());

  // A handler failure: finishing an audit with required sections incomplete.
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await sidebar.getByLabel('Overall grade').selectOption({ label: 'Good' });
  await sidebar.getByRole('button', { name: 'Finish audit' }).click();
  const early = sidebar.getByRole('alert').filter({ hasText: 'Complete these sections' });
  await expect(early).toContainText('Margin could not finish the audit: Complete these sections');
  await expectPlain(await early.textContent());
});
