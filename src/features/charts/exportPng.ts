import type { EChartsType } from 'echarts/core';
import { downloadBlob } from '../../shared/ui/download';

function dataUrlToBlob(dataUrl: string): Blob {
  const [header, body = ''] = dataUrl.split(',');
  const type = /^data:([^;,]+)/.exec(header)?.[1] ?? 'image/png';
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * Saves the chart as a PNG at twice its size on the scheme's background. The image goes through a blob URL,
 * not the data URL itself: large data URLs hit browser length limits, and a CSP may forbid fetching them.
 */
export function downloadChartPng(chart: EChartsType, fileName: string, backgroundColor: string): void {
  chart.dispatchAction({ type: 'hideTip' });
  downloadBlob(dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor })), fileName);
}
