/**
 * The only place the charts feature touches ECharts' runtime: registers exactly the parts the theme charts
 * use, so the bundle carries those and nothing else (the full package is more than twice the size).
 */
import { BarChart, ScatterChart, type BarSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
// Aliased: ECharts' `use` is no React hook, whatever the lint rule infers from its name.
import { use as register, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

register([BarChart, ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | ScatterSeriesOption | GridComponentOption | TooltipComponentOption
>;
