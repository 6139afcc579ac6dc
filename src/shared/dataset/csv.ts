/** The filtered pledges as CSV for a briefing: UTF-8 with a BOM so Excel opens the Chinese correctly. */
import type { Lang } from '../url/viewState';
import type { VisibleStatement } from './filter';
import { speakerLabel } from './format';
import type { Dataset } from './schema';

const BOM = '\uFEFF';

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula
 * (OWASP "CSV injection"); no source text starts that way, so nothing verbatim is altered in practice.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADERS: Record<Lang, string[]> = {
  zh: [
    '承诺编号',
    '区',
    '发言人',
    '职务',
    '单位',
    '主题',
    '承诺原文',
    '摘要（中文）',
    '摘要（英文，译文）',
    '数字',
    '时间',
    '章节',
    '段落',
    '来源',
  ],
  en: [
    'Pledge id',
    'District',
    'Speaker',
    'Post',
    'Unit',
    'Themes',
    'Pledge (verbatim, Chinese)',
    'Summary (Chinese)',
    'Summary (English, translation)',
    'Figures',
    'Horizon',
    'Section',
    'Paragraph',
    'Source',
  ],
};

export function pledgesCsv(dataset: Dataset, visible: readonly VisibleStatement[], lang: Lang): string {
  const districts = new Map(dataset.districts.map((d) => [d.slug, d.name[lang]]));
  const themes = new Map(dataset.themes.map((t) => [t.id, t.label[lang]]));
  const horizons = new Map(dataset.horizons.map((h) => [h.id, h.label[lang]]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const separator = lang === 'zh' ? '；' : '; ';
  const rows = visible.flatMap(({ statement, pledges }) => {
    const source = sources.get(statement.sourceId);
    const section = source?.sections.find((s) => s.id === statement.section);
    return pledges.map((p) => [
      p.id,
      statement.district ? districts.get(statement.district) : '',
      speakerLabel(statement.speaker, lang) ?? statement.speaker.unit[lang],
      statement.speaker.post?.[lang] ?? '',
      statement.speaker.unit[lang],
      p.themes.map((t) => themes.get(t) ?? t).join(separator),
      p.text,
      p.summary.zh,
      p.summary.en,
      p.figures.map((f) => f.text).join(separator),
      p.horizon ? `${horizons.get(p.horizon.kind) ?? p.horizon.kind}（${p.horizon.cue}）` : '',
      section?.title[lang] ?? statement.section,
      statement.paragraph,
      source ? `${source.publisher[lang]} · ${source.title[lang]}` : statement.sourceId,
    ]);
  });
  return BOM + [HEADERS[lang], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
