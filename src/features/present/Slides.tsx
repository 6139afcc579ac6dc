/** The four kinds of slide. Each only renders: what it shows was worked out by the story and the selectors. */
import { useRef, type ReactNode } from 'react';
import { activeChips } from '../../shared/dataset/activeFilters';
import { countBy, knownFilter, summarizeView } from '../../shared/dataset/filter';
import type { Pledge } from '../../shared/dataset/schema';
import { formatCount, pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import { SpeakerName } from '../../shared/ui/SpeakerName';
import { Unhyphenated } from '../../shared/ui/KeepTogether';
import { SourceText } from '../../shared/ui/SourceText';
import { MarkedText } from '../../shared/ui/MarkedText';
import type { Lang, ViewState } from '../../shared/url/viewState';
import { presentMessages } from './messages';
import { placeName, placeTotals } from './places';
import type { SpeakerSlide } from './story';
import type { PresentationProps } from './types';
import { useFitText } from './useFitText';

type Common = Pick<PresentationProps, 'dataset' | 'visible' | 'view' | 'renderMap' | 'renderThemeBars'>;

function Totals({ dataset, visible, view }: Pick<Common, 'dataset' | 'visible' | 'view'>) {
  const t = messagesFor(view.lang).summary;
  const summary = summarizeView(dataset, visible);
  const items = [
    ['statements', summary.statements, t.statements],
    ['pledges', summary.pledges, t.pledges],
    ['speakers', summary.speakers, t.speakers],
    ['districts', summary.districts, t.districts],
  ] as const;
  return (
    <dl className="present-stats">
      {items.map(([key, value, label]) => (
        <div key={key} className="present-stats__item">
          <dt>{label(value)}</dt>
          <dd>{formatCount(value, view.lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TitleSlide({ dataset, visible, view, dropped }: Common & { dropped: number }) {
  const t = presentMessages(view.lang);
  const shared = messagesFor(view.lang);
  const source = dataset.sources[0];
  const chips = activeChips(dataset, knownFilter(dataset, view), shared);
  return (
    <div className="slide slide--title">
      <p className="slide__kicker">{t.titleKicker}</p>
      <h1 className="slide__headline">
        <Unhyphenated text={shared.appTitle} />
      </h1>
      {source && (
        <p className="slide__source">
          <SourceText source={source} lang={view.lang} />
          {source.date.basis === 'inferred' && (
            <>
              {shared.dateInferredGap}
              {/* Whole on whichever line it lands: "(date" and "inferred)" apart read as two notes. */}
              <span className="no-break">{shared.dateInferred}</span>
            </>
          )}
        </p>
      )}
      <Totals dataset={dataset} visible={visible} view={view} />
      {chips.length > 0 && <p className="slide__note">{t.filtered(chips.map((c) => c.label).join(t.listSeparator))}</p>}
      {dropped > 0 && <p className="slide__note slide__note--warning">{shared.errors.partial(dropped)}</p>}
      <p className="slide__keys">{t.keys}</p>
    </div>
  );
}

function SlideHead({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="slide__head">
      <h2 className="slide__headline">{title}</h2>
      {children}
    </header>
  );
}

export function OverviewSlide({ visible, view, renderMap, renderThemeBars }: Common) {
  const t = presentMessages(view.lang);
  return (
    <div className="slide">
      <SlideHead title={t.overview} />
      <div className="slide__body slide__body--halves">
        <figure className="present-figure">
          <figcaption>{t.mapHeading}</figcaption>
          {renderMap({ visible, highlight: [], labelAll: true, className: 'present-figure__art' })}
        </figure>
        <figure className="present-figure">
          <figcaption>{t.themesHeading}</figcaption>
          {renderThemeBars({ visible, mix: false, className: 'present-figure__art' })}
        </figure>
      </div>
    </div>
  );
}

function Quote({ slide, view }: { slide: SpeakerSlide; view: ViewState }) {
  const t = presentMessages(view.lang);
  const box = useRef<HTMLElement>(null);
  const { statement } = slide.item;
  const { speaker } = statement;
  const spans = slide.pledges.map((p) => p.span);
  const role = [speaker.post ? pick(speaker.post, view.lang) : null, pick(speaker.unit, view.lang)]
    .filter(Boolean)
    .join(' · ');
  useFitText(box, [slide, view.lang]);
  return (
    <article className="present-quote" ref={box} aria-labelledby="present-speaker">
      <header className="present-quote__head">
        <p id="present-speaker" className="present-quote__name">
          <SpeakerName speaker={speaker} lang={view.lang} collective={t.collective} />
        </p>
        <p className="present-quote__role">{role}</p>
      </header>
      {statement.quote !== null && statement.quoteSpan && (
        <blockquote className="present-quote__text" lang="zh-CN">
          <p>
            “<MarkedText text={statement.quote} at={statement.quoteSpan.start} spans={spans} />”
          </p>
        </blockquote>
      )}
      {t.quoteTranslation && statement.quoteTranslation && (
        <p className="present-quote__text" lang="en">
          <span className="present-quote__label">{t.quoteTranslation}</span>
          {statement.quoteTranslation}
        </p>
      )}
      {statement.reported !== null && statement.reportedSpan && (
        <p className="present-quote__text present-quote__text--reported">
          <span className="present-quote__label">{t.reported}</span>
          <span lang="zh-CN">
            <MarkedText text={statement.reported} at={statement.reportedSpan.start} spans={spans} />
          </span>
        </p>
      )}
      {slide.pledges.length > 0 ? (
        <div className="present-quote__pledges">
          {t.pledgesHeading && <p className="present-quote__label">{t.pledgesHeading}</p>}
          {/* Every page's list in one cell, the others invisible: the box is as tall on each page of the
              statement, so the type fits at one size on all of them, grown alike where they leave room. */}
          <div className="present-pledges-pages">
            {slide.pageShares.map((share, index) => {
              const shown = index === slide.page.index - 1;
              return (
                <ol
                  key={index}
                  className={shown ? 'present-pledges' : 'present-pledges present-pledges--room'}
                  start={pledgeNumber(slide.item.pledges, share)}
                  aria-hidden={shown ? undefined : true}
                >
                  {share.map((p) => (
                    <li key={p.id} lang={view.lang === 'zh' ? 'zh-CN' : 'en'}>
                      {pick(p.summary, view.lang)}
                    </li>
                  ))}
                </ol>
              );
            })}
          </div>
        </div>
      ) : (
        <p className="present-quote__none">{t.noPledges}</p>
      )}
    </article>
  );
}

/** Pledge numbering runs on across a speaker's slides. */
const pledgeNumber = (all: readonly Pledge[], share: readonly Pledge[]) => {
  const before = all.indexOf(share[0]);
  return before >= 0 ? before + 1 : 1;
};

export function SpeakerSlideView({
  dataset,
  view,
  slide,
  renderMap,
  renderThemeBars,
}: Common & { slide: SpeakerSlide }) {
  const t = presentMessages(view.lang);
  const count = countBy(slide.placeStatements, () => 'place').get('place');
  const district = slide.place.kind === 'district' ? slide.place.slug : null;
  return (
    <div className="slide">
      <SlideHead title={placeName(dataset, slide.place, view.lang)}>
        {count && (
          <p className="slide__meta">
            {t.placeCounts(count)}
            <span className="slide__position">
              {t.speakerOf(slide.speaker.index, slide.speaker.of)}
              {slide.page.of > 1 && t.continued(slide.page.index, slide.page.of)}
            </span>
          </p>
        )}
      </SlideHead>
      <div className="slide__body slide__body--speaker">
        <div className={district ? 'present-aside' : 'present-aside present-aside--mix-only'}>
          {district && (
            <div className="present-aside__map">
              {renderMap({
                visible: slide.placeStatements,
                highlight: [district],
                labelAll: false,
                className: 'present-figure__art',
              })}
            </div>
          )}
          <figure className="present-figure">
            <figcaption>{t.themeMix}</figcaption>
            {renderThemeBars({ visible: slide.placeStatements, mix: true, className: 'present-figure__art' })}
          </figure>
        </div>
        <Quote slide={slide} view={view} />
      </div>
    </div>
  );
}

interface RankedRow {
  key: string;
  label: string;
  count: number;
}

function RankedList({ id, title, rows, lang }: { id: string; title: string; rows: RankedRow[]; lang: Lang }) {
  const t = presentMessages(lang);
  return (
    <section className="present-list" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ol>
        {rows.map((row) => (
          <li key={row.key}>
            <span>{row.label}</span>
            <strong>{t.pledgeCount(formatCount(row.count, lang))}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ClosingSlide({ dataset, visible, view }: Common) {
  const t = presentMessages(view.lang);
  const places = placeTotals(dataset, visible, view.lang);
  const themes = summarizeView(dataset, visible).topThemes.slice(0, 5);
  const themeLabel = new Map(dataset.themes.map((th) => [th.id, pick(th.label, view.lang)]));
  return (
    <div className="slide">
      <SlideHead title={t.closing} />
      <div className="slide__body slide__body--closing">
        <Totals dataset={dataset} visible={visible} view={view} />
        <RankedList
          id="closing-places"
          title={t.byPlace}
          rows={places.map((p) => ({ key: p.key, label: p.name, count: p.pledges }))}
          lang={view.lang}
        />
        <RankedList
          id="closing-themes"
          title={t.topThemes}
          rows={themes.map((th) => ({ key: th.id, label: themeLabel.get(th.id) ?? th.id, count: th.count }))}
          lang={view.lang}
        />
      </div>
    </div>
  );
}
