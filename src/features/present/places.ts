/** Names and counts of the places a story visits, in the interface language. */
import { countBy, type VisibleStatement } from '../../shared/dataset/filter';
import { speakerLabel } from '../../shared/dataset/format';
import type { Dataset } from '../../shared/dataset/schema';
import { pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import type { Lang } from '../../shared/url/viewState';
import { placeKey, type Place, type Slide } from './story';
import { presentMessages } from './messages';

export function placeName(dataset: Dataset, place: Place, lang: Lang): string {
  if (place.kind === 'group') return messagesFor(lang).groups[place.group];
  const district = dataset.districts.find((d) => d.slug === place.slug);
  return district ? pick(district.name, lang) : place.slug;
}

/** What the counter, the slide's accessible name and the live region call a slide. */
export function slideTitle(dataset: Dataset, slide: Slide, lang: Lang): string {
  const t = presentMessages(lang);
  switch (slide.kind) {
    case 'title':
      return messagesFor(lang).appTitle;
    case 'overview':
      return t.overview;
    case 'closing':
      return t.closing;
    case 'speaker': {
      const who = speakerLabel(slide.item.statement.speaker, lang) ?? t.collective;
      return `${placeName(dataset, slide.place, lang)} · ${who}`;
    }
  }
}

export interface PlaceTotal {
  key: string;
  name: string;
  pledges: number;
}

/** Pledges per district and per group outside districts, most first: the closing slide's ranking. */
export function placeTotals(dataset: Dataset, visible: readonly VisibleStatement[], lang: Lang): PlaceTotal[] {
  const places = new Map<string, Place>();
  const counts = countBy(visible, (item) => {
    const place: Place = item.statement.district
      ? { kind: 'district', slug: item.statement.district }
      : { kind: 'group', group: item.group };
    places.set(placeKey(place), place);
    return placeKey(place);
  });
  return [...counts]
    .flatMap(([key, count]) => {
      const place = places.get(key);
      return place && count.pledges > 0 ? [{ key, name: placeName(dataset, place, lang), pledges: count.pledges }] : [];
    })
    .sort((a, b) => b.pledges - a.pledges);
}
