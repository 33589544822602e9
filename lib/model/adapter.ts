/**
 * Site adapters are data: for screens whose URL matches, they say where to read the case system's
 * name, the person/case ID, the screen or form name and the step ID. Validated by the extension pages
 * and settings (policy, user sites); the in-page reader (lib/adapters) imports only the types, so Zod
 * stays out of the host page.
 */
import { z } from 'zod';

/** How to read one value: from the URL, or from an element's text or attribute, optionally through a pattern. */
export const ValueRuleSchema = z.strictObject({
  /** CSS selector of the element holding the value. */
  selector: z.string().min(1).optional(),
  /** Attribute to read instead of the element's text. */
  attribute: z.string().min(1).optional(),
  /** Regular expression over the URL (origin, path and query); the first capture group is the value. */
  urlPattern: z.string().min(1).optional(),
  /** Regular expression over the element text or attribute; the first capture group is the value. */
  textPattern: z.string().min(1).optional(),
});
export type ValueRule = z.infer<typeof ValueRuleSchema>;

export const AdapterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  /** Case-system name shown in the sidebar and stored with records. */
  system: z.string().min(1).max(200),
  /** Regular expression matched against the page URL (origin, path and query; never the fragment). */
  urlPattern: z.string().min(1).max(2000),
  personId: ValueRuleSchema.optional(),
  formName: ValueRuleSchema.optional(),
  stepId: ValueRuleSchema.optional(),
  /** CSS selector of the region holding the record itself: observations anchor inside it. */
  content: z.string().min(1).max(2000).optional(),
  /** CSS selectors of navigation chrome (menus, workflow maps): never picked or quoted. */
  chrome: z.array(z.string().min(1).max(2000)).max(50).optional(),
  /** CSS selectors of fields Margin must never touch (passwords, PINs, authorisation codes). */
  sensitive: z.array(z.string().min(1).max(2000)).max(50).optional(),
});
export type Adapter = z.infer<typeof AdapterSchema>;
