/** Pure formatting of dataset values for display. */
import { messagesFor } from '../i18n/messages';
import type { Dataset, Speaker } from './schema';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** "2023年2月6日" / "Feb 2023"-style rendering that never adds precision the date does not have. */
export function formatPartialDate(value: string, lang: 'zh' | 'en'): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (lang === 'zh') return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  const monthName = month
    ? new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', {
        month: 'short',
        timeZone: 'UTC',
      })
    : '';
  return [day ? String(Number(day)) : '', monthName, year].filter(Boolean).join(' ');
}

export function formatSourceDate(date: Dataset['sources'][number]['date'], lang: 'zh' | 'en'): string {
  const from = date.notBefore && formatPartialDate(date.notBefore, lang);
  const to = date.notAfter && formatPartialDate(date.notAfter, lang);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return lang === 'zh' ? `${from}或之后` : `on or after ${from}`;
  if (to) return lang === 'zh' ? `${to}或之前` : `on or before ${to}`;
  return lang === 'zh' ? '日期不详' : 'date unknown';
}

/** The dates inside formatSourceDate's text, each one to be kept on one line ("2023年2月6日", not "2023 / 年2月6日"). */
export function sourceDatePieces(date: Dataset['sources'][number]['date'], lang: 'zh' | 'en'): string[] {
  return [date.notBefore, date.notAfter].flatMap((value) => (value ? [formatPartialDate(value, lang)] : []));
}

/** The source line under a title: who published it, who republished it, and when. */
export function describeSource(source: Dataset['sources'][number], lang: 'zh' | 'en'): string {
  return messagesFor(lang).sourceLine(
    source.publisher[lang],
    source.republishedBy[lang],
    formatSourceDate(source.date, lang),
  );
}

/**
 * A speaker as a line of text: the name as printed on a Chinese page; on an English one our romanisation
 * first, then the printed name ("Huang Tuo 黄拓"). Null for the unattributed collective quotes.
 */
export function speakerLabel(speaker: Speaker, lang: 'zh' | 'en'): string | null {
  if (speaker.name === null) return null;
  return lang === 'en' && speaker.romanized ? `${speaker.romanized} ${speaker.name}` : speaker.name;
}
