/** Strings of the meeting-room mode, in Simplified Chinese (the default) and English. */
import type { DistrictCount } from '../../shared/dataset/filter';
import type { Lang } from '../../shared/url/viewState';

const zh = {
  name: '演示',
  slide: '幻灯片',
  slideName: (n: number, total: number, title: string) => `第 ${n} / ${total} 页：${title}`,
  counter: (n: number, total: number) => `${n} / ${total}`,
  controls: '演示控制',
  previous: '上一页',
  next: '下一页',
  pause: '暂停',
  play: '播放',
  paused: '已暂停',
  updateFailed: '数据更新失败，仍显示上次载入的数据',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  leave: '退出演示',
  smallTitle: '这块屏幕太小，演示文字会很小',
  smallBody: '演示模式为会议室的大屏幕排版，在这里正文只有几像素高。看板在手机上更易读，筛选条件不变。',
  smallLeave: '打开看板',
  smallStay: '仍然演示',
  keys: '翻页：→ / ← · 暂停：空格 · 黑屏：B · 退出：Esc',
  titleKicker: '承诺看板 · 演示',
  filtered: (parts: string) => `当前筛选：${parts}`,
  overview: '全市概览',
  mapHeading: '各区承诺数',
  themesHeading: '各主题承诺数',
  themeMix: '主题构成',
  // Collective quotes have no named speaker: their statements are counted instead.
  placeCounts: ({ statements, speakers, pledges }: DistrictCount) =>
    speakers > 0 ? `${speakers} 位发言人 · ${pledges} 项承诺` : `${statements} 条发言 · ${pledges} 项承诺`,
  speakerOf: (i: number, n: number) => `发言 ${i} / ${n}`,
  continued: (i: number, n: number) => `（承诺第 ${i} / ${n} 页）`,
  reported: '报道转述',
  // A Chinese page shows the quote itself; only an English one shows our translation of it.
  quoteTranslation: '',
  pledgesHeading: '',
  collective: '集体引语（未具名）',
  noPledges: '这段发言没有具体承诺。',
  closing: '小结',
  byPlace: '各区与机构承诺数',
  topThemes: '主要主题',
  pledgeCount: (n: string) => `${n} 项`,
  listSeparator: '、',
};

export type PresentMessages = typeof zh;

const en: PresentMessages = {
  name: 'Present',
  slide: 'slide',
  slideName: (n, total, title) => `Slide ${n} of ${total}: ${title}`,
  counter: (n, total) => `${n} / ${total}`,
  controls: 'Presentation controls',
  previous: 'Previous',
  next: 'Next',
  pause: 'Pause',
  play: 'Play',
  paused: 'Paused',
  updateFailed: 'Update failed: last good data shown',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  leave: 'Leave presentation',
  smallTitle: 'This screen is too small for the presentation',
  smallBody:
    'The presentation is laid out for a meeting-room screen; here its text would be a few pixels high. The dashboard reads well on a phone, with the same filter.',
  smallLeave: 'Open the dashboard',
  smallStay: 'Present anyway',
  keys: 'Pages: → / ← · Pause: Space · Black screen: B · Leave: Esc',
  titleKicker: 'Pledge dashboard · presentation',
  filtered: (parts) => `Filter: ${parts}`,
  overview: 'Citywide overview',
  mapHeading: 'Pledges by district',
  themesHeading: 'Pledges by theme',
  themeMix: 'Themes',
  placeCounts: ({ statements, speakers, pledges }) =>
    `${speakers > 0 ? `${speakers} speaker${speakers === 1 ? '' : 's'}` : `${statements} statement${statements === 1 ? '' : 's'}`} · ${pledges} pledge${pledges === 1 ? '' : 's'}`,
  speakerOf: (i, n) => `Statement ${i} of ${n}`,
  continued: (i, n) => `, part ${i} of ${n}`,
  reported: 'Reported speech',
  quoteTranslation: 'Our translation',
  pledgesHeading: 'Pledges (our translation)',
  collective: 'Collective quote (unattributed)',
  noPledges: 'This statement makes no concrete pledge.',
  closing: 'Summary',
  byPlace: 'Pledges by district and institution',
  topThemes: 'Main themes',
  pledgeCount: (n) => `${n}`,
  listSeparator: ', ',
};

export const presentMessages = (lang: Lang): PresentMessages => (lang === 'zh' ? zh : en);
