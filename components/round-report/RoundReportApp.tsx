/**
 * The round report for the board or the safeguarding partnership: led by the round's findings, then its theme, sample and method,
 * progress, grades, what good looks like, areas for development, contributory factors, compliance beside
 * quality, friction, actions and moderation. Pseudonymised by default (the export's privacy choices); printable (print styles hide the
 * controls). Reached from the round's page (rounds.html → Round report) as `round-report.html?round=<id>`.
 */
import { useState } from 'preact/hooks';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { roundPersonalData } from '@/lib/rounds/report-privacy';
import { ReportFrame } from '../report/ReportFrame';
import { useTemplateBook } from '../use-template-book';
import { formatDateTime } from '../format';
import { useRoundReport } from './use-round-report';
import { RoundSummary, MethodSection, ProgressPart } from './RoundParts';
import { GradesSection } from './GradesSection';
import { FindingsSection, FactorsSection, FrictionSection, ActionsSection } from './FindingsParts';
import { RoundModeration } from './RoundModeration';
import { ComplianceSection } from './ComplianceSection';
import { BoardFindings } from './BoardFindings';

export function RoundReportApp({ roundId }: { roundId: string }) {
  const book = useTemplateBook();
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: true });
  const state = useRoundReport(roundId, book.templates, privacy);
  const back = (
    <a class="bar-link no-print" href={`/rounds.html#round=${encodeURIComponent(roundId)}`}>
      Back to the round
    </a>
  );
  if (state.status !== 'ready') {
    return (
      <div class="page report">
        <header class="bar">
          <h1>Round report</h1>
          {back}
        </header>
        <main>
          {state.status === 'loading' && <p class="muted">Loading…</p>}
          {state.status === 'missing' && <p role="alert">That round is not on this device.</p>}
          {state.status === 'error' && (
            <p role="alert" class="error">
              Margin could not build the report: {state.message}
            </p>
          )}
        </main>
      </div>
    );
  }
  const { report } = state;
  return (
    <ReportFrame
      kind="round-report"
      title={`Round report: ${report.round.name}`}
      back={back}
      privacy={privacy}
      onPrivacy={setPrivacy}
      made={
        <>
          Made with Margin on {formatDateTime(new Date().toISOString())} by{' '}
          {state.madeBy || 'an unnamed user'}, from the records on this device.
        </>
      }
      personalData={roundPersonalData(privacy)}
    >
      <BoardFindings scope={{ roundId }} pseudonymise={privacy.pseudonymise} templates={book.templates} />
      <RoundSummary report={report} />
      <MethodSection report={report} />
      <ProgressPart report={report} />
      <GradesSection report={report} />
      <FindingsSection
        id="strengths"
        title="What good looks like"
        intro="Strengths, in the auditors’ words."
        quotes={report.strengths}
      />
      <FindingsSection
        id="development"
        title="Areas for development"
        intro="Concerns, in the auditors’ words."
        quotes={report.development}
      />
      <FactorsSection report={report} />
      <ComplianceSection report={report} />
      <FrictionSection report={report} />
      <ActionsSection report={report} />
      <RoundModeration roundId={roundId} templates={book.templates} pseudonymise={privacy.pseudonymise} />
    </ReportFrame>
  );
}
