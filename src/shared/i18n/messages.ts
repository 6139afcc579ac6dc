/**
 * Interface strings shared across features, in Simplified Chinese (the default) and English.
 * Strings used by one feature only live in that feature's folder.
 */
import type { SpeakerGroup } from '../dataset/schema';
import type { Lang } from '../url/viewState';
import { formatCount } from './lang';

/** English nouns after a count: one statement, 2 statements. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const zh = {
  appTitle: '深圳各区高质量发展承诺看板',
  sourceLine: (publisher: string, republishedBy: string, date: string) =>
    `来源：${publisher}（${republishedBy}转载），${date}`,
  loading: '正在载入承诺数据…',
  dateInferred: '（日期为推定）',
  /** Before dateInferred, outside its link: a space in English, none before Chinese brackets. */
  dateInferredGap: '',
  dateBasis: '报道日期为推定：',
  retry: '重试',
  controls: {
    otherLanguage: 'English',
    otherLanguageName: '切换到英文',
    scheme: '配色',
    schemes: { system: '跟随系统', light: '浅色', dark: '深色' },
    exportCsv: '导出 CSV',
    exportCsvName: '导出当前筛选的承诺为 CSV 文件',
    print: '打印',
    present: '演示',
    presentName: '全屏演示：自动轮播各区承诺，方向键或翻页笔翻页，Esc 退出',
  },
  summary: {
    heading: '概况',
    // Functions of the count, for English plurals.
    statements: (_n: number) => '条发言',
    pledges: (_n: number) => '项承诺',
    speakers: (_n: number) => '位发言人',
    districts: (_n: number) => '个区有承诺',
    topThemes: '主要主题',
    filteredBy: (labels: readonly string[]) => `当前筛选：${labels.join('、')}`,
    unfiltered: '未筛选：显示全部发言',
    none: '无',
    // The count never goes to a line of its own.
    themeCount: (label: string, n: number) => `${label}\u00a0${n}`,
    filterByTheme: (label: string) => `按主题筛选：${label}`,
  },
  filters: {
    heading: '筛选',
    district: '区',
    theme: '主题',
    section: '章节',
    group: '发言人类别',
    search: '搜索',
    searchPlaceholder: '搜索引语、承诺、姓名或单位',
    active: '当前筛选',
    remove: (label: string) => `移除筛选：${label}`,
    clearAll: '清除全部',
    empty: '没有符合当前筛选条件的发言。',
    emptyAction: '清除全部筛选',
    resultCount: (statements: number, pledges: number) =>
      `${formatCount(statements, 'zh')} 条发言，${formatCount(pledges, 'zh')} 项承诺`,
    query: (q: string) => `搜索“${q}”`,
    more: '更多筛选条件',
  },
  groups: {
    district: '区级单位',
    institution: '市级机构',
    company: '企业',
    collective: '集体表态',
  } satisfies Record<SpeakerGroup, string>,
  errors: {
    offline: '网络已断开，无法载入承诺数据。',
    network: '无法连接服务器，承诺数据未能载入。',
    timeout: (detail: string) => `服务器长时间无响应（已等待 ${detail}），承诺数据未能载入。`,
    retrying: (attempt: number) => `正在自动重试（第 ${attempt} 次）…`,
    asking: '正在重新载入…',
    http: (detail: string) => `服务器未能提供承诺数据（${detail}）。`,
    json: '承诺数据文件已损坏，不是有效的 JSON。',
    invalid: (n: number) => `承诺数据不符合格式要求，发现 ${n} 处问题：`,
    unknown: '载入承诺数据时出错。',
    empty: '数据文件中没有可显示的发言。',
    partial: (n: number) => `数据文件中有 ${n} 条发言不符合格式要求，已略去；其余内容照常显示。`,
    allDropped: (n: number) => `数据文件中的 ${n} 条发言都不符合格式要求，均已略去。`,
    stale: '更新后的数据文件未能载入，以下仍是上次成功载入的数据。',
    file: '文件：',
    view: '此部分无法显示。',
  },
  translationMark: '译文',
  footer: {
    data: '数据文件',
    schema: 'JSON Schema',
  },
};

