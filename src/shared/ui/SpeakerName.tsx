import { speakerLabel } from '../dataset/format';
import type { Speaker } from '../dataset/schema';
import type { Lang } from '../url/viewState';

/**
 * A speaker's name in a heading: as printed on a Chinese page; on an English one our romanisation, then the
 * printed name (each marked with its language for screen readers). `collective` names the unattributed quotes.
 */
export function SpeakerName({ speaker, lang, collective }: { speaker: Speaker; lang: Lang; collective: string }) {
  if (speaker.name === null) return <>{collective}</>;
  if (speakerLabel(speaker, lang) === speaker.name) return <span lang="zh-CN">{speaker.name}</span>;
  return (
    <>
      {speaker.romanized} <span lang="zh-CN">{speaker.name}</span>
    </>
  );
}
