import { useEffect, useId, useRef, useState } from 'react';
import { messagesFor } from '../../shared/i18n/messages';
import type { ViewState, Widget } from '../../shared/url/viewState';
import './embed.css';
import { embedMessages } from './messages';
import { embedSnippet } from './snippet';

const CHOICES: readonly (Widget | null)[] = [null, 'map', 'themes', 'timeline', 'summary'];

type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * The header's 嵌入 button: a dialog with the iframe code for the view on screen, one widget or all, so an
 * editor need not compose the URL from the documentation.
 */
export function EmbedCode({ view }: { view: ViewState }) {
  const t = embedMessages(view.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  // Which opening this is, 0 while closed: each opening builds the dialog's content afresh, on its first choice.
  const [opening, setOpening] = useState(0);
  const titleId = useId();
  // Shown once its content is built, so that the dialog gives the focus to its first control.
  useEffect(() => {
    if (opening > 0 && !dialog.current?.open) dialog.current?.showModal();
  }, [opening]);
  // A dialog's close event comes a task after it has closed. Opened again in between (Escape and Enter pressed at
  // once), the late event finds it open and leaves it so.
  const closed = () => {
    if (!dialog.current?.open) setOpening(0);
  };

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        title={t.embedName}
        onClick={() => setOpening((n) => n + 1)}
      >
        {t.embed}
      </button>
      <dialog ref={dialog} className="embed-code" aria-labelledby={titleId} onClose={closed}>
        {/* Built only while open: no filter changes under a modal dialog, and closed it cost every filter change. */}
        {opening > 0 && (
          <EmbedDialogBody key={opening} view={view} titleId={titleId} close={() => dialog.current?.close()} />
        )}
      </dialog>
    </>
  );
}

function EmbedDialogBody({ view, titleId, close }: { view: ViewState; titleId: string; close: () => void }) {
  const t = embedMessages(view.lang);
  const code = useRef<HTMLTextAreaElement>(null);
  const [widget, setWidget] = useState<Widget | null>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const choiceName = useId();
  const codeId = useId();
  const frameTitle = t.frameTitle(messagesFor(view.lang).appTitle, t.widgets[widget ?? 'all']);
  const snippet = embedSnippet(view, widget, window.location, frameTitle);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('copied');
    } catch {
      // No clipboard outside a secure context (a plain-http intranet host): the reader copies the selection.
      code.current?.focus();
      code.current?.select();
      setStatus('failed');
    }
  };

  return (
    <>
      <h2 id={titleId} className="embed-code__title">
        {t.dialogTitle}
      </h2>
      <p className="embed-code__note">{t.dialogNote}</p>
      <fieldset className="embed-code__choices">
        <legend>{t.show}</legend>
        {CHOICES.map((choice) => (
          <label key={choice ?? 'all'}>
            <input
              type="radio"
              name={choiceName}
              checked={widget === choice}
              onChange={() => {
                setWidget(choice);
                setStatus('idle');
              }}
            />
            {t.widgets[choice ?? 'all']}
          </label>
        ))}
      </fieldset>
      <label htmlFor={codeId} className="embed-code__label">
        {t.code}
      </label>
      <textarea
        id={codeId}
        ref={code}
        className="embed-code__code"
        readOnly
        rows={8}
        spellCheck={false}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-code__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          {t.close}
        </button>
        <p className="embed-code__status" role="status">
          {status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}
        </p>
      </div>
    </>
  );
}
