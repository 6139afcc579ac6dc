/**
 * The URL contract (BRIEF §3), declared once: which query parameters the dashboard reads, how they are
 * parsed and validated, and how they are written back. Invalid values are dropped and defaults apply (ids the
 * dataset does not know are ignored by the selectors); parameters it does not know are left untouched.
 */
import type { SpeakerGroup } from '../dataset/schema';

export const LANGS = ['zh', 'en'] as const;
export const SCHEMES = ['system', 'light', 'dark'] as const;
export const SPEAKER_GROUPS: readonly SpeakerGroup[] = ['district', 'institution', 'company', 'collective'];
export const MODES = ['dashboard', 'present'] as const;
/** The single widgets an embed can show (`view=`). */
export const WIDGETS = ['map', 'themes', 'timeline', 'summary'] as const;
export const BACKGROUNDS = ['page', 'transparent'] as const;

export type Lang = (typeof LANGS)[number];
export type Scheme = (typeof SCHEMES)[number];
export type Mode = (typeof MODES)[number];
export type Widget = (typeof WIDGETS)[number];
export type Background = (typeof BACKGROUNDS)[number];

/** Seconds per slide in meeting-room mode: the default, and the range a URL may ask for. */
export const INTERVAL = { default: 12, min: 0.2, max: 3600 } as const;
/** Seconds between dataset refetches (`refresh=`); shorter asks would hammer the server. */
export const REFRESH = { min: 5, max: 86_400 } as const;
const MAX_SLIDE = 10_000;

export interface ViewState {
  /**
   * District slugs, theme and section ids are checked against the dataset by the selectors, which ignore unknown
   * ones: a dataset that adds a district (深汕特别合作区, say) can be filtered by it like any other.
   */
  districts: string[];
  themes: string[];
  sections: string[];
  groups: SpeakerGroup[];
  q: string;
  lang: Lang;
  scheme: Scheme;
  /** `mode=present`: the meeting-room story instead of the dashboard. */
  mode: Mode;
  /** `interval=`: seconds each slide stays before the story advances by itself. */
  interval: number;
  /** `slide=`: the 1-based slide a presentation starts at; null for the first. */
  slide: number | null;
  /** `loop=1`: a lobby screen starts again after the last slide. */
  loop: boolean;
  /** `embed=1`: no page chrome, for iframes in other systems' pages. */
  embed: boolean;
  /** `view=`: one widget alone in an embed; null shows all of them. */
  widget: Widget | null;
  /** `bg=transparent`: let an embedding page's background show through. */
  background: Background;
  /** `refresh=`: seconds between checks for a replaced dataset; null keeps the default. */
  refresh: number | null;
}

export const DEFAULT_VIEW: ViewState = {
  districts: [],
  themes: [],
  sections: [],
  groups: [],
  q: '',
  lang: 'zh',
  scheme: 'system',
  mode: 'dashboard',
  interval: INTERVAL.default,
  slide: null,
  loop: false,
  embed: false,
  widget: null,
  background: 'page',
  refresh: null,
};

/** The patch that leaves meeting-room mode: its own parameters go with it, the filter stays. */
export const LEAVE_PRESENTATION: Partial<ViewState> = {
  mode: 'dashboard',
  interval: INTERVAL.default,
  slide: null,
  loop: false,
};

/** The patch that clears every filter but keeps language and scheme. */
export const CLEARED_FILTERS: Partial<ViewState> = {
  districts: [],
  themes: [],
  sections: [],
  groups: [],
  q: '',
};

/** Longer values are cut: a pasted essay must not end up in every link. */
export const MAX_QUERY_LENGTH = 100;
const MAX_LIST_ITEMS = 50;

/**
 * Search text as the filter uses it. Control and format characters (a right-to-left override, say, which turned
 * the filter line around) match nothing in the source and go; a value that was not valid percent-encoding, which
 * decodes to U+FFFD, is ignored whole; a long one is cut between characters, never inside a surrogate pair.
 */
export function searchText(raw: string): string {
  if (raw.includes('\uFFFD')) return '';
  const text = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .trim();
  return [...text].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const OWNED_PARAMS = [
  'district',
  'theme',
  'section',
  'group',
  'q',
  'lang',
  'scheme',
  'mode',
  'interval',
  'slide',
  'loop',
  'embed',
  'view',
  'bg',
  'refresh',
] as const;

function list<T extends string>(params: URLSearchParams, name: string, allowed?: readonly T[]): T[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v.length <= 64 && ID.test(v) && (!allowed || (allowed as readonly string[]).includes(v)));
  return [...new Set(values)].slice(0, MAX_LIST_ITEMS) as T[];
}

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const value = params.get(name)?.trim().toLowerCase();
  return allowed.find((a) => a === value) ?? fallback;
}

/** A finite number within [min, max] (fractions allowed), or null: no clamping, an odd value means "not set". */
function numberIn(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const text = params.get(name)?.trim() ?? '';
  if (!/^\d{1,6}(?:\.\d{1,3})?$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

const flag = (params: URLSearchParams, name: string): boolean =>
  ['1', 'true', 'yes'].includes(params.get(name)?.trim().toLowerCase() ?? '');

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    districts: list(params, 'district'),
    themes: list(params, 'theme'),
    sections: list(params, 'section'),
    groups: list(params, 'group', SPEAKER_GROUPS),
    q: searchText(params.get('q') ?? ''),
    lang: oneOf(params, 'lang', LANGS, DEFAULT_VIEW.lang),
    scheme: oneOf(params, 'scheme', SCHEMES, DEFAULT_VIEW.scheme),
    mode: oneOf(params, 'mode', MODES, DEFAULT_VIEW.mode),
    interval: numberIn(params, 'interval', INTERVAL.min, INTERVAL.max) ?? INTERVAL.default,
    slide: integerIn(params, 'slide', 1, MAX_SLIDE),
    loop: flag(params, 'loop'),
    embed: flag(params, 'embed'),
    widget: WIDGETS.find((w) => w === params.get('view')?.trim().toLowerCase()) ?? null,
    background: oneOf(params, 'bg', BACKGROUNDS, DEFAULT_VIEW.background),
    refresh: integerIn(params, 'refresh', REFRESH.min, REFRESH.max),
  };
}

function integerIn(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const value = numberIn(params, name, min, max);
  return value !== null && Number.isInteger(value) ? value : null;
}

/** Writes `state` into `search`, keeping parameters other features own; defaults are left out. */
export function serializeViewState(state: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of OWNED_PARAMS) params.delete(name);
  const setList = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  setList('district', state.districts);
  setList('theme', state.themes);
  setList('section', state.sections);
  setList('group', state.groups);
  const q = searchText(state.q);
  if (q) params.set('q', q);
  if (state.lang !== DEFAULT_VIEW.lang) params.set('lang', state.lang);
  if (state.scheme !== DEFAULT_VIEW.scheme) params.set('scheme', state.scheme);
  if (state.mode !== DEFAULT_VIEW.mode) params.set('mode', state.mode);
  if (state.interval !== DEFAULT_VIEW.interval) params.set('interval', String(state.interval));
  if (state.slide !== null) params.set('slide', String(state.slide));
  if (state.loop) params.set('loop', '1');
  if (state.embed) params.set('embed', '1');
  if (state.widget) params.set('view', state.widget);
  if (state.background !== DEFAULT_VIEW.background) params.set('bg', state.background);
  if (state.refresh !== null) params.set('refresh', String(state.refresh));
  // Commas are the contract's list separator; keep them readable in shared links.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
