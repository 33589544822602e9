// Every message type has a phrase for what it asks Margin to do, so no error reply falls back to a
// message name; the sentences built from them end in exactly one full stop.
import { describe, expect, it } from 'vitest';
import { ACTIONS, couldNot, refusedTo, sentence } from '@/lib/messaging/actions';
import { ALLOWED_SENDERS, type MessageType } from '@/lib/messaging/protocol';

describe('actions', () => {
  it('has a plain verb phrase for every message type', () => {
    for (const type of Object.keys(ALLOWED_SENDERS) as MessageType[]) {
      const action = ACTIONS[type];
      expect(action, type).toMatch(/^[a-z][a-z’ ()-]+[a-z]$/);
      expect(action, type).not.toContain('/');
    }
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(ALLOWED_SENDERS).sort());
  });

  it('builds sentences with one full stop, whatever the reason ends with', () => {
    expect(couldNot('audit/finish', 'Section 2 is not complete.')).toBe(
      'Margin could not finish the audit: Section 2 is not complete.',
    );
    expect(couldNot('audit/finish', 'disk full')).toBe('Margin could not finish the audit: disk full.');
    expect(refusedTo('note/create', 'no.. ')).toBe('Margin refused to save the note: no.');
    expect(sentence('Really?')).toBe('Really?');
  });
});
