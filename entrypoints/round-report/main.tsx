/**
 * Round report page entry: the printable report of the round named in `?round=<id>`, or the findings
 * report over a period, `?from=<day>&to=<day>`.
 */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { RoundReportApp } from '@/components/round-report/RoundReportApp';
import { FindingsReportApp } from '@/components/round-report/FindingsReportApp';
import '@/components/styles/base.css';
import '@/components/rounds/rounds.css';
import '@/components/round-report/round-report.css';

const params = new URLSearchParams(location.search);
const [from, to] = [params.get('from'), params.get('to')];
render(
  from && to && !params.has('round') ? (
    <FindingsReportApp from={from} to={to} />
  ) : (
    <RoundReportApp roundId={params.get('round') ?? ''} />
  ),
  document.getElementById('app')!,
);
