/**
 * Audit templates are data: sections with prompts, a grading scale per template or section, and which
 * answers are required. QA leads import and export them as JSON files; every file is validated here
 * and refused with messages naming the exact place and reason.
 */
import { z } from 'zod';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, e.g. "voice-of-the-child"');

export const GradeLevelSchema = z.strictObject({
  value: z.string().min(1).max(40),
  label: z.string().min(1).max(80),
  description: z.string().max(500).optional(),
});

/** A grading scale: named levels (Ofsted four-point, RAG), a number range (0-10 scaling), or none. */
export const GradingScaleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('levels'),
    name: z.string().min(1).max(80),
    levels: z.array(GradeLevelSchema).min(2).max(12),
  }),
  z.strictObject({
    type: z.literal('numeric'),
    name: z.string().min(1).max(80),
    min: z.number().int(),
    max: z.number().int(),
    lowLabel: z.string().max(120).optional(),
    highLabel: z.string().max(120).optional(),
  }),
  z.strictObject({ type: z.literal('none') }),
]);

export const TemplateSectionSchema = z.strictObject({
  id,
  title: z.string().min(1).max(200),
  prompts: z.array(z.string().min(1).max(1000)).max(20).default([]),
  /** Overrides the template's scale for this section. */
  scale: GradingScaleSchema.optional(),
  /** A section the auditor must grade (or comment on, where ungraded) before finishing. */
  required: z.boolean().default(false),
  /**
   * A compliance question answered beside the quality grade (yes / partly / no), e.g. "Visits within
   * timescale recorded?": where the two diverge, an indicator says "compliant" while practice is poor.
   */
  compliance: z.strictObject({ question: z.string().min(1).max(300) }).optional(),
});

export const TemplateSchema = z
  .strictObject({
    id,
    name: z.string().min(1).max(200),
    version: z.number().int().min(1),
    description: z.string().max(2000).default(''),
    scale: GradingScaleSchema,
    sections: z.array(TemplateSectionSchema).min(1).max(60),
    /** Scale of the overall grade given when finishing; defaults to the template's scale. */
    overallScale: GradingScaleSchema.optional(),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'id'],
          message: `repeats section id "${section.id}"`,
        });
      }
      seen.add(section.id);
    });
    const scales = [
      { path: ['scale'], scale: template.scale },
      { path: ['overallScale'], scale: template.overallScale },
      ...template.sections.map((section, index) => ({
        path: ['sections', index, 'scale'],
        scale: section.scale,
      })),
    ];
    for (const { path, scale } of scales) {
      if (scale?.type === 'numeric' && scale.min >= scale.max) {
        ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: 'must be greater than min' });
      }
      if (
        scale?.type === 'levels' &&
        new Set(scale.levels.map((level) => level.value)).size !== scale.levels.length
      ) {
        ctx.addIssue({ code: 'custom', path: [...path, 'levels'], message: 'level values must be unique' });
      }
    }
  });

export type GradingScale = z.infer<typeof GradingScaleSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/** The scale that applies to a section: its own, or the template's. */
export function sectionScale(template: Template, section: TemplateSection): GradingScale {
  return section.scale ?? template.scale;
}
