/**
 * Where the export (export-stream.ts) writes each record, per format: the record's text, made by the
 * format's pieces (margin-json.ts, json-ld.ts, csv.ts), goes into Blob parts at once, and the file's
 * opening, which states totals known only at the end, is written last and put first.
 */
import { BlobParts } from './blob';
import { RECORD_KEYS } from './bundle-schema';
import { csvHead, csvLine, CSV_TYPE, flagRow, noteRow, observationRow } from './csv';
import { jsonLdWriter } from './json-ld';
import { flagAnnotation, noteAnnotation, observationAnnotation, replyAnnotation } from './json-ld-annotation';
import { JSON_LD_TYPE } from './json-ld-context';
import type { Labeller } from './labels';
import {
  marginJsonClose,
  marginJsonHead,
  marginJsonItem,
  marginJsonOpen,
  MARGIN_JSON_TAIL,
  MARGIN_JSON_TYPE,
  type BundleHead,
} from './margin-json';
import type { RecordOf } from './personal-data';

type RecordKey = (typeof RECORD_KEYS)[number];

/** One format's file, written record by record; `blob` puts it together once every record is in. */
export interface ExportSink {
  add<K extends RecordKey>(key: K, record: RecordOf[K], labels: Labeller): void;
  blob(head: BundleHead): Blob;
}

function marginJsonSink(): ExportSink {
  const sections = new Map(RECORD_KEYS.map((key) => [key, { parts: new BlobParts(), count: 0 }]));
  return {
    add(key, record) {
      const section = sections.get(key)!;
      section.parts.write(marginJsonItem(record, section.count++));
    },
    blob(head) {
      const body = RECORD_KEYS.flatMap((key) => {
        const { parts, count } = sections.get(key)!;
        return [marginJsonOpen(key), ...parts.parts(), marginJsonClose(count)];
      });
      return new Blob([marginJsonHead(head), ...body, MARGIN_JSON_TAIL], { type: MARGIN_JSON_TYPE });
    },
  };
}

function jsonLdSink(newId?: () => string): ExportSink {
  const writer = jsonLdWriter({ newId });
  const parts = new BlobParts();
  // A page's replies arrive before its observations; each follows the observation it answers.
  const waiting = new Map<string, RecordOf['replies'][]>();
  return {
    add(key, record, labels) {
      if (key === 'replies') {
        const reply = record as RecordOf['replies'];
        waiting.set(reply.observationId, [...(waiting.get(reply.observationId) ?? []), reply]);
      } else if (key === 'observations') {
        const observation = record as RecordOf['observations'];
        parts.write(writer.item(observationAnnotation(observation, labels)));
        for (const reply of waiting.get(observation.id) ?? [])
          parts.write(writer.item(replyAnnotation(reply)));
        waiting.delete(observation.id);
      } else if (key === 'notes') parts.write(writer.item(noteAnnotation(record as RecordOf['notes'])));
      else if (key === 'frictionFlags')
        parts.write(writer.item(flagAnnotation(record as RecordOf['frictionFlags'])));
    },
    blob(head) {
      const end = writer.end();
      return new Blob([writer.head(head), ...parts.parts(), end], { type: JSON_LD_TYPE });
    },
  };
}

function csvSink(): ExportSink {
  const parts = new BlobParts();
  // A page's replies arrive before its observations: counted here, the count goes on the observation's row.
  const replies = new Map<string, number>();
  return {
    add(key, record, labels) {
      if (key === 'replies') {
        const { observationId } = record as RecordOf['replies'];
        replies.set(observationId, (replies.get(observationId) ?? 0) + 1);
      } else if (key === 'observations') {
        const observation = record as RecordOf['observations'];
        parts.write(csvLine(observationRow(observation, labels, replies.get(observation.id) ?? 0)));
        replies.delete(observation.id);
      } else if (key === 'notes') parts.write(csvLine(noteRow(record as RecordOf['notes'])));
      else if (key === 'frictionFlags') parts.write(csvLine(flagRow(record as RecordOf['frictionFlags'])));
    },
    blob: (head) => new Blob([csvHead(head), ...parts.parts()], { type: CSV_TYPE }),
  };
}

/** The sink of each export format; `newId` makes JSON-LD's collection and page ids (tests). */
export const SINKS = {
  'margin-json': marginJsonSink,
  'json-ld': jsonLdSink,
  csv: csvSink,
} satisfies Record<string, (newId?: () => string) => ExportSink>;