export type Messages = typeof zh;

const en: Messages = {
  appTitle: 'Shenzhen District Commitments on High-Quality Development',
  sourceLine: (publisher, republishedBy, date) => `Source: ${publisher} (republished by the ${republishedBy}), ${date}`,
  loading: 'Loading the commitments…',
  dateInferred: '(date inferred)',
  dateInferredGap: ' ',
  dateBasis: 'Publication date inferred: ',
  retry: 'Retry',
  controls: {
    otherLanguage: '中文',
    otherLanguageName: 'Switch to Chinese',
    scheme: 'Colours',
    schemes: { system: 'System', light: 'Light', dark: 'Dark' },
    exportCsv: 'Export CSV',
    exportCsvName: 'Export the filtered pledges as a CSV file',
    print: 'Print',
    present: 'Present',
    presentName:
      'Full-screen presentation: the pledges district by district; arrow keys or a clicker turn pages, Esc leaves',
  },
  summary: {
    heading: 'Summary',
    statements: (n) => plural(n, 'statement', 'statements'),
    pledges: (n) => plural(n, 'pledge', 'pledges'),
    speakers: (n) => plural(n, 'speaker', 'speakers'),
    districts: (n) => plural(n, 'district with pledges', 'districts with pledges'),
    topThemes: 'Top themes',
    filteredBy: (labels) => `Filtered by: ${labels.join(', ')}`,
    unfiltered: 'No filter: every statement shown',
    none: 'None',
    themeCount: (label, n) => `${label}\u00a0${n}`,
    filterByTheme: (label) => `Filter by theme: ${label}`,
  },
  filters: {
    heading: 'Filters',
    district: 'District',
    theme: 'Theme',
    section: 'Section',
    group: 'Speaker type',
    search: 'Search',
    searchPlaceholder: 'Search quotes, pledges, names or units',
    active: 'Active filters',
    remove: (label) => `Remove filter: ${label}`,
    clearAll: 'Clear all',
    empty: 'No statement matches the current filters.',
    emptyAction: 'Clear all filters',
    resultCount: (statements, pledges) =>
      `${formatCount(statements, 'en')} ${plural(statements, 'statement', 'statements')}, ${formatCount(pledges, 'en')} ${plural(pledges, 'pledge', 'pledges')}`,
    query: (q) => `Search “${q}”`,
    more: 'More filters',
  },
  groups: {
    district: 'District bodies',
    institution: 'City institutions',
    company: 'Companies',
    collective: 'Collective voices',
  },
  errors: {
    offline: 'You are offline; the commitments could not be loaded.',
    network: 'The server could not be reached; the commitments were not loaded.',
    timeout: (detail) => `The server did not answer (waited ${detail}); the commitments were not loaded.`,
    retrying: (attempt) => `Retrying automatically (attempt ${attempt})…`,
    asking: 'Loading again…',
    http: (detail) => `The server did not provide the commitments (${detail}).`,
    json: 'The data file is damaged: it is not valid JSON.',
    invalid: (n) => `The data file does not match its schema; ${n} problem(s) found:`,
    unknown: 'Something went wrong while loading the commitments.',
    empty: 'The data file holds no statements to show.',
    partial: (n) => `${n} statement(s) in the data file are invalid and were left out; everything else is shown.`,
    allDropped: (n) => `All ${n} statement(s) in the data file are invalid and were left out.`,
    stale: 'The updated data file could not be loaded; the last good data is still shown below.',
    file: 'File: ',
    view: 'This part could not be shown.',
  },
  translationMark: 'Translation',
  footer: {
    data: 'Data file',
    schema: 'JSON Schema',
  },
};

const messages: Record<Lang, Messages> = { zh, en };

export const messagesFor = (lang: Lang): Messages => messages[lang];
