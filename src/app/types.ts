import type { VisibleStatement } from '../shared/dataset/filter';
import type { Dataset } from '../shared/dataset/schema';
import type { ResolvedScheme } from '../shared/ui/scheme';
import type { UpdateViewState } from '../shared/url/useViewState';
import type { ViewState } from '../shared/url/viewState';

/** What every page of the app is drawn from: the data, the filtered list and the URL state. */
export interface PageProps {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  view: ViewState;
  update: UpdateViewState;
  scheme: ResolvedScheme;
}
