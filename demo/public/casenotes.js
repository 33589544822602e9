// Case notes re-rendering: ~300 ms after the case notes screen appears, and whenever
// "Refresh notes" is pressed, fetch /api/person/:id/casenotes (keeping any ?variant) and
// replace the list with freshly built elements carrying the same text as the server HTML.
// The structure here must match renderCaseNote() in demo/render/person.mjs.
function ukDate(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function buildRun(run) {
  if (typeof run === 'string') return run;
  if (run.b !== undefined) return el('strong', {}, [run.b]);
  return el('em', {}, [run.i]);
}

export function buildNote(note) {
  const titleId = `note-${note.id}-title`;
  return el(
    'article',
    { class: 'casenote', id: `note-${note.id}`, 'data-note-id': note.id, 'aria-labelledby': titleId },
    [
      el('h2', { class: 'casenote-title', id: titleId }, [note.type]),
      el('p', { class: 'casenote-meta' }, [
        el('span', { class: 'casenote-date' }, [ukDate(note.date)]),
        ' · Recorded by ',
        el('span', { class: 'casenote-author' }, [note.author]),
      ]),
      el(
        'div',
        { class: 'casenote-body' },
        note.paragraphs.map((runs) => el('p', {}, runs.map(buildRun))),
      ),
    ],
  );
}

async function renderNotes(list, { announce = false } = {}) {
  const variant = list.dataset.variant;
  const url = `/api/person/${encodeURIComponent(list.dataset.personId)}/casenotes${variant ? `?variant=${encodeURIComponent(variant)}` : ''}`;
  list.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const data = await response.json();
    if (!list.isConnected) return;
    list.replaceChildren(...data.notes.map(buildNote));
    list.dataset.renderCount = String(Number(list.dataset.renderCount || 0) + 1);
    if (announce) {
      const status = document.getElementById('casenotes-status');
      const time = new Date().toLocaleTimeString('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
      if (status) status.textContent = `${data.notes.length} case notes, newest first. Refreshed at ${time}.`;
    }
    document.dispatchEvent(
      new CustomEvent('demo:casenotes-rendered', { detail: { count: data.notes.length } }),
    );
  } finally {
    list.removeAttribute('aria-busy');
  }
}

/** Called after every page load or swap: re-render the notes list once, ~300 ms later. */
export function scheduleCaseNotesRender() {
  const list = document.getElementById('casenote-list');
  if (!list) return;
  setTimeout(() => {
    if (list.isConnected) renderNotes(list).catch(() => {});
  }, 300);
}

export function initCaseNotes() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('#refresh-notes') : null;
    const list = document.getElementById('casenote-list');
    if (button && list) renderNotes(list, { announce: true }).catch(() => {});
  });
}
