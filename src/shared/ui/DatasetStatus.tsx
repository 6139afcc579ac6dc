import { DatasetLoadError } from '../api/dataset';
import { formatIssue, type DataIssue } from '../dataset/locate';
import { messagesFor, type Messages } from '../i18n/messages';
import type { Lang } from '../url/viewState';
import { useFocusAfterRetry } from './retryFocus';

export function DatasetLoading({ lang }: { lang: Lang }) {
  return (
    <p className="status" role="status">
      {messagesFor(lang).loading}
    </p>
  );
}

function describe(error: Error, t: Messages): string {
  if (!(error instanceof DatasetLoadError)) return t.errors.unknown;
  switch (error.kind) {
    case 'offline':
      return t.errors.offline;
    case 'network':
      return t.errors.network;
    case 'timeout':
      return t.errors.timeout(error.detail);
    case 'http':
      return t.errors.http(error.detail);
    case 'json':
      return t.errors.json;
    case 'invalid':
      return t.errors.invalid(error.issues.length);
  }
}

const SHOWN_ISSUES = 20;

function IssueList({ issues }: { issues: readonly DataIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="status__issues">
      {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
        <li key={i}>
          <code>{formatIssue(issue)}</code>
        </li>
      ))}
    </ul>
  );
}

/** Shown above the dashboard when some statements of the file were bad and left out (`kept`: how many were not). */
export function DatasetWarning({
  lang,
  issues,
  dropped,
  kept,
}: {
  lang: Lang;
  issues: readonly DataIssue[];
  dropped: number;
  kept: number;
}) {
  if (dropped === 0) return null;
  const t = messagesFor(lang).errors;
  return (
    <div className="status status--warning" role="alert">
      <p className="status__message">{kept > 0 ? t.partial(dropped) : t.allDropped(dropped)}</p>
      <IssueList issues={issues} />
    </div>
  );
}

/** A refetch failed (a broken replacement file, say): the last good data stays, and the reader is told. */
export function DatasetStale({ lang, error }: { lang: Lang; error: Error }) {
  const t = messagesFor(lang);
  return (
    <div className="status status--warning" role="status">
      <p className="status__message">{t.errors.stale}</p>
      <p className="status__detail">{describe(error, t)}</p>
    </div>
  );
}

interface Props {
  lang: Lang;
  error: Error;
  onRetry: () => void;
  /** A request is under way (the button's, or a scheduled check): the button stays focusable, but does nothing. */
  retrying: boolean;
  /** Set while an automatic retry is pending: how many attempts have failed so far. */
  autoRetry?: number;
}

export function DatasetError({ lang, error, onRetry, retrying, autoRetry }: Props) {
  const t = messagesFor(lang);
  const issues = error instanceof DatasetLoadError ? error.issues : [];
  return (
    <div className="status status--error" role="alert">
      <p className="status__message">{describe(error, t)}</p>
      <IssueList issues={issues} />
      {error instanceof DatasetLoadError && (
        <p className="status__detail">
          {t.errors.file}
          <code>{error.url}</code>
        </p>
      )}
      <p className="status__detail" role="status">
        {retrying ? t.errors.asking : autoRetry !== undefined && t.errors.retrying(autoRetry)}
      </p>
      {/* Not `disabled` while a request runs: a disabled button loses the keyboard focus that pressed it. */}
      <button type="button" className="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying}>
        {t.retry}
      </button>
    </div>
  );
}

/** A view that failed to render or load, in its place, with a button that tries it again. */
export function ViewFailed({ lang, onRetry }: { lang: Lang; onRetry: () => void }) {
  const t = messagesFor(lang);
  const button = useFocusAfterRetry<HTMLButtonElement>();
  return (
    <div className="status status--error">
      <p className="status__message">{t.errors.view}</p>
      <button ref={button} type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

/** A file that loaded but holds no statement to show (none, or every one left out): said, rather than a page of zeros. */
export function DatasetEmpty({ lang }: { lang: Lang }) {
  return (
    <p className="status status--error" role="alert">
      {messagesFor(lang).errors.empty}
    </p>
  );
}
