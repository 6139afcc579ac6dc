/** What every chart builder returns, and the option pieces both charts share. */
import type { TooltipComponentOption } from 'echarts/components';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { Lang } from '../../shared/url/viewState';
import type { ChartOption } from './echarts';
import {
  balancedLines,
  FONT_FAMILY,
  COMPACT_LABEL_COLUMN,
  LABEL_COLUMN,
  labelColumnWidth,
  compactRowHeight,
  rowHeight,
  typeScale,
  type Frame,
  type LabelColumn,
  type PlotBox,
  type TypeScale,
} from './layout';
import { chartMessages } from './messages';
import { PALETTES, type ChartPalette } from './palette';

export interface ChartEnv {
  frame: Frame;
  scheme: ResolvedScheme;
  lang: Lang;
  /** Tighter rows and no value axis, for a slide's small box; every bar still carries its number. */
  compact?: boolean;
  /** The most room the theme names may take: LABEL_COLUMN by default, more of the width when compact. */
  labelColumn?: LabelColumn;
  /**
   * The height of a fixed box (a slide) the rows should fill: they grow, up to MAX_ROW_SPREAD times their own
   * height, so that a chart whose type is already at its largest does not leave the bottom of its box empty.
   */
  fillHeight?: number;
}

/** How far rows may grow to fill a box: beyond this the bars read as scattered rather than as one list. */
export const MAX_ROW_SPREAD = 1.5;

/** The row height that fills `room` with `rows` rows, between the rows' own height and MAX_ROW_SPREAD times it. */
export function spreadRows(band: number, rows: number, room: number | undefined): number {
  if (room === undefined || rows === 0) return band;
  return Math.max(band, Math.min(Math.floor(room / rows), Math.floor(band * MAX_ROW_SPREAD)));
}

export interface BuiltChart {
  option: ChartOption;
  /** The height the chart needs, in CSS px: every row and every label fits. */
  height: number;
  plot: PlotBox;
  rowHeight: number;
  /** The accessible summary: the name of the chart's container (EChart's `label`). */
  description: string;
}

type TooltipFormatter = Extract<NonNullable<TooltipComponentOption['formatter']>, (...args: never[]) => unknown>;
type TooltipParams = Parameters<TooltipFormatter>[0];
export type TooltipItem = Exclude<TooltipParams, unknown[]>;

/**
 * Tooltips are drawn into the canvas (`richText`), never as HTML, so no label or count can inject markup;
 * `describe` returns plain text.
 */
export function textTooltip(
  palette: ChartPalette,
  scale: TypeScale,
  describe: (item: TooltipItem) => string,
): TooltipComponentOption {
  return {
    trigger: 'item',
    renderMode: 'richText',
    confine: true,
    backgroundColor: palette.tooltipBackground,
    borderColor: palette.line,
    borderWidth: 1,
    padding: [scale.label * 0.5, scale.label * 0.75],
    textStyle: { color: palette.ink, fontFamily: FONT_FAMILY, fontSize: scale.label, lineHeight: scale.lineHeight },
    formatter: (params) => describe(Array.isArray(params) ? params[0] : params),
  };
}

/**
 * Shared top-level settings: fonts, text colour, and no animation. Animated, ECharts replayed its entrance on every
 * filter change, redrawing every label on every frame: the largest cost of a filter change in CPU profiles, for a
 * movement nobody reading the numbers needs. No ECharts aria: the chart's container is an image named by the same
 * description (EChart's `label`), and ECharts would only write that name to the container a second time.
 */
export function baseOption(palette: ChartPalette): ChartOption {
  return {
    // The page colour shows through; the PNG export paints its own background.
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: palette.ink },
    animation: false,
  };
}

/** Category axis entries; a selected one is drawn in the accent colour and bold. */
export function categoryData(items: readonly { label: string; selected: boolean }[], palette: ChartPalette) {
  return items.map((item) => ({
    value: item.label,
    textStyle: item.selected ? { color: palette.accent, fontWeight: 'bold' as const } : {},
  }));
}

/**
 * The theme names both charts put beside their rows, with line breaks that share each name evenly over its
 * lines. ECharts is not asked to break them again at the column's width: the estimate is generous, and ECharts'
 * own measure came out too wide on a slide resized from a 4:3 projector to a wide panel, breaking names into
 * more lines than their rows had room for, over their neighbours.
 */
function themeRowLabels(
  labels: readonly string[],
  palette: ChartPalette,
  scale: TypeScale,
  width: number,
  margin: number,
) {
  const wrapped = new Map(labels.map((label) => [label, balancedLines(label, width, scale.label)]));
  return {
    interval: 0,
    color: palette.ink,
    fontSize: scale.label,
    lineHeight: scale.lineHeight,
    margin,
    formatter: (label: string) => wrapped.get(label) ?? label,
  };
}

/** What both charts work out first: colours, type sizes, and a label column that fits every theme name. */
export function themeRowsFrame(rows: readonly { label: string }[], env: ChartEnv) {
  const scale = typeScale(env.frame);
  const labels = rows.map((r) => r.label);
  const column = env.labelColumn ?? (env.compact ? COMPACT_LABEL_COLUMN : LABEL_COLUMN);
  const labelWidth = labelColumnWidth(labels, env.frame, scale, column);
  const margin = Math.round(scale.label * 0.6);
  return {
    palette: PALETTES[env.scheme],
    scale,
    t: chartMessages(env.lang),
    margin,
    band: env.compact ? compactRowHeight(labels, labelWidth, scale) : rowHeight(labels, labelWidth, scale),
    left: labelWidth + margin + 2,
    rowLabels: themeRowLabels(labels, PALETTES[env.scheme], scale, labelWidth, margin),
  };
}
