/**
 * The name replies are written under (policy's, else settings'), kept current when either changes, so
 * the sidebar offers Edit and Delete on the person's own replies only.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentAuthor } from '@/lib/settings/settings';

export function useCurrentAuthor(): string | null {
  const [author, setAuthor] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void currentAuthor().then((name) => live && setAuthor(name));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && 'settings' in changes)) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return author;
}
