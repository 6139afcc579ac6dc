/** Pledges per theme as horizontal bars in the themes' own colours: a pure function from counts to a scene. */
import { textWidth } from '../../shared/ui/textWidth';
import { spreadRows, themeRowsFrame, type BuiltChart, type ChartEnv } from './chart';
import { valueTicks } from './layout';
import { chartMessages } from './messages';
import type { ThemeTotalsModel } from './model';
import { mix } from './palette';
import type { SceneLine, SceneTarget, SceneText } from './scene';

export function themeTotalsDescription(model: ThemeTotalsModel, env: Pick<ChartEnv, 'lang'>): string {
  const t = chartMessages(env.lang).totals;
  return t.summary(model.rows.map((r) => t.part(r.label, r.count)));
}

/** The share of a row its bar leaves empty, half above and half below. */
const BAR_GAP = 0.32;
/** From a bar's end to its number, in px. */
const VALUE_GAP = 5;

export function themeTotalsChart(model: ThemeTotalsModel, env: ChartEnv): BuiltChart {
  const { palette, scale, t, band: ownBand, left, margin, rowLabel } = themeRowsFrame(model.rows, env);
  // Room for the value label beyond the longest bar.
  const right = Math.ceil(textWidth(String(model.max), scale.label) + scale.label * 1.5);
  const tickSize = env.slide ? scale.label : scale.small;
  const top = Math.round(scale.label * 0.5);
  // One line of tick labels below their gap.
  const bottom = env.compact ? 0 : margin + Math.round(tickSize * 1.35);
  const band = spreadRows(ownBand, model.rows.length, env.fillHeight && env.fillHeight - top - bottom);
  const plot = { left, top, width: Math.max(0, env.frame.width - left - right), height: model.rows.length * band };
  const height = top + plot.height + bottom;
  // Hidden on a compact chart: no labels to space, so no longer bars cut short by a rounded-up end. Hidden too when
  // nothing matches: a scale from 0 to 1 would measure bars that are not there; each row still says 0.
  const showAxis = !env.compact && model.max > 0;
  const ticks = showAxis ? valueTicks(model.max, plot.width, tickSize) : null;
  const scaleMax = ticks?.max ?? Math.max(1, model.max);
  const faded = (selected: boolean) => model.anySelected && !selected;
  const plotBottom = top + plot.height;

  const tickValues = ticks ? Array.from({ length: ticks.max / ticks.step + 1 }, (_, i) => i * ticks.step) : [];
  const tickX = (value: number) => left + (value / scaleMax) * plot.width;
  // The axis line stands where the tick at 0 would have its gridline.
  const lines: SceneLine[] = [0, ...tickValues.filter((value) => value > 0)].map((value) => ({
    x1: tickX(value),
    y1: top,
    x2: tickX(value),
    y2: plotBottom,
    color: palette.line,
  }));
  const labels: SceneText[] = tickValues.map((value) => ({
    x: tickX(value),
    y: plotBottom + margin + tickSize / 2,
    lines: [String(value)],
    lineHeight: tickSize,
    size: tickSize,
    bold: false,
    color: palette.muted,
    anchor: 'middle',
  }));

  const targets = model.rows.map((row, i): SceneTarget => {
    const middle = top + (i + 0.5) * band;
    const length = (row.count / scaleMax) * plot.width;
    const thickness = band * (1 - BAR_GAP);
    const fill = faded(row.selected) ? mix(row.color, palette.background, palette.fade) : row.color;
    return {
      key: row.id,
      hit: { kind: 'theme', themeId: row.id },
      tip: `${row.label}\n${t.pledges(row.count)}`,
      area: { x: 0, y: top + i * band, width: env.frame.width, height: band },
      mark:
        row.count > 0
          ? {
              x: left,
              y: middle - thickness / 2,
              width: length,
              height: thickness,
              fill,
              stroke: row.selected ? { color: palette.accent, width: 3 } : undefined,
            }
          : undefined,
      texts: [
        rowLabel(row.label, row.selected, middle),
        {
          x: left + length + VALUE_GAP,
          y: middle,
          lines: [String(row.count)],
          lineHeight: scale.lineHeight,
          size: scale.label,
          bold: true,
          // Faded by mixing the bar into the page colour, not by opacity, so the number keeps its contrast.
          color: faded(row.selected) ? palette.muted : palette.ink,
          anchor: 'start',
        },
      ],
    };
  });

  return {
    plot,
    rowHeight: band,
    description: themeTotalsDescription(model, env),
    scene: { width: env.frame.width, height, lines, labels, targets },
  };
}
