/**
 * Colours of the district map and the sequential scale that shades districts by pledge count.
 * Leaflet writes colours into SVG attributes, where CSS custom properties do not apply, so the map's
 * colours live here, one set per resolved scheme, and are checked for contrast by the unit tests.
 */
import type { ResolvedScheme } from '../../shared/ui/scheme';

export interface MapPalette {
  /** Behind the shapes: sea and land outside Shenzhen. */
  background: string;
  /** Every district's outline; must stand out from the background and from the muted fill. */
  stroke: string;
  /** Districts with no pledge in view. */
  muted: string;
  /** One hue, fewest pledges first: light to dark on white, dark to light on navy. */
  ramp: readonly string[];
  /** Selection outline (the page's accent). */
  accent: string;
  focus: string;
  /** Drawn under the accent and focus lines so that they read on every fill. */
  casing: string;
  labelBackground: string;
  labelInk: string;
  labelMutedInk: string;
}

export const PALETTES: Record<ResolvedScheme, MapPalette> = {
  light: {
    background: '#f4f6fa',
    stroke: '#5c6b80',
    muted: '#e6e8eb',
    ramp: ['#cfe1f3', '#9dc1e6', '#6a9dd2', '#3a75b5', '#174e8d'],
    accent: '#c8102e',
    focus: '#1d5fd1',
    casing: '#ffffff',
    labelBackground: '#ffffff',
    labelInk: '#14243d',
    labelMutedInk: '#4a5a72',
  },
  dark: {
    background: '#0e1a2e',
    stroke: '#8d9bb3',
    // Dark fills show little of their hue, so lightness must part the land with no pledges both from the sea
    // (1.4:1) and from the fewest pledges (1.9:1); at 1.3:1 and 1.1:1 they read as one on a screen.
    muted: '#2e3541',
    ramp: ['#2f6094', '#507db0', '#719ccc', '#93bbe8', '#b7dbff'],
    accent: '#ff6b7d',
    focus: '#8ab4ff',
    casing: '#0b1526',
    labelBackground: '#0b1526',
    labelInk: '#e8eef7',
    labelMutedInk: '#a9b6c9',
  },
};

export interface PledgeClass {
  /** Inclusive bounds. */
  from: number;
  to: number;
  fill: string;
}

/**
 * Equal-width classes from 1 to `max` pledges, at most one per ramp colour. Small maxima get one class
 * per count so that the legend never shows a range nobody falls in; the top class always takes the
 * ramp's strongest colour, so the district with most pledges in view always stands out.
 */
export function pledgeClasses(max: number, ramp: readonly string[]): PledgeClass[] {
  if (!Number.isFinite(max) || max < 1 || ramp.length === 0) return [];
  const top = Math.floor(max);
  const width = Math.ceil(top / ramp.length);
  const count = Math.ceil(top / width);
  const last = ramp.length - 1;
  return Array.from({ length: count }, (_, i) => {
    const stepsFromTop = count - 1 - i;
    const colour = count === 1 ? last : last - Math.round((stepsFromTop * last) / (count - 1));
    return { from: i * width + 1, to: Math.min((i + 1) * width, top), fill: ramp[colour] };
  });
}

/** The fill of a district with `pledges` pledges in view: muted for none, else its class's colour. */
export function fillFor(pledges: number, classes: readonly PledgeClass[], palette: MapPalette): string {
  if (pledges < 1) return palette.muted;
  const match = classes.find((c) => pledges >= c.from && pledges <= c.to);
  return match?.fill ?? classes.at(-1)?.fill ?? palette.muted;
}
