// Client-side navigation for links marked data-client-nav (person navigation, workflow
// map): fetch the JSON fragment, replace #page, push history, update the title and move
// focus to #screen-title. Back/forward (popstate) fetch the fragment too. Any failure
// falls back to a full page load, and the links work as plain links without JavaScript.
let onChange = () => {};
let sequence = 0;
let currentKey = location.pathname + location.search;

function personOf(pathname) {
  const match = /^\/person\/([^/]+)/.exec(pathname);
  return match ? match[1] : null;
}

function updateNavCurrent(pathname) {
  for (const link of document.querySelectorAll('.person-nav a')) {
    if (new URL(link.href).pathname === pathname) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Navigate to url inside the app without a full page load. */
export async function navigate(url, { push = true } = {}) {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin || personOf(target.pathname) !== personOf(location.pathname)) {
    location.assign(target.href);
    return;
  }
  const page = document.getElementById('page');
  const mine = ++sequence;
  page.setAttribute('aria-busy', 'true');
  let data;
  try {
    const response = await fetch(target.href, {
      headers: { 'X-Demo-Fragment': '1', Accept: 'application/json' },
    });
    if (!(response.headers.get('Content-Type') || '').includes('application/json'))
      throw new Error('not a fragment');
    data = await response.json();
  } catch {
    location.assign(target.href);
    return;
  }
  if (mine !== sequence) return; // a later navigation won
  page.innerHTML = data.html;
  page.removeAttribute('aria-busy');
  document.title = data.title;
  if (data.sessionTimeoutSeconds) {
    document
      .querySelector('meta[name="demo-session-timeout"]')
      ?.setAttribute('content', String(data.sessionTimeoutSeconds));
  }
  if (push) history.pushState({ demo: true }, '', target.href);
  currentKey = target.pathname + target.search;
  updateNavCurrent(target.pathname);
  window.scrollTo(0, 0);
  const heading = document.getElementById('screen-title');
  if (heading) heading.focus();
  onChange();
  document.dispatchEvent(
    new CustomEvent('demo:pagechange', { detail: { url: target.href, title: data.title } }),
  );
}

export function initNavigation({ onPageChange }) {
  onChange = onPageChange;
  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest('a[data-client-nav]') : null;
    if (!link || (link.target && link.target !== '_self') || link.origin !== location.origin) return;
    event.preventDefault();
    navigate(link.href);
  });
  window.addEventListener('popstate', () => {
    const key = location.pathname + location.search;
    if (key === currentKey) return; // only the #hash changed (skip link, error summary)
    navigate(location.href, { push: false });
  });
}
