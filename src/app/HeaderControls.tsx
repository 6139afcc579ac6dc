import { useEffect, useRef } from 'react';
import { EmbedCode } from '../features/embed/EmbedCode';
import { isSingleFile } from '../shared/api/inline';
import type { VisibleStatement } from '../shared/dataset/filter';
import { pledgesCsv } from '../shared/dataset/csv';
import type { Dataset } from '../shared/dataset/schema';
import { messagesFor } from '../shared/i18n/messages';
import { downloadText } from '../shared/ui/download';
import { printWhenReady } from '../shared/ui/reveal';
import type { UpdateViewState } from '../shared/url/useViewState';
import { SCHEMES, type Scheme, type ViewState } from '../shared/url/viewState';

interface Props {
  dataset: Dataset | undefined;
  visible: readonly VisibleStatement[];
  view: ViewState;
  update: UpdateViewState;
  /** Focuses the 演示 button once shown: the reader has just left the presentation. */
  focusPresent: boolean;
}

export function HeaderControls({ dataset, visible, view, update, focusPresent }: Props) {
  const t = messagesFor(view.lang);
  const presentButton = useRef<HTMLButtonElement>(null);
  const ready = dataset !== undefined;
  useEffect(() => {
    // Left while the data was still loading, the button was disabled: it takes the focus once the data is in, unless
    // the reader has put the focus somewhere else meanwhile.
    if (focusPresent && ready && document.activeElement === document.body) presentButton.current?.focus();
  }, [focusPresent, ready]);
  const exportCsv = () => {
    if (!dataset) return;
    const name = view.lang === 'zh' ? '深圳各区承诺-筛选结果.csv' : 'shenzhen-pledges-filtered.csv';
    downloadText(pledgesCsv(dataset, visible, view.lang), name, 'text/csv;charset=utf-8');
  };
  const present = () => {
    // Asked for inside the click, the only moment a browser allows it; refused, the story runs in the window.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    update({ mode: 'present', slide: null });
  };
  return (
    <div className="controls">
      <button
        type="button"
        className="button button--quiet"
        lang={view.lang === 'zh' ? 'en' : 'zh-CN'}
        title={t.controls.otherLanguageName}
        onClick={() => update({ lang: view.lang === 'zh' ? 'en' : 'zh' })}
      >
        {t.controls.otherLanguage}
      </button>
      <label className="controls__scheme">
        <span>{t.controls.scheme}</span>
        <select value={view.scheme} onChange={(e) => update({ scheme: e.target.value as Scheme })}>
          {SCHEMES.map((s) => (
            <option key={s} value={s}>
              {t.controls.schemes[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--quiet"
        onClick={exportCsv}
        disabled={!dataset}
        title={t.controls.exportCsvName}
      >
        {t.controls.exportCsv}
      </button>
      <button
        type="button"
        className="button button--quiet"
        ref={presentButton}
        onClick={present}
        disabled={!dataset}
        title={t.controls.presentName}
      >
        {t.controls.present}
      </button>
      <button type="button" className="button button--quiet" onClick={() => printWhenReady()}>
        {t.controls.print}
      </button>
      {/* A single file opened from disk has no address another page could embed. */}
      {!isSingleFile() && <EmbedCode view={view} />}
    </div>
  );
}
