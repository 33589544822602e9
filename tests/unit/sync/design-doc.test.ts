// The design document repeats the list of exchanged kinds (CouchDB's JavaScript cannot import Margin's):
// it must name every kind Margin sends, or the server would refuse that kind's records.
import { describe, expect, it } from 'vitest';
import { EXCHANGE_KINDS } from '@/lib/exchange/kinds';
import { RECORD_SHAPES } from '@/lib/sync/record-schemas';
import { marginDesignDoc } from '../../../scripts/lib/couch-server.mjs';

describe("the council server's design document", () => {
  it('accepts every exchanged kind, and sync can check each', () => {
    const source = marginDesignDoc().validate_doc_update;
    expect(source.startsWith('function')).toBe(true);
    for (const { kind } of EXCHANGE_KINDS) {
      expect(source).toContain(`'${kind}'`);
      expect(RECORD_SHAPES[kind]).toBeDefined();
    }
  });
});
