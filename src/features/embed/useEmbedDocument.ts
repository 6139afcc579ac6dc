import { useEffect } from 'react';
import type { Background } from '../../shared/url/viewState';
import './embed.css';

/** Marks the document as embedded, so its styles drop what an iframe cannot use (and may go transparent). */
export function useEmbedDocument(background: Background) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.embed = '';
    root.dataset.bg = background;
    return () => {
      delete root.dataset.embed;
      delete root.dataset.bg;
    };
  }, [background]);
}
