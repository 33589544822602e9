/**
 * The sidebar's "This screen" panel: what Margin has understood about the page in this tab, briefly.
 * Never the page title (case systems put the child's name there) and never the address's origin or
 * query (session tokens): the path is enough to tell screens apart.
 */
import type { PageContext } from '@/lib/model/page-context';

export function PageContextCard({ context }: { context: PageContext | null }) {
  if (!context) {
    return (
      <section class="card" aria-labelledby="context-heading">
        <h2 id="context-heading">This screen</h2>
        <p class="muted">Waiting for the page… If this stays, reload the page.</p>
      </section>
    );
  }
  const rows: [string, string | undefined][] = [
    ['System', context.system],
    ['Person ID', context.personId],
    ['Screen', context.formName],
    ['Step ID', context.stepId],
    ['Page', context.path],
  ];
  return (
    <section class="card" aria-labelledby="context-heading">
      <h2 id="context-heading">This screen</h2>
      <dl class="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {context.adapter === 'generic' && (
        <p class="muted">No adapter knows this system yet: Margin is using the page address and headings.</p>
      )}
    </section>
  );
}
