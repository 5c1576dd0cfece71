import type { Story } from '../story/model';
import type { OffscreenGroup } from './offscreen';
import { useT } from '../i18n/react';

const ARROWS: Record<OffscreenGroup['direction'], string> = {
  north: '↑',
  'north-east': '↗',
  east: '→',
  'south-east': '↘',
  south: '↓',
  'south-west': '↙',
  west: '←',
  'north-west': '↖',
};

/** Buttons at the map's edge for events outside the view; one click fits them in. */
export function OffscreenIndicators({ groups, story, onReveal }: { groups: readonly OffscreenGroup[]; story: Story; onReveal(group: OffscreenGroup): void }) {
  const t = useT();
  return (
    <>
      {groups.map((group) => {
        const places = [...new Set(group.ids.map((id) => story.byId.get(id)?.place?.name))].join(', ');
        const count = group.ids.length;
        return (
          <button
            key={group.direction}
            type="button"
            className={`offscreen offscreen-${group.direction}`}
            onClick={() => onReveal(group)}
            aria-label={t('map.offscreen', { count, direction: t(`map.dir.${group.direction}`), places })}
            title={places}
          >
            <span aria-hidden="true">{ARROWS[group.direction]}</span> {count}
          </button>
        );
      })}
    </>
  );
}
