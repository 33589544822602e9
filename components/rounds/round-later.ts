/**
 * What the round view shows after its first paint (the steps' sections, moderation, findings, and the
 * plan's form), loaded as its own chunk then, so the first paint loads none of it and no Zod schema.
 * Zod is made jitless before any schema in here is built.
 */
import '@/lib/model/zod-jitless';

export { CandidatesSection } from './CandidatesSection';
export { SampleSection } from './SampleSection';
export { AuditorsSection } from './AuditorsSection';
export { AssignmentsSection } from './AssignmentsSection';
export { PacksSection } from './PacksSection';
export { RoundForm } from './RoundForm';
export { ModerationSection } from '../moderation/ModerationSection';
export { FindingsBuilder } from '../findings/FindingsBuilder';
