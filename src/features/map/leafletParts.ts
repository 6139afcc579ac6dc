/**
 * The Leaflet pieces LeafletMap assembles: panes, one district's layers, the label placement and the controls.
 * Plain functions of Leaflet objects; the component keeps React's side (events, effects, state).
 */
import L from 'leaflet';
import { labelPoint, landShare, zoomLimits, type DistrictAt, type DistrictShape } from './geometry';
import { LABEL_GAP, leaderTo, placeLabels } from './labelPlacement';
import type { MapMessages } from './messages';
import type { DistrictLayerView } from './model';
import type { MapPalette } from './scale';

export interface DistrictLabel {
  /** The district it names. */
  slug: string;
  anchor: L.LatLng;
  marker: L.Marker;
  /** The district's landShare: how much of its box is land. */
  land: number;
  root: HTMLElement;
  name: HTMLElement;
  count: HTMLElement;
}

export interface DistrictLayers {
  shape: L.Polygon;
  path: SVGPathElement;
  selection: L.FeatureGroup;
  focusRing: L.FeatureGroup;
  label: DistrictLabel | null;
  /** What showDistrict last showed, with which colours; null until it first does. */
  shown: { view: DistrictLayerView; palette: MapPalette } | null;
}

/** No tiles: the district shapes are the whole map, kept within reach of Shenzhen. */
export function createMap(container: HTMLElement, bounds: L.LatLngBounds, finePointer: boolean): L.Map {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return L.map(container, {
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
}

const PADDING = 12;

/** Room for the controls, so that no district starts out hidden under a button or the credit. */
function controlsPadding(container: HTMLElement) {
  const corner = (name: string) => container.querySelector<HTMLElement>(`.leaflet-${name}`)?.offsetHeight ?? 0;
  return {
    topLeft: L.point(PADDING, Math.max(PADDING, corner('top.leaflet-left'))),
    bottomRight: L.point(PADDING, Math.max(PADDING, corner('bottom.leaflet-right'))),
  };
}

/** Fits the bounds clear of the controls, and limits zooming to a range around that fit. */
export function fitToBounds(map: L.Map, container: HTMLElement, bounds: L.LatLngBounds) {
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) return;
  const { topLeft, bottomRight } = controlsPadding(container);
  const limits = zoomLimits(map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)));
  map.setMinZoom(limits.min).setMaxZoom(limits.max);
  map.fitBounds(bounds, { paddingTopLeft: topLeft, paddingBottomRight: bottomRight, animate: false });
}

const PANES = { focus: 'district-focus', selection: 'district-selection', labels: 'district-labels' } as const;

export interface Renderers {
  focus: L.Renderer;
  selection: L.Renderer;
}

/** Focus rings under selection outlines under the labels; the labels are decoration to assistive technology. */
export function addPanes(map: L.Map): Renderers {
  const panes = [
    [PANES.focus, 440],
    [PANES.selection, 450],
    [PANES.labels, 620],
  ] as const;
  for (const [name, zIndex] of panes) map.createPane(name).style.zIndex = String(zIndex);
  map.getPane(PANES.labels)?.setAttribute('aria-hidden', 'true');
  return { focus: L.svg({ pane: PANES.focus }), selection: L.svg({ pane: PANES.selection }) };
}

function toLatLngs(shape: DistrictShape): L.LatLngExpression[][][] {
  return shape.polygons.map((polygon) => polygon.map((ring) => ring.map(([lng, lat]) => L.latLng(lat, lng))));
}

function addLabel(map: L.Map, source: DistrictShape): DistrictLabel | null {
  const point = labelPoint(source);
  if (!point) return null;
  const root = document.createElement('span');
  root.className = 'district-map__label';
  const name = document.createElement('span');
  name.className = 'district-map__label-name';
  const count = document.createElement('span');
  count.className = 'district-map__label-count';
  root.append(name, ' ', count);
  const anchor = L.latLng(point[1], point[0]);
  const marker = L.marker(anchor, {
    icon: L.divIcon({ html: root, className: 'district-map__label-icon', iconSize: [0, 0] }),
    pane: PANES.labels,
    interactive: false,
    keyboard: false,
  }).addTo(map);
  return { slug: source.slug, anchor, land: landShare(source), marker, root, name, count };
}

/**
 * A district as a focusable button-like shape, with its selection outline (added to the map when first shown)
 * and focus ring (added when shown), and its label. Two strokes each: a casing in the page colour keeps the line
 * visible on any fill.
 */
export function addDistrict(map: L.Map, source: DistrictShape, renderers: Renderers): DistrictLayers {
  const latLngs = toLatLngs(source);
  const shape = L.polygon(latLngs, { className: 'district-map__shape', fillOpacity: 1 }).addTo(map);
  const path = shape.getElement() as SVGPathElement;
  path.setAttribute('tabindex', '0');
  path.setAttribute('role', 'button');
  const outline = (renderer: L.Renderer, pane: string, weight: number) =>
    L.polygon(latLngs, { renderer, pane, weight, fill: false, interactive: false, lineJoin: 'round' });
  const selection = L.featureGroup([
    outline(renderers.selection, PANES.selection, 5.5),
    outline(renderers.selection, PANES.selection, 3),
  ]);
  const focusRing = L.featureGroup([
    outline(renderers.focus, PANES.focus, 12),
    outline(renderers.focus, PANES.focus, 9),
  ]);
  return { shape, path, selection, focusRing, label: addLabel(map, source), shown: null };
}

