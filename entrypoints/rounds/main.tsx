/**
 * Audit rounds page entry: renders the QA lead's rounds (plan, sample, assign, packs, progress). On a
 * round's address it starts reading the round before rendering, and loads no Zod: the views and
 * sections that need schemas load as their own chunks (components/rounds/rounds-views, round-later).
 */
import { render } from 'preact';
import { readHash, RoundsApp } from '@/components/rounds/RoundsApp';
import { startRound } from '@/components/rounds/use-round';
import '@/components/styles/base.css';
import '@/components/rounds/rounds.css';
import '@/components/findings/findings.css';

const where = readHash();
if (where.view === 'round') startRound(where.id);
render(<RoundsApp />, document.getElementById('app')!);
