/** Message fields that carry a record: their dates may not lie in the future (lib/model/dates.ts). */
import type { z } from 'zod';
import { DATE_FIELDS, farFutureReason, isFarFuture } from '../../model/dates';

/** `schema`, refusing a value whose date fields are more than a day ahead of this computer's clock. */
export function noFutureDates<T extends z.ZodType<object>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const now = Date.now();
    for (const field of DATE_FIELDS) {
      const date = (value as Record<string, unknown>)[field];
      if (typeof date === 'string' && isFarFuture(date, now))
        ctx.addIssue({ code: 'custom', path: [field], message: farFutureReason(date, now) });
    }
  }) as unknown as T;
}
