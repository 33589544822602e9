/**
 * The rounds page's other views (the list of rounds, a new round's form, moderation), loaded as their
 * own chunk when the page shows one of them, so a round's view loads none of them. Zod is made
 * jitless before any schema in here is built.
 */
import '@/lib/model/zod-jitless';

export { RoundsList } from './RoundsList';
export { RoundForm } from './RoundForm';
export { ModeratorApp } from '../moderation/ModeratorApp';
export { MyOutcomes } from '../moderation/MyOutcomes';
