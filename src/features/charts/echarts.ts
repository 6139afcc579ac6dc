/**
 * The only place the charts feature touches ECharts' runtime: registers exactly the parts the theme charts
 * use, so the bundle carries those and nothing else (the full package is more than twice the size).
 */
import { BarChart, HeatmapChart, type BarSeriesOption, type HeatmapSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, TooltipComponent, AriaComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | AriaComponentOption
  | VisualMapComponentOption
>;
