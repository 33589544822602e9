/**
 * Audit templates for QA leads: the built-ins and imported ones, each exportable as a JSON file; import
 * one or more template files, each validated completely, with errors naming the file, place and reason.
 */
import { useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { couldNotPrefix } from '@/lib/messaging/actions';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { downloadFile } from '../download';
import { errorText } from '../error-text';
import { useBackgroundQuery } from '../use-background-query';

const MAX_TEMPLATE_BYTES = 1_000_000;

export function TemplatesPanel() {
  const templates = useBackgroundQuery(
    'templates',
    async () => (await request({ type: 'template/list' })).templates,
    [],
  );
  const [results, setResults] = useState<{ file: string; ok: boolean; message: string }[]>([]);

  async function importFiles(files: FileList | null) {
    const outcomes: typeof results = [];
    for (const file of Array.from(files ?? [])) {
      try {
        if (file.size > MAX_TEMPLATE_BYTES)
          throw new Error(`the file is ${Math.round(file.size / 1024)} KB; a template is at most 1 MB.`);
        let parsed: unknown;
        try {
          parsed = JSON.parse(await file.text());
        } catch (error) {
          throw new Error(`it is not valid JSON (${errorText(error)}).`);
        }
        const { template } = await request({ type: 'template/import', template: parsed });
        outcomes.push({
          file: file.name,
          ok: true,
          message: `imported “${template.name}” version ${template.version}.`,
        });
      } catch (error) {
        outcomes.push({
          file: file.name,
          ok: false,
          message: errorText(error).replace(couldNotPrefix('template/import'), ''),
        });
      }
    }
    setResults(outcomes);
  }

  return (
    <section class="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Audit templates</h2>
      {templates.status === 'ready' && (
        <table aria-labelledby="templates-heading">
          <thead>
            <tr>
              <th scope="col">Template</th>
              <th scope="col">Version</th>
              <th scope="col">Sections</th>
              <th scope="col">Source</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {templates.value.map((template) => (
              <tr key={`${template.id}@${template.version}`}>
                <td>{template.name}</td>
                <td>{template.version}</td>
                <td>{template.sections.length}</td>
                <td>
                  {BUILTIN_TEMPLATES.some((builtin) => builtin.id === template.id) ? 'Built in' : 'Imported'}
                </td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      downloadFile(
                        `${template.id}-v${template.version}.json`,
                        `${JSON.stringify(template, null, 2)}\n`,
                      )
                    }
                    aria-label={`Export template ${template.name}`}
                  >
                    Export
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="field">
        <label for="template-files">Import template files (JSON)</label>
        <input
          id="template-files"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(event) => void importFiles(event.currentTarget.files)}
        />
      </div>
      {results.length > 0 && (
        <ul class="plain" aria-live="polite">
          {results.map((result) => (
            <li
              key={result.file}
              class={result.ok ? 'saved' : 'error'}
              role={result.ok ? undefined : 'alert'}
            >
              {result.file}: {result.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
