/** The card the facilitator has open, shown large over the projector's board while everyone follows. */
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { ResourceList, StageList } from '../presentation/InitiativeParts';
import { SCREEN_FIT } from '../presentation/slides';

export function SpotlightCard(props: { cardId: string }) {
  const { t } = useI18n();
  const board = useBoard();
  const card = () => board.state.cards[props.cardId];
  return (
    <Show when={card()}>
      {(c) => (
        <article class="projector-spotlight" data-spotlight={c().id} style={{ '--card-color': `var(--color-${c().color})` }}>
          <h2>{c().title}</h2>
          <Show when={c().owner}>
            <p>
              {t('card.owner')}: {c().owner}
            </p>
          </Show>
          <Show when={c().description}>
            <p class="projector-description">{c().description}</p>
          </Show>
          <div class="slide-columns">
            <Show when={c().resources.length > 0}>
              <div>
                <h3>{t('card.resources')}</h3>
                <ResourceList resources={c().resources} max={SCREEN_FIT.spotlightParts} />
              </div>
            </Show>
            <Show when={c().stages.length > 0}>
              <div>
                <h3>{t('card.stages')}</h3>
                <StageList stages={c().stages} max={SCREEN_FIT.spotlightParts} />
              </div>
            </Show>
          </div>
        </article>
      )}
    </Show>
  );
}
