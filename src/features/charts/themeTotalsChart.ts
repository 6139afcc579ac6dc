/** Pledges per theme as horizontal bars in the themes' own colours: a pure function from counts to an option. */
import { textWidth } from '../../shared/ui/textWidth';
import {
  baseOption,
  categoryData,
  spreadRows,
  textTooltip,
  themeRowsFrame,
  type BuiltChart,
  type ChartEnv,
} from './chart';
import { valueTicks } from './layout';
import { chartMessages } from './messages';
import type { ThemeTotalsModel } from './model';
import { mix } from './palette';

export function themeTotalsDescription(model: ThemeTotalsModel, env: Pick<ChartEnv, 'lang'>): string {
  const t = chartMessages(env.lang).totals;
  return t.summary(model.rows.map((r) => t.part(r.label, r.count)));
}

export function themeTotalsChart(model: ThemeTotalsModel, env: ChartEnv): BuiltChart {
  const { palette, scale, t, band: ownBand, left, rowLabels } = themeRowsFrame(model.rows, env);
  // Room for the value label beyond the longest bar.
  const right = Math.ceil(textWidth(String(model.max), scale.label) + scale.label * 1.5);
  const top = Math.round(scale.label * 0.5);
  const bottom = env.compact ? 0 : Math.round(scale.small * 2.2);
  const band = spreadRows(ownBand, model.rows.length, env.fillHeight && env.fillHeight - top - bottom);
  const plot = { left, top, width: Math.max(0, env.frame.width - left - right), height: model.rows.length * band };
  const description = themeTotalsDescription(model, env);
  // Hidden on a compact chart: no labels to space, so no longer bars cut short by a rounded-up end. Hidden too when
  // nothing matches: a scale from 0 to 1 would measure bars that are not there; each row still says 0.
  const showAxis = !env.compact && model.max > 0;
  const ticks = showAxis ? valueTicks(model.max, plot.width, scale.small) : null;
  const faded = (selected: boolean) => model.anySelected && !selected;

  return {
    height: top + plot.height + bottom,
    plot,
    rowHeight: band,
    description,
    option: {
      ...baseOption(palette),
      grid: { left, right, top, bottom, outerBoundsMode: 'none' },
      tooltip: textTooltip(palette, scale, (item) => {
        const row = model.rows[item.dataIndex];
        return row ? `${row.label}\n${t.pledges(row.count)}` : '';
      }),
      xAxis: {
        type: 'value',
        show: showAxis,
        // Each key in both cases: the chart merges each new option into the last (see chartUpdate.ts).
        min: ticks ? 0 : undefined,
        max: ticks?.max,
        interval: ticks?.step,
        minInterval: ticks ? undefined : 1,
        axisLabel: { color: palette.muted, fontSize: scale.small },
        axisLine: { show: false },
        splitLine: { lineStyle: { color: palette.line, width: 1 } },
      },
      yAxis: {
        type: 'category',
        // Rows run top to bottom in the model's order.
        inverse: true,
        triggerEvent: true,
        data: categoryData(model.rows, palette),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: palette.line } },
        axisLabel: rowLabels,
      },
      series: [
        {
          type: 'bar',
          id: 'theme-totals',
          barCategoryGap: '32%',
          cursor: 'pointer',
          label: {
            show: true,
            position: 'right',
            fontSize: scale.label,
            fontWeight: 'bold',
            color: palette.ink,
          },
          emphasis: { itemStyle: { borderColor: palette.ink, borderWidth: 2 } },
          data: model.rows.map((r) => ({
            value: r.count,
            itemStyle: {
              // Faded by mixing into the page colour, not by opacity: ECharts applies an item's opacity to its
              // value label too, and the label must keep its contrast.
              color: faded(r.selected) ? mix(r.color, palette.background, palette.fade) : r.color,
              borderColor: r.selected ? palette.accent : r.color,
              borderWidth: r.selected ? 3 : 0,
            },
            label: { color: faded(r.selected) ? palette.muted : palette.ink },
          })),
        },
      ],
    },
  };
}
