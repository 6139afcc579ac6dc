import { DatasetLoadError } from '../api/dataset';
import { formatIssue } from '../dataset/locate';
import { zh } from '../i18n/zh';

export function DatasetLoading() {
  return (
    <p className="status" role="status">
      {zh.loading}
    </p>
  );
}

function describe(error: Error): string {
  if (!(error instanceof DatasetLoadError)) return zh.errors.unknown;
  switch (error.kind) {
    case 'offline':
      return zh.errors.offline;
    case 'network':
      return zh.errors.network;
    case 'http':
      return zh.errors.http(error.detail);
    case 'json':
      return zh.errors.json;
    case 'invalid':
      return zh.errors.invalid(error.issues.length);
  }
}

const SHOWN_ISSUES = 20;

export function DatasetError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const issues = error instanceof DatasetLoadError ? error.issues : [];
  return (
    <div className="status status--error" role="alert">
      <p className="status__message">{describe(error)}</p>
      {issues.length > 0 && (
        <ul className="status__issues">
          {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <li key={i}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ul>
      )}
      {error instanceof DatasetLoadError && (
        <p className="status__detail">
          {zh.errors.file}：<code>{error.url}</code>
        </p>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {zh.retry}
      </button>
    </div>
  );
}
