/**
 * The round report: choose audits, then print (or save as PDF from the browser's print dialog) counts,
 * section grades, each audit's summary and justifications, the factor chart, under each contributory
 * factor the strengths and concerns with their evidence and replies, and the questions and evidence. Reads the
 * device's database directly (an extension page).
 */
import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { roundReport } from '@/lib/dashboard/round-report';
import { byFactor } from '@/lib/dashboard/aggregates';
import { useLiveQuery } from '../use-live-query';
import { useTemplateBook } from '../use-template-book';
import { auditStatusLabel, overallGradeLabel, sectionGradeLabel, templateName } from '@/lib/dashboard/labels';
import { BarChart } from '../dashboard/BarChart';
import { formatDateTime, plural } from '../format';
import { FindingsByFactor } from './FindingsByFactor';
import { RepliesContext } from './ReportReplies';
import { AuditNarratives, QuestionsAndEvidence } from './AuditDetails';
import { useReportPrivacy } from './use-report-privacy';
import { ReportFrame } from './ReportFrame';
import { allConversations } from '@/lib/storage/conversations';
import { ReportConversations } from './ReportConversations';
import type { ExportOptions } from '@/lib/export/bundle-schema';

export function ReportApp() {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [audits, observations, replies, conversations] = await Promise.all([
      db.audits.toArray(),
      db.observations.toArray(),
      db.replies.toArray(),
      allConversations(db),
    ]);
    return { audits, observations, replies, conversations };
  }, []);
  const book = useTemplateBook();
  // `report.html?audit=<id>` (a finding's evidence clicking through) opens on that audit alone.
  const [chosen, setChosen] = useState<Set<string> | null>(() => {
    const audit = new URLSearchParams(location.search).get('audit');
    return audit ? new Set([audit]) : null;
  });
  const [privacy, setPrivacy] = useState<ExportOptions>({ redactQuotes: false, pseudonymise: false });
  const chosenAudits = useMemo(
    () =>
      data.status === 'ready'
        ? data.value.audits.filter((audit) => (chosen ? chosen.has(audit.id) : audit.status === 'finished'))
        : null,
    [data, chosen],
  );
  const shown = useReportPrivacy(
    chosenAudits,
    data.status === 'ready' ? data.value.observations : null,
    data.status === 'ready' ? data.value.replies : null,
    privacy,
    data.status === 'ready' ? data.value.conversations : undefined,
  );
  const report = useMemo(
    () =>
      shown && data.status === 'ready' ? roundReport(shown.audits, shown.observations, book.templates) : null,
    [shown, data, book],
  );
  if (data.status !== 'ready' || !report || !shown || !chosenAudits) return <p class="muted">Loading…</p>;
  const selected = chosen ?? new Set(chosenAudits.map((a) => a.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  return (
    <ReportFrame
      title="Audit report"
      privacy={privacy}
      onPrivacy={setPrivacy}
      conversations="in this report"
      choices={
        <fieldset class="card no-print">
          <legend>Audits in this report</legend>
          {data.value.audits.map((audit) => (
            <label class="choice" key={audit.id}>
              <input
                type="checkbox"
                checked={selected.has(audit.id)}
                onChange={(e) => toggle(audit.id, e.currentTarget.checked)}
              />
              {audit.caseRef.personId} · {audit.auditor || 'Unnamed'} · {templateName(book, audit)} ·{' '}
              {auditStatusLabel(audit.status)} · {formatDateTime(audit.startedAt)}
            </label>
          ))}
        </fieldset>
      }
      made={
        <>
          Made with Margin {shown.provenance.version} on {formatDateTime(shown.provenance.madeAt)} by{' '}
          {shown.provenance.madeBy || 'an unnamed user'}, from the records on this device.
        </>
      }
      personalData={shown.provenance.personalData}
    >
      <section class="card" aria-labelledby="counts-heading">
        <h2 id="counts-heading">In this round</h2>
        <p>
          {plural(report.audits.length, 'audit')} ({report.finished} finished),{' '}
          {plural(report.observations.length, 'observation')}.
        </p>
        <table aria-labelledby="counts-heading">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Overall</th>
              {report.sections.map((section) => (
                <th scope="col" key={section.id}>
                  {section.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.audits.map((audit) => (
              <tr key={audit.id}>
                <th scope="row">{audit.caseRef.personId}</th>
                <td>{overallGradeLabel(book, audit)}</td>
                {report.sections.map((section) => (
                  <td key={section.id}>
                    {audit.sections[section.id]?.grade !== undefined
                      ? sectionGradeLabel(book, audit, section.id)
                      : audit.sections[section.id]?.complete
                        ? 'Complete'
                        : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <BarChart
          id="report-factors"
          title="Strengths and concerns by contributory factor"
          series={byFactor(report.observations)}
          horizontal
        />
      </section>
      <AuditNarratives audits={report.audits} sections={report.sections} book={book} />
      <RepliesContext.Provider value={shown.replies}>
        <FindingsByFactor factors={report.factors} untagged={report.untagged} />
        <QuestionsAndEvidence observations={report.others} />
      </RepliesContext.Provider>
      {privacy.includeConversations && (
        <ReportConversations conversations={shown.conversations} audits={shown.audits} />
      )}
    </ReportFrame>
  );
}
