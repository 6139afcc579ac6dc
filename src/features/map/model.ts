/** From the dataset and the filtered statements to what the map shows: one record per district, the legend and the city-level groups. */
import { countByDistrict, quotedDistricts, type VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, SpeakerGroup } from '../../shared/dataset/schema';
import type { Lang } from '../../shared/url/viewState';
import { SPEAKER_GROUPS } from '../../shared/url/viewState';
import { districtDescription, mapLabel, type MapLabel } from './labels';
import { fillFor, pledgeClasses, type MapPalette, type PledgeClass } from './scale';

export interface DistrictLayerView {
  slug: string;
  /** Accessible name of the shape, repeated by the hover/focus read-out. */
  description: string;
  label: MapLabel;
  /** Pledges in view. */
  pledges: number;
  fill: string;
  selected: boolean;
}

export interface MapModel {
  /** In the dataset's order, which is also the keyboard (Tab) order on the map. */
  districts: DistrictLayerView[];
  classes: PledgeClass[];
}

export function mapModel(
  dataset: Dataset,
  visible: readonly VisibleStatement[],
  selected: readonly string[],
  lang: Lang,
  palette: MapPalette,
): MapModel {
  const counts = countByDistrict(visible);
  const quoted = quotedDistricts(dataset);
  const classes = pledgeClasses(Math.max(0, ...[...counts.values()].map((c) => c.pledges)), palette.ramp);
  const districts = dataset.districts.map((d) => {
    const count = counts.get(d.slug);
    const pledges = count?.pledges ?? 0;
    return {
      slug: d.slug,
      description: districtDescription(d, count, quoted.has(d.slug), lang),
      label: mapLabel(d, pledges, lang),
      pledges,
      fill: fillFor(pledges, classes, palette),
      selected: selected.includes(d.slug),
    };
  });
  return { districts, classes };
}

export type CityGroup = Exclude<SpeakerGroup, 'district'>;

/** The speaker groups quoted outside any district, in the URL contract's order. */
export function cityGroups(dataset: Dataset): CityGroup[] {
  const groupOf = new Map(dataset.unitTypes.map((u) => [u.id, u.group]));
  const present = new Set(
    dataset.statements.flatMap((s) => (s.district === null ? [groupOf.get(s.speaker.unitType)] : [])),
  );
  return SPEAKER_GROUPS.filter((g): g is CityGroup => g !== 'district' && present.has(g));
}
