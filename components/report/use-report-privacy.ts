/**
 * The round report's privacy options, the same two every export offers (leave out quoted record text,
 * pseudonymise person IDs and names), applied to the audits and observations before they are shown or
 * printed; and the report's provenance: who made it, when, with which Margin, holding what personal data.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';
import type { ExportData, ExportOptions } from '@/lib/export/bundle-schema';
import { applyPrivacy } from '@/lib/export/privacy';
import { describePersonalData } from '@/lib/export/personal-data';
import { getPseudonymKey, pseudonym } from '@/lib/export/pseudonym';
import { currentAuthor } from '@/lib/settings/settings';

export interface ReportProvenance {
  madeBy: string;
  madeAt: string;
  version: string;
  personalData: string;
}

export interface PrivateReport {
  audits: Audit[];
  observations: Observation[];
  provenance: ReportProvenance;
}

export function useReportPrivacy(
  audits: Audit[] | null,
  observations: Observation[] | null,
  options: ExportOptions,
): PrivateReport | null {
  const [result, setResult] = useState<PrivateReport | null>(null);
  useEffect(() => {
    if (!audits || !observations) return;
    let current = true;
    void (async () => {
      const data: ExportData = {
        filters: {},
        audits,
        observations,
        notes: [],
        templates: [],
        frictionFlags: [],
        frictionCounters: [],
      };
      const author = await currentAuthor();
      const key = options.pseudonymise ? await getPseudonymKey() : undefined;
      const reduced = await applyPrivacy(data, options, key, [author]);
      const madeBy = key && author !== '' ? await pseudonym(key, 'author', author) : author;
      const statement = describePersonalData(reduced, options, madeBy, 'This report');
      if (current)
        setResult({
          audits: reduced.audits,
          observations: reduced.observations,
          provenance: {
            madeBy,
            madeAt: new Date().toISOString(),
            version: browser.runtime.getManifest().version,
            personalData: statement.summary,
          },
        });
    })();
    return () => {
      current = false;
    };
  }, [audits, observations, options.redactQuotes, options.pseudonymise]);
  return result;
}
