// A deliberately hostile screen for testing Margin's defences (not part of the fictional case system's
// navigation): a strict page CSP, scripts that override DOM prototypes, flood postMessage, remove
// Margin's elements and try to reach the extension, styles aimed at Margin's host element, sandboxed and
// nested iframes, and a huge, deeply nested record. Served at /hostile (frames at /hostile/frame*).
import { esc } from './html.mjs';

/** No inline script or style at all; frames only from this origin. */
export const HOSTILE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'none'; connect-src 'self'; " +
  "frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

const WORDS = [
  'visit',
  'plan',
  'school',
  'review',
  'health',
  'contact',
  'meeting',
  'family',
  'record',
  'risk',
];

/** Paragraphs of plausible, repetitive record text (deterministic). */
function paragraph(n) {
  const words = [];
  for (let i = 0; i < 24; i++) words.push(WORDS[(n * 7 + i * 3) % WORDS.length]);
  return `Entry ${n}: ${words.join(' ')}.`;
}

/** `depth` nested divs around one sentence (recursive DOM walkers overflow here). */
function deep(depth, sentence) {
  return `${'<div class="deep">'.repeat(depth)}<p>${esc(sentence)}</p>${'</div>'.repeat(depth)}`;
}

export const HOSTILE_QUOTE = 'Ellery was seen alone at school and said she wants to stay with her nan.';
export const DEEP_QUOTE = 'This sentence sits two thousand elements deep.';

export function renderHostilePage() {
  const entries = [];
  for (let n = 0; n < 4000; n++) entries.push(`<li><span>${paragraph(n)}</span> <em>logged</em></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile screen (demo)</title>
<link rel="stylesheet" href="/static/hostile.css"><script src="/static/hostile.js"></script></head>
<body>
<main id="main"><h1>Hostile screen</h1>
<p id="heartbeat" aria-live="off">0</p>
<button type="button" id="remove-margin">Remove Margin's elements</button>
<button type="button" id="keep-removing">Keep removing them for 2 seconds</button>
<section id="record"><h2>Case note</h2><p id="quote">${esc(HOSTILE_QUOTE)}</p>
<ol id="entries">${entries.join('')}</ol>
${deep(2000, DEEP_QUOTE)}
</section>
<iframe id="sandboxed" title="Sandboxed frame" sandbox="allow-scripts" src="/hostile/frame"></iframe>
<iframe id="nested" title="Nested frame" src="/hostile/frame?nest=1"></iframe>
</main></body></html>`;
}

export function renderHostileFrame(nest) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title>
<script src="/static/hostile.js"></script></head><body><p>Inside a frame.</p>
${nest ? '<iframe title="Inner frame" sandbox="allow-scripts allow-same-origin" src="/hostile/frame"></iframe>' : ''}
</body></html>`;
}
