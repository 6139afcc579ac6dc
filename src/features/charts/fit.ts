import type { BuiltChart } from './chart';
import type { Frame } from './layout';

/** Below this a label is no longer worth drawing; the chart may then be taller than its box. */
const MIN_FONT_SIZE = 12;
/** How close to the largest fitting type size the search gets, in CSS px. */
const PRECISION = 0.25;

type Build = (frame: Frame) => BuiltChart;

interface Fitted {
  chart: BuiltChart;
  fontSize: number;
}

/** The largest type size, up to the box's own, at which the chart's height fits `maxHeight`. */
function fit(build: Build, frame: Frame, maxHeight: number): Fitted {
  const full = build(frame);
  if (full.scene.height <= maxHeight || frame.fontSize <= MIN_FONT_SIZE)
    return { chart: full, fontSize: frame.fontSize };
  const smallest = build({ ...frame, fontSize: MIN_FONT_SIZE });
  if (smallest.scene.height > maxHeight) return { chart: smallest, fontSize: MIN_FONT_SIZE };
  // Bisection: `low` always fits, `high` never does.
  let low = { chart: smallest, fontSize: MIN_FONT_SIZE };
  let high = frame.fontSize;
  while (high - low.fontSize > PRECISION) {
    const fontSize = (low.fontSize + high) / 2;
    const chart = build({ ...frame, fontSize });
    if (chart.scene.height <= maxHeight) low = { chart, fontSize };
    else high = fontSize;
  }
  return low;
}

export interface FittedChart extends BuiltChart {
  /** The type size (the frame's font size) it was laid out at. */
  fontSize: number;
  /** Which of the layouts it is, by its index in `builds`. */
  layout: number;
}

/**
 * The chart laid out at the largest type size, up to the box's own, whose height fits `maxHeight`:
 * a slide has a fixed box, and shrinking the type is better than cutting off the last rows. Given several
 * layouts (say, label columns of different widths), the one whose type comes out largest wins; on a tie the
 * shortest (its names wrapped into fewest lines), then the first.
 * The search takes a chart's height to grow with its type size, as rows and wrapped lines do.
 */
export function fitChart(builds: readonly Build[], frame: Frame, maxHeight: number): FittedChart {
  const [first, ...rest] = builds.map((build, layout) => ({ ...fit(build, frame, maxHeight), layout }));
  if (!first) throw new Error('fitChart: no layout to fit');
  const better = (next: Fitted, best: Fitted) =>
    next.fontSize > best.fontSize ||
    (next.fontSize === best.fontSize && next.chart.scene.height < best.chart.scene.height);
  const best = rest.reduce((best, next) => (better(next, best) ? next : best), first);
  return { ...best.chart, fontSize: best.fontSize, layout: best.layout };
}
