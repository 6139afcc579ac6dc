import type { ReactNode } from 'react';
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset } from '../../shared/dataset/schema';
import type { ResolvedScheme } from '../../shared/ui/scheme';
import type { ViewState } from '../../shared/url/viewState';

export interface MapSlot {
  visible: readonly VisibleStatement[];
  highlight: readonly string[];
  /** Name every district, or only those with pledges in view (a small map has no room for ten names). */
  labelAll: boolean;
  className: string;
}

export interface ThemeBarsSlot {
  visible: readonly VisibleStatement[];
  mix: boolean;
  className: string;
}

export interface PresentationProps {
  dataset: Dataset;
  visible: readonly VisibleStatement[];
  view: ViewState;
  scheme: ResolvedScheme;
  /** Statements left out of the file for failing the schema, said on the title slide. */
  dropped: number;
  /**
   * The last look for a replaced data file failed, so the slides still show the last good data. A screen that
   * runs all day must say so: nobody in the room would notice otherwise.
   */
  updateFailed: boolean;
  onLeave: () => void;
  /** Called with the 1-based slide on screen whenever it changes, so that the URL's `slide=` follows the story. */
  onSlideShown: (slide: number) => void;
  /**
   * The map and the charts are other features' views; the app passes them in, so this feature depends on
   * shared code only.
   */
  renderMap: (slot: MapSlot) => ReactNode;
  renderThemeBars: (slot: ThemeBarsSlot) => ReactNode;
}
