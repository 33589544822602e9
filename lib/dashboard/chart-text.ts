/**
 * Words on the dashboard's charts: long category labels broken into lines at spaces (a chart's axis
 * would otherwise clip them, from the start), and whether a chart has anything to show. Pure.
 */
import type { Series } from './aggregates';

/** `text` in lines of at most `width` characters, broken at spaces; a longer word keeps its own line. */
export function wrapLabel(text: string, width = 24): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** True when every bar of the series is zero (or there are none): the chart says so in words. */
export function isEmptySeries(series: Series): boolean {
  return series.datasets.every((set) => set.data.every((value) => value === 0));
}
