/**
 * The moderator's screen: import a moderation pack, grade each audit's sections and overall grade blind
 * (the pack holds no first grade, so none can show here), with the first auditor's observations only
 * when the round shows them, and download the return for the QA lead.
 */
import { useState } from 'preact/hooks';
import { gradeLabel, scaleValues } from '@/lib/audit/scales';
import type { Grades } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { buildModerationReturn, moderationFileText, verifyModerationPack } from '@/lib/moderation/pack';
import type { BlindAudit, BlindObservation } from '@/lib/moderation/pack-schema';
import { getDb } from '@/lib/storage/db';
import { saveBlindGrades, saveModerationPack, type StoredModerationPack } from '@/lib/storage/moderation';
import { findTemplate } from '@/lib/storage/templates';
import { downloadFile } from '../download';
import { useLiveQuery } from '../use-live-query';

export function ModeratorApp() {
  const [problem, setProblem] = useState('');
  const packs = useLiveQuery(() => getDb().moderationPacks.toArray(), []);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await verifyModerationPack(await file.text(), { fileName: file.name });
    if (!read.ok) return setProblem(read.error);
    await saveModerationPack(getDb(), read.file);
    setProblem('');
  }

  return (
    <section class="card" aria-labelledby="moderate-heading">
      <h2 id="moderate-heading">Moderate audits</h2>
      <p class="hint">
        Grade each audit as if you were its auditor. You do not see the first grades; the QA lead compares
        them with yours when you return your grades.
      </p>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      <label>
        Import a moderation pack
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>
      {packs.status === 'ready' &&
        packs.value.map((stored) => <PackView key={stored.roundId} stored={stored} />)}
    </section>
  );
}

function PackView({ stored }: { stored: StoredModerationPack }) {
  const { pack } = stored;
  const audit = pack.audits[0]!;
  const template = useLiveQuery(
    async () => pack.template ?? (await findTemplate(getDb(), audit.templateId, audit.templateVersion)),
    [pack.hash],
  );
  const done = pack.audits.filter((a) => stored.grades[a.auditId]).length;
  const visible = pack.round.moderation?.observationsVisible === true;

  async function download() {
    const file = await buildModerationReturn({
      roundId: pack.round.id,
      moderator: pack.moderator,
      grades: pack.audits.flatMap((a) =>
        stored.grades[a.auditId] ? [{ auditId: a.auditId, ...stored.grades[a.auditId]! }] : [],
      ),
      now: new Date().toISOString(),
    });
    downloadFile(`margin-moderation-return-${pack.round.id.slice(0, 8)}.json`, moderationFileText(file));
  }

  return (
    <>
      <h3>
        {pack.round.name}: {done} of {pack.audits.length} graded (seed {pack.seed})
      </h3>
      <p class="hint">
        {visible
          ? "This round shows you the first auditor's observations (without their grades)."
          : "This round keeps the first auditor's observations from you: grade from the record alone."}
      </p>
      {template.status === 'ready' && template.value
        ? pack.audits.map((a) => (
            <BlindForm
              key={a.auditId}
              audit={a}
              template={template.value!}
              roundId={pack.round.id}
              observations={visible ? (a.observations ?? []) : []}
              given={stored.grades[a.auditId]?.grades}
            />
          ))
        : null}
      <button type="button" disabled={done === 0} onClick={() => void download()}>
        Download my grades for the QA lead
      </button>
    </>
  );
}

function BlindForm(props: {
  audit: BlindAudit;
  template: Template;
  roundId: string;
  observations: readonly BlindObservation[];
  given: Grades | undefined;
}) {
  const { audit, template, given } = props;
  const [grades, setGrades] = useState<Grades>(given ?? { sections: {} });
  const id = `m-${audit.auditId}`;
  const overallScale = template.overallScale ?? template.scale;
  const fields = [
    ...template.sections.map((s) => ({ key: s.id, title: s.title, scale: s.scale ?? template.scale })),
    { key: '', title: 'Overall grade', scale: overallScale },
  ];
  const sectionTitle = (sectionId: string | undefined) => {
    const title = template.sections.find((s) => s.id === sectionId)?.title;
    return title ? <strong>{title}: </strong> : null;
  };
  const valueOf = (key: string) => (key ? grades.sections[key] : grades.overall) ?? '';
  const set = (key: string, value: string) =>
    setGrades((g) => {
      if (!key) return { ...g, overall: value || undefined };
      const sections = { ...g.sections };
      if (value) sections[key] = value;
      else delete sections[key];
      return { ...g, sections };
    });

  async function submit(event: Event) {
    event.preventDefault();
    await saveBlindGrades(getDb(), props.roundId, audit.auditId, grades, new Date().toISOString());
  }

  return (
    <form class="card" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h4 id={`${id}-h`}>Case {audit.caseRef.personId}</h4>
      {props.observations.length > 0 && (
        <details>
          <summary>The first auditor's observations ({props.observations.length})</summary>
          <ul>
            {props.observations.map((o, i) => (
              <li key={i}>
                {sectionTitle(o.sectionId)}
                {o.quote && <q>{o.quote}</q>} {o.comment}
              </li>
            ))}
          </ul>
        </details>
      )}
      {fields.map((f) => (
        <p key={f.key}>
          <label for={`${id}-${f.key || 'overall'}`}>{f.title}</label>{' '}
          <select
            id={`${id}-${f.key || 'overall'}`}
            value={valueOf(f.key)}
            onChange={(e) => set(f.key, e.currentTarget.value)}
          >
            <option value="">Not graded</option>
            {scaleValues(f.scale).map((v) => (
              <option key={v} value={v}>
                {gradeLabel(f.scale, v)}
              </option>
            ))}
          </select>
        </p>
      ))}
      <button type="submit">{given ? 'Update my grades' : 'Submit my grades'}</button>
      {given && <p role="status">Your grades are recorded.</p>}
    </form>
  );
}
