/** Strings of the embed chrome, in Simplified Chinese (the default) and English. */
import type { Lang } from '../../shared/url/viewState';

const zh = {
  openFull: '打开完整看板',
  newTab: '（在新标签页中打开）',
};

type EmbedMessages = typeof zh;

const en: EmbedMessages = {
  openFull: 'Open the full dashboard',
  newTab: ' (opens in a new tab)',
};

export const embedMessages = (lang: Lang): EmbedMessages => (lang === 'zh' ? zh : en);
