// The "Work tray" screen: the signed-in worker's tasks with links into forms and persons, and links
// to the vendor-style screen sets (/lcs/, /mosaic/) that exercise Margin's site adapters.
import { worktray } from '../data/worktray.mjs';
import { forms } from '../data/forms/index.mjs';
import { findPerson, fullName } from '../data/people.mjs';
import { markup, ukDate } from './html.mjs';
import { formUrl } from './layout.mjs';

export function renderWorktray() {
  const rows = worktray.map((item) => {
    const person = findPerson(item.personId);
    const overdue = item.status === 'Overdue';
    return markup`<tr${overdue ? markup` class="row-overdue"` : ''}>
<td><a href="${formUrl(person, item.formKey)}">${item.task}</a></td>
<td>${person.id}</td>
<td><a href="/person/${person.id}">${fullName(person)}</a></td>
<td>${forms[item.formKey].name}</td>
<td>${ukDate(item.due)}</td>
<td><span class="status${overdue ? ' status-overdue' : ''}">${item.status}</span></td>
</tr>\n`;
  });
  const overdueCount = worktray.filter((i) => i.status === 'Overdue').length;
  const pageHtml = markup`<main id="main">
<h1 id="screen-title" tabindex="-1">Work tray</h1>
<p class="muted">Tasks assigned to A. Worker. ${overdueCount} overdue.</p>
<table class="data-table worktray-table">
<caption class="visually-hidden">My work tray</caption>
<thead><tr><th scope="col">Task</th><th scope="col">Person ID</th><th scope="col">Person name</th><th scope="col">Form</th><th scope="col">Due date</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
<p class="other-systems">Other system views (demo): <a href="/lcs">LCS-style</a>, <a href="/mosaic/workview">Mosaic-style</a></p>
</main>`;
  return { screen: 'Work tray', pageHtml };
}
