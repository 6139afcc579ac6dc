/**
 * The interactive map's React side; the Leaflet pieces it assembles are in leafletParts.ts. It creates the map
 * once per set of shapes, wires the districts' pointer and keyboard events to the page, restyles the
 * existing layers when the data, selection, scheme or language change (the reader's zoom and pan
 * survive a filter change), and removes the map on unmount.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { inTaskSequence } from '../../shared/ui/nextTask';
import { districtLocator, shapesBounds, type DistrictShape } from './geometry';
import {
  addDistrict,
  addPanes,
  createMap,
  fitToBounds,
  labelPlacer,
  mapControls,
  showDistrict,
  type DistrictLayers,
  type Renderers,
} from './leafletParts';
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

interface Instance {
  /** True once its map is removed: an effect of the same commit may still hold it. */
  disposed: () => boolean;
  map: L.Map;
  districts: Map<string, DistrictLayers>;
  layoutLabels: () => void;
  resetView: () => void;
  /**
   * The controls were put in (first) or replaced (another language): fits Shenzhen clear of them again unless the
   * reader has zoomed or panned, and shows the map once its labels are placed, if it was waiting for them.
   */
  controlsChanged: () => void;
}

/** The container's class while the map is being made over several tasks: hidden, and busy to assistive technology. */
const BUILDING = 'district-map__canvas--building';

const withModifier = (e: MouseEvent | KeyboardEvent) => e.ctrlKey || e.metaKey || e.shiftKey;

