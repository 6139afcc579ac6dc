import { Fragment, useCallback, useId, useMemo, useState, type CSSProperties } from 'react';
import { formatCount, pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import { useFocusAfterRetry } from '../../shared/ui/retryFocus';
import { useMediaQuery } from '../../shared/ui/useMediaQuery';
import { countByGroup, groupParts, groupText } from './labels';
import { LeafletMap } from './LeafletMap';
import './map.css';
import { mapMessages } from './messages';
import { cityGroups, mapModel } from './model';
import { PALETTES, type MapPalette } from './scale';
import type { DistrictMapProps } from './types';
import { useDistrictShapes } from './useDistrictShapes';

interface Pointer {
  hovered: string | null;
  focused: string | null;
  last: 'hover' | 'focus';
}

/** The map's colours as CSS custom properties, so labels, controls and legend match the SVG exactly. */
const paletteStyle = (p: MapPalette) =>
  ({
    '--map-bg': p.background,
    '--map-stroke': p.stroke,
    '--map-muted': p.muted,
    '--map-accent': p.accent,
    '--map-focus': p.focus,
    '--map-casing': p.casing,
    '--map-label-bg': p.labelBackground,
    '--map-label-ink': p.labelInk,
    '--map-label-muted-ink': p.labelMutedInk,
  }) as CSSProperties;

export default function DistrictMap({
  dataset,
  visible,
  selected,
  selectedGroups,
  onToggleDistrict,
  onToggleGroup,
  lang,
  scheme,
}: DistrictMapProps) {
  const t = mapMessages(lang);
  const groupNames = messagesFor(lang).groups;
  const headingId = useId();
  const heading = useFocusAfterRetry<HTMLHeadingElement>();
  const shapes = useDistrictShapes();
  const palette = PALETTES[scheme];
  const [pointer, setPointer] = useState<Pointer>({ hovered: null, focused: null, last: 'hover' });
  const onHover = useCallback((hovered: string | null) => setPointer((p) => ({ ...p, hovered, last: 'hover' })), []);
  const onFocus = useCallback((focused: string | null) => setPointer((p) => ({ ...p, focused, last: 'focus' })), []);

  const { districts, classes } = useMemo(
    () => mapModel(dataset, visible, selected, lang, palette),
    [dataset, visible, selected, lang, palette],
  );
  const groups = useMemo(() => cityGroups(dataset), [dataset]);
  const groupCounts = useMemo(() => countByGroup(visible), [visible]);

  // Whatever the reader touched last wins; the other shows again when that one ends.
  const activeSlug =
    pointer.last === 'focus' ? (pointer.focused ?? pointer.hovered) : (pointer.hovered ?? pointer.focused);
  const active = districts.find((d) => d.slug === activeSlug);
  const touch = useMediaQuery('(hover: none) and (pointer: coarse)');
  const idleReadout = touch ? t.touchHint : t.hint;
  const readout = active
    ? active.selected
      ? t.list([active.description, t.selected])
      : active.description
    : idleReadout;
  const attribution = pick(dataset.districtAttribution, lang);

  return (
    <section className="district-map" aria-labelledby={headingId} style={paletteStyle(palette)}>
      <h2 ref={heading} id={headingId} className="district-map__title" tabIndex={-1}>
        {t.heading}
      </h2>
      <div className="district-map__body">
        <div className="district-map__main">
          {shapes.data ? (
            <LeafletMap
              shapes={shapes.data}
              districts={districts}
              palette={palette}
              messages={t}
              attribution={attribution}
              onToggle={onToggleDistrict}
              onHover={onHover}
              onFocus={onFocus}
            />
          ) : shapes.isError ? (
            <div className="district-map__canvas district-map__canvas--status" role="alert">
              <p>{t.loadError}</p>
              <button type="button" className="button" onClick={() => void shapes.refetch()}>
                {t.retry}
              </button>
            </div>
          ) : (
            <div className="district-map__canvas district-map__canvas--status" aria-busy="true">
              <p>{t.loading}</p>
            </div>
          )}
          <p className="district-map__readout">{readout}</p>
          <p className="district-map__help">{touch ? t.touchHelp : t.help}</p>
        </div>
        <div className="district-map__aside">
          <div className="district-map__legend">
            <h3 className="district-map__subtitle">{t.legendTitle}</h3>
            <ul className="district-map__legend-list">
              {classes.map((c) => (
                <li key={c.from}>
                  <span className="district-map__swatch" style={{ background: c.fill }} aria-hidden="true" />
                  {c.from === c.to
                    ? formatCount(c.from, lang)
                    : t.range(formatCount(c.from, lang), formatCount(c.to, lang))}
                </li>
              ))}
              <li>
                <span className="district-map__swatch district-map__swatch--muted" aria-hidden="true" />
                {t.legendNone}
              </li>
              <li>
                <span className="district-map__swatch district-map__swatch--selected" aria-hidden="true" />
                {t.legendSelected}
              </li>
            </ul>
          </div>
          {groups.length > 0 && (
            <div className="district-map__groups">
              <h3 className="district-map__subtitle">{t.groupsTitle}</h3>
              <p className="district-map__note">{t.groupsNote}</p>
              <ul className="district-map__group-list">
                {groups.map((g) => {
                  const [name, ...counts] = groupParts(g, groupNames[g], groupCounts.get(g), lang);
                  return (
                    <li key={g}>
                      <button
                        type="button"
                        className="district-map__group"
                        aria-pressed={selectedGroups.includes(g)}
                        // The name has a line of its own, which the accessible name would otherwise run into the counts.
                        aria-label={groupText(g, groupNames[g], groupCounts.get(g), lang)}
                        onClick={() => onToggleGroup(g)}
                      >
                        <span className="district-map__group-name">{name}</span>
                        {counts.map((part, i) => (
                          <Fragment key={i}>
                            {i > 0 && t.groupSeparator}
                            <span className="district-map__nowrap">{part}</span>
                          </Fragment>
                        ))}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </div>
      </div>
      <p className="district-map__source">{attribution}</p>
    </section>
  );
}
