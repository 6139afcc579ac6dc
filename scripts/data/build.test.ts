import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/shared/dataset/schema';
import { buildDataset } from './build';
import { ANNOTATIONS_FILE, buildErrors, editable, realInputs } from './testInputs';

const statementIn = (inputs: ReturnType<typeof realInputs>, id: string) => {
  const statement = editable(inputs).annotations.statements.find((s) => s.id === id);
  if (!statement) throw new Error(`no statement ${id} in the annotations`);
  return statement;
};

describe('the data build on the real annotations', () => {
  const dataset = buildDataset(realInputs());

  it('produces a dataset the shared schema accepts', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('holds every statement of the article: 14 named speakers and 2 collective quotes', () => {
    const named = dataset.statements.filter((s) => s.speaker.name !== null);
    expect(named).toHaveLength(14);
    expect(dataset.statements.filter((s) => s.speaker.unitType === 'collective')).toHaveLength(2);
    expect(dataset.statements.map((s) => s.order)).toEqual(dataset.statements.map((_, i) => i + 1));
  });

  it('splits out more than 40 pledges, each with 1–3 known themes', () => {
    const pledges = dataset.statements.flatMap((s) => s.pledges);
    expect(pledges.length).toBeGreaterThan(40);
    const themeIds = dataset.themes.map((t) => t.id);
    for (const p of pledges) expect(p.themes.every((t) => themeIds.includes(t))).toBe(true);
  });

  it('places each span at its offsets in its paragraph', () => {
    const paragraphs = dataset.sources[0].paragraphs;
    for (const s of dataset.statements) {
      const paragraph = paragraphs[s.paragraph - 1];
      if (s.quote !== null) expect(paragraph.slice(s.quoteSpan?.start, s.quoteSpan?.end)).toBe(s.quote);
      for (const p of s.pledges) expect(paragraph.slice(p.span.start, p.span.end)).toBe(p.text);
    }
  });

  it('lists each statement’s pledges in reading order: the quote’s first, as cards and slides show it', () => {
    for (const s of dataset.statements) {
      const inQuote = (start: number) => s.quoteSpan !== null && start >= s.quoteSpan.start && start < s.quoteSpan.end;
      const keys = s.pledges.map((p) => [inQuote(p.span.start) ? 0 : 1, p.span.start] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(keys, s.id).toEqual(sorted);
    }
    // 黄拓's annotations list his reported pledges first; his quote stands first on the card.
    const huang = dataset.statements.find((s) => s.id === 'huang-tuo');
    expect(huang?.pledges[0].text).toMatch(/^以数字人民币硬钱包/);
  });

  it('marks 华强北 as Futian by inference, with the reason', () => {
    const lian = dataset.statements.find((s) => s.speaker.name === '练佳其');
    expect(lian?.district).toBe('futian');
    expect(lian?.districtBasis).toMatchObject({ basis: 'inferred', reason: { zh: expect.stringContaining('福田') } });
  });

  it('keeps city-level institutions and companies out of the districts', () => {
    for (const name of ['胡晓军', '杨学明', '李婷华']) {
      expect(dataset.statements.find((s) => s.speaker.name === name)?.district).toBeNull();
    }
  });
});

describe('the data build rejects, naming file, record and field,', () => {
  const quoteOf = `${ANNOTATIONS_FILE}: statement "huang-tuo": quote:`;

  it('a quote changed by one character', () => {
    const inputs = realInputs();
    const huang = statementIn(inputs, 'huang-tuo');
    huang.quote = (huang.quote ?? '').replace('硬钱包', '软钱包');
    expect(buildErrors(inputs)).toContainEqual(
      expect.stringMatching(`^${quoteOf} ".*软钱包.*" is not found verbatim anywhere in the source`),
    );
  });

  it('a pledge span changed by one character', () => {
    const inputs = realInputs();
    statementIn(inputs, 'fan-lei').pledges[1].text = '迅速部署36项高质量发展攻坚任务';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining(`${ANNOTATIONS_FILE}: statement "fan-lei" › pledge "fan-lei-2": text: "迅速部署36项`),
    ]);
  });

  it('a quote cut short, so it is no longer the whole “…” quotation', () => {
    const inputs = realInputs();
    const huang = statementIn(inputs, 'huang-tuo');
    huang.quote = (huang.quote ?? '').slice(0, 20);
    expect(buildErrors(inputs)).toContainEqual(expect.stringContaining(`${quoteOf} is not a whole direct quote`));
  });

  it('a pledge span that lies in another paragraph', () => {
    const inputs = realInputs();
    statementIn(inputs, 'fan-lei').pledges[1].text = '设置便企服务站';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining(
        `statement "fan-lei" › pledge "fan-lei-2": text: "设置便企服务站" lies outside its statement's paragraph 4 (found in paragraph 21)`,
      ),
    ]);
  });

  it('a pledge span in the paragraph but outside the statement’s own words', () => {
    const inputs = realInputs();
    statementIn(inputs, 'li-hongbo').pledges[0].text = '大鹏新区葵涌办事处经服办';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining(
        'pledge "li-hongbo-1": text: "大鹏新区葵涌办事处经服办" lies outside the statement\'s quote and reported text',
      ),
    ]);
  });

  it('a statement id and a pledge id used twice', () => {
    const inputs = realInputs();
    statementIn(inputs, 'lv-yi').id = 'huang-tuo';
    statementIn(inputs, 'cao-huan').pledges[0].id = 'fan-lei-1';
    const errors = buildErrors(inputs);
    expect(errors).toContainEqual(expect.stringMatching(/statement "huang-tuo": id: id "huang-tuo" repeats/));
    expect(errors).toContainEqual(expect.stringMatching(/pledge "fan-lei-1": id: id "fan-lei-1" repeats/));
  });

  it('an unknown district', () => {
    const inputs = realInputs();
    statementIn(inputs, 'wang-bin').district = 'shekou';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining(`${ANNOTATIONS_FILE}: statement "wang-bin": district: unknown district "shekou"`),
    ]);
  });

  it('an unknown theme', () => {
    const inputs = realInputs();
    statementIn(inputs, 'wang-bin').pledges[2].themes = ['urban', 'ports'];
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining('statement "wang-bin" › pledge "wang-bin-3": themes[1]: unknown theme "ports"'),
    ]);
  });

  it('a missing English summary and a missing Chinese theme label', () => {
    const inputs = realInputs();
    const pledge = statementIn(inputs, 'chen-malin').pledges[0];
    pledge.summary = { zh: pledge.summary.zh } as typeof pledge.summary;
    editable(inputs).taxonomy.themes[0].label.zh = ' ';
    const errors = buildErrors(inputs);
    expect(errors).toContainEqual(
      expect.stringContaining(`${ANNOTATIONS_FILE}: statement "chen-malin" › pledge "chen-malin-1": summary.en:`),
    );
    expect(errors).toContainEqual('data/themes.json: theme "fintech": label.zh: must not be empty');
  });

  it('a direct quote of the source that is neither in the dataset nor excluded — and accepts it once excluded', () => {
    const inputs = realInputs();
    const { annotations } = editable(inputs);
    annotations.statements = annotations.statements.filter((s) => s.id !== 'collective-motto');
    expect(buildErrors(inputs)).toEqual([
      `${ANNOTATIONS_FILE}: (top level): statements: the direct quote “胸怀拿云志、功成在力行!” in paragraph 1 is neither a statement's quote nor listed in excludedQuotes with a reason`,
    ]);
    annotations.excludedQuotes.push({
      paragraph: 1,
      text: '胸怀拿云志、功成在力行!',
      reason: { zh: '口号，不含具体承诺。', en: 'A motto with no concrete commitment.' },
    });
    expect(buildErrors(inputs)).toEqual([]);
  });

  it('a source copy that no longer matches its recorded checksum', () => {
    const inputs = realInputs();
    inputs.sources[0].text.content = inputs.sources[0].text.content.replace('35项', '36项');
    expect(buildErrors(inputs)).toContainEqual(
      expect.stringMatching(
        /^data\/sources\/szsb-2023-hqd-reactions\.meta\.json: \(top level\): sha256: .* the source copy changed$/,
      ),
    );
  });

  it('a figure, a horizon cue and a speaker name that are not in the text', () => {
    const inputs = realInputs();
    const fan = statementIn(inputs, 'fan-lei');
    fan.pledges[1].figures[0].text = '36项';
    fan.pledges[1].horizon = { cue: '明年', kind: 'this-year' };
    fan.speaker.name = '范雷';
    const errors = buildErrors(inputs);
    expect(errors).toContainEqual(
      expect.stringContaining('pledge "fan-lei-2": figures[0].text: "36项" is not in the pledge\'s text'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('pledge "fan-lei-2": horizon.cue: "明年" is not found verbatim'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('statement "fan-lei": speaker.name: "范雷" is not found verbatim'),
    );
  });

  it('a named speaker without a romanised name, one not in pinyin form, and one for a collective quote', () => {
    const inputs = realInputs();
    statementIn(inputs, 'fan-lei').speaker.romanized = null;
    statementIn(inputs, 'huang-tuo').speaker.romanized = 'huang tuo';
    statementIn(inputs, 'collective-motto').speaker.romanized = 'Ge Jie';
    const errors = buildErrors(inputs);
    expect(errors).toContainEqual(
      expect.stringContaining(
        'statement "fan-lei": speaker.romanized: must be given exactly when the speaker has a name',
      ),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('statement "huang-tuo": speaker.romanized: must be pinyin such as "Jiang Xiaoping"'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining(
        'statement "collective-motto": speaker.romanized: must be given exactly when the speaker has a name',
      ),
    );
  });

  it('a quote with no pledge and no English, and English for a statement with no quote', () => {
    const inputs = realInputs();
    delete statementIn(inputs, 'collective-motto').quoteTranslation;
    statementIn(inputs, 'cao-huan').quoteTranslation = 'Reported only.';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining(
        'statement "collective-motto": quoteTranslation: a quote with no pledge needs its English here',
      ),
      expect.stringContaining('statement "cao-huan": quoteTranslation: there is no quote to translate'),
    ]);
  });

  it('a district claimed without a basis that allows it', () => {
    const inputs = realInputs();
    statementIn(inputs, 'hu-xiaojun').district = 'nanshan';
    expect(buildErrors(inputs)).toEqual([
      expect.stringContaining('statement "hu-xiaojun": district: must be null when districtBasis is "none"'),
    ]);
  });
});
