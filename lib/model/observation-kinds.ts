/**
 * The closed lists an observation chooses from (kind, evidence source) and their labels. Free of Zod,
 * so the in-page script can use the labels without loading the schemas.
 */
export const OBSERVATION_KINDS = ['strength', 'concern', 'question', 'evidence'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const EVIDENCE_SOURCES = [
  'case-record',
  'practitioner-conversation',
  'family-conversation',
  'other',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const KIND_LABELS: Record<ObservationKind, string> = {
  strength: 'Strength',
  concern: 'Concern',
  question: 'Question',
  evidence: 'Evidence',
};

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, string> = {
  'case-record': 'Case record',
  'practitioner-conversation': 'Conversation with practitioner',
  'family-conversation': 'Conversation with family member',
  other: 'Other',
};
