/**
 * The extension pages' side of the agreement worker: `computeAgreement(request)` posts grades to a
 * dedicated worker running `/agreement-worker.js` and resolves with the report (estimates and bootstrap
 * intervals), or rejects with the worker's readable error. One worker is started on first use and kept;
 * requests are matched to answers by id. For extension pages only (the worker is an extension file).
 */
import type { AgreementRequest } from '../model/agreement-request';
import type { AgreementResponse } from './agreement-worker';
import type { AgreementReport } from './estimate';

/** Where the built worker lives in the extension (WXT builds `entrypoints/agreement-worker.ts` there). */
export const AGREEMENT_WORKER_PATH = '/agreement-worker.js';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: AgreementReport) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const started = new Worker(AGREEMENT_WORKER_PATH);
  started.addEventListener('message', (event: MessageEvent<AgreementResponse>) => {
    const answer = event.data;
    const pending = waiting.get(answer.id);
    if (!pending) return;
    waiting.delete(answer.id);
    if (answer.ok) pending.resolve(answer.report);
    else pending.reject(new Error(answer.error));
  });
  started.addEventListener('error', (event) => {
    for (const pending of waiting.values())
      pending.reject(new Error(`The agreement worker failed: ${event.message || 'unknown error'}`));
    waiting.clear();
    worker = undefined;
  });
  return started;
}

/** Computes agreement off the main thread. */
export function computeAgreement(request: Omit<AgreementRequest, 'id'>): Promise<AgreementReport> {
  worker ??= start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ ...request, id });
  });
}

/** Stops the worker (a page that is done with moderation may free it); the next request starts one. */
export function stopAgreementWorker(): void {
  worker?.terminate();
  worker = undefined;
  for (const pending of waiting.values()) pending.reject(new Error('The agreement worker was stopped.'));
  waiting.clear();
}
