/**
 * The drawn cases, and the cases left out with the reason for each (long lists are cut, and say so;
 * the cases left out are put in the page when their fold is opened).
 */
import { useState } from 'preact/hooks';
import { stratumOf, type Sample } from '@/lib/rounds/sample';

const SHOWN = 500;

export function SampleTables({ sample, stratifyBy }: { sample: Sample; stratifyBy?: string }) {
  // The cases left out are drawn when their fold is first opened: most visits never open it.
  const [opened, setOpened] = useState(false);
  const leftOut = opened ? sample.leftOut.slice(0, SHOWN) : [];
  return (
    <>
      <div class="table-wrap">
        <table id="drawn-cases">
          <caption>Cases drawn, in the order drawn</caption>
          <thead>
            <tr>
              <th scope="col">Case ID</th>
              <th scope="col">Team</th>
              <th scope="col">Case holder</th>
              {stratifyBy && <th scope="col">Group ({stratifyBy})</th>}
            </tr>
          </thead>
          <tbody>
            {sample.drawn.map((c) => (
              <tr key={c.caseId}>
                <td>{c.caseId}</td>
                <td>{c.team}</td>
                <td>{c.caseHolder}</td>
                {stratifyBy && <td>{stratumOf(c, stratifyBy)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details class="fold" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>Cases left out and why ({sample.leftOut.length})</summary>
        <div class="table-wrap">
          <table id="left-out-cases">
            <caption>Cases left out, by case ID</caption>
            <thead>
              <tr>
                <th scope="col">Case ID</th>
                <th scope="col">Why it was left out</th>
              </tr>
            </thead>
            <tbody>
              {leftOut.map((l) => (
                <tr key={l.caseId}>
                  <td>{l.caseId}</td>
                  <td>{l.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {sample.leftOut.length > SHOWN && (
          <p class="muted">
            The first {SHOWN} of {sample.leftOut.length} are shown.
          </p>
        )}
      </details>
    </>
  );
}
