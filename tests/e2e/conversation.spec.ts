// A conversation recorded in the sidebar during an audit with the worker on the demo system, linked to
// the audit's two observations; kept through a reload while it is written; shown in the sidebar and on
// the dashboard; keyboard-reachable and axe-clean; left out of an export without the choice, and in it,
// with the name and the family's own words left out and people pseudonymised, with the choice.
import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import type { Frame, Page } from '@playwright/test';
import { test, expect, sidebarFrame } from './support/fixtures';
import { openExtensionPage } from './support/extension';

const EPISODES = 'Jo Brennan described the strategy discussion for P123456 in May.';
const OWN_WORDS = 'Nobody asked me where I wanted to live.';

/** axe inside a frame (the sidebar frame sits in a closed shadow root): serious or critical violations. */
async function serious(frame: Frame | Page): Promise<string[]> {
  await frame.evaluate(axe.source);
  return frame.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function observe(sidebar: Frame, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

test('a conversation recorded during an audit with the worker, linked to two observations', async ({
  margin,
  openDemo,
}) => {
  test.setTimeout(240_000);
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  const intro = sidebar.getByRole('form', { name: 'Before you start: your name' });
  await intro.getByLabel('Your name', { exact: true }).fill('Sam Patel');
  await intro.getByRole('button', { name: 'Save name' }).click();
  await sidebar.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  await observe(sidebar, 'Maya was seen alone at school.');
  await observe(sidebar, 'The plan was not reviewed after the move.');

  // Recorded from the keyboard: the button, then the form's heading has the focus.
  const panel = sidebar.getByRole('region', { name: 'Conversations' });
  await panel.getByRole('button', { name: 'Record a conversation' }).focus();
  await page.keyboard.press('Enter');
  const form = sidebar.getByRole('form', { name: 'Record a conversation' });
  await expect(form.getByRole('heading', { name: 'Record a conversation' })).toBeFocused();
  await form.getByLabel('With whom').selectOption({ label: 'Parent or carer' });
  await form.getByRole('radio', { name: 'Consent given' }).check();
  await form.getByRole('button', { name: 'Add a name on purpose' }).click();
  await form.getByLabel('Name (you chose to record one)').fill('Jo Brennan');
  await form.getByRole('radio', { name: 'Phone' }).check();
  await form.getByLabel('Key practice episodes').fill(EPISODES);
  await form.getByLabel('The child’s or family’s view, in their own words').fill(OWN_WORDS);
  await form.getByText('Family-professional interaction', { exact: true }).click();
  await form.getByRole('checkbox', { name: "The child's voice" }).check();
  await form.getByRole('checkbox', { name: /Maya was seen alone/ }).check();
  await form.getByRole('checkbox', { name: /The plan was not reviewed/ }).check();
  await form.getByRole('checkbox', { name: 'Voice of the child' }).check();
  expect(await serious(sidebar)).toEqual([]);

  // A reload while writing loses nothing: the draft is offered again, and saved.
  await page.waitForTimeout(1000);
  await page.reload();
  const sidebar2 = await sidebarFrame(page);
  const panel2 = sidebar2.getByRole('region', { name: 'Conversations' });
  await panel2.getByRole('button', { name: 'Continue writing' }).click();
  const form2 = sidebar2.getByRole('form', { name: 'Record a conversation' });
  await expect(form2.getByLabel('Key practice episodes')).toHaveValue(EPISODES);
  await expect(form2.getByRole('checkbox', { name: /Maya was seen alone/ })).toBeChecked();
  await form2.getByRole('button', { name: 'Save conversation' }).click();
  await expect(panel2.getByText('Conversation record saved.')).toBeVisible();

  // Shown on the audit in the sidebar, with both observations it speaks to.
  const record = panel2.getByRole('listitem', {
    name: /^Conversation on .* with Parent or carer \(Jo Brennan\)$/,
  });
  await expect(record).toContainText('Phone · Consent given · recorded by Sam Patel');
  await expect(record).toContainText(OWN_WORDS);
  await expect(record).toContainText('Maya was seen alone at school.');
  await expect(record).toContainText('The plan was not reviewed after the move.');
  await expect(record).toContainText('Sections: Voice of the child');
  // Each linked observation says it was talked through, without the name.
  const discussed = sidebar2.getByRole('listitem', { name: /^\w+: Maya was seen alone/ });
  await expect(discussed).toContainText(/Discussed with Parent or carer on \d{4}-\d{2}-\d{2}/);
  await expect(discussed).not.toContainText('Jo Brennan');
  expect(await serious(sidebar2)).toEqual([]);

  // On the dashboard: counted by audit, listed for the audit picked.
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  const section = dashboard.getByRole('region', { name: /^Conversation records/ });
  await expect(section.getByRole('heading', { name: 'Conversation records (1)' })).toBeVisible();
  const picker = section.getByLabel('Audit', { exact: true });
  await expect(picker.locator('option').nth(1)).toHaveText(/^P123456 .*\(1 conversation\)$/);
  await picker.selectOption({ index: 1 });
  await expect(section.getByRole('listitem', { name: /with Parent or carer/ })).toContainText(EPISODES);
  expect(await serious(dashboard)).toEqual([]);

  // Exports: without the choice no conversation text; with it, reduced like quotes.
  const exportJson = async (choose: (p: Page) => Promise<void>) => {
    await choose(dashboard);
    const started = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export JSON', exact: true }).click();
    return readFile(await (await started).path(), 'utf8');
  };
  const plain = await exportJson(async () => undefined);
  expect(plain).toContain('Maya was seen alone at school.');
  for (const text of ['strategy discussion', 'Nobody asked me', 'Jo Brennan'])
    expect(plain).not.toContain(text);

  const shared = await exportJson(async (d) => {
    await d.getByRole('checkbox', { name: /^Include conversation records/ }).check();
    await d.getByRole('checkbox', { name: 'Leave out quoted record text' }).check();
    await d.getByRole('checkbox', { name: 'Pseudonymise person IDs and names' }).check();
  });
  const bundle = JSON.parse(shared) as {
    conversations: { prompts: Record<string, string>; name?: string }[];
  };
  expect(bundle.conversations).toHaveLength(1);
  expect(bundle.conversations[0]!.prompts.episodes).toMatch(
    /^person-\S+ described the strategy discussion for person-\S+ in May\.$/,
  );
  expect(bundle.conversations[0]).not.toHaveProperty('name');
  for (const text of ['Nobody asked me', 'Jo Brennan', 'P123456', 'Sam Patel'])
    expect(shared).not.toContain(text);
  expect(shared).toContain('conversation records with practitioners and families');
});
