/**
 * What a chart builder lays out and ChartSvg draws: plain shapes in CSS px, with their colours resolved, so a
 * builder is a pure function that tests can read without a DOM, and the PNG export draws the same picture.
 */
import type { ChartHit } from './model';

export interface SceneText {
  x: number;
  /** The middle of the first line. */
  y: number;
  /** One entry per line, each line `lineHeight` below the one before. */
  lines: readonly string[];
  lineHeight: number;
  size: number;
  bold: boolean;
  color: string;
  anchor: 'start' | 'middle' | 'end';
  /** Turned this many degrees counter-clockwise about (x, y): 90 reads bottom to top. */
  turn?: number;
}

export interface SceneRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** An outline centred on the rectangle's edge. */
  stroke?: { color: string; width: number };
}

export interface SceneLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
}

/** Something a pointer can click: a bar or a cell with its number, or a theme's name. */
export interface SceneTarget {
  /** Stable across redraws of the same chart, so a redraw updates each shape in place. */
  key: string;
  hit: ChartHit;
  /** What a hover shows (a native tooltip): plain text. */
  tip: string;
  /** The area that takes the click; transparent. */
  area: Omit<SceneRect, 'fill' | 'stroke'>;
  mark?: SceneRect;
  texts: readonly SceneText[];
}

export interface ChartScene {
  width: number;
  height: number;
  /** Gridlines and axis lines, under everything else. */
  lines: readonly SceneLine[];
  /** Labels that are not click targets (the value axis). */
  labels: readonly SceneText[];
  targets: readonly SceneTarget[];
}

/** The y of each line of a text block centred on `middle`. */
export function centredLines(text: string, middle: number, lineHeight: number): Pick<SceneText, 'y' | 'lines'> {
  const lines = text.split('\n');
  return { lines, y: middle - ((lines.length - 1) * lineHeight) / 2 };
}
