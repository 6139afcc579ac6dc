import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, SpeakerGroup } from '../../shared/dataset/schema';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { Lang } from '../../shared/url/viewState';

export interface DistrictMapProps {
  dataset: Dataset;
  /**
   * The statements that pass every filter but the choice of places (see `exceptPlaces`); every count on the map
   * comes from these, and the chosen places are marked instead.
   */
  visible: readonly VisibleStatement[];
  /** Selected district slugs. */
  selected: readonly string[];
  selectedGroups: readonly SpeakerGroup[];
  /** `multi` is true when a modifier key (Ctrl/⌘/Shift) was held: add to the selection instead of replacing it. */
  onToggleDistrict: (slug: string, multi: boolean) => void;
  onToggleGroup: (group: SpeakerGroup) => void;
  lang: Lang;
  scheme: ResolvedScheme;
}
