// Replies on an observation, between two people on two browser profiles who exchange Margin JSON
// exports: an auditor writes an observation and a reply; a QA lead imports it, sees the reply and
// answers; the auditor imports that and sees both, in order, with their authors. Editing a reply shows
// in the observation's history. The thread is keyboard-driven and axe-clean.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import type { Frame, Page } from '@playwright/test';
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';
import { launchMargin, type Margin } from './support/launch';

const SCREEN = '/person/P123456/casenotes';

/** Answers the sidebar's first question (name, and role). */
async function introduce(sidebar: Frame, name: string, role: string) {
  const form = sidebar.getByRole('form', { name: 'Before you start: your name' });
  await form.getByLabel('Your name', { exact: true }).fill(name);
  await form.getByLabel('Your role (optional)').selectOption({ label: role });
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(sidebar.getByText(`Recording as ${name} (${role})`)).toBeVisible();
}

const observation = (sidebar: Frame) =>
  sidebar
    .getByRole('region', { name: /^Observations/ })
    .locator('li.observation')
    .first();

/** Exports Margin JSON from the dashboard of `margin` into `folder`; returns the file's path. */
async function exportJson(margin: Margin, folder: string, name: string): Promise<string> {
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const started = dashboard.waitForEvent('download');
  await dashboard.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const file = path.join(folder, name);
  await (await started).saveAs(file);
  await dashboard.close();
  return file;
}

/** Imports a Margin JSON file on the dashboard of `margin`, checking the preview counts its replies. */
async function importJson(margin: Margin, file: string, replies: string) {
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await dashboard.getByLabel('Import Margin JSON files').setInputFiles([file]);
  const preview = dashboard.getByRole('list', { name: 'Files to import' });
  await expect(preview).toContainText(replies);
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dashboard.getByRole('list', { name: 'Import results' })).toContainText('imported.');
  await dashboard.close();
}

