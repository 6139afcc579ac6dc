/**
 * The URL contract (BRIEF §3), declared once: which query parameters the dashboard reads, how they are
 * parsed and validated, and how they are written back. Unknown or invalid values are dropped and
 * defaults apply; parameters this module does not own (mode, embed, …) are left untouched.
 */
import type { SpeakerGroup } from '../dataset/schema';

export const DISTRICT_SLUGS = [
  'futian',
  'luohu',
  'nanshan',
  'yantian',
  'longgang',
  'dapeng',
  'baoan',
  'longhua',
  'pingshan',
  'guangming',
] as const;
export const LANGS = ['zh', 'en'] as const;
export const SCHEMES = ['system', 'light', 'dark'] as const;
export const SPEAKER_GROUPS: readonly SpeakerGroup[] = ['district', 'institution', 'company', 'collective'];

export type Lang = (typeof LANGS)[number];
export type Scheme = (typeof SCHEMES)[number];

export interface ViewState {
  districts: string[];
  /** Theme and section ids are checked against the dataset by the selectors, which ignore unknown ones. */
  themes: string[];
  sections: string[];
  groups: SpeakerGroup[];
  q: string;
  lang: Lang;
  scheme: Scheme;
}

export const DEFAULT_VIEW: ViewState = {
  districts: [],
  themes: [],
  sections: [],
  groups: [],
  q: '',
  lang: 'zh',
  scheme: 'system',
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
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const OWNED_PARAMS = ['district', 'theme', 'section', 'group', 'q', 'lang', 'scheme'] as const;

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

export function parseViewState(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_VIEW;
  }
  return {
    districts: list(params, 'district', DISTRICT_SLUGS),
    themes: list(params, 'theme'),
    sections: list(params, 'section'),
    groups: list(params, 'group', SPEAKER_GROUPS),
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    lang: oneOf(params, 'lang', LANGS, DEFAULT_VIEW.lang),
    scheme: oneOf(params, 'scheme', SCHEMES, DEFAULT_VIEW.scheme),
  };
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
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, MAX_QUERY_LENGTH));
  if (state.lang !== DEFAULT_VIEW.lang) params.set('lang', state.lang);
  if (state.scheme !== DEFAULT_VIEW.scheme) params.set('scheme', state.scheme);
  // Commas are the contract's list separator; keep them readable in shared links.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
