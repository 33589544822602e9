/**
 * Imported first by every extension-origin entry (background and extension pages) so that Zod is
 * jitless before any schema is built: Zod's object schemas otherwise probe `Function('')` when they are
 * created, and Margin's extension CSP (`script-src 'self'`) forbids eval, so the probe would only fail
 * and be reported as a CSP violation. Jitless parsing is Zod's plain interpreter: same results.
 */
import { z } from 'zod';

z.config({ jitless: true });
