/**
 * A conversation record: what an auditor heard from a practitioner, a manager, the child or the family
 * while auditing a case (in person, by phone or video). Linked to an audit and optionally to its
 * observations and template sections; never anchored to the record. Holds the most sensitive text
 * Margin keeps (a family's own words): left out of exports unless chosen, redacted and pseudonymised
 * like quotes (docs/dpia.md).
 */
import { z } from 'zod';
import { FactorTagSchema } from './observation';

/** With whom: a role only, never a name unless the auditor adds one on purpose (`name`). */
export const CONVERSATION_ROLES = [
  'case-holder',
  'team-manager',
  'child',
  'parent-carer',
  'other-professional',
] as const;
/** The roles whose consent to the conversation is noted (the family). */
export const FAMILY_ROLES: readonly ConversationRole[] = ['child', 'parent-carer'];
export const CONVERSATION_MODES = ['in-person', 'phone', 'video'] as const;
export const CONSENT_STATES = ['given', 'declined', 'not-asked'] as const;

/** The systems-approach prompts, each optional (SCIE Learning Together). */
export const CONVERSATION_PROMPTS = [
  'episodes',
  'atTheTime',
  'helped',
  'hindered',
  'ownWords',
  'difference',
] as const;

const text = z.string().trim().max(20_000).optional();

/** What the auditor writes; id, author and times are added when it is saved. */
export const ConversationFieldsSchema = z.strictObject({
  auditId: z.string().uuid(),
  withRole: z.enum(CONVERSATION_ROLES),
  /** Only when the auditor adds a name on purpose. */
  name: z.string().trim().max(200).optional(),
  /** Day it took place, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2026-12-07'),
  mode: z.enum(CONVERSATION_MODES),
  /** Noted for family members (child, parent or carer). */
  consent: z.enum(CONSENT_STATES).optional(),
  prompts: z.strictObject({
    /** Key practice episodes: what happened, when, who was involved. */
    episodes: text,
    /** How it looked at the time: what they knew, what made sense, the pressures they were under. */
    atTheTime: text,
    /** What helped. */
    helped: text,
    /** What hindered. */
    hindered: text,
    /** The child's or family's view in their own words. */
    ownWords: text,
    /** What difference the work made for the child. */
    difference: text,
  }),
  factors: z.array(FactorTagSchema).max(40),
  /** Observations of the same audit this conversation speaks to. */
  observationIds: z.array(z.string().uuid()).max(200),
  /** Template sections it speaks to. */
  sectionIds: z.array(z.string().max(80)).max(60),
});

export const ConversationSchema = ConversationFieldsSchema.extend({
  id: z.string().uuid(),
  author: z.string().max(200),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});

export type ConversationRole = (typeof CONVERSATION_ROLES)[number];
export type ConversationMode = (typeof CONVERSATION_MODES)[number];
export type ConsentState = (typeof CONSENT_STATES)[number];
export type ConversationPrompt = (typeof CONVERSATION_PROMPTS)[number];

/** The roles in words. */
export const CONVERSATION_ROLE_LABELS: Record<ConversationRole, string> = {
  'case-holder': 'Case holder',
  'team-manager': 'Team manager',
  child: 'Child or young person',
  'parent-carer': 'Parent or carer',
  'other-professional': 'Other professional',
};
export const CONVERSATION_MODE_LABELS: Record<ConversationMode, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
};
export const CONSENT_LABELS: Record<ConsentState, string> = {
  given: 'Consent given',
  declined: 'Consent declined',
  'not-asked': 'Not asked',
};
/** Each prompt's heading and its plain question (issue #17, SCIE Learning Together). */
export const PROMPT_LABELS: Record<ConversationPrompt, { label: string; hint: string }> = {
  episodes: { label: 'Key practice episodes', hint: 'What happened, when, who was involved.' },
  atTheTime: {
    label: 'How it looked at the time',
    hint: 'What they knew, what made sense, what pressures they were under.',
  },
  helped: { label: 'What helped', hint: 'What made good practice easier.' },
  hindered: { label: 'What hindered', hint: 'What got in the way.' },
  ownWords: {
    label: 'The child’s or family’s view, in their own words',
    hint: 'As they said it. Left out of shared copies that leave out quoted text.',
  },
  difference: { label: 'What difference the work made for the child', hint: '' },
};
export type ConversationFields = z.infer<typeof ConversationFieldsSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;
