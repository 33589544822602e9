/** Findings page entry: the findings builder over a period (`findings.html?from=&to=`), from the dashboard. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { FindingsPage } from '@/components/findings/FindingsPage';
import '@/components/styles/base.css';
import '@/components/rounds/rounds.css';
import '@/components/findings/findings.css';

render(<FindingsPage />, document.getElementById('app')!);
