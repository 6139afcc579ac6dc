import { describeSource, sourceDatePieces } from '../dataset/format';
import type { Dataset } from '../dataset/schema';
import type { Lang } from '../url/viewState';
import { KeepTogether } from './KeepTogether';

/** The source line (who published it, who republished it, when), its dates never broken across lines. */
export function SourceText({ source, lang }: { source: Dataset['sources'][number]; lang: Lang }) {
  return <KeepTogether text={describeSource(source, lang)} pieces={sourceDatePieces(source.date, lang)} />;
}
