import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useElementBox } from '../../shared/ui/useElementBox';
import type { BuiltChart } from './chart';
import { ChartSvg } from './ChartSvg';
import { downloadChartPng } from './exportPng';
import type { Frame } from './layout';
import type { ChartMessages } from './messages';
import type { ChartHit } from './model';

interface Props {
  title: string;
  hint: string;
  fileName: string;
  /** The page background of the scheme, painted behind the exported PNG. */
  background: string;
  /** Lays the chart out for the measured frame; a new function means a new layout. */
  build: (frame: Frame) => BuiltChart;
  onHit: (hit: ChartHit) => void;
  /** The same numbers as a table, shown (and built) on request. */
  table: ReactNode;
  t: ChartMessages;
  /** Names the chart for the end-to-end tests. */
  name: string;
}

/** One chart with its title, PNG export and data table. */
export function ChartPanel({ title, hint, fileName, background, build, onHit, table, t, name }: Props) {
  const titleId = useId();
  const ruler = useRef<HTMLDivElement>(null);
  const picture = useRef<SVGSVGElement>(null);
  const frame = useElementBox(ruler);
  // The table is built only while it is open: closed, it is neither shown nor read out, and rebuilding the matrix's
  // cells took a tenth of every filter change. What that gives up: find-in-page no longer opens a closed table on a
  // match inside it, and the table comes with the toggle event, which may be a frame after the details open.
  const [tableOpen, setTableOpen] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const built = useMemo(() => (frame ? build(frame) : null), [frame, build]);

  const download = () => {
    if (!picture.current) return;
    setDownloadFailed(false);
    downloadChartPng(picture.current, fileName, background).catch(() => setDownloadFailed(true));
  };

  return (
    <figure className="chart-panel" aria-labelledby={titleId} aria-busy={!built} data-chart={name}>
      <div className="chart-panel__head">
        <h3 id={titleId} className="chart-panel__title">
          {title}
        </h3>
        <button
          type="button"
          className="chart-panel__download"
          onClick={download}
          disabled={!built}
          aria-label={t.downloadName(title)}
        >
          {t.downloadPng}
        </button>
      </div>
      {downloadFailed && (
        <p className="chart-panel__error" role="alert">
          {t.downloadFailed}
        </p>
      )}
      <p className="chart-panel__hint">{hint}</p>
      <div ref={ruler} className="chart-panel__ruler" />
      {built && (
        <div
          className="chart-panel__picture"
          data-plot-left={built.plot.left}
          data-plot-top={built.plot.top}
          data-plot-width={built.plot.width}
          data-plot-height={built.plot.height}
          data-row-height={built.rowHeight}
        >
          <ChartSvg svgRef={picture} scene={built.scene} label={built.description} onHit={onHit} />
        </div>
      )}
      <details className="chart-panel__data" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t.showTable}</summary>
        {tableOpen && table}
      </details>
    </figure>
  );
}
