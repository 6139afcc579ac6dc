import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { Lang } from '../../shared/url/viewState';

export interface ThemeChartsProps {
  dataset: Dataset;
  /** The statements that pass the current filter; every number in the charts comes from these. */
  visible: readonly VisibleStatement[];
  selectedThemes: readonly string[];
  selectedDistricts: readonly string[];
  onToggleTheme: (themeId: string) => void;
  /** A theme × place cell was clicked; place is a district slug or a speaker group id. */
  onSelectCell: (themeId: string, place: string) => void;
  lang: Lang;
  scheme: ResolvedScheme;
}
