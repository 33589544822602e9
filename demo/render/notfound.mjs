// The "Page not found" screen returned with status 404 for unknown routes.
import { markup } from './html.mjs';

export function renderNotFound(path) {
  const pageHtml = markup`<main id="main">
<h1 id="screen-title" tabindex="-1">Page not found</h1>
<p>There is no page at <code>${path}</code>. It may have moved, or the person or step ID may be wrong.</p>
<p><a href="/worktray">Go to your work tray</a></p>
</main>`;
  return { screen: 'Page not found', pageHtml };
}
