/**
 * What Margin knows about the case-system screen in a tab: read in the page by an adapter, validated by
 * the background (the page controls every string here), shown in the sidebar and stored with notes.
 *
 * The title is shown but never stored: real systems put the child's name in it (data minimisation).
 */
import { z } from 'zod';

const shortText = z.string().trim().min(1).max(200);

export const PageContextSchema = z.object({
  /** Scheme, host and port of the case system, e.g. `https://lcs.example.gov.uk`. */
  origin: z
    .string()
    .max(300)
    .regex(/^https?:\/\/[^/?#\s]+$/, 'must be an http(s) origin such as https://lcs.example.gov.uk'),
  /** Path of the screen without query string or fragment (session tokens live there). */
  path: z.string().startsWith('/').max(2000),
  /** Document title, for display only. */
  title: z.string().max(500),
  /** Name of the adapter that read the page (`generic` when none matched). */
  adapter: shortText,
  /** Name of the case system as the adapter knows it. */
  system: shortText.optional(),
  /** Person or case identifier, e.g. `P123456`. */
  personId: shortText.optional(),
  /** Screen, form or workflow-step name, e.g. `Child and Family Assessment`. */
  formName: shortText.optional(),
  /** Instance identifier of the form or workflow step, e.g. a Mosaic step ID. */
  stepId: shortText.optional(),
});

export type PageContext = z.infer<typeof PageContextSchema>;

/**
 * The key that makes a note reappear on "the same screen": person + form when the adapter knows them
 * (URLs may carry session tokens or change between visits), otherwise the path.
 */
export function pageKey(
  context: Pick<PageContext, 'origin' | 'path' | 'personId' | 'formName' | 'stepId'>,
): string {
  if (context.personId && context.formName) {
    const step = context.stepId ? `/${context.stepId}` : '';
    return `${context.origin} person:${context.personId} form:${context.formName}${step}`;
  }
  return `${context.origin}${context.path}`;
}
