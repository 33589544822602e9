/** Dashboard page entry: renders the QA lead's dashboard. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import '@/components/styles/base.css';

render(<DashboardApp />, document.getElementById('app')!);
