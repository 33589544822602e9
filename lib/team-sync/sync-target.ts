/**
 * Where team sync goes, if anywhere: the database council IT names in managed policy (`syncDatabase`),
 * accepted only when it lies on the origin this build may reach. Pure: the background passes in the
 * policy value and the built origin (lib/team-sync/build-origin.ts).
 */

export type SyncTarget =
  | { state: 'off'; reason: string }
  | { state: 'refused'; reason: string }
  | { state: 'on'; database: string; origin: string };

/**
 * Decides the sync target. Guarantees `on` only for an http(s) database URL whose origin is exactly the
 * built one; every other case says in plain words why sync is off or refused.
 */
export function syncTarget(database: string | undefined, builtOrigin: string | null): SyncTarget {
  if (database === undefined)
    return { state: 'off', reason: 'Team sync is off: your council has not named a sync server.' };
  let url: URL;
  try {
    url = new URL(database);
  } catch {
    return { state: 'refused', reason: `The sync database in your council's policy is not a web address.` };
  }
  if (!builtOrigin)
    return {
      state: 'refused',
      reason:
        'Your council names a sync server, but this build of Margin may reach no server at all: ask IT for a build with the sync server in it.',
    };
  if (url.origin !== builtOrigin)
    return {
      state: 'refused',
      reason: `Your council's policy names a sync server at ${url.origin}, but this build of Margin may reach only ${builtOrigin}: ask IT to correct the policy or the build.`,
    };
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    return {
      state: 'refused',
      reason: `The sync database in your council's policy must be the database's own address (like ${builtOrigin}/margin), with no sign-in details in it.`,
    };
  return { state: 'on', database: `${url.origin}${path}`, origin: url.origin };
}
