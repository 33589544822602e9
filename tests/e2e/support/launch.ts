/** Types and re-exports of the shared launcher (scripts/lib/launch-margin.mjs) for the browser tests. */
import { launchMargin } from '../../../scripts/lib/launch-margin.mjs';

export { EXTENSION_DIR, launchMargin, staysLocal } from '../../../scripts/lib/launch-margin.mjs';
export type Margin = Awaited<ReturnType<typeof launchMargin>>;
