import { memo, useId, useState } from 'react';
import type { VisibleStatement } from '../../shared/dataset/filter';
import type { Dataset, Pledge } from '../../shared/dataset/schema';
import { pick } from '../../shared/i18n/lang';
import { messagesFor } from '../../shared/i18n/messages';
import { searchHits } from '../../shared/dataset/search';
import { MarkedText } from '../../shared/ui/MarkedText';
import type { Lang } from '../../shared/url/viewState';
import { timelineMessages } from './messages';
import { asSentences } from './translation';
import { SpeakerName } from '../../shared/ui/SpeakerName';

interface Props {
  dataset: Dataset;
  item: VisibleStatement;
  lang: Lang;
  /** The search box's text: where it occurs in the quote, it is marked. */
  query: string;
  /** Paper shows every card open. */
  printing: boolean;
  /** Kept built while the filter leaves it out. */
  hidden: boolean;
}

type ContentProps = Omit<Props, 'hidden'> & { headingId: string };

/**
 * The same card for the same statement and pledges: each filter result wraps its statements in new items, so the
 * cards that stay in view across a filter change compare what the items hold; every other prop as it is.
 */
const sameCard = (a: ContentProps, b: ContentProps) =>
  (Object.keys(a) as (keyof ContentProps)[]).every((key) =>
    key === 'item'
      ? a.item.statement === b.item.statement && a.item.pledges === b.item.pledges && a.item.group === b.item.group
      : a[key] === b[key],
  );

/**
 * A card, shown or kept hidden. Only the shell follows `hidden`: its content is the same whether shown or not,
 * so showing or hiding a kept card does not build it again.
 */
export function StatementCard({ hidden, ...content }: Props) {
  const { statement } = content.item;
  const headingId = useId();
  return (
    <article
      id={`statement-${statement.id}`}
      className="quote-card"
      aria-labelledby={headingId}
      data-statement={statement.id}
      tabIndex={-1}
      hidden={hidden}
    >
      {/* A hidden card prints nothing: its details are not built for paper. */}
      <CardContent {...content} headingId={headingId} printing={content.printing && !hidden} />
    </article>
  );
}

const CardContent = memo(function CardContent({ dataset, item, lang, query, printing, headingId }: ContentProps) {
  const { statement, pledges } = item;
  const { speaker } = statement;
  const t = timelineMessages(lang);
  const shared = messagesFor(lang);
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const spans = pledges.map((p) => p.span);
  // Our English: the whole quote's where the data gives it (a quote with no pledge), else the pledges' summaries,
  // which the open card gives one by one under each pledge instead.
  const translation = statement.quoteTranslation ?? (open ? '' : asSentences(pledges.map((p) => p.summary.en)));
  const district = dataset.districts.find((d) => d.slug === statement.district);
  const themes = dataset.themes.filter((th) => pledges.some((p) => p.themes.includes(th.id)));
  const role = [speaker.post ? pick(speaker.post, lang) : speaker.name ? t.noPost : null, pick(speaker.unit, lang)]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <header className="quote-card__header">
        <h5 id={headingId} className="quote-card__name">
          <SpeakerName speaker={speaker} lang={lang} collective={t.collective} />
        </h5>
        <p className="quote-card__role">{role}</p>
        <p className="quote-card__tags">
          {district && (
            <span
              className="tag tag--district"
              title={
                statement.districtBasis.basis === 'inferred'
                  ? t.inferredTitle(pick(statement.districtBasis.reason, lang))
                  : undefined
              }
            >
              {pick(district.name, lang)}
              {statement.districtBasis.basis === 'inferred' && <span className="tag__note">（{t.inferred}）</span>}
            </span>
          )}
          {!district && <span className="tag tag--district">{shared.groups[item.group]}</span>}
          {themes.map((th) => (
            <span className="tag" key={th.id}>
              <span className="swatch" style={{ background: th.color }} />
              {pick(th.label, lang)}
            </span>
          ))}
        </p>
      </header>
      {statement.quote !== null && statement.quoteSpan && (
        <blockquote className="quote-card__quote" lang="zh-CN">
          <p>
            “
            <MarkedText
              text={statement.quote}
              at={statement.quoteSpan.start}
              spans={spans}
              hits={searchHits(statement.quote, query)}
            />
            ”
          </p>
        </blockquote>
      )}
      {statement.reported !== null && statement.reportedSpan && (
        <p className="quote-card__reported" lang="zh-CN">
          <span className="quote-card__label">{t.reported}</span>
          <MarkedText
            text={statement.reported}
            at={statement.reportedSpan.start}
            spans={spans}
            hits={searchHits(statement.reported, query)}
          />
        </p>
      )}
      {lang === 'en' && translation && (
        <p
          className={`quote-card__translation${statement.quoteTranslation ? '' : ' quote-card__translation--pledges'}`}
        >
          <span className="quote-card__label">{shared.translationMark}</span>
          <MarkedText text={translation} hits={searchHits(translation, query)} />
        </p>
      )}
      {statement.districtBasis.basis === 'inferred' && (
        <p className="quote-card__note">{t.inferredTitle(pick(statement.districtBasis.reason, lang))}</p>
      )}
      <button
        type="button"
        className="button button--quiet quote-card__toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        {open ? t.collapse : t.expand(pledges.length)}
      </button>
      {/* Built only when shown: closed, the details were more than half of a page's elements, and each new
          filter built them again for cards nobody opens. */}
      <div id={detailsId} className="quote-card__details" hidden={!open}>
        {(open || printing) && <StatementDetails dataset={dataset} item={item} lang={lang} query={query} />}
      </div>
    </>
  );
}, sameCard);

