/** Strings of the theme charts, in Simplified Chinese (the default) and English. */
import type { Lang } from '../../shared/url/viewState';

const zh = {
  heading: '主题分布',
  note: '一项承诺可涉及多个主题，因此各主题的承诺数相加会多于承诺总数。',
  empty: '当前筛选下没有承诺。',
  moreThemes: (n: number) => `另有 ${n} 个主题`,
  showTable: '查看数据表',
  downloadPng: '下载 PNG',
  downloadName: (title: string) => `下载 PNG：${title}`,
  downloadFailed: '未能生成 PNG 图片，请再试一次。',
  pledges: (n: number) => `${n} 项承诺`,
  totals: {
    title: '各主题承诺数',
    file: '承诺-主题分布.png',
    caption: '各主题的承诺数（与上图数字相同）',
    theme: '主题',
    count: '承诺数',
    hint: '点击条形或主题名称可按主题筛选。',
    toggle: (label: string, selected: boolean) => (selected ? `取消按主题筛选：${label}` : `按主题筛选：${label}`),
    summary: (parts: string[]) => `各主题承诺数条形图：${parts.join('，')}。`,
    part: (label: string, n: number) => `${label} ${n} 项`,
  },
  places: {
    title: '各区与单位的主题分布',
    file: '承诺-主题与区.png',
    caption: '各主题在各区与市级机构、企业、集体表态中的承诺数（与上图数字相同）',
    corner: '主题',
    total: '合计',
    hint: '点击格子可查看该区（或单位类别）在该主题下的承诺。',
    open: (theme: string, place: string, n: number) => `查看${place}在“${theme}”主题下的 ${n} 项承诺`,
    summary: (cells: number, top: string) =>
      cells === 0 ? '主题与区热力图：当前筛选下没有承诺。' : `主题与区热力图，共 ${cells} 个非空格子；最多的是${top}。`,
    cell: (theme: string, place: string, n: number) => `${place}·${theme} ${n} 项`,
  },
  groups: { institution: '市级机构', company: '企业', collective: '集体表态', district: '其他区级单位' },
};

export type ChartMessages = typeof zh;

const en: ChartMessages = {
  heading: 'By theme',
  note: 'A pledge can touch several themes, so the theme counts add up to more than the number of pledges.',
  empty: 'No pledges match the current filters.',
  moreThemes: (n) => `and ${n} more theme${n === 1 ? '' : 's'}`,
  showTable: 'Show data table',
  downloadPng: 'Download PNG',
  downloadName: (title) => `Download PNG: ${title}`,
  downloadFailed: 'The PNG could not be made. Please try again.',
  pledges: (n) => `${n} ${n === 1 ? 'pledge' : 'pledges'}`,
  totals: {
    title: 'Pledges by theme',
    file: 'pledges-by-theme.png',
    caption: 'Pledges by theme (the same numbers as the chart above)',
    theme: 'Theme',
    count: 'Pledges',
    hint: 'Click a bar or a theme name to filter by that theme.',
    toggle: (label, selected) => (selected ? `Stop filtering by theme: ${label}` : `Filter by theme: ${label}`),
    summary: (parts) => `Bar chart of pledges by theme: ${parts.join(', ')}.`,
    part: (label, n) => `${label} ${n}`,
  },
  places: {
    title: 'Themes by district and speaker group',
    file: 'pledges-by-theme-and-place.png',
    caption:
      'Pledges by theme in each district, city institutions, companies and collective voices (the same numbers as the chart above)',
    corner: 'Theme',
    total: 'Total',
    // Straight apostrophes: the CJK-first font stack draws ’ full-width in English text.
    hint: "Click a cell to see that district's (or group's) pledges on that theme.",
    open: (theme, place, n) => `Show ${place}'s ${n} ${n === 1 ? 'pledge' : 'pledges'} on "${theme}"`,
    summary: (cells, top) =>
      cells === 0
        ? 'Heatmap of themes by district: no pledges match the current filters.'
        : `Heatmap of themes by district with ${cells} non-empty cells; the largest is ${top}.`,
    cell: (theme, place, n) => `${place}, ${theme}: ${n}`,
  },
  groups: {
    institution: 'City institutions',
    company: 'Companies',
    collective: 'Collective voices',
    district: 'Other district units',
  },
};

export const chartMessages = (lang: Lang): ChartMessages => (lang === 'zh' ? zh : en);
