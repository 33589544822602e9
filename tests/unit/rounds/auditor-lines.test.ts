import { describe, expect, it } from 'vitest';
import { parseAuditorLines, roleOf } from '@/lib/rounds/auditor-lines';

describe('pasted auditor lines', () => {
  it('reads name, team, role and capacity (the name is the reference unless one is given), commas or tabs', () => {
    expect(parseAuditorLines('Ana North, North, team manager, 4\n\nBen\tSouth\tQA officer\t3\tW7\n')).toEqual(
      {
        ok: true,
        auditors: [
          { id: 'Ana North', name: 'Ana North', team: 'North', role: 'team-manager', capacity: 4 },
          { id: 'W7', name: 'Ben', team: 'South', role: 'qa-officer', capacity: 3 },
        ],
      },
    );
    expect(roleOf('Senior-Practitioner')).toBe('senior-practitioner');
  });

  it('refuses the whole paste, naming every bad line', () => {
    expect(
      parseAuditorLines(
        'Ana, North, boss, 4\nBen, South, peer, three\nCat, East\nAna, West, peer, 1\nana , East, peer, 2',
      ),
    ).toEqual({
      ok: false,
      problems: [
        'Line 1: "boss" is not a role: write team manager, senior practitioner, QA officer or peer.',
        'Line 2: the capacity "three" is not a whole number of cases.',
        'Line 3: write name, team, role, capacity (and a reference if the name is not one).',
        'Line 5: ana is already on line 4: give each auditor their own reference.',
      ],
    });
    expect(parseAuditorLines('  \n')).toEqual({ ok: false, problems: ['Enter at least one auditor.'] });
  });
});
