// Observations anchored to the live record: select text or pick a field, save, and find it again after
// a reload, a re-render, edited words, removed text and client-side navigation.
import { test, expect, sidebarFrame } from './support/fixtures';
import { highlighted, selectText } from './support/page-text';
import type { Frame, Page } from '@playwright/test';
import { layerButtons } from './support/closed-layer';

const QUOTE =
  'Maya said that she feels safe at home when Mum is well, but gets worried when the adults argue late at night.';

async function observe(sidebar: Frame, text: string, kind = 'Concern') {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByRole('radio', { name: kind }).check();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

const observations = (sidebar: Frame) => sidebar.getByRole('region', { name: /^Observations/ });

async function expectHighlight(page: Page, name: string, text: string | RegExp) {
  await expect.poll(async () => (await highlighted(page))[name]?.join('|') ?? '').toMatch(text);
}

test('a text observation is highlighted, survives reload and re-render, and focuses from the page', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, QUOTE);
  await observe(sidebar, 'The child’s worry is recorded in her own words.');
  await expect(observations(sidebar).getByText(QUOTE)).toBeVisible();
  await expectHighlight(page, 'margin-concern', QUOTE);

  await page.reload();
  const again = await sidebarFrame(page);
  await expectHighlight(page, 'margin-concern', QUOTE);
  await expect(observations(again).getByRole('button', { name: /Show in record/ })).toBeVisible();

  // The demo rebuilds the notes list with new DOM nodes: the highlight follows.
  await page.getByRole('button', { name: 'Refresh notes' }).click();
  await expect.poll(() => page.locator('#casenote-list').getAttribute('data-render-count')).not.toBe('1');
  await expectHighlight(page, 'margin-concern', QUOTE);

  // Clicking the highlighted text focuses its observation in the sidebar.
  const spot = await page.evaluate(() => {
    const range = [...CSS.highlights.get('margin-concern')!][0] as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 20, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(spot.x, spot.y);
  await expect(again.locator('li.observation.focused')).toContainText('The child’s worry is recorded');
});

test('edited words still anchor (fuzzy); removed text becomes an orphan showing its quote', async ({
  margin,
  openDemo,
  demoUrl,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, QUOTE);
  await observe(sidebar, 'Worry about arguments at night.');

  const edited = await margin.context.newPage();
  await edited.goto(new URL('/person/P123456/casenotes?variant=edited', demoUrl).href);
  await sidebarFrame(edited);
  await expectHighlight(
    edited,
    'margin-concern',
    /she usually feels safe at home when Mum is coping, but gets worried/,
  );

  const removed = await margin.context.newPage();
  await removed.goto(new URL('/person/P123456/casenotes?variant=removed', demoUrl).href);
  const removedSidebar = await sidebarFrame(removed);
  const item = observations(removedSidebar)
    .getByRole('listitem')
    .filter({ hasText: 'Worry about arguments' });
  await expect(item.getByText('Not found on this page')).toBeVisible();
  await expect(item.getByText(QUOTE)).toBeVisible();
  expect((await highlighted(removed))['margin-concern'] ?? []).toEqual([]);
});

test('client-side navigation away and back restores the highlight', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, QUOTE);
  await observe(sidebar, 'Navigation check', 'Strength');
  await expectHighlight(page, 'margin-strength', QUOTE);

  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await expect(observations(sidebar).getByText('No observations on this screen yet.')).toBeVisible();
  await expect.poll(async () => (await highlighted(page))['margin-strength'] ?? []).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Case notes' })
    .click();
  await expectHighlight(page, 'margin-strength', QUOTE);
  await expect(observations(sidebar).getByText('Navigation check')).toBeVisible();
});

test('pick mode anchors an observation to a form field; Esc cancels', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456/forms/assessment/884213');
  await sidebar.getByRole('button', { name: 'Pick element' }).click();
  await expect(sidebar.getByText(/Click a field or element in the record.*Esc cancels/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar.getByRole('button', { name: 'Pick element' })).toBeFocused();

  await sidebar.getByRole('button', { name: 'Pick element' }).click();
  await page.getByLabel(/Reason for assessment/).click();
  await expect(sidebar.getByText('Field or element:')).toBeVisible();
  await expect(sidebar.locator('.observation-form .quote')).toHaveText('Reason for assessment');
  await sidebar.getByLabel('Observation', { exact: true }).fill('Reason is clear and specific.');
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  // The choosing click did not reach the case system's field.
  expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toMatch(/reason/i);

  await page.reload();
  const again = await sidebarFrame(page);
  const item = observations(again).getByRole('listitem').filter({ hasText: 'Reason is clear' });
  await expect(item.getByRole('button', { name: /Show in record/ })).toBeVisible();
  await expect(page.locator('margin-layer')).toHaveCount(1);
});

