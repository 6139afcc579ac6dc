/**
 * What the map says about each district and each city-level group: the on-map label, the accessible
 * name of its shape (which the hover/focus read-out repeats) and the group buttons' text.
 */
import { countBy, type DistrictCount, type VisibleStatement } from '../../shared/dataset/filter';
import type { District, SpeakerGroup } from '../../shared/dataset/schema';
import { formatCount } from '../../shared/i18n/lang';
import type { Lang } from '../../shared/url/viewState';
import { mapMessages } from './messages';

/**
 * @param count the district's statements in view, or undefined when none pass the filter
 * @param hasStatements whether the dataset quotes anyone from the district at all
 */
export function districtDescription(
  district: District,
  count: DistrictCount | undefined,
  hasStatements: boolean,
  lang: Lang,
): string {
  const t = mapMessages(lang);
  const name = district.name[lang];
  if (!hasStatements) return t.list([name, t.noPledges]);
  if (!count || count.statements === 0) return t.list([name, t.noneInView]);
  const who =
    count.speakers > 0
      ? t.speakers(formatCount(count.speakers, lang))
      : t.statements(formatCount(count.statements, lang));
  return t.list([name, who, t.pledges(formatCount(count.pledges, lang))]);
}

export interface MapLabel {
  name: string;
  count: string;
}

export const mapLabel = (district: District, pledges: number, lang: Lang): MapLabel => ({
  name: district.shortName[lang],
  count: formatCount(pledges, lang),
});

/** Statements of speakers outside any district, by their speaker group. */
export const countByGroup = (visible: readonly VisibleStatement[]): Map<SpeakerGroup, DistrictCount> =>
  countBy(visible, ({ statement, group }) => (statement.district === null && group !== 'district' ? group : null));

/**
 * ["市级机构", "2 位发言人", "8 项承诺"]. Collective quotes have no named speaker, so their group counts statements,
 * with or without any in view ("0 条发言", not "0 位发言人", once a filter leaves them out).
 */
export function groupParts(group: SpeakerGroup, groupName: string, count: DistrictCount | undefined, lang: Lang) {
  const t = mapMessages(lang);
  const c = count ?? { statements: 0, speakers: 0, pledges: 0 };
  const who =
    group === 'collective' ? t.statements(formatCount(c.statements, lang)) : t.speakers(formatCount(c.speakers, lang));
  return [groupName, who, t.pledges(formatCount(c.pledges, lang))];
}

/** "市级机构 · 2 位发言人 · 8 项承诺", the group button's text and accessible name. */
export const groupText = (
  group: SpeakerGroup,
  groupName: string,
  count: DistrictCount | undefined,
  lang: Lang,
): string => groupParts(group, groupName, count, lang).join(mapMessages(lang).groupSeparator);
