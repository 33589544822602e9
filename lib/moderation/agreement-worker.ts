/**
 * The agreement worker's message handler: parses a request (`lib/model/agreement-request.ts`), computes
 * the estimates with their bootstrap intervals (`estimate.ts`) and answers with the report or a readable
 * error. It runs in a dedicated Web Worker (`entrypoints/agreement-worker.ts`) so that a round's
 * thousand resamples never freeze a page; it is a plain function so unit tests call it directly.
 */
import '../model/zod-jitless';
import { AgreementRequestSchema } from '../model/agreement-request';
import { estimateAgreement, type AgreementReport } from './estimate';

export type AgreementResponse =
  { id: number; ok: true; report: AgreementReport; ms: number } | { id: number; ok: false; error: string };

/** Answers one message; never throws. `id` is echoed (or -1 when the message had none). */
export function handleAgreementMessage(data: unknown): AgreementResponse {
  const id =
    typeof data === 'object' && data !== null && Number.isInteger((data as { id?: unknown }).id)
      ? (data as { id: number }).id
      : -1;
  const parsed = AgreementRequestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return { id, ok: false, error: `Agreement request refused: ${issue?.message ?? 'not valid'}${where}.` };
  }
  const { id: _id, ...options } = parsed.data;
  const started = performance.now();
  try {
    const report = estimateAgreement(options);
    return { id, ok: true, report, ms: performance.now() - started };
  } catch (error) {
    return { id, ok: false, error: `Agreement not computed: ${(error as Error).message}` };
  }
}
