// axe-core scans of the sidebar (in place, inside a demo screen, with notes) and of the dashboard.
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Frame } from '@playwright/test';
import { test, expect, noteBox } from './support/fixtures';
import { openExtensionPage } from './support/extension';

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };

function serious(violations: Violation[]) {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target),
    }));
}

/** Runs axe inside a frame directly (the sidebar frame sits in a closed shadow root). */
async function scanFrame(frame: Frame): Promise<Violation[]> {
  await frame.evaluate(axe.source);
  return frame.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations as unknown as Violation[];
  });
}

test('the sidebar has no serious or critical accessibility violations', async ({ openDemo }) => {
  const { sidebar } = await openDemo('/person/P123456');
  await (await noteBox(sidebar)).fill('Management oversight recorded monthly.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Note saved.');
  expect(serious(await scanFrame(sidebar))).toEqual([]);
});

test('the sidebar with an audit and an open observation form has no serious violations', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await sidebar.getByRole('button', { name: 'Start audit' }).click();
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill('About the whole screen.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByText('Human-tool operation', { exact: true }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeVisible();
  expect(serious(await scanFrame(sidebar))).toEqual([]);
});

test('the dashboard has no serious or critical accessibility violations', async ({ margin, openDemo }) => {
  const { sidebar } = await openDemo('/person/P123456');
  await (await noteBox(sidebar)).fill('A note for the dashboard.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(sidebar.getByRole('status')).toHaveText('Note saved.');
  const dashboard = await openExtensionPage(margin, 'dashboard.html');
  await expect(dashboard.getByRole('status').filter({ hasText: /notes?$/ })).toHaveText('1 note');
  const results = await new AxeBuilder({ page: dashboard }).analyze();
  expect(serious(results.violations)).toEqual([]);
});

test('the settings page has no serious or critical accessibility violations', async ({ margin }) => {
  const options = await openExtensionPage(margin, 'options.html');
  await expect(options.getByLabel(/Your name/)).toBeVisible();
  const results = await new AxeBuilder({ page: options }).analyze();
  expect(serious(results.violations)).toEqual([]);
});

test('the sidebar in pick mode, and the flag form, have no serious violations', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456/forms/assessment/884213');
  await page.getByLabel('Lead social worker').click();
  await sidebar.getByRole('button', { name: 'Flag friction' }).click();
  await sidebar.getByRole('button', { name: 'Choose another field' }).click();
  const panel = sidebar.getByRole('group', { name: 'Picking a field or element' });
  await expect(panel).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('status')).toHaveText(/Lead social worker/);
  expect(serious(await scanFrame(sidebar))).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(sidebar.getByRole('button', { name: 'Choose another field' })).toBeVisible();
  expect(serious(await scanFrame(sidebar))).toEqual([]);
});
