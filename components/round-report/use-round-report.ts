/**
 * The round report of one round, kept current: reads the round's data (lib/storage/round-report.ts),
 * then builds the report with the privacy options (pseudonymised by default), using this profile's
 * pseudonym key so the report's pseudonyms match its exports'.
 */
import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { roundReportInput } from '@/lib/storage/round-report';
import { roundReportWithPrivacy } from '@/lib/rounds/report-privacy';
import { getPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { currentAuthor } from '@/lib/settings/settings';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import type { RoundReportSummary } from '@/lib/model/round-report';
import type { Template } from '@/lib/model/template';
import { useLiveQuery } from '../use-live-query';
import { errorText } from '../error-text';
import { today } from '../rounds/bits';

export type ReportState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: RoundReportSummary; madeBy: string };

export function useRoundReport(
  roundId: string,
  templates: readonly Template[],
  options: ExportOptions,
): ReportState {
  const input = useLiveQuery(
    () => roundReportInput(getDb(), roundId, templates, today()),
    [roundId, templates],
  );
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    if (input.status === 'error') return setState({ status: 'error', message: input.message });
    if (input.status !== 'ready') return;
    if (input.value === null) return setState({ status: 'missing' });
    let current = true;
    const value = input.value;
    void (async () => {
      try {
        const author = await currentAuthor();
        const key = options.pseudonymise ? await getPseudonymKey() : undefined;
        const report = await roundReportWithPrivacy(value, options, key, [author]);
        const madeBy = key && author !== '' ? await pseudonym(key, 'author', author) : author;
        if (current) setState({ status: 'ready', report, madeBy });
      } catch (error) {
        if (current) setState({ status: 'error', message: errorText(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [input, options.pseudonymise]);
  return state;
}
