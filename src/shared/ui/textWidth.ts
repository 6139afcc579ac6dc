/**
 * Text width estimated without a DOM, for layouts computed before anything is drawn (chart label columns, the
 * slide map's label boxes). Deliberately generous: overestimating costs a little white space, underestimating
 * makes a label wrap or overlap a neighbour the layout thought it had room for.
 */

/** CJK ideographs, kana, Hangul, full-width forms and CJK punctuation, as a regular-expression class body. */
export const WIDE = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'u');

/** Whether `char` is set one em wide. */
export const isWide = (char: string): boolean => WIDE_CHAR.test(char);

/** Estimated advance width of `text` in px: CJK glyphs are one em plus a margin, so that an estimate errs wide. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (isWide(char)) em += 1.04;
    else if (char === ' ' || char === '\u00a0') em += 0.3;
    else if (/[A-Z&–—]/u.test(char)) em += 0.72;
    else if (/[il.,'’:;|!]/u.test(char)) em += 0.32;
    else em += 0.58;
  }
  return em * fontSize;
}
