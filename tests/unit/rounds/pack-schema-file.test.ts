// The committed JSON Schema of the round pack must be what RoundPackSchema generates (formatted as
// Prettier formats the repository, so `prettier --check .` agrees). After changing the schema:
//   UPDATE_SCHEMA=1 npx vitest run tests/unit/rounds/pack-schema-file.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { roundPackJsonSchema } from '@/lib/rounds/pack-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/export/round-pack.schema.json', import.meta.url));
const UPDATE = 'run UPDATE_SCHEMA=1 npx vitest run tests/unit/rounds/pack-schema-file.test.ts';

describe('docs/export/round-pack.schema.json', () => {
  it('is generated from RoundPackSchema', async () => {
    const config = (await resolveConfig(SCHEMA_FILE)) ?? {};
    const generated = await format(JSON.stringify(roundPackJsonSchema()), {
      ...config,
      filepath: SCHEMA_FILE,
    });
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(existsSync(SCHEMA_FILE), `missing: ${UPDATE}`).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), `out of date: ${UPDATE}`).toBe(generated);
  });
});
