/**
 * The tooltip of a chart: the plain text of the bar or cell under the pointer, in the page's own type and colours
 * (a native SVG <title> shows late, tiny on a wall screen, and never on a touch screen). A component of its own,
 * so following the pointer re-renders this box and not the chart.
 */
import { useImperativeHandle, useState, type Ref } from 'react';
import type { SceneTarget } from './scene';

export interface ChartTipHandle {
  /** Shows the tip of the target `key` at (x, y) px in the chart's box `box`. */
  show: (key: string, x: number, y: number, box: DOMRect) => void;
  hide: () => void;
}

interface Shown {
  key: string;
  x: number;
  y: number;
  /** Which side of the pointer the tip goes, so that it stays inside the chart. */
  left: boolean;
  up: boolean;
}

interface Props {
  targets: readonly SceneTarget[];
  ref: Ref<ChartTipHandle>;
}

export function ChartTip({ targets, ref }: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      show: (key, x, y, box) => setShown({ key, x, y, left: x > box.width / 2, up: y > box.height / 2 }),
      hide: () => setShown(null),
    }),
    [],
  );
  // Looked up at each render, so a tip still shown after a filter change states the new number.
  const target = shown && targets.find((t) => t.key === shown.key);
  if (!shown || !target) return null;
  return (
    // A copy of what the data table states, for the eye: hidden from assistive technology.
    <div
      className={`chart-tip${shown.left ? ' chart-tip--left' : ''}${shown.up ? ' chart-tip--up' : ''}`}
      style={{ left: shown.x, top: shown.y }}
      aria-hidden="true"
    >
      {target.tip}
    </div>
  );
}
