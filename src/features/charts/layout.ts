/**
 * Pixel layout shared by the chart builders: label columns and rows sized so that long theme names wrap instead
 * of being cut off, chart heights follow the number of rows and the type size, and the plot area is known (the
 * end-to-end test clicks into it).
 */

import { formatCount } from '../../shared/i18n/lang';
import { isWide, textWidth, WIDE } from '../../shared/ui/textWidth';

export const FONT_FAMILY = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** What the component measures of its container; everything else is derived from it. */
export interface Frame {
  /** Width available to a chart, in CSS px. */
  width: number;
  /** The computed font size of the container, in CSS px. */
  fontSize: number;
}

export interface TypeScale {
  /** Axis and value labels. */
  label: number;
  /** Secondary labels (the value axis). */
  small: number;
  lineHeight: number;
}

/**
 * Chart text follows the page's type size; on wide containers (a 4K wall) it grows with the width so it
 * stays readable from across a room, but never beyond 1.5 times the page's own size.
 */
export function typeScale(frame: Frame): TypeScale {
  const base = Math.max(frame.fontSize, Math.min(frame.width / 70, frame.fontSize * 1.5));
  const label = Math.max(12, Math.round(base * 0.9));
  return { label, small: Math.max(12, Math.round(base * 0.8)), lineHeight: Math.round(label * 1.35) };
}

// As in Unicode line breaking (UAX #14): a line may break after a dash, never at a no-break space (U+00A0), so
// "Shenzhen–Hong Kong" can break as Shenzhen– / Hong Kong, never as Shenzhen–Hong / Kong.
const PIECE = new RegExp(`[${WIDE}]|(?:(?:[^\\s${WIDE}–—]|\u00a0)+[–—]?|[–—])[^\\S\u00a0]*|[^\\S\u00a0]+`, 'gu');

/** Breakable pieces: whole Latin words (with their trailing space, or ending in a dash), single CJK characters. */
const pieces = (text: string): string[] => text.match(PIECE) ?? [];

/**
 * Wrapped lines by font size, width and text. Every filter change lays the same theme names out again at the same
 * sizes, and balancing each name over its lines wraps it a dozen times: a tenth of the charts' scene building.
 * Emptied when full, since a window resized over and over would otherwise keep every width it passed through.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAPPED_MAX = 4000;

/** `text` wrapped greedily into `maxWidth` px, breaking between words or CJK characters. */
function wrapLines(text: string, maxWidth: number, fontSize: number): readonly string[] {
  const key = `${fontSize} ${maxWidth} ${text}`;
  const known = wrapped.get(key);
  if (known) return known;
  if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
  const lines = greedyLines(text, maxWidth, fontSize);
  wrapped.set(key, lines);
  return lines;
}

function greedyLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const piece of pieces(text)) {
    if (used > 0 && used + textWidth(piece.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    line += piece;
    used += textWidth(piece, fontSize);
  }
  return [...lines, line.trimEnd()];
}

/** How many lines `text` takes when wrapped into `maxWidth` px, breaking between words or CJK characters. */
export const lineCount = (text: string, maxWidth: number, fontSize: number): number =>
  wrapLines(text, maxWidth, fontSize).length;

/**
 * `text` with line breaks that share it evenly over the lines it needs in `maxWidth` px. Greedy wrapping fills
 * the first line and can leave one character alone on the last (金融科技与数字人民 / 币); here the narrowest
 * width that still needs no more lines sets the breaks (金融科技与 / 数字人民币).
 */
export function balancedLines(text: string, maxWidth: number, fontSize: number): string {
  const needed = lineCount(text, maxWidth, fontSize);
  if (needed < 2) return text;
  let low = longestPieceWidth(text, fontSize);
  let high = maxWidth;
  // Whole pixels are fine enough: estimates carry more error than that.
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (lineCount(text, mid, fontSize) > needed) low = mid;
    else high = mid;
  }
  return wrapLines(text, high, fontSize).join('\n');
}

/** The most a label column may take: a share of the chart's width, and a number of ems of the label type. */
export interface LabelColumn {
  share: number;
  ems: number;
}

export const LABEL_COLUMN: LabelColumn = { share: 0.4, ems: 16 };
/** A compact chart's bars only need room for their numbers; its names may take more of the width. */
export const COMPACT_LABEL_COLUMN: LabelColumn = { share: 0.55, ems: 16 };

/**
 * Width of the label column beside a chart: enough for the longest label on one line where there is room,
 * at most `column` allows, and never so narrow that a single CJK character or Latin word cannot fit.
 */
export function labelColumnWidth(
  labels: readonly string[],
  frame: Frame,
  scale: TypeScale,
  column: LabelColumn = LABEL_COLUMN,
): number {
  const longest = Math.max(...labels.map((l) => textWidth(l, scale.label)), 0);
  const longestPiece = Math.max(0, ...labels.map((l) => longestPieceWidth(l, scale.label)));
  return Math.ceil(Math.max(longestPiece, Math.min(longest, frame.width * column.share, scale.label * column.ems)));
}

/** The plot rectangle inside the chart, in CSS px from the chart's top left corner. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The vertical rhythm of a chart with one row per theme. */
export function rowHeight(labels: readonly string[], labelWidth: number, scale: TypeScale): number {
  const lines = Math.max(1, ...labels.map((l) => lineCount(l, labelWidth, scale.label)));
  return Math.ceil(Math.max(scale.label * 2.2, lines * scale.lineHeight + scale.label * 0.8));
}

/** Rows of a compact chart: the label's lines and a thin gap. */
export function compactRowHeight(labels: readonly string[], labelWidth: number, scale: TypeScale): number {
  const lines = Math.max(1, ...labels.map((l) => lineCount(l, labelWidth, scale.label)));
  return Math.ceil(lines * scale.lineHeight + scale.label * 0.25);
}

/** The widest piece that cannot be broken (a Latin word, a CJK character) of `text`. */
export const longestPieceWidth = (text: string, fontSize: number): number =>
  Math.max(0, ...pieces(text).map((p) => textWidth(p.trim(), fontSize)));

/** Whether every character of `text` is CJK (such labels can be set vertically, one character per line). */
export const isAllWide = (text: string): boolean => [...text].every(isWide);

/** The value axis's ticks: every `step` from 0 to `max`. */
export interface ValueTicks {
  step: number;
  max: number;
}

/** Round steps: 1, 2, 3 or 5 times a power of ten. */
const ROUND = [1, 2, 3, 5];

/** The natural step for counts up to `top` (ECharts' own rule, which the charts used to be drawn with): about a
 * fifth of it, rounded, at least 1. */
function naturalStep(top: number): number {
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  const round = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  return Math.max(1, round * power);
}

/**
 * Ticks for a count axis `plotWidth` px wide whose labels stay at least one and a half ems apart. The natural
 * step depends on the data alone, so a narrow plot (a 4:3 slide) set "12 15 18" almost touching; here the step
 * is the natural one where the labels have room, else the next round step that gives them room.
 */
export function valueTicks(count: number, plotWidth: number, fontSize: number): ValueTicks {
  const top = Number.isFinite(count) ? Math.max(1, count) : 1;
  const first = naturalStep(top);
  for (let power = 1; ; power *= 10) {
    for (const base of ROUND) {
      const step = base * power;
      if (step < first) continue;
      const max = Math.ceil(top / step) * step;
      const intervals = max / step;
      const label = textWidth(formatCount(max, 'en'), fontSize);
      // A plot too narrow for even two labels gets 0 and one round number above the count.
      if (intervals === 1 || plotWidth / intervals >= label + fontSize * 1.5) return { step, max };
    }
  }
}
