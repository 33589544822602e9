/**
 * The sample: its size, the seed (shown, editable, renewable), stratification and the rules; "Draw
 * sample" stores the draw and shows every case drawn and every case left out with its reason.
 */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { drawRoundSample } from '@/lib/storage/round-sample';
import { newSeed } from '@/lib/rounds/seed';
import { COLUMN_NAMES, type CandidateField } from '@/lib/rounds/candidate-columns';
import type { SampleSpecInput } from '@/lib/model/round';
import { errorText } from '../error-text';
import { ErrorSummary, SummaryList, today } from './bits';
import { SampleTables } from './SampleTables';
import type { RoundData } from './use-round';

interface Form {
  size: string;
  unit: 'count' | 'percent';
  seed: string;
  stratifyBy: string;
  months: string;
  perHolder: string;
  spread: boolean;
}

function formOf(spec: SampleSpecInput | undefined): Form {
  return {
    size: spec ? String(spec.size.kind === 'count' ? spec.size.count : spec.size.percent) : '',
    unit: spec?.size.kind ?? 'count',
    seed: spec?.seed ?? newSeed(),
    stratifyBy: spec?.stratifyBy ?? '',
    months: spec?.excludeAuditedWithinMonths ? String(spec.excludeAuditedWithinMonths) : '',
    perHolder: spec?.maxPerCaseHolder ? String(spec.maxPerCaseHolder) : '',
    spread: spec?.spreadAcrossCaseHolders ?? false,
  };
}

/** The form as a spec, or the problems with what was typed. */
function specOf(form: Form): { spec?: SampleSpecInput; problems: string[] } {
  const problems: string[] = [];
  const whole = (text: string, what: string) => {
    if (text.trim() === '') return undefined;
    if (!/^\d+$/.test(text.trim())) problems.push(`Enter ${what} as a whole number.`);
    return Number(text);
  };
  const size = Number(form.size);
  if (form.size.trim() === '' || !Number.isFinite(size) || size <= 0) {
    problems.push('Enter the sample size: a number of cases or a percentage.');
  } else if (form.unit === 'count' && !Number.isInteger(size))
    problems.push('Enter the number of cases as a whole number.');
  else if (form.unit === 'percent' && size > 100) problems.push('A percentage can be at most 100.');
  const months = whole(form.months, 'the months');
  const perHolder = whole(form.perHolder, 'the cases per case holder');
  if (problems.length > 0) return { problems };
  return {
    problems,
    spec: {
      size: form.unit === 'count' ? { kind: 'count', count: size } : { kind: 'percent', percent: size },
      seed: form.seed,
      ...(form.stratifyBy ? { stratifyBy: form.stratifyBy } : {}),
      ...(months ? { excludeAuditedWithinMonths: months } : {}),
      ...(perHolder ? { maxPerCaseHolder: perHolder } : {}),
      spreadAcrossCaseHolders: form.spread,
    },
  };
}

export function SampleSection({ data }: { data: RoundData }) {
  const { round, plan } = data;
  const [form, setForm] = useState<Form>(() => formOf(plan.sample?.spec));
  const [problems, setProblems] = useState<string[]>([]);
  const planning = round.status === 'planning';
  const sample = plan.sample;
  const set = (key: keyof Form) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setForm({ ...form, [key]: input.type === 'checkbox' ? input.checked : input.value });
  };

  async function draw(event: Event) {
    event.preventDefault();
    const { spec, problems: typed } = specOf(form);
    if (!spec) return setProblems(typed);
    try {
      const result = await drawRoundSample(getDb(), round.id, spec, today());
      if (result.ok) setForm({ ...form, seed: result.value.seed });
      setProblems(result.ok ? [] : result.problems);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  const strata: [string, string][] = [
    ...(['team', 'legalStatus', 'ageBand', 'caseType'] as CandidateField[])
      .filter((field) => field === 'team' || plan.list?.columns[field])
      .map((field): [string, string] => [field, COLUMN_NAMES[field].label]),
    ...(plan.list?.attributes ?? []).map((heading): [string, string] => [heading, heading]),
  ];
  const input = (key: keyof Form, label: string, hint: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={`sample-${key}`}>{label}</label>
      <p class="hint" id={`sample-${key}-hint`}>
        {hint}
      </p>
      <input
        id={`sample-${key}`}
        value={form[key] as string}
        onInput={set(key)}
        aria-describedby={`sample-${key}-hint`}
        {...extra}
      />
    </div>
  );

  return (
    <section class="card" id="sample" aria-labelledby="sample-heading">
      <h2 id="sample-heading" tabIndex={-1}>
        Sample
      </h2>
      {!plan.list && <p>Add the candidate cases first.</p>}
      {plan.list && planning && (
        <form onSubmit={draw} noValidate>
          <ErrorSummary problems={problems} title="The sample was not drawn" />
          <div class="form-grid">
            <div class="field">
              <label for="sample-size">Sample size</label>
              <p class="hint">A number of cases, or a percentage of the {plan.list.count} candidates</p>
              <div class="row" style={{ marginTop: 0, flexWrap: 'nowrap' }}>
                <input id="sample-size" inputMode="decimal" value={form.size} onInput={set('size')} />
                <select
                  aria-label="Size in"
                  value={form.unit}
                  onChange={set('unit')}
                  style={{ width: 'auto' }}
                >
                  <option value="count">cases</option>
                  <option value="percent">per cent</option>
                </select>
              </div>
            </div>
            <div class="field">
              <label for="sample-seed">Seed</label>
              <p class="hint" id="sample-seed-hint">
                The same seed draws the same sample: publish it with the round
              </p>
              <div class="row" style={{ marginTop: 0, flexWrap: 'nowrap' }}>
                <input
                  id="sample-seed"
                  value={form.seed}
                  onInput={set('seed')}
                  aria-describedby="sample-seed-hint"
                />
                <button type="button" class="secondary" onClick={() => setForm({ ...form, seed: newSeed() })}>
                  New seed
                </button>
              </div>
            </div>
            <div class="field">
              <label for="sample-stratifyBy">Stratify by</label>
              <p class="hint">Each group gets its share of the sample</p>
              <select id="sample-stratifyBy" value={form.stratifyBy} onChange={set('stratifyBy')}>
                <option value="">Do not stratify</option>
                {strata.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {input(
              'months',
              'Leave out cases audited within (months)',
              'From the audits Margin holds, its own and imported; blank: none left out',
              { inputMode: 'numeric' },
            )}
            {input('perHolder', 'At most this many cases per case holder', 'Blank: no limit', {
              inputMode: 'numeric',
            })}
            <div class="field">
              <label class="choice" style={{ marginTop: '1.6em' }}>
                <input type="checkbox" checked={form.spread} onChange={set('spread')} />
                Spread across case holders
              </label>
            </div>
          </div>
          <button type="submit">Draw sample</button>
        </form>
      )}
      {sample && (
        <>
          <SummaryList
            rows={[
              ['Seed', <code>{sample.result.seed}</code>],
              [
                'Drawn',
                `${sample.result.drawn.length} of ${sample.result.target} asked for, on ${sample.drawnOn}`,
              ],
              ['Left out', String(sample.result.leftOut.length)],
            ]}
          />
          {sample.result.notes.length > 0 && (
            <ul>
              {sample.result.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          )}
          <SampleTables sample={sample.result} stratifyBy={sample.spec.stratifyBy} />
        </>
      )}
    </section>
  );
}
