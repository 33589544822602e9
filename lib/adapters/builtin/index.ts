/** The adapters shipped with Margin, tried in order before the generic fallback. */
import type { Adapter } from '../../model/adapter';
import { demoAdapter } from './demo';
import { lcsExampleAdapter } from './lcs-example';
import { mosaicExampleAdapter } from './mosaic-example';

export const BUILTIN_ADAPTERS: readonly Adapter[] = [demoAdapter, lcsExampleAdapter, mosaicExampleAdapter];
