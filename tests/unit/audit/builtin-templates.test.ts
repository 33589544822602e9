// The templates Margin ships: each valid with unique section ids; the Section 11 self-assessment rates
// every standard red/amber/green and asks for its evidence and actions; a themed audit for rounds.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { sectionScale } from '@/lib/model/template';

const byId = (id: string) => BUILTIN_TEMPLATES.find((template) => template.id === id)!;

describe('built-in templates', () => {
  it('each has unique section ids', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const ids = template.sections.map((section) => section.id);
      expect(new Set(ids).size, template.id).toBe(ids.length);
    }
  });

  it('the Section 11 self-assessment rates each standard red/amber/green with evidence and actions', () => {
    const template = byId('section-11-self-assessment');
    const rated = template.sections.filter((section) => sectionScale(template, section).type !== 'none');
    expect(rated.length).toBeGreaterThanOrEqual(8);
    for (const section of rated) {
      expect(sectionScale(template, section)).toEqual(template.scale);
      expect(section.prompts.join(' ')).toMatch(/Evidence:.*Actions:.*owns it and by when/);
    }
    expect(template.scale.type === 'levels' && template.scale.levels.map((l) => l.label)).toEqual([
      'Green',
      'Amber',
      'Red',
    ]);
  });

  it('a themed audit follows one theme through the record', () => {
    const template = byId('themed-audit');
    expect(template.sections.map((section) => section.title)).toContain('Good practice on this theme');
  });
});
