// The committed JSON Schema of the Margin JSON file must be what MarginBundleSchema generates
// (formatted as Prettier formats the repository, so `prettier --check .` agrees).
// After changing the schema, regenerate it with:
//   UPDATE_SCHEMA=1 npx vitest run tests/unit/export/schema-file.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { marginBundleJsonSchema } from '@/lib/export/bundle-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/export/margin-bundle.schema.json', import.meta.url));
const UPDATE = 'run UPDATE_SCHEMA=1 npx vitest run tests/unit/export/schema-file.test.ts';

/** The schema file's expected text. */
async function generatedSchemaText(): Promise<string> {
  const config = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(marginBundleJsonSchema()), { ...config, filepath: SCHEMA_FILE });
}

describe('docs/export/margin-bundle.schema.json', () => {
  it('is generated from MarginBundleSchema', async () => {
    const generated = await generatedSchemaText();
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(existsSync(SCHEMA_FILE), `missing: ${UPDATE}`).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), `out of date: ${UPDATE}`).toBe(generated);
  });
});
