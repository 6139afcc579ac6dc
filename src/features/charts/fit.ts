import type { BuiltChart } from './chart';
import type { Frame } from './layout';

/** Below this a label is no longer worth drawing; the chart may then be taller than its box. */
const MIN_FONT_SIZE = 12;

/**
 * The chart laid out at the largest type size, up to the box's own, whose height fits `maxHeight`:
 * a slide has a fixed box, and shrinking the type is better than cutting off the last rows.
 */
export function fitChart(build: (frame: Frame) => BuiltChart, frame: Frame, maxHeight: number): BuiltChart {
  let fontSize = frame.fontSize;
  let chart = build(frame);
  while (chart.height > maxHeight && fontSize > MIN_FONT_SIZE) {
    fontSize = Math.max(MIN_FONT_SIZE, fontSize * 0.92);
    chart = build({ ...frame, fontSize });
  }
  return chart;
}