export function LeafletMap({ shapes, districts, palette, messages, attribution, onToggle, onHover, onFocus }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<Instance | null>(null);
  const order = districts.map((d) => d.slug).join(',');

  const emitToggle = useEffectEvent((slug: string, multi: boolean) => onToggle(slug, multi));
  const emitHover = useEffectEvent((slug: string | null) => onHover(slug));
  const emitFocus = useEffectEvent((slug: string | null) => onFocus(slug));
  const loadingText = useEffectEvent(() => messages.loading);
  // What a district shows as it is made: the data and colours of the render that is current by then.
  const show = useEffectEvent((map: L.Map, slug: string, layers: DistrictLayers) => {
    const view = districts.find((d) => d.slug === slug);
    if (view) showDistrict(map, layers, view, palette);
  });

  // A layout effect: the container says "loading" from its first paint, with no empty frame after the placeholder
  // before it. The work itself is in tasks of its own.
  useLayoutEffect(() => {
    const container = containerRef.current;
    const extent = shapesBounds(shapes);
    if (!container || !extent) return;
    const bounds = L.latLngBounds([extent.south, extent.west], [extent.north, extent.east]);
    // One-finger drags scroll the page on touch screens until the reader taps the map.
    const finePointer = window.matchMedia('(pointer: fine)').matches;
    const byShape = new Map(shapes.map((s) => [s.slug, s]));
    const layers = new Map<string, DistrictLayers>();
    let map: L.Map | null = null;
    let renderers: Renderers | null = null;
    let teardown = () => {};

    // While a fit runs, zoom events are ours and must not count as the reader's own zoom.
    let fitting = false;
    let followContainer = true;
    // Written once the map shows, so that a wait for the zoom (the tests' and the bench's) waits for a whole map.
    let shownWhole = false;
    // Set by the cleanup: effects of the same commit may still hold this instance, whose map is gone.
    let disposed = false;
    const showZoom = () => {
      if (map && shownWhole) container.dataset.zoom = String(map.getZoom());
    };
    const fit = () => {
      if (!map) return;
      fitting = true;
      fitToBounds(map, container, bounds);
      fitting = false;
      showZoom();
    };

    const start = () => {
      map = createMap(container, bounds, finePointer);
      renderers = addPanes(map);
      map.setView(bounds.getCenter(), 10, { animate: false });
      // At once: the shapes below are then projected for the fitted zoom only (no controls to measure yet).
      fit();
    };

    const addOne = (slug: string) => {
      const source = byShape.get(slug);
      if (!map || !renderers || !source) return;
      const district = addDistrict(map, source, renderers);
      const { shape, path, focusRing } = district;
      const built = map;
      // Coloured, named and labelled as it is made, not only once the whole map is: a shape would otherwise be a
      // button without a name (an accessibility scan caught that moment), and a label an empty box to measure.
      show(map, slug, district);
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
        if (path.matches(':focus-visible')) focusRing.addTo(built);
        emitFocus(slug);
      });
      path.addEventListener('blur', () => {
        focusRing.remove();
        emitFocus(null);
      });
      layers.set(slug, district);
    };

    const finish = () => {
      if (!map) return;
      const built = map;
      const placeLabels = labelPlacer(built, [...layers.values()], districtLocator(shapes));
      // Fitting and placing labels both measure (the controls, the labels), which forces a layout: in an animation
      // frame it is the layout the frame does anyway. One frame does both, the fit first, since a fit that changes
      // the zoom moves every label; the map shows from the first frame whose labels are in place.
      let frame = 0;
      let fitPending = false;
      let inFrame = false;
      // Shown once the controls are in: fitting clear of them can move the whole map by a few pixels.
      let controlsIn = false;
      const schedule = (withFit: boolean) => {
        fitPending ||= withFit;
        // A fit's zoomend asks for labels, which this frame places anyway.
        if (inFrame || disposed) return;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          inFrame = true;
          try {
            if (fitPending) fit();
            fitPending = false;
            placeLabels();
          } finally {
            inFrame = false;
          }
          if (!controlsIn || shownWhole) return;
          shownWhole = true;
          showZoom();
          container.classList.remove(BUILDING);
          container.removeAttribute('aria-busy');
        });
      };
      const layoutLabels = () => schedule(false);

      built.on('zoomstart', () => {
        if (!fitting) followContainer = false;
      });
      built.on('dragstart', () => {
        followContainer = false;
      });
      built.on('zoomend', () => {
        showZoom();
        layoutLabels();
      });

      // The wheel zooms only once the reader has chosen the map, so scrolling the page never gets stuck.
      const engage = () => {
        built.scrollWheelZoom.enable();
        built.dragging.enable();
      };
      const release = () => built.scrollWheelZoom.disable();
      const onFocusOut = (e: FocusEvent) => {
        if (e.relatedTarget instanceof Node && container.contains(e.relatedTarget)) return;
        release();
        if (!finePointer) built.dragging.disable();
      };
      container.addEventListener('focusin', engage);
      container.addEventListener('click', engage);
      container.addEventListener('focusout', onFocusOut);
      container.addEventListener('mouseleave', release);

      const resizeObserver = new ResizeObserver(() => {
        built.invalidateSize({ animate: false });
        schedule(followContainer);
      });
      resizeObserver.observe(container);

      setInstance({
        disposed: () => disposed,
        map: built,
        districts: layers,
        layoutLabels,
        resetView: () => {
          followContainer = true;
          fit();
        },
        controlsChanged: () => {
          controlsIn = true;
          schedule(followContainer);
        },
      });
      teardown = () => {
        cancelAnimationFrame(frame);
        resizeObserver.disconnect();
        container.removeEventListener('focusin', engage);
        container.removeEventListener('click', engage);
        container.removeEventListener('focusout', onFocusOut);
        container.removeEventListener('mouseleave', release);
      };
    };

    // Made in a task of its own and then a district per task: in one task, the whole map took 150 ms on a
    // phone-speed CPU (Lighthouse's 4× slowdown), which the page cannot answer a tap through. Hidden until it is
    // whole, so that nobody sees it assembled piece by piece.
    container.classList.add(BUILDING);
    container.setAttribute('aria-busy', 'true');
    container.dataset.loading = loadingText();
    const cancelSteps = inTaskSequence([start, ...order.split(',').map((slug) => () => addOne(slug)), finish]);
    return () => {
      disposed = true;
      cancelSteps();
      teardown();
      map?.remove();
      delete container.dataset.zoom;
      container.classList.remove(BUILDING);
      container.removeAttribute('aria-busy');
      delete container.dataset.loading;
      setInstance(null);
    };
  }, [shapes, order]);

  useEffect(() => {
    if (!instance || instance.disposed()) return;
    let labelsResized = false;
    for (const d of districts) {
      const layers = instance.districts.get(d.slug);
      if (layers && showDistrict(instance.map, layers, d, palette)) labelsResized = true;
    }
    // Labels keep their places unless one changed size (placing them measures every label).
    if (labelsResized) instance.layoutLabels();
  }, [instance, districts, palette]);

  useEffect(() => {
    if (!instance || instance.disposed()) return;
    const { map } = instance;

    const controls = mapControls(messages, attribution, () => instance.resetView());
    for (const control of controls) control.addTo(map);
    // Leaflet puts its controls after the map's panes: Tab went through all ten districts before reaching the
    // zoom and reset buttons drawn above them at the top left. First in the box, they come first.
    const box = map.getContainer();
    const controlBox = box.querySelector(':scope > .leaflet-control-container');
    if (controlBox) box.prepend(controlBox);
    instance.controlsChanged();
    return () => {
      for (const control of controls) control.remove();
    };
  }, [instance, messages, attribution]);

  return <div ref={containerRef} className="district-map__canvas" role="group" aria-label={messages.mapName} />;
}
