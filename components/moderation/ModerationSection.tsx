/**
 * The round's "Moderation" step for the QA lead: draw the moderation sample (percentage, minimum, seed
 * shown, saved with the round with whether the moderator sees the first observations), download the
 * moderator's blinded pack, import the moderator's return, see both grades side by
 * side and record the agreed outcome beside them; then the calibration view.
 */
import { useState } from 'preact/hooks';
import type { ModerationSettings } from '@/lib/model/moderation';
import type { Template } from '@/lib/model/template';
import { drawModeration, REASON_TEXT, type ModerationDraw } from '@/lib/moderation/sample';
import { buildModerationPack, moderationFileText, verifyModerationReturn } from '@/lib/moderation/pack';
import { newSeed } from '@/lib/rounds/seed';
import { getDb } from '@/lib/storage/db';
import {
  importReturn,
  observationsByAudit,
  roundModerations,
  saveModerationRule,
  startModeration,
} from '@/lib/storage/moderation';
import { useLiveQuery } from '../use-live-query';
import { downloadFile } from '../download';
import { errorText } from '../error-text';
import { ErrorSummary } from '../rounds/bits';
import type { RoundData } from '../rounds/use-round';
import { CalibrationView } from './CalibrationView';
import { OutcomeList } from './OutcomeList';

export function ModerationSection({ data, template }: { data: RoundData; template: Template | undefined }) {
  const { round } = data;
  const finished = data.audits.filter((audit) => audit.status === 'finished');
  const rule = round.moderation;
  const [percent, setPercent] = useState(String(rule?.percent ?? 10));
  const [minimum, setMinimum] = useState(String(rule?.minimum ?? 10));
  const [seed, setSeed] = useState(rule?.seed ?? newSeed());
  const [visible, setVisible] = useState(rule?.observationsVisible ?? false);
  const [moderator, setModerator] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const records = useLiveQuery(() => roundModerations(getDb(), round.id), [round.id]);
  const scale = template ? (template.overallScale ?? template.scale) : undefined;
  const worst = scale?.type === 'levels' ? scale.levels.at(-1)?.value : undefined;
  // The saved rule's draw, redone from the same finished audits and seed (the draw is reproducible).
  const drawOf = (saved: ModerationSettings): ModerationDraw =>
    drawModeration(
      finished.map((a) => ({ auditId: a.id, auditor: a.auditor, overallGrade: a.overallGrade })),
      saved,
      worst,
    );
  const draw = rule ? drawOf(rule) : undefined;

  /** The rule as entered, saved with the round; or undefined with the problems shown. */
  async function saveRule(observationsVisible = visible) {
    const entered = { percent: Number(percent), minimum: Number(minimum), seed, observationsVisible };
    if (
      !(entered.percent >= 0 && entered.percent <= 100) ||
      !Number.isInteger(entered.minimum) ||
      entered.minimum < 0
    )
      return void setProblems(['Enter a percentage from 0 to 100 and a whole minimum of 0 or more.']);
    if (!seed.trim()) return void setProblems(['Enter a seed.']);
    try {
      const saved = await saveModerationRule(getDb(), round.id, entered);
      setProblems([]);
      return saved;
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  function drawSample(event: Event) {
    event.preventDefault();
    void saveRule();
  }

  async function downloadPack() {
    if (!draw || !template) return;
    if (!moderator.trim()) return setProblems(["Enter the moderator's reference."]);
    const saved = await saveRule();
    if (!saved?.moderation) return;
    try {
      const drawn = drawOf(saved.moderation);
      const byId = new Map(finished.map((audit) => [audit.id, audit]));
      const audits = drawn.drawn.map((d) => byId.get(d.auditId)!);
      await startModeration(getDb(), round.id, moderator.trim(), audits);
      const observations = saved.moderation?.observationsVisible
        ? await observationsByAudit(
            getDb(),
            audits.map((a) => a.id),
          )
        : undefined;
      const pack = await buildModerationPack({
        round: saved,
        template,
        moderator: moderator.trim(),
        seed: drawn.seed,
        audits,
        observations,
        now: new Date().toISOString(),
      });
      downloadFile(`margin-moderation-pack-${round.id.slice(0, 8)}.json`, moderationFileText(pack));
      setProblems([]);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await verifyModerationReturn(await file.text(), {
      fileName: file.name,
      expectedRoundId: round.id,
    });
    if (!read.ok) return setProblems([read.error]);
    const result = await importReturn(getDb(), read.file);
    if (!result.ok) return setProblems([result.error]);
    setProblems([]);
    setMessage(`Imported the moderator's grades of ${result.count} audits.`);
  }

  const list = records.status === 'ready' ? records.value : [];
  return (
    <>
      <section class="card" id="moderation" aria-labelledby="moderation-heading">
        <h2 id="moderation-heading" tabIndex={-1}>
          Moderation
        </h2>
        <p class="hint">
          A moderator grades a sample of the finished audits again without seeing the first grades. Every
          audit graded at the worst grade and at least one audit of every auditor are always in the sample.
        </p>
        <ErrorSummary problems={problems} title="There is a problem with moderation" />
        <form onSubmit={drawSample} class="stack">
          <label>
            Percentage of finished audits
            <input inputMode="decimal" value={percent} onInput={(e) => setPercent(e.currentTarget.value)} />
          </label>
          <label>
            At least this many audits
            <input inputMode="numeric" value={minimum} onInput={(e) => setMinimum(e.currentTarget.value)} />
          </label>
          <label>
            Moderation seed
            <input value={seed} onInput={(e) => setSeed(e.currentTarget.value)} />
          </label>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={visible}
              onChange={(e) => {
                setVisible(e.currentTarget.checked);
                if (rule) void saveRule(e.currentTarget.checked);
              }}
            />
            The moderator sees the first auditor's observations (never their grades)
          </label>
          <button type="submit" disabled={finished.length === 0}>
            Draw the moderation sample
          </button>
        </form>
        {finished.length === 0 && <p>No audit of this round is finished yet.</p>}
        {draw && (
          <>
            <p>
              Seed <strong>{draw.seed}</strong>: {draw.drawn.length} of {finished.length} finished audits
              drawn.
            </p>
            <ul>
              {draw.drawn.map((d) => {
                const audit = finished.find((a) => a.id === d.auditId)!;
                return (
                  <li key={d.auditId}>
                    Case {audit.caseRef.personId} by {audit.auditor}: {REASON_TEXT[d.reason]}
                  </li>
                );
              })}
            </ul>
            <label>
              Moderator's reference
              <input value={moderator} onInput={(e) => setModerator(e.currentTarget.value)} />
            </label>
            <button type="button" onClick={() => void downloadPack()}>
              Download the moderation pack
            </button>
          </>
        )}
        <label>
          Import the moderator's return
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e.currentTarget)}
          />
        </label>
        {message && <p role="status">{message}</p>}
        {template && <OutcomeList records={list} template={template} round={round} />}
      </section>
      {template && list.some((r) => r.second) && <CalibrationView records={list} template={template} />}
    </>
  );
}
