/**
 * The frame every printable report shares: the bar (title, a way back, "Print or save as PDF"), the
 * privacy choices (kept off paper), and "About this report" (who made it, when, from what, and the
 * personal data it holds), with the report's own parts inside. The audit report, the round report and
 * the findings report over a period use it, so they read alike and their privacy wording cannot drift.
 */
import type { ComponentChildren } from 'preact';
import type { ExportOptions } from '@/lib/export/bundle-schema';
import { PrivacyChoices } from '../PrivacyChoices';

interface Props {
  title: ComponentChildren;
  /** A link back to where the report was opened from. */
  back?: ComponentChildren;
  privacy: ExportOptions;
  onPrivacy(value: ExportOptions): void;
  /** Offers "Include conversation records" with these words (the audit report only). */
  conversations?: string;
  /** Controls shown above the privacy choices (e.g. which audits are in it); kept off paper. */
  choices?: ComponentChildren;
  /** How the report was made, in a sentence. */
  made: ComponentChildren;
  /** The personal data the report holds, in words. */
  personalData: string;
  /** Extra class for the page (e.g. `round-report`). */
  kind?: string;
  children: ComponentChildren;
}

export function ReportFrame(props: Props) {
  return (
    <div class={`page report${props.kind ? ` ${props.kind}` : ''}`}>
      <header class="bar">
        <h1>{props.title}</h1>
        {props.back}
        <button type="button" class="no-print" onClick={() => print()}>
          Print or save as PDF
        </button>
      </header>
      <main>
        {props.choices}
        <fieldset class="card no-print">
          <legend>Privacy</legend>
          <PrivacyChoices
            value={props.privacy}
            onChange={props.onPrivacy}
            conversations={props.conversations}
          />
        </fieldset>
        <section class="card" aria-labelledby="about-heading">
          <h2 id="about-heading">About this report</h2>
          <p>{props.made}</p>
          <p>{props.personalData}</p>
        </section>
        {props.children}
      </main>
    </div>
  );
}
