import { describe, expect, it } from 'vitest';
import { applyFilter } from '../../shared/dataset/filter';
import { DEFAULT_VIEW } from '../../shared/url/viewState';
import { buildDataset } from '../../../scripts/data/build';
import { realInputs } from '../../../scripts/data/testInputs';
import { buildStory, PLEDGES_PER_SLIDE, placeKey, type SpeakerSlide } from './story';

const dataset = buildDataset(realInputs());
const story = (filter: Partial<typeof DEFAULT_VIEW> = {}) => {
  const view = { ...DEFAULT_VIEW, ...filter };
  return buildStory(dataset, applyFilter(dataset, view), view.lang);
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

  it('shows every statement in view, each pledge exactly once, in at most PLEDGES_PER_SLIDE per slide', () => {
    const visible = applyFilter(dataset, DEFAULT_VIEW);
    const slides = speakerSlides(story());
    expect(new Set(slides.map((s) => s.item.statement.id))).toEqual(new Set(visible.map((v) => v.statement.id)));
    const shown = slides.flatMap((s) => s.pledges.map((p) => p.id));
    expect([...shown].sort()).toEqual(visible.flatMap((v) => v.pledges.map((p) => p.id)).sort());
    expect(shown.length).toBe(new Set(shown).size);
    expect(shown.length).toBe(visible.reduce((n, v) => n + v.pledges.length, 0));
    expect(Math.max(...slides.map((s) => s.pledges.length))).toBe(PLEDGES_PER_SLIDE.zh);
    const english = speakerSlides(story({ lang: 'en' }));
    expect(Math.max(...english.map((s) => s.pledges.length))).toBe(PLEDGES_PER_SLIDE.en);
    expect(english.flatMap((s) => s.pledges.map((p) => p.id))).toEqual(shown);
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
