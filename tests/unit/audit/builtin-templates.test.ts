// The templates Margin ships: each valid with unique section ids; the Section 11 self-assessment rates
// every standard red/amber/green and asks for its evidence and actions; a themed audit for rounds.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';
import { sectionScale, TemplateSchema } from '@/lib/model/template';

const byId = (id: string) => BUILTIN_TEMPLATES.find((template) => template.id === id)!;

describe('built-in templates', () => {
  it('each is valid and exactly as the template schema reads it (defaults, key order), without Zod at load', () => {
    for (const template of BUILTIN_TEMPLATES) {
      expect(JSON.stringify(TemplateSchema.parse(template)), template.id).toBe(JSON.stringify(template));
    }
  });

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

  it('the sections with a timescale indicator carry its compliance question, only on graded sections', () => {
    const learning = byId('learning-case-file-audit');
    const question = (id: string) => learning.sections.find((s) => s.id === id)?.compliance?.question;
    expect(question('voice-of-the-child')).toBe('Visits within timescale recorded?');
    expect(question('assessment')).toBe('Assessment completed within 45 working days?');
    expect(question('planning')).toBe('Plan reviewed within timescale?');
    expect(question('impact')).toBeUndefined();
    for (const template of BUILTIN_TEMPLATES)
      for (const section of template.sections)
        if (section.compliance) expect(sectionScale(template, section).type, section.id).not.toBe('none');
  });

  it('a themed audit follows one theme through the record', () => {
    const template = byId('themed-audit');
    expect(template.sections.map((section) => section.title)).toContain('Good practice on this theme');
  });
});
