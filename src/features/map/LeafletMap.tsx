/**
 * The one place that talks to Leaflet. It creates the map once per set of shapes, restyles the
 * existing layers when the data, selection, scheme or language change (the reader's zoom and pan
 * survive a filter change), and removes the map on unmount.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { inNextTask } from '../../shared/ui/nextTask';
import { labelPoint, shapesBounds, spreadLabels, zoomLimits, type DistrictShape } from './geometry';
import type { MapMessages } from './messages';
import type { DistrictLayerView } from './model';
import type { MapPalette } from './scale';

interface Props {
  shapes: readonly DistrictShape[];
  /** In keyboard (Tab) order. */
  districts: readonly DistrictLayerView[];
  palette: MapPalette;
  messages: MapMessages;
  /** The boundary data's full attribution, shown as the attribution's title. */
  attribution: string;
  onToggle: (slug: string, multi: boolean) => void;
  /** A district under the pointer (null when it leaves). */
  onHover: (slug: string | null) => void;
  /** A district with keyboard focus (null on blur). */
  onFocus: (slug: string | null) => void;
}

interface DistrictLayers {
  shape: L.Polygon;
  path: SVGPathElement;
  selection: L.FeatureGroup;
  focusRing: L.FeatureGroup;
  label: { anchor: L.LatLng; root: HTMLElement; name: HTMLElement; count: HTMLElement } | null;
}

interface Instance {
  map: L.Map;
  districts: Map<string, DistrictLayers>;
  layoutLabels: () => void;
  resetView: () => void;
  /** Fits Shenzhen again unless the reader has zoomed or panned. */
  refit: () => void;
}

const PADDING = 12;
const PANES = { focus: 'district-focus', selection: 'district-selection', labels: 'district-labels' } as const;

const withModifier = (e: MouseEvent | KeyboardEvent) => e.ctrlKey || e.metaKey || e.shiftKey;

function toLatLngs(shape: DistrictShape): L.LatLngExpression[][][] {
  return shape.polygons.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => L.latLng(lat, lng))));
}