/**
 * A pledge's summary in both languages, the reader's first: the other line is smaller, below it. The English one
 * carries its "translation" mark in either place.
 */
function PledgeSummary({
  pledge,
  lang,
  query,
  translationMark,
}: {
  pledge: Pledge;
  lang: Lang;
  query: string;
  translationMark: string;
}) {
  const zh = (
    <span lang="zh-CN">
      <MarkedText text={pledge.summary.zh} hits={searchHits(pledge.summary.zh, query)} />
    </span>
  );
  const en = (
    <span lang="en">
      <span className="quote-card__label">{translationMark}</span>
      <MarkedText text={pledge.summary.en} hits={searchHits(pledge.summary.en, query)} />
    </span>
  );
  const [first, second] = lang === 'en' ? [en, zh] : [zh, en];
  return (
    <p className="pledge__summary">
      {first}
      <span className="pledge__second">{second}</span>
    </p>
  );
}

/** A card's pledges, each with its translation, figures and time, and where the statement stands in the source. */
function StatementDetails({ dataset, item, lang, query }: Omit<ContentProps, 'printing' | 'headingId'>) {
  const { statement, pledges } = item;
  const t = timelineMessages(lang);
  const shared = messagesFor(lang);
  const source = dataset.sources.find((s) => s.id === statement.sourceId);
  const section = source?.sections.find((s) => s.id === statement.section);
  const horizons = new Map(dataset.horizons.map((h) => [h.id, h.label]));
  return (
    <>
      {pledges.length > 0 && (
        <ol className="pledges">
          {pledges.map((p) => (
            <li key={p.id} className="pledge">
              <PledgeSummary pledge={p} lang={lang} query={query} translationMark={shared.translationMark} />
              <dl className="pledge__facts">
                {p.figures.length > 0 && (
                  <div>
                    <dt>{t.figures}</dt>
                    <dd lang="zh-CN">{p.figures.map((f) => f.text).join('、')}</dd>
                  </div>
                )}
                {p.horizon && (
                  <div>
                    <dt>{t.horizon}</dt>
                    <dd>
                      {pick(horizons.get(p.horizon.kind) ?? { zh: p.horizon.kind, en: p.horizon.kind }, lang)}
                      {t.horizonCue}
                      <span lang="zh-CN">{p.horizon.cue}</span>
                      {t.horizonCueEnd}
                    </dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {source && (
        <p className="quote-card__source">
          {t.source(
            pick(source.title, lang),
            section ? pick(section.title, lang) : statement.section,
            statement.paragraph,
          )}
        </p>
      )}
    </>
  );
}
