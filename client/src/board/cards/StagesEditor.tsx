/** Key stages: dated milestones with a done tick. */
import { X } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { addStage, removeStage, updateStage, type StageInput } from '../../../../shared/board';
import type { Card } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';

export function StagesEditor(props: { card: Card; readOnly: boolean }) {
  const { t } = useI18n();
  const board = useBoard();
  const set = (stageId: string, patch: Partial<StageInput>) => {
    try {
      updateStage(board.doc, props.card.id, stageId as never, patch);
    } catch {
      // An emptied title is not stored.
    }
  };
  return (
    <fieldset class="stages">
      <legend>{t('card.stages')}</legend>
      <ol>
        <For each={props.card.stages}>
          {(stage) => (
            <li class="row wrap" data-done={stage.done}>
              <label class="checkbox">
                <input type="checkbox" checked={stage.done} disabled={props.readOnly} onChange={(e) => set(stage.id, { done: e.currentTarget.checked })} />
                <span class="visually-hidden">{t('card.done')}</span>
              </label>
              <input
                class="grow"
                aria-label={t('card.stageTitle')}
                value={stage.title}
                readOnly={props.readOnly}
                onChange={(e) => set(stage.id, { title: e.currentTarget.value })}
              />
              <input
                type="date"
                aria-label={t('card.due')}
                value={stage.due}
                readOnly={props.readOnly}
                onChange={(e) => set(stage.id, { due: e.currentTarget.value })}
              />
              <Show when={!props.readOnly}>
                <button type="button" class="icon" aria-label={t('common.remove')} onClick={() => removeStage(board.doc, props.card.id, stage.id)}>
                  <X size="1em" class="glyph" aria-hidden="true" />
                </button>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={!props.readOnly}>
        <button type="button" class="button secondary" onClick={() => addStage(board.doc, props.card.id, { title: t('card.stageTitle') })}>
          + {t('card.addStage')}
        </button>
      </Show>
    </fieldset>
  );
}
