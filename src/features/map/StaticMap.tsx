/**
 * The district map as a still picture for meeting-room slides: SVG drawn straight from the bundled shapes,
 * shaded by pledges in view, with the slide's district outlined. Nothing to hover, nothing to zoom: every
 * number is printed on the map, and there is no map engine to keep alive through a day of slides.
 */
import { useMemo, useRef } from 'react';
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import { useElementBox } from '../../shared/ui/useElementBox';
import type { Lang } from '../../shared/url/viewState';
import { mapMessages } from './messages';
import { mapModel } from './model';
import { PALETTES } from './scale';
import { LABEL_HALO_EMS, staticMapLayout } from './staticMap';
import { useDistrictShapes } from './useDistrictShapes';

export interface StaticMapProps {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  /** Districts outlined in the accent colour. */
  highlight: readonly string[];
  /** Name every district, or only the highlighted ones and those with pledges in view. */
  labelAll: boolean;
  lang: Lang;
  scheme: ResolvedScheme;
  className?: string;
}

/** Two lines of label and a short leader above them. */
const LABEL_ROOM_EMS = 3.5;

export default function StaticMap({ dataset, visible, highlight, labelAll, lang, scheme, className }: StaticMapProps) {
  const t = mapMessages(lang);
  const container = useRef<HTMLDivElement>(null);
  const box = useElementBox(container);
  const shapes = useDistrictShapes();
  const palette = PALETTES[scheme];
  const model = useMemo(
    () => mapModel(dataset, visible, highlight, lang, palette),
    [dataset, visible, highlight, lang, palette],
  );
  const byslug = useMemo(() => new Map(model.districts.map((d) => [d.slug, d])), [model]);
  const labelled = useMemo(
    () =>
      new Set(
        model.districts.filter((d) => labelAll || d.pledges > 0 || highlight.includes(d.slug)).map((d) => d.slug),
      ),
    [model, labelAll, highlight],
  );
  const layout = useMemo(() => {
    if (!box || !shapes.data) return [];
    const lines = (slug: string) => {
      const d = byslug.get(slug);
      if (!d || !labelled.has(slug)) return [];
      return d.pledges > 0 ? [d.label.name, d.label.count] : [d.label.name];
    };
    // A district slide's map names only its district, which the label would hide: room below the city lets the
    // label leave it. Every district slide keeps that room, so the city stands still from slide to slide and only
    // the highlight moves.
    return staticMapLayout(shapes.data, labelAll ? box : { ...box, labelRoom: LABEL_ROOM_EMS * box.fontSize }, lines);
  }, [box, shapes.data, byslug, labelled, labelAll]);
  // Drawn last, so its outline is never hidden under a neighbour's.
  const ordered = [...layout].sort((a, b) => Number(highlight.includes(a.slug)) - Number(highlight.includes(b.slug)));
  const name = t.list(model.districts.map((d) => d.description));

  return (
    <div ref={container} className={className} role="img" aria-label={name} style={{ background: palette.background }}>
      {shapes.isError && <p className="static-map__error">{t.loadError}</p>}
      {box && layout.length > 0 && (
        <svg width={box.width} height={box.height} viewBox={`0 0 ${box.width} ${box.height}`} aria-hidden="true">
          {ordered.map((d) => {
            const fill = (
              <path
                key={d.slug}
                d={d.path}
                fillRule="evenodd"
                fill={byslug.get(d.slug)?.fill ?? palette.muted}
                stroke={palette.stroke}
                strokeWidth={1}
                strokeLinejoin="round"
                data-district={d.slug}
              />
            );
            if (!highlight.includes(d.slug)) return fill;
            // The highlight rings the district from outside: a stroke twice as wide, under the district's own fill,
            // so a small district (Luohu) keeps its colour instead of disappearing under its outline.
            return (
              <g key={d.slug}>
                <path
                  d={d.path}
                  fill="none"
                  stroke={palette.accent}
                  strokeWidth={2 * Math.max(2.5, box.fontSize * 0.11)}
                  strokeLinejoin="round"
                  data-highlight={d.slug}
                />
                {fill}
              </g>
            );
          })}
          {layout.map(({ slug, label }) => {
            const view = byslug.get(slug);
            if (!label?.leader || !view || !labelled.has(slug)) return null;
            const ink = view.pledges > 0 ? palette.labelInk : palette.labelMutedInk;
            const width = Math.max(1.5, box.fontSize * 0.08);
            // A casing in the label's outline colour keeps the line visible across any fill.
            return (
              <g key={slug} strokeLinecap="round">
                <line {...label.leader} stroke={palette.labelBackground} strokeWidth={width + box.fontSize * 0.16} />
                <line {...label.leader} stroke={ink} strokeWidth={width} />
              </g>
            );
          })}
          {layout.map((d) => {
            const view = byslug.get(d.slug);
            if (!d.label || !view || !labelled.has(d.slug)) return null;
            const ink = view.pledges > 0 ? palette.labelInk : palette.labelMutedInk;
            return (
              <text
                key={d.slug}
                x={d.label.x}
                y={d.label.y}
                textAnchor="middle"
                fontSize={box.fontSize}
                fill={ink}
                stroke={palette.labelBackground}
                strokeWidth={box.fontSize * LABEL_HALO_EMS}
                paintOrder="stroke"
                fontWeight={highlight.includes(d.slug) ? 700 : 400}
              >
                <tspan x={d.label.x} dy={view.pledges > 0 ? '-0.15em' : '0.35em'}>
                  {view.label.name}
                </tspan>
                {view.pledges > 0 && (
                  <tspan x={d.label.x} dy="1.2em" fontWeight={700}>
                    {view.label.count}
                  </tspan>
                )}
              </text>
            );
          })}
        </svg>
      )}
    </div>
  );
}
