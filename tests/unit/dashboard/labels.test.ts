import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import {
  auditStatusLabel,
  monthLabel,
  observationLabeller,
  overallGradeLabel,
  sectionGradeLabel,
  sectionsComplete,
  severityLabel,
  templateBook,
  templateName,
} from '@/lib/dashboard/labels';
import { gradeChoices, sectionChoices } from '@/lib/dashboard/filter-choices';
import { isEmptySeries, wrapLabel } from '@/lib/dashboard/chart-text';
import { auditsPerMonth, gradesBySection } from '@/lib/dashboard/aggregates';
import type { Audit } from '@/lib/model/audit';
import type { Observation } from '@/lib/model/observation';

const book = templateBook(BUILTIN_TEMPLATES);
const AUDIT_ID = '00000000-0000-4000-8000-000000000001';
const audit = (over: Partial<Audit> = {}): Audit => ({
  id: AUDIT_ID,
  templateId: 'learning-case-file-audit',
  templateVersion: 1,
  caseRef: { personId: 'P1' },
  auditor: 'A',
  status: 'in-progress',
  sections: {
    chronology: { grade: 'good', complete: true },
    'voice-of-the-child': { grade: 'requires-improvement', complete: false },
  },
  overallGrade: 'outstanding',
  startedAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  ...over,
});
const obs = (sectionId: string, grade: string, auditId: string | null = AUDIT_ID) =>
  ({
    id: crypto.randomUUID(),
    auditId,
    sectionId,
    grade,
    kind: 'concern',
    factors: [],
  }) as unknown as Observation;

describe('QA screen labels', () => {
  it('names templates, statuses, grades and section counts in words', () => {
    expect(templateName(book, audit())).toBe('Learning case file audit');
    expect(templateName(book, audit({ templateId: 'gone', templateVersion: 3 }))).toBe(
      'gone (template not on this device)',
    );
    expect(auditStatusLabel('in-progress')).toBe('In progress');
    expect(auditStatusLabel('finished')).toBe('Finished');
    expect(overallGradeLabel(book, audit())).toBe('Outstanding');
    expect(overallGradeLabel(book, audit({ overallGrade: undefined }))).toBe('—');
    expect(sectionGradeLabel(book, audit(), 'voice-of-the-child')).toBe('Requires improvement');
    expect(sectionGradeLabel(book, audit(), 'planning')).toBe('—');
    expect(sectionsComplete(book, audit())).toBe('1 of 8 sections');
    expect(
      sectionsComplete(book, audit({ templateId: 'multi-agency-audit', sections: {}, overallGrade: 'red' })),
    ).toBe('0 of 7 sections');
    expect(overallGradeLabel(book, audit({ templateId: 'multi-agency-audit', overallGrade: 'red' }))).toBe(
      'Red',
    );
    expect(monthLabel('2026-05')).toBe('May 2026');
    expect(severityLabel('medium')).toBe('Medium');
  });

  it('labels observations from their audit’s template, else any known template, else the stored id', () => {
    const labels = observationLabeller(book, [audit()]);
    expect(labels.section(obs('chronology', 'good'))).toBe('Chronology and history');
    expect(labels.grade(obs('chronology', 'good'))).toBe('Good');
    // No audit on this device: the first known template with that section names it.
    expect(labels.section(obs('front-door', 'amber', null))).toBe(
      'Referral and information sharing at the front door',
    );
    expect(labels.grade(obs('front-door', 'amber', null))).toBe('Amber');
    expect(labels.section(obs('made-up', 'weird', null))).toBe('made-up');
    expect(labels.grade(obs('made-up', 'weird', null))).toBe('weird');
  });

  it('offers the real grades by scale and the real sections by template, with unknown values kept', () => {
    const grades = gradeChoices(book, ['good', 'mystery']);
    expect(grades.map((g) => g.label)).toEqual(['Ofsted four-point', 'RAG', 'Other grades']);
    expect(grades[0]!.options).toEqual([
      ['outstanding', 'Outstanding'],
      ['good', 'Good'],
      ['requires-improvement', 'Requires improvement'],
      ['inadequate', 'Inadequate'],
    ]);
    expect(grades[2]!.options).toEqual([['mystery', 'mystery']]);
    const sections = sectionChoices(book, ['chronology', 'old-section']);
    expect(sections.map((g) => g.label)).toEqual([
      'Learning case file audit',
      'Multi-agency case audit',
      'Section 11 agency self-assessment',
      'Themed audit',
      'Other sections',
    ]);
    expect(sections[0]!.options[0]).toEqual(['chronology', 'Chronology and history']);
    // A section id both templates use is one choice (the filter compares ids), named with both titles.
    expect(sections[0]!.options.find(([id]) => id === 'helped-or-hindered')?.[1]).toBe(
      'What helped or hindered practice? / What helped or hindered multi-agency working?',
    );
    expect(sections[1]!.options.some(([id]) => id === 'helped-or-hindered')).toBe(false);
    expect(sections.at(-1)!.options).toEqual([['old-section', 'old-section']]);
  });

  it('charts name sections and grades in words, in template and scale order, and months in words', () => {
    const labels = observationLabeller(book, [audit()]);
    const series = gradesBySection(
      [obs('voice-of-the-child', 'inadequate'), obs('chronology', 'good'), obs('chronology', 'outstanding')],
      labels,
      book,
    );
    expect(series.labels).toEqual(['Chronology and history', 'Voice of the child']);
    expect(series.keys).toEqual(['chronology', 'voice-of-the-child']);
    expect(series.datasets).toEqual([
      { label: 'Outstanding', data: [1, 0] },
      { label: 'Good', data: [1, 0] },
      { label: 'Inadequate', data: [0, 1] },
    ]);
    const months = auditsPerMonth([audit()]);
    expect(months.labels).toEqual(['May 2026']);
    expect(months.keys).toEqual(['2026-05']);
  });

  it('wraps long chart labels at spaces, keeping every word, and knows an empty chart', () => {
    const text = 'Inter-agency working in response to the needs of the family';
    const lines = wrapLabel(text, 24);
    expect(lines.every((line) => line.length <= 24)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(wrapLabel('Supercalifragilisticexpialidocious word', 10)).toEqual([
      'Supercalifragilisticexpialidocious',
      'word',
    ]);
    expect(isEmptySeries({ labels: ['a'], keys: ['a'], datasets: [{ label: 'x', data: [0] }] })).toBe(true);
    expect(isEmptySeries({ labels: [], keys: [], datasets: [] })).toBe(true);
    expect(isEmptySeries({ labels: ['a'], keys: ['a'], datasets: [{ label: 'x', data: [2] }] })).toBe(false);
  });
});
