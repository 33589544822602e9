/** Round report page entry: renders the printable report of the round named in `?round=<id>`. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { RoundReportApp } from '@/components/round-report/RoundReportApp';
import '@/components/styles/base.css';
import '@/components/rounds/rounds.css';
import '@/components/round-report/round-report.css';

const roundId = new URLSearchParams(location.search).get('round') ?? '';
render(<RoundReportApp roundId={roundId} />, document.getElementById('app')!);
