// Session timeout model. The timeout comes from <meta name="demo-session-timeout">
// (seconds). At timeout minus 60 s (or half-way if under 120 s) the #session-dialog
// alertdialog ("Your session is about to expire") opens; "Stay signed in" restarts the
// timer. On expiry the form region is replaced by "Your session has expired. Unsaved
// changes have been lost." (modelling lost work).
let warnTimer;
let expireTimer;
let tickTimer;
let deadline = 0;

function timeoutSeconds() {
  const n = Number(document.querySelector('meta[name="demo-session-timeout"]')?.getAttribute('content'));
  return Number.isFinite(n) && n > 0 ? n : 900;
}

function clearTimers() {
  clearTimeout(warnTimer);
  clearTimeout(expireTimer);
  clearInterval(tickTimer);
}

function updateCountdown() {
  const span = document.getElementById('session-countdown');
  if (span) span.textContent = String(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
}

function showWarning() {
  const dialog = document.getElementById('session-dialog');
  if (!dialog) return;
  updateCountdown();
  tickTimer = setInterval(updateCountdown, 1000);
  if (!dialog.open) dialog.showModal();
  document.getElementById('session-stay')?.focus();
  document.dispatchEvent(new CustomEvent('demo:session-warning'));
}

function expire() {
  clearTimers();
  const dialog = document.getElementById('session-dialog');
  if (dialog?.open) dialog.close();
  const message = document.createElement('div');
  message.className = 'session-expired';
  message.id = 'session-expired';
  message.setAttribute('role', 'alert');
  const text = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = 'Your session has expired. Unsaved changes have been lost.';
  text.append(strong);
  const again = document.createElement('p');
  const link = document.createElement('a');
  link.href = location.pathname + location.search;
  link.textContent = 'Sign in again';
  again.append(link);
  message.append(text, again);
  const form = document.getElementById('workflow-form');
  if (form) form.replaceWith(message);
  else if (!document.getElementById('session-expired'))
    document.getElementById('screen-title')?.after(message);
  document.dispatchEvent(new CustomEvent('demo:session-expired'));
}

/** (Re)start the session clock, e.g. after a page load or a server round trip. */
export function restartSession() {
  clearTimers();
  const total = timeoutSeconds();
  const warnAt = total < 120 ? total / 2 : total - 60;
  deadline = Date.now() + total * 1000;
  warnTimer = setTimeout(showWarning, warnAt * 1000);
  expireTimer = setTimeout(expire, total * 1000);
}

function staySignedIn() {
  const dialog = document.getElementById('session-dialog');
  if (dialog?.open) dialog.close();
  fetch('/api/session', { headers: { Accept: 'application/json' } }).catch(() => {});
  restartSession();
}

export function initSession() {
  document.getElementById('session-stay')?.addEventListener('click', staySignedIn);
  // Escape on the dialog counts as "Stay signed in" rather than silently dismissing it.
  document.getElementById('session-dialog')?.addEventListener('cancel', (event) => {
    event.preventDefault();
    staySignedIn();
  });
}
