/** Strings of the embed chrome, in Simplified Chinese (the default) and English. */
import type { Lang } from '../../shared/url/viewState';

const zh = {
  openFull: '打开完整看板',
  newTab: '（在新标签页中打开）',
  embed: '嵌入',
  embedName: '获取把当前视图嵌入其他网页的代码',
  dialogTitle: '嵌入当前视图',
  dialogNote: '把下面的代码粘贴到网页中。当前的筛选与语言都会保留；框架的高度随内容自动调整。',
  show: '显示',
  widgets: { all: '整个看板', map: '区域分布', themes: '主题分布', timeline: '发言时间线', summary: '概况' },
  code: '嵌入代码',
  copy: '复制代码',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制：代码已选中，请按 Ctrl+C（或 ⌘C）复制。',
  close: '关闭',
  frameTitle: (app: string, widget: string) => `${app}：${widget}`,
};

type EmbedMessages = typeof zh;

const en: EmbedMessages = {
  openFull: 'Open the full dashboard',
  newTab: ' (opens in a new tab)',
  embed: 'Embed',
  embedName: 'Get the code that embeds this view in another page',
  dialogTitle: 'Embed this view',
  dialogNote:
    'Paste this code into a web page. The current filters and language are kept; the frame’s height follows its content.',
  show: 'Show',
  widgets: {
    all: 'The whole dashboard',
    map: 'By district',
    themes: 'By theme',
    timeline: 'Quote timeline',
    summary: 'Summary',
  },
  code: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy by itself: the code is selected, press Ctrl+C (or ⌘C) to copy it.',
  close: 'Close',
  frameTitle: (app, widget) => `${app}: ${widget}`,
};

export const embedMessages = (lang: Lang): EmbedMessages => (lang === 'zh' ? zh : en);
