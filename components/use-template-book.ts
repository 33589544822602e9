/**
 * The templates this device knows (built-in, the organisation's from policy, imported), kept current,
 * as a book the QA screens look names, titles and grade labels up in.
 */
import { useMemo } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { allTemplates } from '@/lib/storage/templates';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { templateBook, type TemplateBook } from '@/lib/dashboard/labels';
import { useLiveQuery } from './use-live-query';
import { usePolicy } from './use-policy';

export function useTemplateBook(): TemplateBook {
  const policy = usePolicy();
  const organisation = policy?.policy.templates;
  const stored = useLiveQuery(() => allTemplates(getDb(), organisation ?? []), [organisation]);
  return useMemo(() => templateBook(stored.status === 'ready' ? stored.value : BUILTIN_TEMPLATES), [stored]);
}
