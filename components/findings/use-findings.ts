/** A scope's learning data and findings, read in one live query so the builder follows every change. */
import { getDb } from '@/lib/storage/db';
import { learningData, scopeFindings } from '@/lib/storage/findings';
import type { FindingScope } from '@/lib/model/finding';
import { useLiveQuery } from '../use-live-query';

export function useFindings(scope: FindingScope) {
  const key = JSON.stringify(scope);
  return useLiveQuery(async () => {
    const db = getDb();
    return { data: await learningData(db, scope), findings: await scopeFindings(db, scope) };
  }, [key]);
}
