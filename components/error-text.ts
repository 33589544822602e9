/** The message to show a person for anything thrown (a full storage gets its own, actionable message). */
import { isStorageFull, STORAGE_FULL_MESSAGE } from '@/lib/storage/storage-full';

export function errorText(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
