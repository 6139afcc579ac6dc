import type { ReactNode } from 'react';
import { messagesFor } from '../shared/i18n/messages';
import { Unhyphenated } from '../shared/ui/KeepTogether';
import type { Lang } from '../shared/url/viewState';

/**
 * Meeting-room mode until its story can show: the dashboard's title and one message (loading, or what went
 * wrong) in the middle of the screen, instead of the dashboard's header flashing up on the meeting-room screen.
 */
export function PresentWait({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <main className="present-wait">
      <div className="present-wait__box">
        <h1 className="present-wait__title">
          <Unhyphenated text={messagesFor(lang).appTitle} />
        </h1>
        {children}
      </div>
    </main>
  );
}
