/**
 * The adapter editor: write or edit an adapter as JSON, test it live against an open page of an enabled
 * site (what it extracts, and every rule that fails, named), and save it. A broken adapter is reported,
 * never run blindly: the page side evaluates every rule defensively.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AdapterSchema, type Adapter } from '@/lib/model/adapter';
import { saveUserAdapters, userAdapters } from '@/lib/settings/user-sites';
import { toPage } from '@/lib/page-bridge/client';
import type { BridgeResponses } from '@/lib/page-bridge/protocol';
import { describeIssues } from '@/lib/messaging/router';
import { errorText } from '../error-text';
import { AdapterDiagnosisView } from './AdapterDiagnosisView';

const STARTER: Adapter = {
  name: 'my-case-system',
  system: 'Our case system',
  urlPattern: '^https://case-system\\.example\\.gov\\.uk/',
  personId: { selector: '.person-id', textPattern: '(\\d+)' },
  formName: { selector: 'h1' },
  content: 'main',
  chrome: ['nav'],
  sensitive: ['input[type=password]'],
};

type Tab = { id: number; title: string; url: string };

export function AdapterEditor() {
  const [text, setText] = useState(JSON.stringify(STARTER, null, 2));
  const [tabs, setTabs] = useState<Tab[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [saved, setSaved] = useState<Adapter[]>([]);
  const [result, setResult] = useState<BridgeResponses['adapter/test'] | null>(null);
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);

  const refresh = async () => {
    setSaved(await userAdapters());
    const open = (await browser.tabs.query({})).filter(
      (tab) => tab.id !== undefined && tab.url?.startsWith('http'),
    );
    setTabs(open.map((tab) => ({ id: tab.id!, title: tab.title ?? tab.url!, url: tab.url! })));
  };
  useEffect(() => void refresh(), []);
  useEffect(() => {
    if (tabId === null && tabs[0]) setTabId(tabs[0].id);
  }, [tabs]);

  function parse(): Adapter | null {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      setMessage({ kind: 'alert', text: `The adapter is not valid JSON: ${errorText(error)}` });
      return null;
    }
    const parsed = AdapterSchema.safeParse(raw);
    if (!parsed.success) {
      setMessage({ kind: 'alert', text: `The adapter is not valid: ${describeIssues(parsed.error)}` });
      return null;
    }
    return parsed.data;
  }

  async function test() {
    setResult(null);
    const adapter = parse();
    if (!adapter) return;
    if (tabId === null)
      return setMessage({ kind: 'alert', text: 'Open a page of the case system in another tab first.' });
    try {
      setResult(await toPage(tabId, { type: 'adapter/test', adapter }));
      setMessage(null);
    } catch (error) {
      setMessage({
        kind: 'alert',
        text: `Margin could not test on that page (is Margin on there?): ${errorText(error)}`,
      });
    }
  }

  async function save() {
    const adapter = parse();
    if (!adapter) return;
    await saveUserAdapters([...saved.filter((a) => a.name !== adapter.name), adapter]);
    setMessage({
      kind: 'status',
      text: `Adapter “${adapter.name}” saved. Open pages of the site use it now.`,
    });
    await refresh();
  }

  return (
    <section class="card" aria-labelledby="adapters-heading">
      <h2 id="adapters-heading">Site adapters</h2>
      <p class="muted">
        An adapter tells Margin which person, form and step a screen shows, where the record content is, and
        which fields to never touch. See docs/adapters.md.
      </p>
      {saved.length > 0 && (
        <ul class="plain">
          {saved.map((adapter) => (
            <li key={adapter.name} class="row spread">
              <span>
                {adapter.name} · {adapter.system}
              </span>
              <span>
                <button
                  type="button"
                  class="link"
                  onClick={() => setText(JSON.stringify(adapter, null, 2))}
                  aria-label={`Edit adapter ${adapter.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="link"
                  onClick={() => void saveUserAdapters(saved.filter((a) => a !== adapter)).then(refresh)}
                  aria-label={`Delete adapter ${adapter.name}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="adapter-json">Adapter (JSON)</label>
        <textarea
          id="adapter-json"
          rows={14}
          class="code"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          spellcheck={false}
        />
      </div>
      <div class="field">
        <label for="adapter-tab">Page to test on</label>
        <select
          id="adapter-tab"
          value={tabId ?? ''}
          onChange={(event) => setTabId(Number(event.currentTarget.value))}
          onFocus={() => void refresh()}
        >
          {tabs.length === 0 && <option value="">No case-system page is open</option>}
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.title}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <button type="button" onClick={test}>
          Test on page
        </button>
        <button type="button" class="secondary" onClick={save}>
          Save adapter
        </button>
      </div>
      {message && (
        <p role={message.kind} class={message.kind === 'alert' ? 'error' : 'saved'}>
          {message.text}
        </p>
      )}
      {result && <AdapterDiagnosisView result={result} />}
    </section>
  );
}
