// The "Search" screen: a simple person search by name or person ID (GET form).
import { people, fullName } from '../data/people.mjs';
import { markup, ukDate } from './html.mjs';

export function renderSearch(query, sid) {
  const q = (query || '').trim().toLowerCase();
  const results = q
    ? people.filter((p) => p.id.toLowerCase().includes(q) || fullName(p).toLowerCase().includes(q))
    : people;
  const caption = q
    ? `${results.length} result${results.length === 1 ? '' : 's'} for "${query.trim()}"`
    : 'All people you can access';
  const rows = results.map(
    (p) =>
      markup`<tr><td>${p.id}</td><td><a href="/person/${p.id}">${fullName(p)}</a></td><td>${ukDate(p.dob)}</td><td>${p.badges.join(', ')}</td></tr>`,
  );
  const pageHtml = markup`<main id="main">
<h1 id="screen-title" tabindex="-1">Search</h1>
<form class="search-form" method="get" action="/search" role="search" aria-label="Person search">
<input type="hidden" name="sid" value="${sid}">
<div class="field"><label for="search-q">Name or person ID</label>
<p class="hint" id="search-q-hint">For example, Ellery or P123456. Leave blank to list everyone.</p>
<input type="search" id="search-q" name="q" value="${query || ''}" aria-describedby="search-q-hint"></div>
<button type="submit" class="button">Search</button>
</form>
<table class="data-table">
<caption>${caption}</caption>
<thead><tr><th scope="col">Person ID</th><th scope="col">Name</th><th scope="col">Date of birth</th><th scope="col">Status</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</main>`;
  return { screen: 'Search', pageHtml };
}
