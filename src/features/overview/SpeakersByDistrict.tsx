import type { Dataset } from '../../shared/dataset/schema';
import {
  districtsWithoutStatements,
  statementsByDistrict,
  statementsWithoutDistrict,
} from '../../shared/dataset/selectors';
import { zh } from '../../shared/i18n/zh';
import { SpeakerList } from './SpeakerList';

export function SpeakersByDistrict({ dataset }: { dataset: Dataset }) {
  const byDistrict = statementsByDistrict(dataset);
  const loose = statementsWithoutDistrict(dataset);
  const empty = districtsWithoutStatements(dataset);
  return (
    <section className="districts" aria-labelledby="districts-heading">
      <h2 id="districts-heading">{zh.speakersHeading}</h2>
      <div className="districts__grid">
        {byDistrict.map(({ district, statements, pledgeCount }) => (
          <section className="card" key={district.slug} aria-labelledby={`district-${district.slug}`}>
            <h3 id={`district-${district.slug}`} className="card__title">
              {district.name.zh}
            </h3>
            <p className="card__meta">{zh.districtCounts(statements.length, pledgeCount)}</p>
            <SpeakerList statements={statements} />
          </section>
        ))}
      </div>
      {loose.length > 0 && <p className="districts__note">{zh.groupsNote}</p>}
      <div className="districts__grid">
        {loose.map(({ group, statements }) => (
          <section className="card card--muted" key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`} className="card__title">
              {zh.groups[group]}
            </h3>
            <SpeakerList statements={statements} />
          </section>
        ))}
      </div>
      {empty.length > 0 && (
        <p className="districts__note">{zh.districtsWithout(empty.map((d) => d.name.zh).join('、'))}</p>
      )}
    </section>
  );
}
