/**
 * Settings a council's IT sets through managed browser policy (`storage.managed`, described to the
 * browser by public/managed_schema.json): which of the build's sites are enabled, adapters, templates,
 * retention, whether passive capture is allowed, the auditor's name, and the team sync database. Each key is validated on its
 * own: a malformed key is ignored and reported, the rest still apply. Set keys show as locked.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { AdapterSchema, type Adapter } from '../model/adapter';
import { TemplateSchema, type Template } from '../model/template';
import { siteMatchesOrigin } from '../sites/build-sites';

const SITE = z
  .string()
  .regex(/^https?:\/\/[^/*]+\/\*$/, 'a site is an origin followed by /*, e.g. https://lcs.example.gov.uk/*');

/** Complex values travel as JSON strings: simple for Windows registry and Linux JSON policy alike. */
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .max(2_000_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `is not valid JSON (${error instanceof Error ? error.message : error})`,
        });
        return z.NEVER;
      }
    })
    .pipe(schema);

export const POLICY_KEYS = {
  sites: z.array(SITE).max(200),
  adaptersJson: jsonOf(z.array(AdapterSchema).max(100)),
  templatesJson: jsonOf(z.array(TemplateSchema).max(100)),
  retentionDays: z.number().int().min(1).max(3650),
  allowPassiveCapture: z.boolean(),
  auditorName: z.string().trim().min(1).max(200),
  /** Team sync's CouchDB database, a full URL; checked against the build's sync origin (lib/team-sync/). */
  syncDatabase: z.string().trim().url().max(2000),
} as const;

export interface Policy {
  sites?: string[];
  adapters?: Adapter[];
  templates?: Template[];
  retentionDays?: number;
  allowPassiveCapture?: boolean;
  auditorName?: string;
  syncDatabase?: string;
}

export interface LoadedPolicy {
  policy: Policy;
  /** "key: reason" for every key that was set but refused. */
  problems: string[];
}

/** Validates raw managed storage, key by key. */
export function parsePolicy(raw: Record<string, unknown>): LoadedPolicy {
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(POLICY_KEYS)) {
    if (raw[key] === undefined) continue;
    const parsed = (schema as z.ZodType).safeParse(raw[key]);
    if (parsed.success) policy[key.replace(/Json$/, '')] = parsed.data;
    else
      problems.push(
        `${key}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`,
      );
  }
  for (const key of Object.keys(raw))
    if (!(key in POLICY_KEYS)) problems.push(`${key}: not a Margin policy setting`);
  return { policy: policy as Policy, problems };
}

/** The policy in force; empty where the browser has none (or no managed storage at all). */
export async function loadPolicy(): Promise<LoadedPolicy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return { policy: {}, problems: [] };
  }
}

/** True when a page origin is enabled: by policy if it lists sites, otherwise every site of the build. */
export function policyAllowsOrigin(policy: Policy, origin: string): boolean {
  return policy.sites === undefined || policy.sites.some((site) => siteMatchesOrigin(site, origin));
}
