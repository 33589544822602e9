// The first charts drawn from the counts kept on write equal the charts counted from the records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byFactor, gradesBySection } from '@/lib/dashboard/aggregates';
import { factorsFromSummary, gradesFromSummary } from '@/lib/dashboard/summary-charts';
import { observationLabeller, templateBook } from '@/lib/dashboard/labels';
import { recountSummary } from '@/lib/storage/observation-summary';
import { TEMPLATES, auditArb, observationArb } from '../import/arbitraries';

describe('charts from the summary', () => {
  it('equal the charts counted from every observation', () => {
    const book = templateBook(TEMPLATES);
    fc.assert(
      fc.property(
        fc.array(observationArb, { maxLength: 30 }),
        fc.array(auditArb, { maxLength: 4 }),
        (all, audits) => {
          const labels = observationLabeller(book, audits);
          const summary = recountSummary(all);
          expect(factorsFromSummary(summary)).toEqual(byFactor(all));
          expect(gradesFromSummary(summary, labels, book)).toEqual(gradesBySection(all, labels, book));
        },
      ),
      { numRuns: 200 },
    );
  });
});
