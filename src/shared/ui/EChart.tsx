/**
 * The one thin wrapper around an ECharts instance. It owns the instance's life: init in the task after mount
 * (so two charts, or a chart and the map, never block the main thread in one long task), the new
 * option whenever the option object changes, a resize whenever its box changes (a chart created while hidden
 * or at zero size draws itself once it is shown), dispose on unmount.
 *
 * It imports `echarts/core` only; the feature using it registers the chart types, components and the
 * canvas renderer it needs (see src/features/charts/echarts.ts), so each bundle carries only those.
 */
import { init, type ECElementEvent, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useImperativeHandle, useRef, type CSSProperties, type Ref } from 'react';
import { UPDATE_OPTIONS } from './chartUpdate';
import { inNextTask } from './nextTask';
import { useMediaQuery } from './useMediaQuery';

export interface EChartHandle {
  /** The live instance (for getDataURL and the like), or null before mount and after unmount. */
  instance: () => EChartsType | null;
}

interface Props {
  /** A complete option: the first is drawn whole, each later one as chartUpdate.ts says. */
  option: EChartsCoreOption;
  /** The accessible name: the chart is one image to assistive technology, the data is in a table nearby. */
  label: string;
  onClick?: (event: ECElementEvent) => void;
  className?: string;
  style?: CSSProperties;
  ref?: Ref<EChartHandle>;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export function EChart({ option, label, onClick, className, style, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  const reducedMotion = useMediaQuery(REDUCED_MOTION);

  useEffect(() => {
    click.current = onClick;
  }, [onClick]);

  useImperativeHandle(ref, () => ({ instance: () => chart.current }), []);

  // The option to draw, kept for the chart's first draw one task after mount.
  const latest = useRef<EChartsCoreOption>(option);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: EChartsType | null = null;
    // Resizing inside the observer callback would change observed boxes during delivery and trigger the
    // browser's "ResizeObserver loop" error; one resize per frame, after layout, is also all a drag needs.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => instance?.resize());
    });
    // Busy until the first draw, one task away: printing (reveal.ts) waits for it.
    element.setAttribute('aria-busy', 'true');
    // Creating the instance and its first draw are each the first run of a lot of ECharts code: one task each.
    let cancelDraw = () => {};
    const cancelInit = inNextTask(() => {
      const created = init(element, null, { renderer: 'canvas' });
      instance = created;
      chart.current = created;
      created.on('click', (event) => click.current?.(event));
      cancelDraw = inNextTask(() => {
        element.removeAttribute('aria-busy');
        created.setOption(latest.current, { notMerge: true });
        observer.observe(element);
      });
    });
    return () => {
      cancelInit();
      cancelDraw();
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = { ...option, ...(reducedMotion ? { animation: false } : {}) };
    chart.current?.setOption(latest.current, UPDATE_OPTIONS);
  }, [option, reducedMotion]);

  return <div ref={container} className={className} style={style} role="img" aria-label={label} />;
}
