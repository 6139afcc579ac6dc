/**
 * Pledges by theme × place as a heatmap: one row per theme (in the totals chart's order, so the two charts
 * line up), one column per district with pledges and per non-district speaker group. A matrix reads better
 * than stacked bars here: every count is printed, every cell is a click target of the same size, and eleven
 * theme colours in one stack would be hard to tell apart.
 */
import { baseOption, categoryData, textTooltip, themeRowsFrame, type BuiltChart, type ChartEnv } from './chart';
import { textWidth } from '../../shared/ui/textWidth';
import { balancedLines, isAllWide, lineCount, longestPieceWidth, type TypeScale } from './layout';
import { chartMessages } from './messages';
import { cellSelected, type Place, type ThemePlacesModel } from './model';
import { heatColor } from './palette';

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
  const lineHeight = (size: number) => Math.round(size * 1.3);
  if (fontSize >= Math.max(12, Math.round(scale.small * 0.8))) {
    const lines = Math.max(1, ...places.map((p) => lineCount(p.label, room, fontSize)));
    if (lines <= 2) return { mode: 'horizontal', height: lines * lineHeight(fontSize), width: room, fontSize };
  }
  const size = scale.small;
  if (places.every((p) => isAllWide(p.label)) && textWidth('字', size) <= room) {
    return {
      mode: 'stacked',
      height: Math.max(...places.map((p) => [...p.label].length)) * lineHeight(size),
      fontSize: size,
    };
  }
  return { mode: 'rotated', height: Math.max(...places.map((p) => textWidth(p.label, size))), fontSize: size };
}

export function themePlacesChart(model: ThemePlacesModel, env: ChartEnv): BuiltChart {
  const { palette, scale, t, margin, band, left, rowLabels } = themeRowsFrame(model.rows, env);
  const right = Math.round(scale.label * 0.5);
  const width = Math.max(0, env.frame.width - left - right);
  const columns = columnLabels(model.places, width / Math.max(1, model.places.length), scale);
  const top = Math.ceil(columns.height + margin + 4);
  const bottom = Math.round(scale.label * 0.5);
  const plot = { left, top, width, height: model.rows.length * band };
  const description = themePlacesDescription(model, env);
  const cell = { width: width / Math.max(1, model.places.length), height: band };

  return {
    height: top + plot.height + bottom,
    plot,
    rowHeight: band,
    description,
    option: {
      ...baseOption(palette),
      grid: { left, right, top, bottom, outerBoundsMode: 'none' },
      tooltip: textTooltip(palette, scale, (item) => {
        if (!Array.isArray(item.value)) return '';
        const [column, row, count] = item.value as number[];
        const theme = model.rows[row];
        const place = model.places[column];
        return theme && place ? `${theme.label}\n${place.label}：${t.pledges(count)}` : '';
      }),
      xAxis: {
        type: 'category',
        position: 'top',
        data: categoryData(model.places, palette),
        axisTick: { show: false },
        axisLine: { show: false },
        splitLine: { show: true, interval: 0, lineStyle: { color: palette.line } },
        axisLabel: {
          interval: 0,
          color: palette.ink,
          fontSize: columns.fontSize,
          lineHeight: Math.round(columns.fontSize * 1.3),
          margin,
          // Broken into lines here, where the room above was measured: ECharts' own breaking measures the canvas
          // font, and where that runs a little wider than textWidth's estimate it split words ("institution/s")
          // into a third line that the room above cut off.
          // Every mode names both keys: the chart merges each new option into the last (see chartUpdate.ts).
          formatter:
            columns.mode === 'horizontal'
              ? (value: string) => balancedLines(value, columns.width, columns.fontSize)
              : columns.mode === 'stacked'
                ? (value: string) => [...value].join('\n')
                : undefined,
          rotate: columns.mode === 'rotated' ? 90 : 0,
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        triggerEvent: true,
        data: categoryData(model.rows, palette),
        axisTick: { show: false },
        axisLine: { show: false },
        splitLine: { show: true, interval: 0, lineStyle: { color: palette.line } },
        axisLabel: rowLabels,
      },
      series: [
        {
          // Cells are square symbols sized to their band: a heatmap series would also need the visualMap
          // component (≈ 8 KB gzip) only to colour what each cell can state itself.
          type: 'scatter',
          id: 'theme-places',
          symbol: 'rect',
          // ECharts draws scatter symbols at 0.8 opacity by default; the fills' contrast with their numbers is
          // worked out for the colours as given.
          itemStyle: { opacity: 1 },
          symbolSize: [Math.max(1, cell.width - CELL_GAP), Math.max(1, cell.height - CELL_GAP)],
          cursor: 'pointer',
          label: {
            show: true,
            position: 'inside',
            fontSize: scale.label,
            fontWeight: 'bold',
            formatter: (params) => String((params.value as number[])[2]),
          },
          emphasis: { scale: false, itemStyle: { borderColor: palette.ink, borderWidth: 2 } },
          data: model.counts.flatMap((counts, row) =>
            counts.flatMap((count, column) => {
              if (count === 0) return [];
              const { fill, text } = heatColor(count, model.max, palette);
              const selected = cellSelected(model, row, column);
              return [
                {
                  value: [column, row, count],
                  itemStyle: {
                    color: fill,
                    borderColor: selected ? palette.accent : fill,
                    borderWidth: selected ? 3 : 0,
                  },
                  label: { color: text },
                },
              ];
            }),
          ),
        },
      ],
    },
  };
}
