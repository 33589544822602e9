/** The organisation's managed policy, as the options page shows it (locked settings, problems). */
import { useEffect, useState } from 'preact/hooks';
import { loadPolicy, type LoadedPolicy } from '@/lib/settings/policy';

export function usePolicy(): LoadedPolicy | null {
  const [loaded, setLoaded] = useState<LoadedPolicy | null>(null);
  useEffect(() => {
    void loadPolicy().then(setLoaded);
  }, []);
  return loaded;
}
