/**
 * Test fixtures: a fresh profile with Margin loaded for every test, the demo system's URL, and an
 * automatic check that no request left loopback during the test.
 *
 * Each test's browser is launched while the test before it runs: Chromium answers an extension's
 * first `storage.managed` read only seconds after it starts (its policy service is still starting),
 * and Margin waits for the policy before it shows the sidebar. A browser launched ahead has got past
 * that by the time its test begins, so no test spends those seconds waiting.
 */
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchMargin, type Margin } from './launch';

interface Profile {
  dir: string;
  margin: Margin;
}

/** Launches the next test's browser ahead of time, one at a time. */
class Launcher {
  private next: Promise<Profile> | null = null;

  /** The browser launched ahead (or a new one), and the next one started in the background. */
  async take(): Promise<Profile> {
    const taken = this.next ?? Launcher.launch();
    this.next = Launcher.launch();
    this.next.catch(() => undefined);
    return taken;
  }

  /**
   * Waits until the browser being launched ahead is up, so that it starts within a test (Playwright
   * attaches its trace recorder to browsers started during a test, and one started between two tests
   * would be attached twice).
   */
  async settle(): Promise<void> {
    await this.next?.catch(() => undefined);
  }

  async close(): Promise<void> {
    const spare = await this.next?.catch(() => null);
    this.next = null;
    if (spare) await Launcher.dispose(spare);
  }

  private static async launch(): Promise<Profile> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'margin-profile-'));
    return { dir, margin: await launchMargin(dir) };
  }

  static async dispose({ dir, margin }: Profile): Promise<void> {
    await margin.context.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

interface Fixtures {
  profile: Profile;
  userDataDir: string;
  margin: Margin;
  demoUrl: string;
  /** Opens a demo screen in a new tab and waits for Margin's sidebar in it. */
  openDemo: (route: string) => Promise<{ page: Page; sidebar: Frame }>;
}

export const test = base.extend<Fixtures, { launcher: Launcher }>({
  launcher: [
    async ({}, use) => {
      const launcher = new Launcher();
      await use(launcher);
      await launcher.close();
    },
    { scope: 'worker' },
  ],
  profile: async ({ launcher }, use) => {
    const profile = await launcher.take();
    await use(profile);
    await Launcher.dispose(profile);
    await launcher.settle();
  },
  userDataDir: async ({ profile }, use) => {
    await use(profile.dir);
  },
  margin: async ({ profile }, use) => {
    const { margin } = profile;
    await use(margin);
    await margin.context.close().catch(() => undefined);
    expect(margin.egress, 'requests that left 127.0.0.1').toEqual([]);
  },
  demoUrl: async ({}, use) => {
    const url = process.env.MARGIN_DEMO_URL;
    if (!url) throw new Error('MARGIN_DEMO_URL is not set: the global setup did not start the demo.');
    await use(url);
  },
  openDemo: async ({ margin, demoUrl }, use) => {
    await use(async (route) => {
      const page = await margin.context.newPage();
      await page.goto(new URL(route, demoUrl).href);
      return { page, sidebar: await sidebarFrame(page) };
    });
  },
});

export { expect };

/**
 * The Margin sidebar frame inside `page`, once it has rendered. When Margin restarts in the page (its
 * settings changed) the frame found first may be removed while we wait: then the new one is taken.
 */
export async function sidebarFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; ; attempt++) {
    let frame: Frame | undefined;
    await expect
      .poll(
        () =>
          (frame = page
            .frames()
            .filter((candidate) => candidate.url().endsWith('/sidebar.html') && !candidate.isDetached())
            .at(-1)),
        // Margin starts after the page's load event; on a busy 2-core machine that can take a while.
        { message: 'Margin sidebar frame', timeout: 40_000 },
      )
      .toBeTruthy();
    try {
      await frame!.getByRole('heading', { name: 'This screen', exact: true }).waitFor();
      return frame!;
    } catch (error) {
      if (!frame!.isDetached() || attempt >= 3) throw error;
    }
  }
}

/** The sidebar's note box, unfolding "Add a note to this screen" first if it is folded away. */
export async function noteBox(sidebar: Frame): Promise<Locator> {
  const fold = sidebar.locator('details.fold', { has: sidebar.locator('#note-heading') });
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  return sidebar.getByLabel('Note', { exact: true });
}