test('pick mode is driven by the keyboard alone, and no key reaches the record while picking', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/forms/assessment/884213');
  const reason = page.getByLabel(/Reason for assessment/);
  const before = await reason.inputValue();
  await reason.click(); // the person was in this field

  // Alt+P in the record: the sidebar takes the keyboard, starting from the field the person was in.
  await page.keyboard.press('Alt+p');
  const panel = sidebar.getByRole('group', { name: 'Picking a field or element' });
  await expect(panel).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('status')).toHaveText(/^Field: Reason for assessment.* \(\d+ of \d+\)$/);
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('status')).toHaveText(/^Field: Assessment type/);
  await expect(page.locator('margin-pick-outline')).toHaveCount(1);
  await page.keyboard.press('ArrowUp');
  await expect(panel.getByRole('status')).toHaveText(/^Field: Reason for assessment/);

  // Even with the record's field focused, keys typed while picking do nothing to it.
  await reason.focus();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await expect(reason).toHaveValue(before);
  await expect(panel).toBeVisible(); // still picking

  // Enter chooses (from the record too): the observation form opens about that field, ready to type.
  await page.keyboard.press('Enter');
  await expect(sidebar.locator('.observation-form .quote')).toHaveText(/Reason for assessment/);
  await expect(sidebar.getByLabel('Observation', { exact: true })).toBeFocused();
  await expect(reason).toHaveValue(before);
  await expect(page.locator('margin-pick-outline')).toHaveCount(0);
});

test('the marker bar shows how many observations lie above and below the window, and jumps to them', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  const first = 'Call to the health visitor to ask about missed appointments.';
  for (const [text, comment] of [
    [QUOTE, 'Her worry in her own words.'],
    [first, 'Health follow-up is recorded.'],
  ] as const) {
    await selectText(page, text);
    await observe(sidebar, comment);
  }
  const markers = () => layerButtons(page, /observations? (above|below|here)/);
  const names = async () => (await markers()).map((button) => button.name).sort();

  // At the top of the record (in a short window) both observations are below it.
  await page.setViewportSize({ width: 1366, height: 360 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(names).toEqual(['2 observations below: go to the nearest']);
  // At the bottom, both are above.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(names).toEqual(['2 observations above: go to the nearest']);

  // A person's click on the bar jumps to the nearest one and shows it in the sidebar.
  const [above] = await markers();
  await page.mouse.click(above!.x, above!.y);
  await expect
    .poll(async () => (await names()).some((name) => /here/.test(name)), { timeout: 5000 })
    .toBe(true);
  await expect(observations(sidebar).locator('.observation.focused')).toHaveCount(1);
});

test('observations can be edited, and deleted with undo, from the keyboard', async ({ openDemo }) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, QUOTE);
  await sidebar.getByRole('button', { name: 'Add observation' }).focus();
  await sidebar.locator('body').press('Alt+o');
  await sidebar.getByLabel('Observation', { exact: true }).fill('First wording');
  await sidebar.getByLabel('Observation', { exact: true }).press('Control+Enter');
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
  await expect(observations(sidebar).getByText(QUOTE)).toBeVisible();
  await expectHighlight(page, 'margin-strength', QUOTE);

  await observations(sidebar)
    .getByRole('button', { name: /Edit: Strength: First wording/ })
    .click();
  await sidebar.getByLabel('Observation', { exact: true }).fill('Second wording');
  await sidebar.getByLabel('Observation', { exact: true }).press('Control+Enter');
  await expect(observations(sidebar).getByText('Second wording')).toBeVisible();

  await observations(sidebar)
    .getByRole('button', { name: /Delete: Strength: Second wording/ })
    .click();
  await expect(observations(sidebar).getByText('No observations on this screen yet.')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Undo' }).click();
  await expect(observations(sidebar).getByText('Second wording')).toBeVisible();
  await expectHighlight(page, 'margin-strength', QUOTE);
});

