// The code's structural conventions, checked against the file tree so they cannot drift: every lib/
// module starts with a header comment; every lib/ folder has tests; the README's layout table and
// capability map name what exists and only that; every message type has a schema and a handler; and
// the in-page bundle holds no Zod, Preact or Dexie, with every file of it under ESLint's in-page rule.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { handlers } from '@/lib/background/handlers';
import { ALLOWED_SENDERS, MessageSchema } from '@/lib/messaging/protocol';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const at = (...parts: string[]) => join(ROOT, ...parts);
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** Every file under `dir` (relative to the repository root, with `/`), recursively. */
function files(dir: string): string[] {
  return readdirSync(at(dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? files(path) : [path];
  });
}
const LIB_FOLDERS = readdirSync(at('lib')).filter((name) => isDir(at('lib', name)));

describe('lib/ modules', () => {
  it('each .ts file under lib/ starts with a /** header comment saying what it is for', () => {
    const missing = files('lib')
      .filter((path) => /\.tsx?$/.test(path))
      .filter((path) => !/^\/\*\*[^]{20,}?\*\//.test(readFileSync(at(path), 'utf8')));
    expect(missing).toEqual([]);
  });

  it('each folder under lib/ has tests: some file under tests/ imports one of its modules', () => {
    const imported = new Set<string>();
    for (const path of [...files('tests/unit'), ...files('tests/e2e')].filter((p) => p.endsWith('.ts'))) {
      for (const [, spec] of readFileSync(at(path), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        const target = /^[@~]\//.test(spec!)
          ? spec!.slice(2)
          : spec!.startsWith('.')
            ? relative(ROOT, resolve(dirname(at(path)), spec!)).replaceAll('\\', '/')
            : '';
        const folder = /^lib\/([^/]+)/.exec(target)?.[1];
        if (folder) imported.add(folder);
      }
    }
    expect(LIB_FOLDERS.filter((folder) => !imported.has(folder))).toEqual([]);
  });
});

/** The rows of the first table after `heading` in the README, as cells. */
function table(heading: string): string[][] {
  const readme = readFileSync(at('README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has "${heading}"`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  return lines.slice(first + 2, end).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
}
const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
/** A backticked token that names a file or folder (not a message type such as `page/config`). */
const isPath = (token: string) =>
  /^(lib|components|entrypoints|tests|public|demo|scripts|bench|docs)\//.test(token) ||
  /^[\w.-]+\/$/.test(token) ||
  /^[\w./-]+\.(ts|tsx|js|mjs|json|md)$/.test(token);

describe('README', () => {
  it('the layout table names every lib/ folder and entrypoint, and nothing that does not exist', () => {
    const rows = table('### Layout of the code').map(([folders, what]) => ({
      folders: ticked(folders!),
      names: ticked(what!).filter(isPath),
    }));
    const listed = rows.flatMap((row) => row.folders);
    expect(LIB_FOLDERS.filter((folder) => !listed.includes(`lib/${folder}/`))).toEqual([]);
    const entrypoints = rows.find((row) => row.folders.includes('entrypoints/'))!;
    const entries = readdirSync(at('entrypoints')).map((name) =>
      isDir(at('entrypoints', name)) ? `${name}/` : name,
    );
    expect(entries.filter((entry) => !entrypoints.names.includes(entry))).toEqual([]);
    for (const row of rows) {
      for (const folder of row.folders) expect(isDir(at(folder)), folder).toBe(true);
      for (const name of row.names) {
        const found = existsSync(at(name)) || row.folders.some((folder) => existsSync(at(folder, name)));
        expect(found, `${name} (row ${row.folders.join(', ')})`).toBe(true);
      }
    }
  });

  it('the capability map names only real paths, and every message file, handler file and component folder', () => {
    const named = table('### Capability map')
      .flatMap((row) => row.flatMap(ticked))
      .filter(isPath);
    expect(named.filter((path) => !existsSync(at(path)))).toEqual([]);
    // Files that declare a message type, or handle one (helpers beside them need no row).
    const declaring = (dir: string, pattern: RegExp) =>
      files(dir).filter((path) => pattern.test(readFileSync(at(path), 'utf8')));
    const required = [
      ...declaring('lib/messaging/messages', /type: z\.literal\('/),
      ...declaring('lib/background/handlers', /^\s*(async )?'[\w-]+\/[\w-]+'\(/m),
      ...readdirSync(at('components'))
        .filter((name) => isDir(at('components', name)) && name !== 'styles')
        .map((name) => `components/${name}/`),
    ];
    const covers = (path: string) => named.some((name) => name === path || name.startsWith(path));
    expect(required.filter((path) => !covers(path))).toEqual([]);
  });
});

describe('messages', () => {
  it('every message type has a schema, a sender role and a handler, and nothing else has', () => {
    const types = Object.keys(ALLOWED_SENDERS).sort();
    expect(MessageSchema.options.map((option) => option.shape.type.value).sort()).toEqual(types);
    expect(Object.keys(handlers).sort()).toEqual(types);
  });
});

describe('the in-page bundle', () => {
  it('holds no Zod, Preact or Dexie, and ESLint checks every file of it as in-page code', async () => {
    // esbuild follows the same imports as WXT's build; type-only imports are dropped, as there.
    const { metafile } = await build({
      // margin-page.js and the chunks it imports on first use (lib/page/chunks.ts).
      entryPoints: [
        at('entrypoints/margin-page.ts'),
        at('entrypoints/margin-friction.ts'),
        at('entrypoints/margin-anchoring.ts'),
        at('entrypoints/margin-picker.ts'),
        at('entrypoints/margin-friction-layer.ts'),
      ],
      outdir: 'out',
      absWorkingDir: ROOT,
      alias: { '@': '.' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    const packages = inputs.map((path) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1]);
    expect(packages.filter((name) => name && /^(zod|preact|dexie|@preact\/.*)$/.test(name))).toEqual([]);
    const eslint = new ESLint({ cwd: ROOT });
    const unchecked: string[] = [];
    for (const path of inputs.filter((p) => !p.includes('node_modules/'))) {
      const config = await eslint.calculateConfigForFile(at(path));
      const options = config?.rules?.['no-restricted-imports']?.[1] as
        { paths?: { name: string }[] } | undefined;
      if (!options?.paths?.some((banned) => banned.name === 'zod')) unchecked.push(path);
    }
    expect(unchecked).toEqual([]);
  }, 60_000);
});
