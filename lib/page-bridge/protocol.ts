/**
 * Messages from Margin's sidebar to the in-page script of its tab (`tabs.sendMessage`, top frame):
 * which observations to anchor, and requests to describe the user's selection or a picked element.
 * The in-page script accepts them only from Margin's own pages. Plain types: no Zod in the page.
 */
import type { ObservationKind } from '../model/observation-kinds';
import type { Selector } from '../model/selector';
import type { PageContext } from '../model/page-context';
import type { Adapter } from '../model/adapter';
import type { AdapterDiagnosis } from '../adapters/diagnose';

export interface AnchorItem {
  id: string;
  kind: ObservationKind;
  selectors: Selector[];
}

/** Where a new observation points, as the in-page script describes it. */
export interface DescribedTarget {
  selectors: Selector[];
  /** The selected text, or the picked field's label or element's text. */
  quote: string;
}

/** A field to mark on the page with its friction. */
export interface FrictionMark {
  css: string;
  label: string;
  score: number;
  counts: Record<string, number>;
}

export type BridgeMessage =
  | { type: 'anchors/set'; pageKey: string; items: AnchorItem[] }
  | { type: 'anchors/describe-selection' }
  | { type: 'anchors/pick' }
  | { type: 'anchors/pick-cancel' }
  | { type: 'anchors/pick-step'; step: 'next' | 'previous' | 'choose' }
  | { type: 'anchors/scroll-to'; id: string }
  | { type: 'friction/layer'; items: FrictionMark[] }
  | { type: 'adapter/test'; adapter: Adapter };

export interface BridgeResponses {
  'anchors/set': { anchored: string[]; orphaned: string[] };
  /** `context`: the screen as the page shows it at this moment (the sidebar's copy may lag a navigation). */
  /** `field`: the record's form field the person was last in, if it is still on the screen. */
  'anchors/describe-selection': {
    target: DescribedTarget | null;
    field: DescribedTarget | null;
    context: PageContext;
  };
  'anchors/pick': { target: DescribedTarget | null; context: PageContext };
  'anchors/pick-cancel': { cancelled: boolean };
  /** Where keyboard picking is now (`label` null: nothing to pick, or pick mode is not on). */
  'anchors/pick-step': { label: string | null; position: number; count: number };
  'anchors/scroll-to': { found: boolean };
  'friction/layer': { shown: number };
  /** What the adapter extracts on this page, and the context Margin reads now (with the site's adapters). */
  'adapter/test': { diagnosis: AdapterDiagnosis; current: PageContext };
}

export const BRIDGE_TYPES: ReadonlySet<string> = new Set<BridgeMessage['type']>([
  'anchors/set',
  'anchors/describe-selection',
  'anchors/pick',
  'anchors/pick-cancel',
  'anchors/pick-step',
  'anchors/scroll-to',
  'friction/layer',
  'adapter/test',
]);
