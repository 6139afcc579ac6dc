/**
 * The meeting-room story, derived from the dataset and the current filter (never from the seed article):
 * title → overview → each district in view, one speaker at a time → the city-level groups → closing summary.
 */
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, Pledge, SpeakerGroup } from '../../shared/dataset/schema';
import { SPEAKER_GROUPS, type Lang } from '../../shared/url/viewState';

/**
 * The screen's shape decides the room under a quote: slide type is sized to a 4:3 design canvas, so a 16:9
 * screen gives the quote column a third more width at the same type size, and the quote takes fewer lines.
 */
export type StageShape = 'wide' | 'narrow';

/** The query that makes a screen wide: 16:9 and wider (TVs, laptops, 21:9); 16:10 and 4:3 are narrow. */
export const WIDE_STAGE_QUERY = '(min-aspect-ratio: 16/9)';

/**
 * The most pledges shown beside one quote. A speaker with more gets several slides, each marking its own
 * pledges in the quote: read from the back of the room, this is what fits at full size beside the longest
 * quotes (English summaries run to two lines each, Chinese ones to one). The e2e layout test holds these to
 * full-size type at 1920×1080 and 3840×2160.
 */
export const PLEDGES_PER_SLIDE: Record<StageShape, Record<Lang, number>> = {
  wide: { zh: 6, en: 4 },
  narrow: { zh: 4, en: 3 },
};

export type Place = { kind: 'district'; slug: string } | { kind: 'group'; group: SpeakerGroup };

export interface SpeakerSlide {
  kind: 'speaker';
  place: Place;
  /** Every statement of the place in view: the slide's map and theme mix are about all of them. */
  placeStatements: readonly VisibleStatement[];
  item: VisibleStatement;
  /** This slide's share of the speaker's pledges in view. */
  pledges: readonly Pledge[];
  /** Every page's share, this one's included: each page keeps room for the longest, so all set one type size. */
  pageShares: readonly (readonly Pledge[])[];
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

/**
 * As few pages as the limit allows, filled evenly (larger pages first): five pledges at four a page are
 * 3 + 2, not 4 + 1, so no slide repeats a whole quote for one pledge.
 */
export function pages<T>(items: readonly T[], limit: number): T[][] {
  if (items.length === 0) return [[]];
  const count = Math.ceil(items.length / limit);
  const small = Math.floor(items.length / count);
  const large = items.length % count;
  const result: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const size = small + (i < large ? 1 : 0);
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}

export function buildStory(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  lang: Lang,
  shape: StageShape,
): Slide[] {
  const middle = places(dataset, visible).flatMap(([place, items]) =>
    items.flatMap((item, s) => {
      const split = pages(item.pledges, PLEDGES_PER_SLIDE[shape][lang]);
      return split.map((pledges, p): SpeakerSlide => ({
        kind: 'speaker',
        place,
        placeStatements: items,
        item,
        pledges,
        pageShares: split,
        speaker: { index: s + 1, of: items.length },
        page: { index: p + 1, of: split.length },
      }));
    }),
  );
  return [{ kind: 'title' }, { kind: 'overview' }, ...middle, { kind: 'closing' }];
}

/**
 * Where the slide shown at `index` of one story stands in the next (the language or the screen's shape
 * changed, or new data arrived): the same kind of slide, or for a speaker the page carrying the same first
 * pledge. A slide that is gone keeps its number, within the new story.
 */
export function followSlide(from: readonly Slide[], to: readonly Slide[], index: number): number {
  const shown = from[index];
  if (!shown) return Math.min(index, to.length - 1);
  const found = to.findIndex((slide) => {
    if (slide.kind !== shown.kind) return false;
    if (slide.kind !== 'speaker' || shown.kind !== 'speaker') return true;
    if (slide.item.statement.id !== shown.item.statement.id) return false;
    const first = shown.pledges[0];
    return first === undefined || slide.pledges.some((p) => p.id === first.id);
  });
  return found >= 0 ? found : Math.min(index, to.length - 1);
}