/**
 * Shows a district as the page's data has it: its fill, name, count, and whether it is selected. Only what differs
 * from what it showed last is written: a Leaflet restyle rewrites every attribute of the path, and a filter change
 * often changes one district of ten. Returns whether its label may have changed size, which moves labels.
 */
export function showDistrict(
  map: L.Map,
  layers: DistrictLayers,
  view: DistrictLayerView,
  palette: MapPalette,
): boolean {
  const last = layers.shown;
  layers.shown = { view, palette };
  if (!last || last.palette !== palette || last.view.fill !== view.fill) {
    layers.shape.setStyle({ color: palette.stroke, weight: 1, opacity: 1, fillColor: view.fill, fillOpacity: 1 });
  }
  if (last?.view.description !== view.description) layers.path.setAttribute('aria-label', view.description);
  if (last?.view.selected !== view.selected) layers.path.setAttribute('aria-pressed', String(view.selected));
  if (last?.palette !== palette) {
    const [selectionCasing, selectionLine] = layers.selection.getLayers() as L.Polygon[];
    selectionCasing.setStyle({ color: palette.casing });
    selectionLine.setStyle({ color: palette.accent });
    const [focusCasing, focusLine] = layers.focusRing.getLayers() as L.Polygon[];
    focusCasing.setStyle({ color: palette.casing });
    focusLine.setStyle({ color: palette.focus });
  }
  // Added the first time the district is selected, then shown and hidden: adding it again projected every point of
  // its outline, about 0.4 ms of each filter change (CPU profile, 40 changes).
  if (view.selected && !map.hasLayer(layers.selection)) layers.selection.addTo(map);
  for (const outline of layers.selection.getLayers() as L.Path[]) {
    outline.getElement()?.classList.toggle('district-map__outline--off', !view.selected);
  }
  const { label } = layers;
  if (!label) return false;
  // Selection draws an outline, which leaves the label's size as it was.
  label.root.classList.toggle('district-map__label--selected', view.selected);
  const resized =
    last?.view.label.name !== view.label.name ||
    last.view.label.count !== view.label.count ||
    last.view.pledges !== view.pledges;
  if (!resized) return false;
  label.name.textContent = view.label.name;
  label.count.textContent = view.label.count;
  label.root.classList.toggle('district-map__label--muted', view.pledges === 0);
  return true;
}

/** Enough to put a label below every other: Leaflet's own z-index for a label is its point's y on screen. */
const CALLOUTS_BENEATH = -1_000_000;

/**
 * The selected label's ring (map.css), drawn outside the box that offsetWidth measures: labels are kept this much
 * further apart, so a ring never touches a neighbour (two selected neighbours' rings may meet). Twice as much moved
 * the labels of a phone's English map enough to run a leader under another label.
 */
const SELECTION_RING = 1;

/**
 * A function that places the labels (see placeLabels): off districts too small to carry them, with a leader line,
 * and apart from each other. It reads every label's size, so it forces a layout if one is pending. Asked again with
 * every label's size and place as they were (a resize or control change that moved nothing), it keeps the last
 * placement without working it out again.
 */
export function labelPlacer(map: L.Map, districts: readonly DistrictLayers[], districtAt: DistrictAt): () => void {
  const labelled = districts.flatMap(({ shape, label }) => (label ? [{ shape, label }] : []));
  let placed = '';
  return () => {
    const boxes = labelled.map(({ shape, label: { slug, anchor, land, root } }) => {
      const p = map.latLngToLayerPoint(anchor);
      const bounds = shape.getBounds();
      const topLeft = map.latLngToLayerPoint(bounds.getNorthWest());
      const bottomRight = map.latLngToLayerPoint(bounds.getSouthEast());
      return {
        slug,
        x: p.x,
        y: p.y,
        width: root.offsetWidth,
        height: root.offsetHeight,
        district: { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y },
        land,
      };
    });
    const key = JSON.stringify(boxes);
    if (key === placed) return;
    placed = key;
    const screenDistrictAt = (x: number, y: number) => {
      const { lng, lat } = map.layerPointToLatLng(L.point(x, y));
      return districtAt([lng, lat]);
    };
    placeLabels(boxes, screenDistrictAt, LABEL_GAP + SELECTION_RING).forEach(({ dx, dy, callout }, i) => {
      const { root, marker } = labelled[i].label;
      const { style, classList } = root;
      style.setProperty('--dx', `${dx.toFixed(1)}px`);
      style.setProperty('--dy', `${dy.toFixed(1)}px`);
      classList.toggle('district-map__label--callout', callout);
      const leader = leaderTo({ dx, dy }, boxes[i].height);
      // Leaflet stacks labels by their points, south on top; a leader drawn over another label would strike out its
      // text, so called-out labels, leaders and all, go beneath the rest, the longest leaders lowest (labels
      // themselves never overlap).
      marker.setZIndexOffset(callout ? CALLOUTS_BENEATH - Math.round(leader.length * 1000) : 0);
      if (!callout) return;
      style.setProperty('--leader-length', `${leader.length.toFixed(1)}px`);
      style.setProperty('--leader-angle', `${leader.angle.toFixed(3)}rad`);
    });
  };
}

/** Zoom buttons, a reset button and a text-only credit. */
export function mapControls(messages: MapMessages, attribution: string, onReset: () => void): L.Control[] {
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
    L.DomEvent.on(button, 'click', onReset);
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
  return [zoom, reset, credit];
}
