/** Pure questions asked of the dataset. Views only render what these return. */
import type { Dataset, District, SpeakerGroup, Statement } from './schema';

export interface Summary {
  statements: number;
  pledges: number;
  /** Named people (collective quotes have no speaker). */
  speakers: number;
  districtsWithPledges: number;
  districtsTotal: number;
  themesUsed: number;
  themesTotal: number;
}

export function summarize(dataset: Dataset): Summary {
  const pledges = dataset.statements.flatMap((s) => s.pledges);
  const speakers = new Set(dataset.statements.flatMap((s) => (s.speaker.name === null ? [] : [s.speaker.name])));
  const districtsWithPledges = new Set(
    dataset.statements.flatMap((s) => (s.district !== null && s.pledges.length > 0 ? [s.district] : [])),
  );
  const themesUsed = new Set(pledges.flatMap((p) => p.themes));
  return {
    statements: dataset.statements.length,
    pledges: pledges.length,
    speakers: speakers.size,
    districtsWithPledges: districtsWithPledges.size,
    districtsTotal: dataset.districts.length,
    themesUsed: themesUsed.size,
    themesTotal: dataset.themes.length,
  };
}

export function speakerGroupOf(dataset: Dataset, statement: Statement): SpeakerGroup {
  const unitType = dataset.unitTypes.find((u) => u.id === statement.speaker.unitType);
  return unitType ? unitType.group : 'district';
}

const inArticleOrder = (a: Statement, b: Statement) => a.sourceId.localeCompare(b.sourceId) || a.order - b.order;

export interface DistrictSpeakers {
  district: District;
  statements: Statement[];
  pledgeCount: number;
}

/** Districts that have statements, in the dataset's district order, each with its statements in article order. */
export function statementsByDistrict(dataset: Dataset): DistrictSpeakers[] {
  return dataset.districts.flatMap((district) => {
    const statements = dataset.statements.filter((s) => s.district === district.slug).sort(inArticleOrder);
    if (statements.length === 0) return [];
    return [{ district, statements, pledgeCount: statements.reduce((n, s) => n + s.pledges.length, 0) }];
  });
}

/** Statements that belong to no district (city-level institutions, companies, collective voices), by group. */
export function statementsWithoutDistrict(dataset: Dataset): { group: SpeakerGroup; statements: Statement[] }[] {
  const groups: SpeakerGroup[] = ['institution', 'company', 'collective', 'district'];
  const loose = dataset.statements.filter((s) => s.district === null).sort(inArticleOrder);
  return groups.flatMap((group) => {
    const statements = loose.filter((s) => speakerGroupOf(dataset, s) === group);
    return statements.length > 0 ? [{ group, statements }] : [];
  });
}

/** The districts on the map that have no statement in the dataset. */
export function districtsWithoutStatements(dataset: Dataset): District[] {
  return dataset.districts.filter((d) => !dataset.statements.some((s) => s.district === d.slug));
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** "2023年2月6日" / "Feb 2023"-style rendering that never adds precision the date does not have. */
export function formatPartialDate(value: string, lang: 'zh' | 'en'): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (lang === 'zh') return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  const monthName = month
    ? new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', {
        month: 'short',
        timeZone: 'UTC',
      })
    : '';
  return [day ? String(Number(day)) : '', monthName, year].filter(Boolean).join(' ');
}

export function formatSourceDate(date: Dataset['sources'][number]['date'], lang: 'zh' | 'en'): string {
  const from = date.notBefore && formatPartialDate(date.notBefore, lang);
  const to = date.notAfter && formatPartialDate(date.notAfter, lang);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return lang === 'zh' ? `${from}或之后` : `on or after ${from}`;
  if (to) return lang === 'zh' ? `${to}或之前` : `on or before ${to}`;
  return lang === 'zh' ? '日期不详' : 'date unknown';
}
