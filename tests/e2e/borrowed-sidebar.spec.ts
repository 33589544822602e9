// A page of an enabled site may load Margin's sidebar page (it is web-accessible there) in a frame of
// its own, make it transparent and lay a decoy over it, so that a person clicks Delete or Export
// unknowingly. Such a copy must show no data and have no working control, and neither the background
// nor the in-page script may answer it; Margin's own sidebar must keep working, after a reload and a
// client-side navigation too.
import { test, expect, sidebarFrame } from './support/fixtures';
import type { Frame, Page } from '@playwright/test';
import type { Margin } from './support/launch';

const COMMENT = 'Assessment weighs the school’s concerns well';

async function addObservation(sidebar: Frame, text: string) {
  await sidebar.getByRole('button', { name: 'Add observation' }).click();
  await sidebar.getByLabel('Observation', { exact: true }).fill(text);
  await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(sidebar.getByText('Observation saved.')).toBeVisible();
}

/** The page frames Margin's sidebar page itself, nearly invisible, and returns that frame. */
async function frameSidebarCopy(page: Page, margin: Margin): Promise<Frame> {
  await page.evaluate((src) => {
    const copy = document.createElement('iframe');
    copy.id = 'borrowed';
    copy.src = src;
    copy.style.cssText = 'position:fixed;top:0;left:0;width:600px;height:700px;opacity:0.01;z-index:9';
    document.body.append(copy);
  }, `chrome-extension://${margin.extensionId}/sidebar.html`);
  let copy: Frame | undefined;
  await expect
    .poll(async () => {
      for (const frame of page.frames()) {
        if (!frame.url().endsWith('/sidebar.html')) continue;
        const id = await (
          await frame.frameElement()
        )
          .evaluate((element) => (element as HTMLElement).id)
          .catch(() => '');
        if (id === 'borrowed') copy = frame;
      }
      return copy !== undefined;
    })
    .toBe(true);
  return copy!;
}

/** The id of the tab showing `page`, as the background knows it. */
async function tabIdOf(margin: Margin, page: Page): Promise<number> {
  return margin.serviceWorker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab!.id!;
  }, page.url());
}

test('a page that frames the sidebar itself gets no data and no working control', async ({
  margin,
  openDemo,
}) => {
  test.setTimeout(90_000);
  const { page, sidebar } = await openDemo('/person/P123456');
  await addObservation(sidebar, COMMENT);

  const copy = await frameSidebarCopy(page, margin);
  // The page tries to hand its copy a token of its own, in the shape Margin uses.
  await page.evaluate(() => {
    const copy = document.getElementById('borrowed') as HTMLIFrameElement;
    for (let i = 0; i < 30; i++)
      copy.contentWindow!.postMessage({ type: 'margin/frame-token', token: 'ab'.repeat(16) }, '*');
  });
  await expect(copy.getByRole('alert')).toHaveText(
    'This sidebar was not opened by Margin on this page, so it shows nothing.',
  );
  expect(await copy.locator('body').innerText()).not.toContain(COMMENT);
  await expect(copy.locator('button, input, select, textarea, a')).toHaveCount(0);

  // Even code running in the copy would be refused by the background and by the in-page script.
  const tabId = await tabIdOf(margin, page);
  const answers = await copy.evaluate(async (tabId) => {
    const send = (message: object) => chrome.runtime.sendMessage(message);
    const toPage = (message: object) =>
      chrome.tabs.sendMessage(tabId, message, { frameId: 0 }).then(
        (reply) => reply ?? 'no answer',
        () => 'no answer',
      );
    return {
      hello: await send({ type: 'sidebar/hello', token: 'ab'.repeat(16) }),
      list: await send({ type: 'audit/list' }),
      wipe: await send({ type: 'data/delete-everything', confirm: 'DELETE' }),
      describe: await toPage({ type: 'anchors/describe-selection' }),
      forged: await toPage({ type: 'anchors/describe-selection', frameToken: 'ab'.repeat(16) }),
    };
  }, tabId);
  for (const reply of [answers.hello, answers.list, answers.wipe])
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  expect(answers.describe).toBe('no answer');
  expect(answers.forged).toBe('no answer');

  // Opened on its own, outside any frame Margin mounted, the page refuses too.
  const alone = await margin.context.newPage();
  await alone.goto(`chrome-extension://${margin.extensionId}/sidebar.html`);
  await expect(alone.getByRole('alert')).toHaveText(/not opened by Margin on this page/);
  await expect(alone.locator('button')).toHaveCount(0);
  await alone.close();

  // Margin's own sidebar is unaffected: it still lists and saves.
  const list = sidebar.getByRole('region', { name: /^Observations/ });
  await expect(list.getByText(COMMENT)).toBeVisible();
  await addObservation(sidebar, 'Saved while the page holds a copy of the sidebar');

  // After a reload and a client-side navigation, Margin's sidebar works; a fresh copy still does not.
  await page.reload();
  const reloaded = await ownSidebar(page);
  await expect(reloaded.getByRole('region', { name: /^Observations/ }).getByText(COMMENT)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Person navigation' })
    .getByRole('link', { name: 'Chronology' })
    .click();
  await expect(reloaded.locator('dd', { hasText: /^Chronology$/ })).toBeVisible();
  await addObservation(reloaded, 'Saved after a client-side navigation');
  const again = await frameSidebarCopy(page, margin);
  await expect(again.getByRole('alert')).toHaveText(/not opened by Margin on this page/);
  await expect(again.locator('button')).toHaveCount(0);
});

/** Margin's own sidebar frame (the one inside its host element), once it has rendered. */
async function ownSidebar(page: Page): Promise<Frame> {
  const frame = await sidebarFrame(page);
  const inHost = await (
    await frame.frameElement()
  ).evaluate((element) => element.getRootNode() instanceof ShadowRoot);
  expect(inHost).toBe(true);
  return frame;
}
