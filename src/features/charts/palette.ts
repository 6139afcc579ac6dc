/**
 * Colours of the charts, written into their SVG as attributes: the exported PNG is drawn from that SVG alone,
 * where the page's CSS custom properties do not reach, so the values of src/styles.css are restated here per
 * scheme, and the contrast of every text colour is checked by the tests.
 */
import type { ResolvedScheme } from '../../shared/ui/scheme';

export interface HeatSegment {
  /** Cell fills from the segment's lowest to its highest count. */
  from: string;
  to: string;
  /** The label colour for every fill in the segment. */
  text: string;
}

export interface ChartPalette {
  background: string;
  ink: string;
  muted: string;
  /** Gridlines and axis lines: visible but quiet. */
  line: string;
  accent: string;
  /** How far bars that are not selected (while some are) fade into the background, 0 to 1. */
  fade: number;
  /**
   * The count scale of the theme × place chart, one hue from light to dark (light scheme) or dark to bright
   * (dark scheme). It jumps over the middle lightness on purpose: there neither ink nor paper text would reach
   * 4.5:1, so low counts take one text colour and high counts the other.
   */
  heat: { low: HeatSegment; high: HeatSegment };
}

export const PALETTES: Record<ResolvedScheme, ChartPalette> = {
  light: {
    background: '#ffffff',
    ink: '#14243d',
    muted: '#4a5a72',
    line: '#d5dce7',
    accent: '#c8102e',
    fade: 0.65,
    heat: {
      low: { from: '#e3ecf8', to: '#a9c1e3', text: '#14243d' },
      high: { from: '#3b5f94', to: '#14284a', text: '#ffffff' },
    },
  },
  dark: {
    background: '#0b1526',
    ink: '#e8eef7',
    muted: '#a9b6c9',
    line: '#2a3b58',
    accent: '#ff6b7d',
    fade: 0.6,
    heat: {
      low: { from: '#1c3354', to: '#2d5490', text: '#e8eef7' },
      high: { from: '#7fa6e6', to: '#c4daff', text: '#0b1526' },
    },
  },
};

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  return toHex(a.map((c, i) => c + (b[i] - c) * t));
}

/** Fill and label colour of a cell holding `count` when the largest cell holds `max`. */
export function heatColor(count: number, max: number, palette: ChartPalette): { fill: string; text: string } {
  const t = max <= 1 ? 1 : (count - 1) / (max - 1);
  const segment = t < 0.5 ? palette.heat.low : palette.heat.high;
  const local = t < 0.5 ? t * 2 : (t - 0.5) * 2;
  return { fill: mix(segment.from, segment.to, local), text: segment.text };
}
