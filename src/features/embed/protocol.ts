/**
 * The messages between an embedded dashboard and its host page. Like Datawrapper's and Flourish's, they are
 * plain objects with a namespaced type and a height in CSS pixels; `public/embed.js` is the host's side.
 */
export const HEIGHT_MESSAGE = 'szpledges:height';
/** Sent by a host script that started after the frame: "tell me your height again". */
export const PING_MESSAGE = 'szpledges:ping';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The content's height in whole CSS pixels, rounded up so nothing is cut off. */
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(Math.max(0, height)) };
}

export const isPing = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PING_MESSAGE;
