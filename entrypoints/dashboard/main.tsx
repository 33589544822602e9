/** Dashboard page entry: starts folding the counts kept on write, then renders the QA lead's dashboard. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { DashboardApp, startSummary } from '@/components/dashboard/DashboardApp';
import '@/components/styles/base.css';

void startSummary();
render(<DashboardApp />, document.getElementById('app')!);
