import { describe, expect, it } from 'vitest';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW } from '../../shared/url/viewState';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import {
  buildStory,
  followSlide,
  pages,
  PLEDGES_PER_SLIDE,
  placeKey,
  type SpeakerSlide,
  type StageShape,
} from './story';

const dataset = buildDataset(realInputs());
const story = (filter: Partial<typeof DEFAULT_VIEW> = {}, shape: StageShape = 'narrow') => {
  const view = { ...DEFAULT_VIEW, ...filter };
  return buildStory(dataset, applyFilter(dataset, view), view.lang, shape);
};
const speakerSlides = (slides: ReturnType<typeof story>) =>
  slides.filter((s): s is SpeakerSlide => s.kind === 'speaker');

describe('the meeting-room story', () => {
  it('opens with title and overview and closes with the summary', () => {
    const slides = story();
    expect(slides[0].kind).toBe('title');
    expect(slides[1].kind).toBe('overview');
    expect(slides.at(-1)?.kind).toBe('closing');
  });

  it.each([
    ['zh', 'narrow'],
    ['en', 'narrow'],
    ['zh', 'wide'],
    ['en', 'wide'],
  ] as const)('shows every statement and each pledge once, at most the limit a slide (%s, %s)', (lang, shape) => {
    const visible = applyFilter(dataset, DEFAULT_VIEW);
    const slides = speakerSlides(story({ lang }, shape));
    expect(new Set(slides.map((s) => s.item.statement.id))).toEqual(new Set(visible.map((v) => v.statement.id)));
    const shown = slides.flatMap((s) => s.pledges.map((p) => p.id));
    expect([...shown].sort()).toEqual(visible.flatMap((v) => v.pledges.map((p) => p.id)).sort());
    expect(Math.max(...slides.map((s) => s.pledges.length))).toBe(PLEDGES_PER_SLIDE[shape][lang]);
  });

  it('splits the pledges of a speaker over as few slides as the limit allows, filled evenly', () => {
    expect(pages([1, 2, 3, 4, 5], 4)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(pages([1, 2, 3, 4, 5, 6, 7, 8, 9], 4).map((p) => p.length)).toEqual([3, 3, 3]);
    expect(pages([1, 2, 3], 4)).toEqual([[1, 2, 3]]);
    expect(pages([], 4)).toEqual([[]]);
    for (const shape of ['narrow', 'wide'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const slides = speakerSlides(story({ lang }, shape));
        for (const slide of slides.filter((s) => s.page.of > 1)) {
          const sizes = slides.filter((s) => s.item === slide.item).map((s) => s.pledges.length);
          expect(Math.max(...sizes) - Math.min(...sizes), slide.item.statement.id).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('gives every page of a speaker all the pages’ shares, its own at its page number', () => {
    const slides = speakerSlides(story({ lang: 'en' }, 'wide'));
    const split = slides.filter((s) => s.page.of > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const slide of slides) {
      const siblings = slides.filter((s) => s.item === slide.item);
      expect(slide.pageShares).toEqual(siblings.map((s) => s.pledges));
      expect(slide.pageShares[slide.page.index - 1]).toBe(slide.pledges);
    }
  });

  it('gives a wide screen fewer slides than a 4:3 one, in both languages', () => {
    expect(story({}, 'wide').length).toBeLessThan(story({}, 'narrow').length);
    expect(story({ lang: 'en' }, 'wide').length).toBeLessThan(story({ lang: 'en' }, 'narrow').length);
  });

  it('follows the slide shown into a story paged anew', () => {
    const narrow = story({}, 'narrow');
    const wide = story({}, 'wide');
    narrow.forEach((slide, index) => {
      const moved = wide[followSlide(narrow, wide, index)];
      expect(moved.kind).toBe(slide.kind);
      if (slide.kind === 'speaker' && moved.kind === 'speaker') {
        expect(moved.item).toBe(slide.item);
        if (slide.pledges.length) expect(moved.pledges).toContain(slide.pledges[0]);
      }
    });
    expect(followSlide(narrow, wide, narrow.length - 1)).toBe(wide.length - 1);
    // A slide whose speaker is filtered out keeps its number, within the shorter story.
    const nanshan = story({ districts: ['nanshan'] }, 'narrow');
    expect(followSlide(narrow, nanshan, 20)).toBe(nanshan.length - 1);
  });

  it('goes district by district in the dataset order, then the groups outside districts', () => {
    const order = [...new Set(speakerSlides(story()).map((s) => placeKey(s.place)))];
    const districts = dataset.districts.map((d) => d.slug).filter((slug) => order.includes(slug));
    expect(order).toEqual([...districts, 'institution', 'company', 'collective']);
  });

  it('follows the filter: one district, one theme', () => {
    const slides = speakerSlides(story({ districts: ['nanshan'] }));
    expect(slides.length).toBeGreaterThan(0);
    expect(slides.every((s) => s.place.kind === 'district' && s.place.slug === 'nanshan')).toBe(true);
    const themed = speakerSlides(story({ themes: ['fintech'] }));
    expect(themed.every((s) => s.pledges.every((p) => p.themes.includes('fintech')))).toBe(true);
  });

  it('numbers speakers within a place and pages within a speaker', () => {
    for (const slide of speakerSlides(story())) {
      expect(slide.speaker.index).toBeLessThanOrEqual(slide.speaker.of);
      expect(slide.page.index).toBeLessThanOrEqual(slide.page.of);
      expect(slide.placeStatements).toContain(slide.item);
    }
    const split = speakerSlides(story()).filter((s) => s.page.of > 1);
    expect(split.length).toBeGreaterThan(0);
  });

  it('is still a story with nothing in view: title, overview and closing', () => {
    expect(story({ q: 'no-such-words-anywhere' }).map((s) => s.kind)).toEqual(['title', 'overview', 'closing']);
  });
});
