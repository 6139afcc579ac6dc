/** What every chart builder returns, and the layout both charts share. */
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { Lang } from '../../shared/url/viewState';
import {
  balancedLines,
  COMPACT_LABEL_COLUMN,
  LABEL_COLUMN,
  labelColumnWidth,
  compactRowHeight,
  rowHeight,
  typeScale,
  type Frame,
  type LabelColumn,
  type PlotBox,
} from './layout';
import { chartMessages } from './messages';
import { PALETTES } from './palette';
import { centredLines, type ChartScene, type SceneText } from './scene';

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
  /** On a slide, read from the back of a room: the value axis is set as large as the names, not smaller. */
  slide?: boolean;
}

/** How far rows may grow to fill a box: beyond this the bars read as scattered rather than as one list. */
export const MAX_ROW_SPREAD = 1.5;

/** The row height that fills `room` with `rows` rows, between the rows' own height and MAX_ROW_SPREAD times it. */
export function spreadRows(band: number, rows: number, room: number | undefined): number {
  if (room === undefined || rows === 0) return band;
  return Math.max(band, Math.min(Math.floor(room / rows), Math.floor(band * MAX_ROW_SPREAD)));
}

export interface BuiltChart {
  /** The drawing; its height is the height the chart needs, in CSS px: every row and every label fits. */
  scene: ChartScene;
  plot: PlotBox;
  rowHeight: number;
  /** The accessible summary: the name of the chart's picture. */
  description: string;
}

/**
 * What both charts work out first: colours, type sizes, a label column that fits every theme name, and the
 * names themselves, set right-aligned beside their rows with line breaks that share each name evenly over its lines.
 */
export function themeRowsFrame(rows: readonly { label: string }[], env: ChartEnv) {
  const scale = typeScale(env.frame);
  const labels = rows.map((r) => r.label);
  const column = env.labelColumn ?? (env.compact ? COMPACT_LABEL_COLUMN : LABEL_COLUMN);
  const labelWidth = labelColumnWidth(labels, env.frame, scale, column);
  const margin = Math.round(scale.label * 0.6);
  const palette = PALETTES[env.scheme];
  const left = labelWidth + margin + 2;
  const rowLabel = (label: string, selected: boolean, middle: number): SceneText => ({
    x: left - margin,
    ...centredLines(balancedLines(label, labelWidth, scale.label), middle, scale.lineHeight),
    lineHeight: scale.lineHeight,
    size: scale.label,
    bold: selected,
    color: selected ? palette.accent : palette.ink,
    anchor: 'end',
  });
  return {
    palette,
    scale,
    t: chartMessages(env.lang),
    margin,
    band: env.compact ? compactRowHeight(labels, labelWidth, scale) : rowHeight(labels, labelWidth, scale),
    left,
    rowLabel,
  };
}
