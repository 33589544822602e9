// The committed JSON Schema of the moderation files must be what the Zod schemas generate. After a change:
//   UPDATE_SCHEMA=1 npx vitest run tests/unit/moderation/pack-schema-file.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { moderationFilesJsonSchema } from '@/lib/moderation/pack-schema';

const SCHEMA_FILE = fileURLToPath(
  new URL('../../../docs/export/moderation-files.schema.json', import.meta.url),
);
const UPDATE = 'run UPDATE_SCHEMA=1 npx vitest run tests/unit/moderation/pack-schema-file.test.ts';

describe('docs/export/moderation-files.schema.json', () => {
  it('is generated from the moderation file schemas', async () => {
    const config = (await resolveConfig(SCHEMA_FILE)) ?? {};
    const generated = await format(JSON.stringify(moderationFilesJsonSchema()), {
      ...config,
      filepath: SCHEMA_FILE,
    });
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(existsSync(SCHEMA_FILE), `missing: ${UPDATE}`).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), `out of date: ${UPDATE}`).toBe(generated);
  });
});
