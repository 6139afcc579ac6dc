import { SpeakersByDistrict } from '../features/overview/SpeakersByDistrict';
import { SummaryStrip } from '../features/overview/SummaryStrip';
import { useDataset } from '../shared/api/dataset';
import { formatSourceDate, summarize } from '../shared/dataset/selectors';
import { zh } from '../shared/i18n/zh';
import { DatasetError, DatasetLoading } from '../shared/ui/DatasetStatus';

export function App() {
  const query = useDataset();
  const dataset = query.data;
  const source = dataset?.sources[0];
  return (
    <>
      <header className="masthead">
        <h1 className="masthead__title">{zh.appTitle}</h1>
        {source && (
          <p className="masthead__source">
            {zh.sourceLine(source.publisher.zh, source.republishedBy.zh, formatSourceDate(source.date, 'zh'))}
          </p>
        )}
      </header>
      <main className="page">
        {dataset ? (
          <>
            <SummaryStrip summary={summarize(dataset)} />
            <SpeakersByDistrict dataset={dataset} />
          </>
        ) : query.isError ? (
          <DatasetError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <DatasetLoading />
        )}
      </main>
      {dataset && (
        <footer className="colophon">
          <p>{dataset.translationNote.zh}</p>
          <p>{dataset.districtAttribution.zh}</p>
        </footer>
      )}
    </>
  );
}
