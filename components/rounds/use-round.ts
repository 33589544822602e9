/**
 * Everything the round view shows, read in one live query so it updates as any part changes: only the
 * round's own rows, each through an index (its audits by `roundId`), never the observations. The rounds
 * page's entry starts it (`startRound`) before rendering, so the first paint does not wait for a frame.
 */
import { getDb } from '@/lib/storage/db';
import { readRound, type RoundData } from '@/lib/storage/round-reads';
import { startLiveQuery, useStartedLiveQuery } from '../started-live-query';

export type { RoundData };

const key = (id: string) => `round:${id}`;
const query = (id: string) => () => readRound(getDb(), id);

/** Opens the database and starts reading round `id` now (the page's entry, before it renders). */
export function startRound(id: string): void {
  void getDb()
    .open()
    .catch(() => {}); // a failure to open shows through the query's own error
  startLiveQuery(key(id), query(id));
}

export function useRound(id: string) {
  return useStartedLiveQuery(key(id), query(id));
}