test('keyboard focus follows the work: into the new observation, onto a started audit', async ({
  openDemo,
}) => {
  const { sidebar } = await openDemo('/person/P123456');
  // Opened with the button (clicked, or Enter on it): typing goes into the observation at once.
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.locator('body').pressSequentially('Typed without reaching for the mouse');
  await expect(sidebar.getByLabel('Observation', { exact: true })).toHaveValue(
    'Typed without reaching for the mouse',
  );
  await sidebar.locator('body').press('Control+Enter');
  await expect(observations(sidebar).getByText('Typed without reaching for the mouse')).toBeVisible();
  await sidebar.getByRole('button', { name: 'Add observation' }).press('Enter');
  await expect(sidebar.getByLabel('Observation', { exact: true })).toBeFocused();
  await sidebar.locator('body').press('Escape');

  // Start audit: focus moves to the audit that opened, not to the page body.
  const audit = sidebar.getByRole('region', { name: /^Audit/ });
  await audit.getByLabel('Template').selectOption({ label: 'Learning case file audit' });
  await audit.getByRole('button', { name: 'Start audit' }).click();
  await expect(sidebar.getByRole('heading', { name: 'Audit of P123456' })).toBeFocused();
});

test('Alt+O and Alt+P work with focus in the record; a synthetic key press does nothing', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  // A page script's Alt+O opens nothing.
  await page.evaluate(() =>
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'o', code: 'KeyO', altKey: true, bubbles: true }),
    ),
  );
  await page.waitForTimeout(500);
  await expect(sidebar.getByLabel('Observation', { exact: true })).toHaveCount(0);

  // A person selects text in the record and presses Alt+O there: the form opens about that text,
  // ready to type into.
  await selectText(page, QUOTE);
  await page.keyboard.press('Alt+o');
  const comment = sidebar.getByLabel('Observation', { exact: true });
  await expect(comment).toBeFocused();
  await page.keyboard.type('Written straight from the record');
  await page.keyboard.press('Control+Enter');
  await expect(observations(sidebar).getByText('Written straight from the record')).toBeVisible();
  await expectHighlight(page, 'margin-strength', QUOTE.slice(0, 20)); // anchored to the selected text

  // Alt+P from the record starts pick mode.
  await page.locator('#casenote-list').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+p');
  await expect(sidebar.getByRole('group', { name: 'Picking a field or element' })).toBeVisible();
  await sidebar.getByRole('button', { name: 'Cancel picking' }).click();
});

test('an observation being written survives a reload and a move to another screen, until saved or discarded', async ({
  openDemo,
}) => {
  const { page, sidebar } = await openDemo('/person/P123456/casenotes');
  await page.locator('#casenote-list[data-render-count]').waitFor();
  await selectText(page, QUOTE);
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await expect(
    sidebar.getByText('Kept as a draft on this device until you save or cancel it.'),
  ).toBeVisible();
  await sidebar.getByLabel('Observation', { exact: true }).fill('Half-written when the session timed out');
  await page.waitForTimeout(800); // the draft is kept once typing pauses

  // The case system reloads (a session timeout): the draft is offered back, with its target.
  await page.reload();
  let frame = await sidebarFrame(page);
  const kept = frame.getByRole('region', { name: 'Unsaved observation on this screen' });
  await expect(kept).toContainText('Half-written when the session timed out');
  await kept.getByRole('button', { name: 'Continue writing' }).click();
  await expect(frame.getByLabel('Observation', { exact: true })).toHaveValue(
    'Half-written when the session timed out',
  );
  await expect(frame.locator('.observation-form')).toContainText(QUOTE.slice(0, 30));

  // Another screen has no draft; coming back, it is still there; saving it clears it.
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await expect(frame.locator('dd', { hasText: /^Chronology$/ })).toBeVisible();
  await expect(frame.locator('.observation-form')).toHaveCount(0); // closed with the screen, kept
  await expect(frame.getByRole('region', { name: 'Unsaved observation on this screen' })).toHaveCount(0);
  await page.goBack();
  await page.locator('#casenote-list[data-render-count]').waitFor();
  frame = await sidebarFrame(page);
  await expect(frame.locator('dd', { hasText: /^Case notes$/ })).toBeVisible();
  const back = frame.getByRole('region', { name: 'Unsaved observation on this screen' });
  await back.getByRole('button', { name: 'Continue writing' }).click();
  await frame.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(observations(frame).getByText('Half-written when the session timed out')).toBeVisible();
  await page.reload();
  frame = await sidebarFrame(page);
  await expect(observations(frame).getByText('Half-written when the session timed out')).toBeVisible();
  await expect(frame.getByRole('region', { name: 'Unsaved observation on this screen' })).toHaveCount(0);
});
