import type { Statement } from '../../shared/dataset/schema';
import { zh } from '../../shared/i18n/zh';

function SpeakerItem({ statement }: { statement: Statement }) {
  const { speaker, districtBasis } = statement;
  return (
    <li className="speaker">
      <span className="speaker__name">{speaker.name ?? zh.collectiveSpeaker}</span>
      <span className="speaker__role">
        {speaker.post
          ? `${speaker.unit.zh} · ${speaker.post.zh}`
          : speaker.name
            ? `${speaker.unit.zh} · ${zh.noPost}`
            : speaker.unit.zh}
      </span>
      <span className="speaker__count">{zh.pledgeCount(statement.pledges.length)}</span>
      {districtBasis.basis === 'inferred' && (
        <span className="speaker__note">
          {zh.inferred}：{districtBasis.reason.zh}
        </span>
      )}
    </li>
  );
}

export function SpeakerList({ statements }: { statements: readonly Statement[] }) {
  return (
    <ul className="speakers">
      {statements.map((s) => (
        <SpeakerItem key={s.id} statement={s} />
      ))}
    </ul>
  );
}
