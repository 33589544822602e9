// Builds the ~1 MB record page of the anchoring benchmark from the demo system: the main content of
// the case notes and chronology of every demo person, repeated as "volumes" in which the people's
// names are swapped for others, so the page reads like many children's records written from the same
// templates (much repeated wording, as in real case systems) rather than one page copied verbatim.
import { people } from '../../demo/data/people.mjs';

const FIRST = [
  'Ruby',
  'Oscar',
  'Isla',
  'Noah',
  'Freya',
  'Arlo',
  'Esme',
  'Theo',
  'Nell',
  'Ezra',
  'Iris',
  'Kit',
];
const LAST = [
  'Ashby',
  'Brennan',
  'Corley',
  'Dunmore',
  'Everett',
  'Fairlie',
  'Goodwin',
  'Hartland',
  'Ingram',
  'Jessop',
];

function mainOf(html) {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  // Drop the in-page ids (they would repeat across volumes) and the toolbar buttons.
  return html
    .slice(html.indexOf('>', start) + 1, end)
    .replace(/\sid="[^"]*"/g, '')
    .replace(/\saria-labelledby="[^"]*"/g, '')
    .replace(/<button[^>]*>[\s\S]*?<\/button>/g, '');
}

/** Names in the demo text and their stand-ins in volume `v` (volume 0 keeps the demo's names). */
function renames(v) {
  if (v === 0) return [];
  const names = new Set();
  for (const person of people) {
    for (const member of person.household ?? []) for (const part of member.name.split(' ')) names.add(part);
    names.add(person.firstName);
    names.add(person.lastName);
  }
  return [...names].map((name, i) => {
    const list = i % 2 === 0 ? FIRST : LAST;
    return [new RegExp(`\\b${name}\\b`, 'g'), list[(i + v * 3) % list.length]];
  });
}

/**
 * Fetches the demo pages from `demoUrl` and returns `{ html, bytes, volumes }`: a static page (no
 * scripts) whose `<main id="record">` holds volumes until the page reaches `targetBytes`.
 */
export async function buildRecordPage(demoUrl, targetBytes = 1_000_000) {
  const sections = [];
  for (const person of people) {
    for (const screen of ['casenotes', 'chronology']) {
      const res = await fetch(`${demoUrl}/person/${person.id}/${screen}`);
      sections.push(`<section class="record-${screen}">${mainOf(await res.text())}</section>`);
    }
  }
  const volumes = [];
  let bytes = 0;
  for (let v = 0; bytes < targetBytes; v++) {
    let body = sections.join('\n');
    for (const [pattern, name] of renames(v)) body = body.replace(pattern, name);
    const volume = `<section class="volume"><h1>Volume ${v + 1}</h1>\n${body}\n</section>\n`;
    volumes.push(volume);
    bytes += volume.length;
  }
  const html = `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Record</title></head>\n<body><main id="record">\n${volumes.join('')}</main></body></html>\n`;
  return { html, bytes: Buffer.byteLength(html), volumes: volumes.length };
}
