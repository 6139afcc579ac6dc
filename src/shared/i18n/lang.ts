import type { Bilingual } from '../dataset/schema';
import type { Lang } from '../url/viewState';

/** The label in the interface language. */
export const pick = (label: Bilingual, lang: Lang): string => label[lang];

// Built once: toLocaleString() makes a new formatter per call, which showed up in filter-change profiles.
const countFormats: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN'),
  en: new Intl.NumberFormat('en-GB'),
};

/** Numbers as the reader writes them (grouping for large counts in both languages). */
export const formatCount = (n: number, lang: Lang): string => countFormats[lang].format(n);
