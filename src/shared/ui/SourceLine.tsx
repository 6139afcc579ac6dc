import type { Dataset } from '../dataset/schema';
import { messagesFor } from '../i18n/messages';
import { pick } from '../i18n/lang';
import type { Lang } from '../url/viewState';
import { SourceText } from './SourceText';

interface Props {
  source: Dataset['sources'][number];
  lang: Lang;
  /** Where the reason for an inferred date is given on the page; without it the reason is the note's title. */
  basisHref?: string;
}

/** The source line with its date, and a note when the date is inferred rather than printed in the source. */
export function SourceLine({ source, lang, basisHref }: Props) {
  const t = messagesFor(lang);
  if (source.date.basis !== 'inferred') return <SourceText source={source} lang={lang} />;
  return (
    <>
      <SourceText source={source} lang={lang} />
      {t.dateInferredGap}
      {basisHref ? (
        <a href={basisHref} className="no-break">
          {t.dateInferred}
        </a>
      ) : (
        <span className="no-break" title={pick(source.date.reason, lang)}>
          {t.dateInferred}
        </span>
      )}
    </>
  );
}
