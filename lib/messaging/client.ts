/**
 * Sends protocol messages to the background from Margin's pages and in-page script, and turns error
 * replies into exceptions that carry the background's message.
 */
import { browser } from 'wxt/browser';
import type { Message, Reply, Responses } from './protocol';

export class MarginRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'MarginRequestError';
  }
}

/** Sends one message and resolves with its typed answer, or rejects with the background's reason. */
export async function request<M extends Message>(message: M): Promise<Responses[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[M['type']]> | undefined;
  if (!reply) throw new MarginRequestError('Margin’s background did not answer. Try again.', 'no-answer');
  if (!reply.ok) throw new MarginRequestError(reply.error.message, reply.error.code);
  return reply.data;
}
