import { useState } from 'react';
import { messagesFor } from '../../shared/i18n/messages';
import type { UpdateViewState } from '../../shared/url/useViewState';
import { MAX_QUERY_LENGTH, searchText, type Lang } from '../../shared/url/viewState';

export const SEARCH_INPUT_ID = 'search-input';

interface Props {
  q: string;
  lang: Lang;
  update: UpdateViewState;
}

export function SearchBox({ q, lang, update }: Props) {
  const t = messagesFor(lang);
  const [text, setText] = useState(q);
  // One history entry per search, not per keystroke: the first change pushes, the rest of that edit replace.
  const [editing, setEditing] = useState(false);
  // Back/forward or a chip's removal changes q from outside: the box follows and a new edit begins.
  const [lastQ, setLastQ] = useState(q);
  if (q !== lastQ) {
    setLastQ(q);
    if (q !== searchText(text)) {
      setText(q);
      setEditing(false);
    }
  }

  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="filters__legend">
        {t.filters.search}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.filters.searchPlaceholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          update({ q: e.target.value }, { replace: editing });
          setEditing(true);
        }}
        onBlur={() => setEditing(false)}
      />
    </div>
  );
}
