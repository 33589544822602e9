/**
 * Pseudonymising an export needs every value it will replace before it writes anything (known IDs and
 * names are also replaced inside free text): a first pass through the records only records them, in
 * the order privacy.ts's transform meets them (keeping the strings, not the records), and their
 * pseudonyms are computed once.
 */
import type { Transaction } from 'dexie';
import type { Audit } from '../model/audit';
import { conversationsOfAudits, reduceConversation } from './conversation-export';
import { pass, type RecordKey, type Source } from './export-records';
import { reduce } from './export-record';
import type { ExportFilters } from './filters';
import { exportFinding, findingsOfFile } from './finding-export';
import { mergeValues, recordingNamer, resolvedNamer, type Namer } from './namer';
import { pseudonymiseFilters } from './pseudonymise';
import { exportRound, roundsOfFile, type RoundExportInput } from './round-export';
import type { StreamRequest } from './export-stream';

/** Dexie's Transaction.waitFor (behind the documented Dexie.waitFor), not in its typings. */
type WaitFor = { waitFor<T>(promise: Promise<T>): Promise<T> };

/** Records every value pseudonymisation will replace, in the order privacy.ts's transform meets them. */
export async function resolveNamer(
  src: Source,
  req: StreamRequest,
  tx: Transaction,
  key: CryptoKey,
): Promise<{ namer: Namer; rounds: RoundExportInput[] }> {
  const names = recordingNamer();
  req.names.forEach(names.author);
  const filters = recordingNamer();
  pseudonymiseFilters(src.filters, filters);
  const byType = new Map<RecordKey, ReturnType<typeof recordingNamer>>();
  const audits: Audit[] = [];
  await pass(
    src,
    (type, records) => {
      if (type === 'audits') audits.push(...(records as readonly Audit[]));
      let namer = byType.get(type);
      if (!namer) byType.set(type, (namer = recordingNamer()));
      for (const record of records) reduce(type, record, req.options.redactQuotes, namer);
    },
    false,
  );
  const order: RecordKey[] = [
    'audits',
    'observations',
    'replies',
    'notes',
    'frictionFlags',
    'frictionCounters',
  ];
  const rounds = roundsOfFile(src.rounds, audits, everything(src.filters));
  const roundNames = recordingNamer();
  const conversationNames = recordingNamer();
  const ids = audits.map((a) => a.id);
  for (const c of await conversationsOfAudits(src.conversations, ids, req.options))
    reduceConversation(c, req.options, conversationNames);
  rounds.forEach((input) => exportRound(input, roundNames, true));
  const roundIds = new Set(rounds.map((input) => input.round.id));
  findingsOfFile(src.findings, roundIds, everything(src.filters)).forEach((f) =>
    exportFinding(f, roundNames),
  );
  const values = mergeValues([
    names.values,
    filters.values,
    ...order.flatMap((type) => byType.get(type)?.values ?? []),
    roundNames.values,
    conversationNames.values,
  ]);
  // Computing HMACs is not a database request: keep the read transaction open while it runs
  // (Dexie.waitFor does the same through the ambient transaction; this names it explicitly).
  return { namer: await (tx as Transaction & WaitFor).waitFor(resolvedNamer(key, values)), rounds };
}

/** True when the filters choose everything: the file then carries every round. */
export const everything = (filters: ExportFilters) =>
  Object.values(filters).every((value) => value === undefined);
