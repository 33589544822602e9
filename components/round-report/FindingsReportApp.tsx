/**
 * The findings report over a period (`round-report.html?from=&to=`): the findings whose period overlaps
 * it, in the board's shape, over the audits of the period. Pseudonymised by default; printable.
 */
import { useState } from 'preact/hooks';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { roundPersonalData } from '@/lib/rounds/report-privacy';
import { ReportFrame } from '../report/ReportFrame';
import { useTemplateBook } from '../use-template-book';
import { formatDateTime } from '../format';
import { formatDay } from '../rounds/bits';
import { BoardFindings } from './BoardFindings';

export function FindingsReportApp({ from, to }: { from: string; to: string }) {
  const book = useTemplateBook();
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: true });
  return (
    <ReportFrame
      kind="round-report"
      title={`Findings report: ${formatDay(from)} to ${formatDay(to)}`}
      back={
        <a class="bar-link no-print" href={`/findings.html?from=${from}&to=${to}`}>
          Back to the findings
        </a>
      }
      privacy={privacy}
      onPrivacy={setPrivacy}
      made={
        <>
          Made with Margin on {formatDateTime(new Date().toISOString())}, from the records on this device: the
          audits finished (or, when unfinished, started) from {formatDay(from)} to {formatDay(to)}.
        </>
      }
      personalData={roundPersonalData(privacy)}
    >
      <BoardFindings scope={{ from, to }} pseudonymise={privacy.pseudonymise} templates={book.templates} />
    </ReportFrame>
  );
}
