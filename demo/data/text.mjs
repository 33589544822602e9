// Helpers for generating deterministic fictional record text: a seeded PRNG, placeholder
// filling ({first}, {they}, {carer} ...) and ISO date arithmetic.

/** Mulberry32: small deterministic PRNG so the same person always gets the same record. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedFromId(id) {
  return Number(String(id).replace(/\D/g, '')) || 1;
}

export function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** Placeholder values for a person. */
export function personContext(person) {
  return {
    first: person.firstName,
    last: person.lastName,
    carer: person.carer,
    carerFirst: person.carerFirst,
    parent: person.parentWord,
    sibling: person.sibling,
    worker: person.caseHolder,
    school: person.school.replace(/ \(.*\)$/, ''),
    ...person.pronouns,
  };
}

export function fillText(template, ctx) {
  return template.replace(/\{(\w+)\}/g, (m, key) => (key in ctx ? ctx[key] : m));
}

export function addDays(iso, days) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
