/**
 * Meeting-room mode, composed: the story from the present feature, with the map and the theme bars of their
 * own features passed in. All three load as separate chunks, only when someone presents.
 */
import { useCallback, type ReactNode } from 'react';
import type { MapSlot, ThemeBarsSlot } from '../features/present/types';
import { messagesFor } from '../shared/i18n/messages';
import { DatasetLoading, ViewFailed } from '../shared/ui/DatasetStatus';
import { LazyView } from '../shared/ui/LazyView';
import { retryableLazy } from '../shared/ui/retryableLazy';
import { LEAVE_PRESENTATION } from '../shared/url/viewState';
import { PresentWait } from './PresentWait';
import type { PageProps } from './types';

const Presentation = retryableLazy(() => import('../features/present/Presentation'));
const StaticMap = retryableLazy(() => import('../features/map/StaticMap'));
const ThemeBars = retryableLazy(() => import('../features/charts/ThemeBars'));

interface Props extends PageProps {
  dropped: number;
  updateFailed: boolean;
}

function Slot({ className, fallback, children }: { className: string; fallback: string; children: ReactNode }) {
  return (
    <LazyView
      // No button on a slide, which nobody may be at hand to press: it comes back when the connection does.
      fallback={() => <p className={className}>{fallback}</p>}
      loading={<div className={className} aria-busy="true" />}
    >
      {children}
    </LazyView>
  );
}

export function PresentPage({ dataset, visible, view, update, scheme, dropped, updateFailed }: Props) {
  const failed = messagesFor(view.lang).errors.view;
  const onLeave = useCallback(() => update(LEAVE_PRESENTATION), [update]);
  // Replaced, not pushed: Back leaves the presentation instead of stepping through every slide shown.
  const onSlideShown = useCallback((slide: number) => update({ slide }, { replace: true }), [update]);
  const renderMap = useCallback(
    ({ visible: shown, highlight, labelAll, className }: MapSlot) => (
      <Slot className={className} fallback={failed}>
        <StaticMap
          dataset={dataset}
          visible={shown}
          highlight={highlight}
          labelAll={labelAll}
          lang={view.lang}
          scheme={scheme}
          className={className}
        />
      </Slot>
    ),
    [dataset, view.lang, scheme, failed],
  );
  const renderThemeBars = useCallback(
    ({ visible: shown, mix, className }: ThemeBarsSlot) => (
      <Slot className={className} fallback={failed}>
        <ThemeBars dataset={dataset} visible={shown} mix={mix} lang={view.lang} scheme={scheme} className={className} />
      </Slot>
    ),
    [dataset, view.lang, scheme, failed],
  );
  return (
    <LazyView
      fallback={(retry) => <ViewFailed lang={view.lang} onRetry={retry} />}
      loading={
        <PresentWait lang={view.lang}>
          <DatasetLoading lang={view.lang} />
        </PresentWait>
      }
    >
      <Presentation
        dataset={dataset}
        visible={visible}
        view={view}
        scheme={scheme}
        dropped={dropped}
        updateFailed={updateFailed}
        onLeave={onLeave}
        onSlideShown={onSlideShown}
        renderMap={renderMap}
        renderThemeBars={renderThemeBars}
      />
    </LazyView>
  );
}
