import { useCallback } from 'react';
import { FilterBar } from '../features/filters/FilterBar';
import { SummaryStrip } from '../features/summary/SummaryStrip';
import { Timeline } from '../features/timeline/Timeline';
import { applyFilter, exceptPlaces } from '../shared/dataset/filter';
import type { SpeakerGroup } from '../shared/dataset/schema';
import { ViewFailed } from '../shared/ui/DatasetStatus';
import { LazyView } from '../shared/ui/LazyView';
import { retryableLazy } from '../shared/ui/retryableLazy';
import { ViewBoundary } from '../shared/ui/ViewBoundary';
import { toggle, type Widget } from '../shared/url/viewState';
import type { PageProps } from './types';

// Map and charts wait below the first view (Leaflet is most of the code): separate chunks, loaded after the first paint.
const DistrictMap = retryableLazy(() => import('../features/map/DistrictMap'));
const ThemeCharts = retryableLazy(() => import('../features/charts/ThemeCharts'));

const viewLoading = <div className="view-loading" aria-busy="true" />;

interface Props extends PageProps {
  /** One widget alone (an embed's `view=`); null shows them all. */
  only?: Widget | null;
}

export function Dashboard({ dataset, visible, view, update, scheme, only = null }: Props) {
  const shows = (widget: Widget) => only === null || only === widget;

  const onToggleDistrict = useCallback(
    (slug: string, multi: boolean) => {
      const current = view.districts;
      const only = current.length === 1 && current[0] === slug;
      update({ districts: multi ? toggle(current, slug) : only ? [] : [slug] });
    },
    [update, view.districts],
  );
  const onToggleGroup = useCallback(
    (group: SpeakerGroup) => update({ groups: toggle(view.groups, group) }),
    [update, view.groups],
  );
  const onToggleTheme = useCallback((id: string) => update({ themes: toggle(view.themes, id) }), [update, view.themes]);
  const onSelectCell = useCallback(
    (themeId: string, place: string) => {
      const isDistrict = dataset.districts.some((d) => d.slug === place);
      update({
        themes: [themeId],
        districts: isDistrict ? [place] : [],
        groups: isDistrict ? [] : [place as SpeakerGroup],
      });
    },
    [dataset.districts, update],
  );

  // applyFilter keeps its last answers per filter: the same array comes back while only the places change.
  const placeVisible = applyFilter(dataset, exceptPlaces(view));
  const viewFallback = (retry: () => void) => <ViewFailed lang={view.lang} onRetry={retry} />;
  return (
    <>
      {shows('summary') && <SummaryStrip dataset={dataset} visible={visible} view={view} update={update} />}
      {(shows('map') || shows('themes')) && (
        <div className="views">
          {shows('map') && (
            <LazyView fallback={viewFallback} loading={viewLoading} whenNear>
              <DistrictMap
                dataset={dataset}
                visible={placeVisible}
                selected={view.districts}
                selectedGroups={view.groups}
                onToggleDistrict={onToggleDistrict}
                onToggleGroup={onToggleGroup}
                lang={view.lang}
                scheme={scheme}
              />
            </LazyView>
          )}
          {shows('themes') && (
            <LazyView fallback={viewFallback} loading={viewLoading} whenNear>
              <ThemeCharts
                dataset={dataset}
                visible={visible}
                selectedThemes={view.themes}
                selectedDistricts={view.districts}
                onToggleTheme={onToggleTheme}
                onSelectCell={onSelectCell}
                lang={view.lang}
                scheme={scheme}
              />
            </LazyView>
          )}
        </div>
      )}
      {/* The timeline keeps its filter bar: a list is read by narrowing it. */}
      {shows('timeline') && (
        <FilterBar dataset={dataset} visible={visible} view={view} update={update} folded={view.embed} />
      )}
      {shows('timeline') && (
        <ViewBoundary fallback={viewFallback}>
          <Timeline dataset={dataset} visible={visible} view={view} update={update} />
        </ViewBoundary>
      )}
    </>
  );
}
