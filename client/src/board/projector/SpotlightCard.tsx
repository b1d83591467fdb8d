/** The card the facilitator has open, shown large on the projector while everyone follows. */
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

export function SpotlightCard(props: { cardId: string }) {
  const { t, formatNumber, formatDate } = useI18n();
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
          <Show when={c().resources.length > 0}>
            <h3>{t('card.resources')}</h3>
            <ul>
              <For each={c().resources}>
                {(r) => (
                  <li>
                    {t(`card.resourceKinds.${r.kind}`)}: {r.description}
                    {r.amount !== null ? ` — ${formatNumber(r.amount)}${r.currency ? ` ${r.currency}` : ''}` : ''}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={c().stages.length > 0}>
            <h3>{t('card.stages')}</h3>
            <ol>
              <For each={c().stages}>
                {(s) => (
                  <li>
                    {s.done ? '✓ ' : ''}
                    {s.title}
                    {s.due ? ` — ${formatDate(s.due)}` : ''}
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </article>
      )}
    </Show>
  );
}
