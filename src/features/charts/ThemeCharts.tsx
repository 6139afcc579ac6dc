import type { ThemeChartsProps } from './types';

export default function ThemeCharts(_props: ThemeChartsProps) {
  return <div className="charts-pending" />;
}
