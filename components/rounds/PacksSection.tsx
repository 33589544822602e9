/** Round packs: one file per auditor (their cases only) or one for the whole round, saved on this device. */
import { useState } from 'preact/hooks';
import { getDb } from '@/lib/storage/db';
import { roundPackFile } from '@/lib/storage/round-pack';
import { refKey } from '@/lib/model/round';
import { downloadFile } from '../download';
import { errorText } from '../error-text';
import { plural } from '../format';
import { ErrorSummary } from './bits';
import type { RoundData } from './use-round';

export function PacksSection({ data }: { data: RoundData }) {
  const { round, auditors, assignments } = data;
  const [problems, setProblems] = useState<string[]>([]);

  async function download(forAuditor: string | null) {
    try {
      const result = await roundPackFile(getDb(), round.id, forAuditor);
      if (!result.ok) return setProblems(result.problems);
      setProblems([]);
      downloadFile(result.value.name, result.value.text);
    } catch (error) {
      setProblems([errorText(error)]);
    }
  }

  const held = (id: string) => assignments.filter((a) => refKey(a.auditorId) === refKey(id)).length;
  return (
    <section class="card" id="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading" tabIndex={-1}>
        Round packs
      </h2>
      <p class="hint">
        Each auditor imports their pack into Margin to see their assigned cases. A pack holds the round, the
        auditor's assignments and the IDs and attributes of their cases (no names), and a hash that shows if
        it was altered.
      </p>
      <ErrorSummary problems={problems} title="The pack was not made" />
      {assignments.length === 0 ? (
        <p>Assign the cases before making packs.</p>
      ) : (
        <ul class="plain">
          {auditors
            .filter((auditor) => held(auditor.id) > 0)
            .map((auditor) => (
              <li key={auditor.id} class="row">
                <span>
                  {auditor.name}: {plural(held(auditor.id), 'case')}
                </span>
                <button type="button" class="secondary" onClick={() => void download(auditor.id)}>
                  Download pack for {auditor.name}
                </button>
              </li>
            ))}
          <li class="row">
            <span>Everyone: {plural(assignments.length, 'case')}</span>
            <button type="button" class="secondary" onClick={() => void download(null)}>
              Download one pack for all
            </button>
          </li>
        </ul>
      )}
    </section>
  );
}
