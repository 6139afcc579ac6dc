/**
 * How the chart wrapper (EChart.tsx) draws each option after the first: merged into the chart, which reuses its
 * axes, series and tooltip rather than building them again. Series are replaced by id, so a series an option
 * leaves out goes; within a component a left-out key would stay, so options name every key (`undefined` for unset)
 * and every option of a chart has the same top-level keys. src/features/charts/mergeUpdate.test.ts proves it of
 * every option builder the charts feature has, drawing with these same settings.
 */
import type { SetOptionOpts } from 'echarts/core';

export const UPDATE_OPTIONS: SetOptionOpts = { replaceMerge: ['series'] };
