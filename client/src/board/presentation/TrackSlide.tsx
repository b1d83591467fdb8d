/**
 * A track's slide: its priority initiatives side by side with owner, partners, resources and key
 * stages, as many as a 16:9 screen holds in large type; the rest are counted.
 */
import { For, Show } from 'solid-js';
import type { Card, Lane } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ResourceList, RevealedBadges, StageList } from './InitiativeParts';
import { MoreLine } from './MoreLine';
import { fitList, SCREEN_FIT } from './slides';

export function TrackSlide(props: { lane: Lane; initiatives: Card[] }) {
  const { t } = useI18n();
  const fitted = () => fitList(props.initiatives, SCREEN_FIT.initiatives);
  return (
    <div class="track-slide" style={{ '--lane-color': `var(--color-${props.lane.color})` }}>
      <h2>{props.lane.title}</h2>
      <Show when={props.initiatives.length > 0} fallback={<p class="muted">{t('presentation.none')}</p>}>
        <ol class="slide-initiatives">
          <For each={fitted().shown}>
            {(card) => (
              <li class="slide-initiative" data-card-id={card.id} style={{ '--card-color': `var(--color-${card.color})` }}>
                <h3>{card.title}</h3>
                <p class="slide-meta">
                  <Show when={card.owner}>
                    <span>
                      {t('card.owner')}: <strong>{card.owner}</strong>
                    </span>
                  </Show>
                  <Show when={card.partners.length > 0}>
                    <span>
                      {t('presentation.partners')}: {card.partners.join(', ')}
                    </span>
                  </Show>
                  <RevealedBadges cardId={card.id} order="votes-first" />
                </p>
                <div class="slide-columns">
                  <Show when={card.resources.length > 0}>
                    <div>
                      <h4>{t('card.resources')}</h4>
                      <ResourceList resources={card.resources} max={SCREEN_FIT.parts} />
                    </div>
                  </Show>
                  <Show when={card.stages.length > 0}>
                    <div>
                      <h4>{t('card.stages')}</h4>
                      <StageList stages={card.stages} max={SCREEN_FIT.parts} />
                    </div>
                  </Show>
                </div>
              </li>
            )}
          </For>
          <MoreLine count={fitted().more} />
        </ol>
      </Show>
    </div>
  );
}
