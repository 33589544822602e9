/**
 * The findings builder for the QA lead, over one round (the round's "Findings" step) or a period (the
 * findings page): suggested findings, the finding editor, and the findings written so far with their
 * counts. Reads and writes this device's database directly (an extension page).
 */
import { useMemo, useState } from 'preact/hooks';
import { evidenceItems } from '@/lib/learning/evidence-items';
import { evidenceIndex } from '@/lib/learning/finding-counts';
import type { FindingScope } from '@/lib/model/finding';
import { plural } from '../format';
import { useTemplateBook } from '../use-template-book';
import { draftFrom, draftOf, emptyDraft, type Draft } from './draft';
import { FindingEditor } from './FindingEditor';
import { FindingsList } from './FindingsList';
import { SuggestionsList } from './SuggestionsList';
import { useFindings } from './use-findings';

export function FindingsBuilder({ scope }: { scope: FindingScope }) {
  const state = useFindings(scope);
  const book = useTemplateBook();
  const [editing, setEditing] = useState<Draft | null>(null);
  const sectionTitle = useMemo(() => {
    const titles = new Map(book.templates.flatMap((t) => t.sections.map((s) => [s.id, s.title] as const)));
    return (id: string) => titles.get(id) ?? id;
  }, [book]);
  const data = state.status === 'ready' ? state.value.data : undefined;
  const index = useMemo(() => (data ? evidenceIndex(data) : undefined), [data]);
  const items = useMemo(() => (data ? evidenceItems(data, sectionTitle) : []), [data, sectionTitle]);
  if (state.status === 'loading') return <p class="muted">Loading…</p>;
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        Margin could not read the evidence: {state.message}
      </p>
    );
  const { findings } = state.value;
  return (
    <div class="findings-builder">
      <p>
        From {plural(data!.audits.length, 'audit')}, {plural(data!.observations.length, 'observation')},{' '}
        {plural(data!.conversations.length, 'conversation')} and {plural(data!.flags.length, 'friction flag')}
        .
      </p>
      {editing ? (
        <FindingEditor
          key={editing.id ?? 'new'}
          initial={editing}
          scope={scope}
          index={index!}
          items={items}
          onDone={() => setEditing(null)}
        />
      ) : (
        <>
          <SuggestionsList
            data={data!}
            sectionTitle={sectionTitle}
            onStart={(s) => setEditing(draftFrom(s))}
          />
          <p>
            <button type="button" class="secondary" onClick={() => setEditing(emptyDraft())}>
              Write a finding from the evidence
            </button>
          </p>
        </>
      )}
      <FindingsList findings={findings} index={index!} onEdit={(f) => setEditing(draftOf(f))} />
    </div>
  );
}
