import type { Summary } from '../../shared/dataset/selectors';
import { zh } from '../../shared/i18n/zh';

export function SummaryStrip({ summary }: { summary: Summary }) {
  const items = [
    { value: summary.statements, label: zh.summary.statements },
    { value: summary.pledges, label: zh.summary.pledges },
    { value: summary.speakers, label: zh.summary.speakers },
    { value: summary.districtsWithPledges, label: zh.summary.districts(summary.districtsTotal) },
    { value: summary.themesUsed, label: zh.summary.themes(summary.themesTotal) },
  ];
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {zh.summaryHeading}
      </h2>
      <dl className="summary__list">
        {items.map((item) => (
          <div className="summary__item" key={item.label}>
            <dt className="summary__label">{item.label}</dt>
            <dd className="summary__value">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