export function LeafletMap({ shapes, districts, palette, messages, attribution, onToggle, onHover, onFocus }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<Instance | null>(null);
  const order = districts.map((d) => d.slug).join(',');

  const emitToggle = useEffectEvent((slug: string, multi: boolean) => onToggle(slug, multi));
  const emitHover = useEffectEvent((slug: string | null) => onHover(slug));
  const emitFocus = useEffectEvent((slug: string | null) => onFocus(slug));

  useEffect(() => {
    const container = containerRef.current;
    const extent = shapesBounds(shapes);
    if (!container || !extent) return;
    let teardown = () => {};
    // In a task of its own: made in the commit that shows the map, it joined that commit in one long task.
    const cancelStart = inNextTask(() => {
      const bounds = L.latLngBounds([extent.south, extent.west], [extent.north, extent.east]);
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      // One-finger drags scroll the page on touch screens until the reader taps the map.
      const finePointer = window.matchMedia('(pointer: fine)').matches;

      const map = L.map(container, {
        attributionControl: false,
        zoomControl: false,
        scrollWheelZoom: false,
        // A double click is two selection toggles here, not a zoom.
        doubleClickZoom: false,
        dragging: finePointer,
        zoomSnap: 0.25,
        zoomAnimation: !reduceMotion,
        fadeAnimation: !reduceMotion,
        markerZoomAnimation: !reduceMotion,
        maxBounds: bounds.pad(0.5),
        maxBoundsViscosity: 1,
      });
      const panes = [
        [PANES.focus, 440],
        [PANES.selection, 450],
        [PANES.labels, 620],
      ] as const;
      for (const [name, zIndex] of panes) map.createPane(name).style.zIndex = String(zIndex);
      map.getPane(PANES.labels)?.setAttribute('aria-hidden', 'true');
      const focusRenderer = L.svg({ pane: PANES.focus });
      const selectionRenderer = L.svg({ pane: PANES.selection });

      // While a fit runs, zoom events are ours and must not count as the reader's own zoom.
      let fitting = false;
      let followContainer = true;
      const showZoom = () => {
        container.dataset.zoom = String(map.getZoom());
      };
      /** Room for the controls, so that no district starts out hidden under a button or the credit. */
      const controlsPadding = () => {
        const corner = (name: string) => container.querySelector<HTMLElement>(`.leaflet-${name}`)?.offsetHeight ?? 0;
        return {
          topLeft: L.point(PADDING, Math.max(PADDING, corner('top.leaflet-left'))),
          bottomRight: L.point(PADDING, Math.max(PADDING, corner('bottom.leaflet-right'))),
        };
      };
      const fit = () => {
        const size = map.getSize();
        if (size.x === 0 || size.y === 0) return;
        fitting = true;
        const { topLeft, bottomRight } = controlsPadding();
        const limits = zoomLimits(map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)));
        map.setMinZoom(limits.min).setMaxZoom(limits.max);
        map.fitBounds(bounds, { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: false });
        fitting = false;
        showZoom();
      };
      // Measuring the controls forces a layout: in an animation frame it is the layout the frame does anyway.
      let fitFrame = 0;
      const fitSoon = () => {
        cancelAnimationFrame(fitFrame);
        fitFrame = requestAnimationFrame(fit);
      };
      map.setView(bounds.getCenter(), 10, { animate: false });
      // At once: the shapes below are then projected for the fitted zoom only (no controls to measure yet).
      fit();

      const byShape = new Map(shapes.map((s) => [s.slug, s]));
      const layers = new Map<string, DistrictLayers>();
      for (const slug of order.split(',')) {
        const source = byShape.get(slug);
        if (!source) continue;
        const latLngs = toLatLngs(source);
        const shape = L.polygon(latLngs, { className: 'district-map__shape', fillOpacity: 1 }).addTo(map);
        const path = shape.getElement() as SVGPathElement;
        path.setAttribute('tabindex', '0');
        path.setAttribute('role', 'button');
        const outline = (options: L.PolylineOptions) =>
          L.polygon(latLngs, { ...options, fill: false, interactive: false, lineJoin: 'round' });
        const selection = L.featureGroup([
          outline({ renderer: selectionRenderer, pane: PANES.selection, weight: 5.5 }),
          outline({ renderer: selectionRenderer, pane: PANES.selection, weight: 3 }),
        ]);
        const focusRing = L.featureGroup([
          outline({ renderer: focusRenderer, pane: PANES.focus, weight: 12 }),
          outline({ renderer: focusRenderer, pane: PANES.focus, weight: 9 }),
        ]);

        const point = labelPoint(source);
        let label: DistrictLayers['label'] = null;
        if (point) {
          const root = document.createElement('span');
          root.className = 'district-map__label';
          const name = document.createElement('span');
          name.className = 'district-map__label-name';
          const count = document.createElement('span');
          count.className = 'district-map__label-count';
          root.append(name, ' ', count);
          const anchor = L.latLng(point[1], point[0]);
          L.marker(anchor, {
            icon: L.divIcon({ html: root, className: 'district-map__label-icon', iconSize: [0, 0] }),
            pane: PANES.labels,
            interactive: false,
            keyboard: false,
          }).addTo(map);
          label = { anchor, root, name, count };
        }

        shape.on('click', (e: L.LeafletMouseEvent) => emitToggle(slug, withModifier(e.originalEvent)));
        shape.on('mouseover', () => emitHover(slug));
        shape.on('mouseout', () => emitHover(null));
        path.addEventListener('keydown', (e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          // Space would scroll the page, and a held key would toggle the district on and off.
          e.preventDefault();
          if (!e.repeat) emitToggle(slug, withModifier(e));
        });
        path.addEventListener('focus', () => {
          if (path.matches(':focus-visible')) focusRing.addTo(map);
          emitFocus(slug);
        });
        path.addEventListener('blur', () => {
          focusRing.remove();
          emitFocus(null);
        });
        layers.set(slug, { shape, path, selection, focusRing, label });
      }

      // Measuring labels forces a layout; done in the next animation frame it reuses the layout the frame needs
      // anyway instead of forcing an extra one in the middle of React's commit (seen in filter-change profiles).
      let layoutFrame = 0;
      const layoutLabels = () => {
        cancelAnimationFrame(layoutFrame);
        layoutFrame = requestAnimationFrame(() => {
          const placed = [...layers.values()].flatMap((l) => (l.label ? [l.label] : []));
          const boxes = placed.map(({ anchor, root }) => {
            const p = map.latLngToLayerPoint(anchor);
            return { x: p.x, y: p.y, width: root.offsetWidth, height: root.offsetHeight };
          });
          spreadLabels(boxes).forEach(({ dx, dy }, i) => {
            placed[i].root.style.setProperty('--dx', `${dx.toFixed(1)}px`);
            placed[i].root.style.setProperty('--dy', `${dy.toFixed(1)}px`);
          });
        });
      };

      map.on('zoomstart', () => {
        if (!fitting) followContainer = false;
      });
      map.on('dragstart', () => {
        followContainer = false;
      });
      map.on('zoomend', () => {
        showZoom();
        layoutLabels();
      });

      // The wheel zooms only once the reader has chosen the map, so scrolling the page never gets stuck.
      const engage = () => {
        map.scrollWheelZoom.enable();
        map.dragging.enable();
      };
      const release = () => map.scrollWheelZoom.disable();
      const onFocusOut = (e: FocusEvent) => {
        if (e.relatedTarget instanceof Node && container.contains(e.relatedTarget)) return;
        release();
        if (!finePointer) map.dragging.disable();
      };
      container.addEventListener('focusin', engage);
      container.addEventListener('click', engage);
      container.addEventListener('focusout', onFocusOut);
      container.addEventListener('mouseleave', release);

      const resizeObserver = new ResizeObserver(() => {
        map.invalidateSize({ animate: false });
        if (followContainer) fitSoon();
        layoutLabels();
      });
      resizeObserver.observe(container);

      const created: Instance = {
        map,
        districts: layers,
        layoutLabels,
        resetView: () => {
          followContainer = true;
          fit();
        },
        refit: () => {
          if (followContainer) fitSoon();
        },
      };
      setInstance(created);
      teardown = () => {
        cancelAnimationFrame(fitFrame);
        cancelAnimationFrame(layoutFrame);
        resizeObserver.disconnect();
        container.removeEventListener('focusin', engage);
        container.removeEventListener('click', engage);
        container.removeEventListener('focusout', onFocusOut);
        container.removeEventListener('mouseleave', release);
        map.remove();
        delete container.dataset.zoom;
      };
    });
    return () => {
      cancelStart();
      teardown();
      setInstance(null);
    };
  }, [shapes, order]);

  useEffect(() => {
    if (!instance) return;
    for (const d of districts) {
      const layers = instance.districts.get(d.slug);
      if (!layers) continue;
      layers.shape.setStyle({ color: palette.stroke, weight: 1, opacity: 1, fillColor: d.fill, fillOpacity: 1 });
      layers.path.setAttribute('aria-label', d.description);
      layers.path.setAttribute('aria-pressed', String(d.selected));
      const [selectionCasing, selectionLine] = layers.selection.getLayers() as L.Polygon[];
      selectionCasing.setStyle({ color: palette.casing });
      selectionLine.setStyle({ color: palette.accent });
      const [focusCasing, focusLine] = layers.focusRing.getLayers() as L.Polygon[];
      focusCasing.setStyle({ color: palette.casing });
      focusLine.setStyle({ color: palette.focus });
      if (d.selected) layers.selection.addTo(instance.map);
      else layers.selection.remove();
      if (layers.label) {
        layers.label.name.textContent = d.label.name;
        layers.label.count.textContent = d.label.count;
        layers.label.root.classList.toggle('district-map__label--muted', d.pledges === 0);
        layers.label.root.classList.toggle('district-map__label--selected', d.selected);
      }
    }
    instance.layoutLabels();
  }, [instance, districts, palette]);

  useEffect(() => {
    if (!instance) return;
    const { map } = instance;

    const zoom = L.control.zoom({ position: 'topleft', zoomInTitle: messages.zoomIn, zoomOutTitle: messages.zoomOut });
    const reset = new L.Control({ position: 'topleft' });
    reset.onAdd = () => {
      const bar = L.DomUtil.create('div', 'leaflet-bar district-map__reset');
      const button = L.DomUtil.create('button', 'district-map__reset-button', bar);
      button.type = 'button';
      button.title = messages.resetView;
      button.setAttribute('aria-label', messages.resetView);
      const icon = L.DomUtil.create('span', '', button);
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '⤢';
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(button, 'click', () => instance.resetView());
      return bar;
    };
    const credit = new L.Control({ position: 'bottomright' });
    credit.onAdd = () => {
      const box = L.DomUtil.create('div', 'leaflet-control-attribution district-map__attribution');
      box.title = attribution;
      // Leaflet's own attribution control writes HTML; this one only ever writes text.
      box.textContent = `Leaflet | ${messages.attributionShort}`;
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    for (const control of [zoom, reset, credit]) control.addTo(map);
    instance.refit();
    return () => {
      for (const control of [zoom, reset, credit]) control.remove();
    };
  }, [instance, messages, attribution]);

  return <div ref={containerRef} className="district-map__canvas" role="group" aria-label={messages.mapName} />;
}
