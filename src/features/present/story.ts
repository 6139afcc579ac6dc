/**
 * The meeting-room story, derived from the dataset and the current filter (never from the seed article):
 * title → overview → each district in view, one speaker at a time → the city-level groups → closing summary.
 */
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, Pledge, SpeakerGroup } from '../../shared/dataset/schema';
import { SPEAKER_GROUPS, type Lang } from '../../shared/url/viewState';

/**
 * Pledges shown beside one quote at a time. A speaker with more gets several slides, each marking its own
 * pledges in the quote: read from the back of the room, this is what fits at full size beside the longest
 * quotes (English summaries run to two lines each, Chinese ones to one).
 */
export const PLEDGES_PER_SLIDE: Record<Lang, number> = { zh: 4, en: 3 };

export type Place = { kind: 'district'; slug: string } | { kind: 'group'; group: SpeakerGroup };

export interface SpeakerSlide {
  kind: 'speaker';
  place: Place;
  /** Every statement of the place in view: the slide's map and theme mix are about all of them. */
  placeStatements: readonly VisibleStatement[];
  item: VisibleStatement;
  /** This slide's share of the speaker's pledges in view. */
  pledges: readonly Pledge[];
  /** 1-based position of the speaker within the place, and of this page within the speaker's pledges. */
  speaker: { index: number; of: number };
  page: { index: number; of: number };
}

export type Slide = { kind: 'title' } | { kind: 'overview' } | SpeakerSlide | { kind: 'closing' };

export const placeKey = (place: Place): string => (place.kind === 'district' ? place.slug : place.group);

/** Districts in the dataset's order, then the statements outside any district by speaker group. */
function places(dataset: Dataset, visible: readonly VisibleStatement[]): [Place, VisibleStatement[]][] {
  const byDistrict = dataset.districts.map((d): [Place, VisibleStatement[]] => [
    { kind: 'district', slug: d.slug },
    visible.filter((v) => v.statement.district === d.slug),
  ]);
  const byGroup = SPEAKER_GROUPS.map((group): [Place, VisibleStatement[]] => [
    { kind: 'group', group },
    visible.filter((v) => v.statement.district === null && v.group === group),
  ]);
  return [...byDistrict, ...byGroup].filter(([, items]) => items.length > 0);
}

function pages<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

export function buildStory(dataset: Dataset, visible: readonly VisibleStatement[], lang: Lang): Slide[] {
  const middle = places(dataset, visible).flatMap(([place, items]) =>
    items.flatMap((item, s) => {
      const split = pages(item.pledges, PLEDGES_PER_SLIDE[lang]);
      return split.map((pledges, p): SpeakerSlide => ({
        kind: 'speaker',
        place,
        placeStatements: items,
        item,
        pledges,
        speaker: { index: s + 1, of: items.length },
        page: { index: p + 1, of: split.length },
      }));
    }),
  );
  return [{ kind: 'title' }, { kind: 'overview' }, ...middle, { kind: 'closing' }];
}
