import type { Lang } from '../../shared/url/viewState';

const zh = {
  heading: '发言时间线',
  note: '按报道日期与文中顺序排列；高亮部分为承诺原文。',
  reported: '转述',
  collective: '集体引语（未具名）',
  noPost: '职务未注明',
  inferred: '推定',
  inferredTitle: (reason: string) => `区属为推定：${reason}`,
  expand: (n: number) => (n > 0 ? `展开 ${n} 项承诺与出处` : '展开出处'),
  collapse: '收起',
  figures: '数字',
  horizon: '时间',
  /** The words of the source the time horizon was read from, after its label. */
  horizonCue: '，原文“',
  horizonCueEnd: '”',
  source: (title: string, section: string, paragraph: number) => `出处：《${title}》· ${section} · 第 ${paragraph} 段`,
  sourceDate: (date: string) => `报道日期：${date}`,
  more: (n: number) => `显示更多（还有 ${n} 条）`,
  showing: (shown: number, total: number) => `已显示 ${shown} / ${total} 条`,
};

export type TimelineMessages = typeof zh;

const en: TimelineMessages = {
  heading: 'Quote timeline',
  note: 'In order of publication and of the article; highlighted words are the pledges, verbatim.',
  reported: 'Reported',
  collective: 'Collective quote (unattributed)',
  noPost: 'Post not given',
  inferred: 'inferred',
  inferredTitle: (reason) => `District inferred: ${reason}`,
  expand: (n) => (n > 0 ? `Show ${n} pledge${n === 1 ? '' : 's'} and source` : 'Show source'),
  collapse: 'Hide',
  figures: 'Figures',
  horizon: 'When',
  horizonCue: '; the source says “',
  horizonCueEnd: '”',
  source: (title, section, paragraph) => `Source: “${title}” · ${section} · paragraph ${paragraph}`,
  sourceDate: (date) => `Published: ${date}`,
  more: (n) => `Show more (${n} left)`,
  showing: (shown, total) => `Showing ${shown} of ${total}`,
};

export const timelineMessages = (lang: Lang): TimelineMessages => (lang === 'zh' ? zh : en);
