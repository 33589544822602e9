/**
 * The findings report over a period (`round-report.html?from=&to=`): the findings whose period overlaps
 * it, in the board's shape, over the audits of the period. Pseudonymised by default; printable.
 */
import { useState } from 'preact/hooks';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { roundPersonalData } from '@/lib/rounds/report-privacy';
import { PrivacyChoices } from '../PrivacyChoices';
import { useTemplateBook } from '../use-template-book';
import { formatDateTime } from '../format';
import { formatDay } from '../rounds/bits';
import { BoardFindings } from './BoardFindings';

export function FindingsReportApp({ from, to }: { from: string; to: string }) {
  const book = useTemplateBook();
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: true });
  return (
    <div class="page report round-report">
      <header class="bar">
        <h1>
          Findings report: {formatDay(from)} to {formatDay(to)}
        </h1>
        <a class="bar-link no-print" href={`/findings.html?from=${from}&to=${to}`}>
          Back to the findings
        </a>
        <button type="button" class="no-print" onClick={() => print()}>
          Print or save as PDF
        </button>
      </header>
      <main>
        <fieldset class="card no-print">
          <legend>Privacy</legend>
          <PrivacyChoices value={privacy} onChange={setPrivacy} />
        </fieldset>
        <section class="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About this report</h2>
          <p>
            Made with Margin on {formatDateTime(new Date().toISOString())}, from the records on this device:
            the audits finished (or, when unfinished, started) from {formatDay(from)} to {formatDay(to)}.
          </p>
          <p>{roundPersonalData(privacy)}</p>
        </section>
        <BoardFindings scope={{ from, to }} pseudonymise={privacy.pseudonymise} templates={book.templates} />
      </main>
    </div>
  );
}
