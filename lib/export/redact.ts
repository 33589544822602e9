/**
 * Quote redaction: removes the case-record text Margin quoted to re-find an annotation. Auditors' and
 * practitioners' own words (comments, replies, notes, follow-ups, work-arounds, justifications) are kept: they
 * are the point of the export, and they are not copied from the record by Margin.
 */
import type { ObservationTarget } from '../model/observation';
import type { ExportData } from './bundle-schema';

/** The target without `quote` and without any TextQuoteSelector (position, CSS and field selectors stay). */
export function redactTarget(target: ObservationTarget): ObservationTarget {
  const { quote: _quote, ...rest } = target;
  return { ...rest, selectors: target.selectors.filter((selector) => selector.type !== 'TextQuoteSelector') };
}

/** Every observation and friction flag of `data` with its quoted record text removed. */
export function redactQuotes(data: ExportData): ExportData {
  return {
    ...data,
    observations: data.observations.map((o) => ({ ...o, target: redactTarget(o.target) })),
    frictionFlags: data.frictionFlags.map((f) => ({ ...f, target: redactTarget(f.target) })),
  };
}
