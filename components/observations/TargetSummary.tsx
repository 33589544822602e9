/** What an observation points at, in words: quoted text, a field, or the screen as a whole. */
import type { ObservationTarget } from '@/lib/model/observation';

export function targetKind(target: ObservationTarget): 'text' | 'element' | 'page' {
  if (target.selectors.length === 0) return 'page';
  return target.selectors.some(
    (selector) => selector.type === 'CssSelector' || selector.type === 'FieldSelector',
  )
    ? 'element'
    : 'text';
}

export function TargetSummary({ target }: { target: ObservationTarget }) {
  const kind = targetKind(target);
  if (kind === 'page') return <p class="target muted">About this screen as a whole.</p>;
  return (
    <p class="target">
      <span class="muted">{kind === 'element' ? 'Field or element: ' : 'Selected text: '}</span>
      <q class="quote">{truncate(target.quote ?? '', 300)}</q>
    </p>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