/** Opens the thread of the first observation, which must show `count` replies. */
async function openThread(sidebar: Frame, count: number) {
  const toggle = observation(sidebar).getByRole('button', { name: new RegExp(`^Replies \\(${count}\\)`) });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Writes a reply from the keyboard: Reply, type (focus is already in the box), Ctrl+Enter. */
async function reply(sidebar: Frame, page: Page, text: string) {
  await observation(sidebar).getByRole('button', { name: 'Reply to this observation' }).click();
  const box = observation(sidebar).getByLabel('Your reply', { exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(box).toHaveCount(0);
  await expect(observation(sidebar).getByRole('button', { name: 'Reply to this observation' })).toBeFocused();
}

const thread = (sidebar: Frame) =>
  observation(sidebar).getByRole('list', { name: /^\d+ repl(y|ies), oldest first$/ });

test('an auditor and a QA lead on two profiles discuss an observation through exports', async ({
  margin,
  openDemo,
}) => {
  test.setTimeout(240_000);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'margin-replies-'));
  let other: Margin | undefined;
  try {
    // Profile A: Sam Patel, auditor, writes an observation and a reply.
    const a = await openDemo(SCREEN);
    await introduce(a.sidebar, 'Sam Patel', 'Auditor');
    await a.sidebar.getByRole('button', { name: 'Add observation' }).click();
    await a.sidebar.getByLabel('Observation', { exact: true }).fill('No record of Maya being seen alone.');
    await a.sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect(a.sidebar.getByText('Observation saved.')).toBeVisible();
    await openThread(a.sidebar, 0);
    await expect(observation(a.sidebar)).toContainText('No replies yet.');
    // Escape cancels a reply, and focus returns to the Reply button.
    await observation(a.sidebar).getByRole('button', { name: 'Reply to this observation' }).click();
    await a.page.keyboard.type('Not this');
    await a.page.keyboard.press('Escape');
    await expect(observation(a.sidebar).getByLabel('Your reply', { exact: true })).toHaveCount(0);
    await expect(
      observation(a.sidebar).getByRole('button', { name: 'Reply to this observation' }),
    ).toBeFocused();
    // An empty reply is refused in words.
    await observation(a.sidebar).getByRole('button', { name: 'Reply to this observation' }).click();
    await a.page.keyboard.press('Control+Enter');
    await expect(observation(a.sidebar).getByRole('alert')).toHaveText('Error: Write your reply first.');
    await a.page.keyboard.press('Escape');
    await reply(a.sidebar, a.page, 'Could the practitioner check the school visit notes?');
    await expect(observation(a.sidebar).getByRole('button', { name: /^Replies \(1\)/ })).toBeVisible();
    const fromSam = await exportJson(margin, folder, 'sam.json');
    expect(JSON.parse(await readFile(fromSam, 'utf8')).replies).toHaveLength(1);

    // Profile B: Jo Okafor, QA lead, imports, sees Sam's reply, answers, exports.
    other = await launchMargin(path.join(folder, 'profile-b'));
    await importJson(
      other,
      fromSam,
      '2 new, 0 identical, 0 changed, 0 conflicting; of these, replies: 1 new',
    );
    const bPage = await other.context.newPage();
    await bPage.goto(new URL(SCREEN, process.env.MARGIN_DEMO_URL).href);
    const b = await sidebarFrame(bPage);
    await introduce(b, 'Jo Okafor', 'QA lead');
    await openThread(b, 1);
    await expect(thread(b).getByRole('listitem')).toHaveCount(1);
    await expect(thread(b).getByRole('listitem').first()).toContainText('Sam Patel');
    await expect(thread(b).getByRole('listitem').first()).toContainText('Auditor');
    // Not Jo's reply: no Edit or Delete.
    await expect(thread(b).getByRole('button', { name: /Edit|Delete/ })).toHaveCount(0);
    await reply(b, bPage, 'Seen alone at school on 3 May; the note is on the visits screen.');
    await expect(thread(b).getByRole('listitem')).toHaveCount(2);
    const fromJo = await exportJson(other, folder, 'jo.json');
    expect(other.egress).toEqual([]);

    // Back on A: importing Jo's file brings the answer; both replies in order, with authors and roles.
    await importJson(margin, fromJo, 'replies: 1 new, 1 identical');
    await a.page.reload();
    const again = await sidebarFrame(a.page);
    await openThread(again, 2);
    const items = thread(again).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Sam Patel');
    await expect(items.nth(0)).toContainText('Could the practitioner check the school visit notes?');
    await expect(items.nth(1)).toContainText('Jo Okafor');
    await expect(items.nth(1)).toContainText('QA lead');
    await expect(items.nth(1)).toContainText('Seen alone at school on 3 May');
    await expect(items.nth(1).getByRole('button', { name: /Edit/ })).toHaveCount(0);

    // Sam edits their reply; the observation's history shows the earlier words and who changed them.
    await items.nth(0).getByRole('button', { name: 'Edit your reply' }).click();
    const box = items.nth(0).getByLabel('Edit your reply', { exact: true });
    await expect(box).toBeFocused();
    await box.fill('Could the practitioner check the school visit notes from May?');
    await a.page.keyboard.press('Control+Enter');
    await expect(items.nth(0)).toContainText('from May?');
    await expect(items.nth(0)).toContainText('edited');
    await observation(again)
      .getByRole('button', { name: /^History:/ })
      .click();
    const trail = observation(again).locator('.edit-trail');
    await expect(trail).toContainText('reply by Sam Patel replaced by an edit (by Sam Patel)');
    await expect(trail).toContainText('Reply: Could the practitioner check the school visit notes?');

    // The open thread, with its form, is axe-clean.
    await observation(again).getByRole('button', { name: 'Reply to this observation' }).click();
    await again.evaluate(axe.source);
    const violations = await again.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    });
    expect(violations).toEqual([]);

    // Deleting the reply leaves who and when in the history, not the words.
    await a.page.keyboard.press('Escape');
    await items.nth(0).getByRole('button', { name: 'Delete your reply' }).click();
    await expect(items.nth(0).getByRole('button', { name: 'Yes, delete reply' })).toBeFocused();
    await a.page.keyboard.press('Enter');
    await expect(thread(again).getByRole('listitem')).toHaveCount(1);
    await expect(trail).toContainText('reply by Sam Patel deleted (by Sam Patel); its text is not kept.');
    await expect(trail).not.toContainText('from May?');
  } finally {
    await other?.context.close();
    await rm(folder, { recursive: true, force: true });
  }
});
