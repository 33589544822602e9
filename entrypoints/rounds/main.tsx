/** Audit rounds page entry: renders the QA lead's rounds (plan, sample, assign, packs, progress). */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { RoundsApp } from '@/components/rounds/RoundsApp';
import '@/components/styles/base.css';
import '@/components/rounds/rounds.css';
import '@/components/findings/findings.css';

render(<RoundsApp />, document.getElementById('app')!);
