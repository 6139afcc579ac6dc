/**
 * Meeting-room mode: the story full-screen, advancing by itself, driven by keys or a clicker. Real layout
 * (grid, viewport-relative type) rather than a scaled fixed canvas, so charts keep sharp pixels and correct
 * hit areas at any screen shape and display scaling.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Lang } from '../../shared/url/viewState';
import { useFocusAfterRetry } from '../../shared/ui/retryFocus';
import { useMediaQuery } from '../../shared/ui/useMediaQuery';
import './present.css';
import { presentMessages } from './messages';
import { slideTitle } from './places';
import { ClosingSlide, OverviewSlide, SpeakerSlideView, TitleSlide } from './Slides';
import { buildStory, followSlide, WIDE_STAGE_QUERY, type Slide } from './story';
import type { PresentationProps } from './types';
import { usePresenter } from './usePresenter';

function useFullscreen() {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const sync = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = useCallback(() => {
    // Refused outside a user gesture or by the embedding page: the story then runs in the window.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return [active, toggle] as const;
}

/**
 * Screens on which the slides' body type (28 design px, see present.css) would come out under 12 CSS px: narrower
 * than 1440 × 12 / 28 ≈ 617 px or lower than 1080 × 12 / 28 ≈ 463 px. A phone, in either orientation.
 */
const SMALL_SCREEN_QUERY = '(max-width: 617px), (max-height: 463px)';

/**
 * The slideshow, unless the screen is too small to read it: then a word about that first, and the way to the
 * dashboard, which reads well there (a shared presentation link opened on a phone).
 */
export default function Presentation(props: PresentationProps) {
  const small = useMediaQuery(SMALL_SCREEN_QUERY);
  const [presentAnyway, setPresentAnyway] = useState(false);
  const suspended = small && !presentAnyway;
  // The story stays mounted, hidden and still, behind the notice: a window narrowed for a moment comes back to
  // the slide it showed, playing or paused as it was.
  return (
    <>
      {suspended && (
        <SmallScreenNotice lang={props.view.lang} onLeave={props.onLeave} onStay={() => setPresentAnyway(true)} />
      )}
      <Slideshow {...props} suspended={suspended} />
    </>
  );
}

function SmallScreenNotice({ lang, onLeave, onStay }: { lang: Lang; onLeave: () => void; onStay: () => void }) {
  const t = presentMessages(lang);
  const headingId = useId();
  return (
    <section className="present-notice" aria-labelledby={headingId}>
      <h1 id={headingId} className="present-notice__title">
        {t.smallTitle}
      </h1>
      <p>{t.smallBody}</p>
      <div className="present-notice__actions">
        {/* The way most readers want: focused, so Enter takes it. */}
        <button type="button" className="button" onClick={onLeave} autoFocus>
          {t.smallLeave}
        </button>
        <button type="button" className="button button--quiet" onClick={onStay}>
          {t.smallStay}
        </button>
      </div>
    </section>
  );
}

const SLIDE_ADDRESS_DELAY_MS = 1000;

function Slideshow({ suspended, ...props }: PresentationProps & { suspended: boolean }) {
  const { dataset, visible, view, onLeave, onSlideShown } = props;
  const t = presentMessages(view.lang);
  const shape = useMediaQuery(WIDE_STAGE_QUERY) ? 'wide' : 'narrow';
  const slides = useMemo(() => buildStory(dataset, visible, view.lang, shape), [dataset, visible, view.lang, shape]);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onLeave();
  }, [onLeave]);
  const { state, dispatch, running, pointerActive, pointerHandlers } = usePresenter({
    count: slides.length,
    interval: view.interval,
    startSlide: view.slide,
    loop: view.loop,
    onLeave: leave,
    onFullscreen: toggleFullscreen,
    suspended,
  });
  const position = state.index + 1;
  const stage = useFocusAfterRetry<HTMLElement>();
  // A reload, or a link copied from the address bar, comes back to this slide. Written once a slide has stayed a
  // moment: browsers cap how often a page may rewrite its address (Safari: 100 times in 30 s), and a clicker held
  // down or a fast lobby loop would pass that.
  useEffect(() => {
    if (suspended) return;
    const timer = window.setTimeout(() => onSlideShown(position), SLIDE_ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [position, onSlideShown, suspended]);
  // New data, another language or a screen of another shape (a laptop's story moved to the projector) page
  // the story anew: the presenter stays on the slide they were showing, wherever it now stands.
  const [shownStory, setShownStory] = useState(slides);
  if (shownStory !== slides) {
    setShownStory(slides);
    dispatch({ type: 'restory', count: slides.length, index: followSlide(shownStory, slides, state.index) });
    return null;
  }
  const slide = slides[state.index];
  const title = slideTitle(dataset, slide, view.lang);

  return (
    <div
      className="present"
      hidden={suspended}
      data-idle={!pointerActive}
      data-playing={running}
      onPointerMove={pointerHandlers.onPointerMove}
      onPointerDown={pointerHandlers.onPointerMove}
    >
      <section
        ref={stage}
        tabIndex={-1}
        className="present__stage"
        aria-roledescription={t.slide}
        aria-label={t.slideName(position, slides.length, title)}
        // Announced when a person moves, not every few seconds while it plays by itself.
        aria-live={running ? 'off' : 'polite'}
        data-slide={position}
        data-kind={slide.kind}
        onPointerEnter={pointerHandlers.onPointerEnter}
        onPointerLeave={pointerHandlers.onPointerLeave}
      >
        <SlideView slide={slide} {...props} />
      </section>
      <footer className="present__bar">
        <div className="present__progress" aria-hidden="true">
          <div className="present__progress-fill" style={{ width: `${(position / slides.length) * 100}%` }} />
        </div>
        <p className="present__counter">
          <span className="present__count">{t.counter(position, slides.length)}</span>
          {/* Before the title, which gives way first where the line is short: the pause must stay in sight. */}
          {!state.playing && <span className="present__paused">{t.paused}</span>}
          <span className="present__title">{title}</span>
        </p>
        {/* A click leaves no focus on a control: Space would then press that button (the next slide, say) instead
            of pausing, as it does everywhere else in the story. Tab still reaches every control. */}
        <div
          className="present__controls"
          role="group"
          aria-label={t.controls}
          onMouseDown={(event) => {
            event.preventDefault();
            // Nor may a control focused earlier by Tab keep it, for Space to press.
            const focused = document.activeElement;
            if (focused instanceof HTMLElement && event.currentTarget.contains(focused)) focused.blur();
          }}
        >
          <button type="button" onClick={() => dispatch({ type: 'previous' })}>
            {t.previous}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'toggle-play' })}>
            {state.playing ? t.pause : t.play}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'next' })}>
            {t.next}
          </button>
          <button type="button" onClick={toggleFullscreen}>
            {fullscreen ? t.exitFullscreen : t.fullscreen}
          </button>
          <button type="button" onClick={leave}>
            {t.leave}
          </button>
        </div>
        {props.updateFailed && (
          <p className="present__stale" role="status">
            {t.updateFailed}
          </p>
        )}
      </footer>
      {state.blank && (
        // A click anywhere brings the picture back; keyboard users press B again.
        <div className="present__blank" aria-hidden="true" onClick={() => dispatch({ type: 'toggle-blank' })} />
      )}
    </div>
  );
}

function SlideView({ slide, ...props }: PresentationProps & { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide {...props} />;
    case 'overview':
      return <OverviewSlide {...props} />;
    case 'speaker':
      return <SpeakerSlideView {...props} slide={slide} />;
    case 'closing':
      return <ClosingSlide {...props} />;
  }
}
