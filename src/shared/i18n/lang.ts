import type { Bilingual } from '../dataset/schema';
import type { Lang } from '../url/viewState';

/** The label in the interface language. */
export const pick = (label: Bilingual, lang: Lang): string => label[lang];

/** Numbers as the reader writes them (grouping for large counts in both languages). */
export const formatCount = (n: number, lang: Lang): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
