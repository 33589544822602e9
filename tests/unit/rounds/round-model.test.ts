// The round model: its status moves, and validation messages a QA lead can act on.
import { describe, expect, it } from 'vitest';
import {
  CandidateSchema,
  nextStatuses,
  RoundSchema,
  SampleSpecSchema,
  statusMoveError,
  ROUND_STATUSES,
} from '@/lib/model/round';

describe('round status', () => {
  it('moves forward one step at a time, back from moderation to open, and never out of closed', () => {
    expect(ROUND_STATUSES.map((s) => [s, nextStatuses(s)])).toEqual([
      ['planning', ['open']],
      ['open', ['moderation']],
      ['moderation', ['open', 'closed']],
      ['closed', []],
    ]);
    expect(statusMoveError('planning', 'open')).toBeNull();
    expect(statusMoveError('planning', 'closed')).toBe('A round that is planning can move only to open.');
    expect(statusMoveError('moderation', 'planning')).toBe(
      'A round that is in moderation can move only to open or closed.',
    );
    expect(statusMoveError('closed', 'open')).toBe('The round is closed: it cannot be changed.');
    expect(statusMoveError('open', 'open')).toBe('The round is already open.');
  });
});

describe('round schemas', () => {
  const round = {
    id: '0b7f6c1e-3f5a-4c1e-9d1e-2a3b4c5d6e7f',
    name: 'Q2',
    theme: '',
    purpose: '',
    templateId: 'learning-case-file-audit',
    opensOn: '2026-04-01',
    closesOn: '2026-04-30',
    status: 'planning',
    owner: 'QA lead',
  };
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message) ?? [];

  it('says in words what is wrong', () => {
    expect(RoundSchema.safeParse(round).success).toBe(true);
    expect(messages(RoundSchema.safeParse({ ...round, closesOn: '2026-03-31', name: ' ' }))).toEqual([
      'Enter the round name.',
      'The round must close on or after the day it opens.',
    ]);
    expect(messages(RoundSchema.safeParse({ ...round, closesOn: '2026-03-31' }))).toEqual([
      'The round must close on or after the day it opens.',
    ]);
    expect(messages(RoundSchema.safeParse({ ...round, opensOn: '1 April' }))).toEqual([
      'Enter a date as year-month-day, for example 2026-04-30.',
    ]);
    expect(messages(CandidateSchema.safeParse({ caseId: 'P1', team: '', caseHolder: 'W' }))).toEqual([
      'Enter the team.',
    ]);
    expect(messages(SampleSpecSchema.safeParse({ size: { kind: 'count', count: 5 }, seed: '  ' }))).toEqual([
      'Enter a seed.',
    ]);
  });
});
