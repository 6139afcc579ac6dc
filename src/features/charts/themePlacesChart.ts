/**
 * Pledges by theme × place as a heatmap: one row per theme (in the totals chart's order, so the two charts
 * line up), one column per district with pledges and per non-district speaker group. A matrix reads better
 * than stacked bars here: every count is printed, every cell is a click target of the same size, and eleven
 * theme colours in one stack would be hard to tell apart.
 */
import { themeRowsFrame, type BuiltChart, type ChartEnv } from './chart';
import { textWidth } from '../../shared/ui/textWidth';
import { balancedLines, isAllWide, lineCount, longestPieceWidth, type TypeScale } from './layout';
import { chartMessages } from './messages';
import { cellSelected, type Place, type ThemePlacesModel } from './model';
import { heatColor } from './palette';
import type { SceneLine, SceneTarget, SceneText } from './scene';

export function themePlacesDescription(model: ThemePlacesModel, env: Pick<ChartEnv, 'lang'>): string {
  const t = chartMessages(env.lang).places;
  let cells = 0;
  let top = { row: 0, column: 0, count: 0 };
  model.counts.forEach((counts, row) =>
    counts.forEach((count, column) => {
      if (count > 0) cells += 1;
      if (count > top.count) top = { row, column, count };
    }),
  );
  const best = cells > 0 ? t.cell(model.rows[top.row].label, model.places[top.column].label, top.count) : '';
  return t.summary(cells, best);
}

/** White space between neighbouring cells, in px. */
const CELL_GAP = 3;

/** Line height of the column names. */
const columnLineHeight = (size: number) => Math.round(size * 1.3);

type ColumnLabels =
  | { mode: 'horizontal'; height: number; width: number; fontSize: number }
  | { mode: 'stacked'; height: number; fontSize: number }
  | { mode: 'rotated'; height: number; fontSize: number };

/**
 * Column labels sit above the matrix, horizontal in at most two lines, a little smaller if that makes a long
 * word fit. Where columns are too narrow even so (phones), Chinese names are set one character per line, as
 * Chinese can be, and English names are turned 90°.
 */
function columnLabels(places: readonly Place[], columnWidth: number, scale: TypeScale): ColumnLabels {
  const room = columnWidth - 6;
  const widestPiece = Math.max(...places.map((p) => longestPieceWidth(p.label, 1)));
  const fontSize = Math.min(scale.small, Math.floor(room / widestPiece));
  if (fontSize >= Math.max(12, Math.round(scale.small * 0.8))) {
    const lines = Math.max(1, ...places.map((p) => lineCount(p.label, room, fontSize)));
    if (lines <= 2) return { mode: 'horizontal', height: lines * columnLineHeight(fontSize), width: room, fontSize };
  }
  const size = scale.small;
  if (places.every((p) => isAllWide(p.label)) && textWidth('字', size) <= room) {
    return {
      mode: 'stacked',
      height: Math.max(...places.map((p) => [...p.label].length)) * columnLineHeight(size),
      fontSize: size,
    };
  }
  return { mode: 'rotated', height: Math.max(...places.map((p) => textWidth(p.label, size))), fontSize: size };
}

export function themePlacesChart(model: ThemePlacesModel, env: ChartEnv): BuiltChart {
  const { palette, scale, t, margin, band, left, rowLabel } = themeRowsFrame(model.rows, env);
  const right = Math.round(scale.label * 0.5);
  const width = Math.max(0, env.frame.width - left - right);
  const columnWidth = width / Math.max(1, model.places.length);
  const columns = columnLabels(model.places, columnWidth, scale);
  const top = Math.ceil(columns.height + margin + 4);
  const bottom = Math.round(scale.label * 0.5);
  const plot = { left, top, width, height: model.rows.length * band };
  const height = top + plot.height + bottom;
  const centre = (column: number) => left + (column + 0.5) * columnWidth;

  const lines: SceneLine[] = [
    ...Array.from({ length: model.places.length + 1 }, (_, i) => left + i * columnWidth).map((x) => ({
      x1: x,
      y1: top,
      x2: x,
      y2: top + plot.height,
      color: palette.line,
    })),
    ...Array.from({ length: model.rows.length + 1 }, (_, i) => top + i * band).map((y) => ({
      x1: left,
      y1: y,
      x2: left + width,
      y2: y,
      color: palette.line,
    })),
  ];
  const lineHeight = columnLineHeight(columns.fontSize);
  const labels = model.places.map((place, column): SceneText => {
    const style = {
      lineHeight,
      size: columns.fontSize,
      bold: place.selected,
      color: place.selected ? palette.accent : palette.ink,
    };
    const bottomLine = top - margin - lineHeight / 2;
    if (columns.mode === 'rotated') {
      return { ...style, x: centre(column), y: top - margin, lines: [place.label], anchor: 'start', turn: 90 };
    }
    // Horizontal in balanced lines, or stacked one character per line.
    const lines =
      columns.mode === 'horizontal'
        ? balancedLines(place.label, columns.width, columns.fontSize).split('\n')
        : [...place.label];
    return {
      ...style,
      x: centre(column),
      y: bottomLine - (lines.length - 1) * lineHeight,
      lines,
      anchor: 'middle',
    };
  });

  const themeTargets = model.rows.map((row, r): SceneTarget => ({
    key: `theme-${row.id}`,
    hit: { kind: 'theme', themeId: row.id },
    tip: row.label,
    area: { x: 0, y: top + r * band, width: left, height: band },
    texts: [rowLabel(row.label, row.selected, top + (r + 0.5) * band)],
  }));
  const cellTargets = model.counts.flatMap((counts, r) =>
    counts.flatMap((count, column): SceneTarget[] => {
      const theme = model.rows[r];
      const place = model.places[column];
      if (count === 0 || !theme || !place) return [];
      const { fill, text } = heatColor(count, model.max, palette);
      const selected = cellSelected(model, r, column);
      const x = left + column * columnWidth;
      const y = top + r * band;
      return [
        {
          key: `cell-${theme.id}-${place.id}`,
          hit: { kind: 'cell', themeId: theme.id, place: place.id },
          tip: `${theme.label}\n${place.label}：${t.pledges(count)}`,
          area: { x, y, width: columnWidth, height: band },
          // The gap between cells keeps each a target of its own, and the grid visible between them.
          mark: {
            x: x + CELL_GAP / 2,
            y: y + CELL_GAP / 2,
            width: Math.max(1, columnWidth - CELL_GAP),
            height: Math.max(1, band - CELL_GAP),
            fill,
            stroke: selected ? { color: palette.accent, width: 3 } : undefined,
          },
          texts: [
            {
              x: centre(column),
              y: y + band / 2,
              lines: [String(count)],
              lineHeight: scale.lineHeight,
              size: scale.label,
              bold: true,
              color: text,
              anchor: 'middle',
            },
          ],
        },
      ];
    }),
  );

  return {
    plot,
    rowHeight: band,
    description: themePlacesDescription(model, env),
    scene: { width: env.frame.width, height, lines, labels, targets: [...themeTargets, ...cellTargets] },
  };
}
