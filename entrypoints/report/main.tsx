/** Audit report page entry: renders the printable report. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { ReportApp } from '@/components/report/ReportApp';
import '@/components/styles/base.css';

render(<ReportApp />, document.getElementById('app')!);
