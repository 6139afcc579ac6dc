import { useEffect, useRef, useState } from 'react';
import { messagesFor } from '../../shared/i18n/messages';
import type { UpdateViewState } from '../../shared/url/useViewState';
import { MAX_QUERY_LENGTH, type Lang } from '../../shared/url/viewState';

interface Props {
  q: string;
  lang: Lang;
  update: UpdateViewState;
}

export function SearchBox({ q, lang, update }: Props) {
  const t = messagesFor(lang);
  const [text, setText] = useState(q);
  // One history entry per search, not per keystroke: the first change pushes, the rest replace.
  const typing = useRef(false);

  // Back/forward or a chip's removal changes q from outside; the box follows unless the user is typing.
  useEffect(() => {
    if (!typing.current) setText(q);
  }, [q]);

  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="filters__legend">
        {t.filters.search}
      </label>
      <input
        id="search-input"
        type="search"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t.filters.searchPlaceholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          update({ q: e.target.value }, { replace: typing.current });
          typing.current = true;
        }}
        onBlur={() => {
          typing.current = false;
        }}
      />
    </div>
  );
}
