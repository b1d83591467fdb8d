/** Resources needed: money (amount and currency), people, land, equipment, other. */
import { X } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { addResource, removeResource, updateResource, type ResourceInput } from '../../../../shared/board';
import { RESOURCE_KINDS, type Card, type ResourceKind } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useNumbers } from '../useNumbers';

export function ResourcesEditor(props: { card: Card; readOnly: boolean }) {
  const { t } = useI18n();
  const board = useBoard();
  const { numbers } = useNumbers();
  /** What the amount field shows for a stored amount: «450 000 000», or nothing. */
  const shown = (amount: number | null) => (amount === null ? '' : numbers().decimal(amount));
  const set = (resourceId: string, patch: Partial<ResourceInput>) => {
    try {
      updateResource(board.doc, props.card.id, resourceId as never, patch);
    } catch {
      // Rejected input (e.g. a negative amount) is not stored.
    }
  };
  return (
    <fieldset class="resources">
      <legend>{t('card.resources')}</legend>
      <ul>
        <For each={props.card.resources}>
          {(resource) => (
            <li class="row wrap" data-resource-kind={resource.kind}>
              <select
                aria-label={t('card.resources')}
                value={resource.kind}
                disabled={props.readOnly}
                onChange={(e) => {
                  const kind = e.currentTarget.value as ResourceKind;
                  // Only money has a currency: people stay «25 чел.», never «25 RUB».
                  set(resource.id, { kind, currency: kind === 'money' ? (resource.currency ?? 'RUB') : null });
                }}
              >
                {RESOURCE_KINDS.map((kind) => (
                  <option value={kind}>{t(`card.resourceKinds.${kind}`)}</option>
                ))}
              </select>
              <input
                aria-label={t('card.amount')}
                inputMode="decimal"
                class="amount"
                value={shown(resource.amount)}
                readOnly={props.readOnly}
                placeholder={t('card.amount')}
                onChange={(e) => {
                  const typed = numbers().parse(e.currentTarget.value);
                  if (typed === null || Number.isFinite(typed)) set(resource.id, { amount: typed });
                  // Not a number: the field goes back to what is stored.
                  else e.currentTarget.value = shown(resource.amount);
                }}
              />
              <Show when={resource.kind === 'money'}>
                <input
                  aria-label={t('card.currency')}
                  class="currency"
                  maxLength={3}
                  value={resource.currency ?? 'RUB'}
                  readOnly={props.readOnly}
                  onChange={(e) => set(resource.id, { currency: e.currentTarget.value.toUpperCase() || null })}
                />
              </Show>
              <Show when={resource.kind === 'money' || resource.kind === 'people' ? numbers().resourceAmount(resource) : null}>
                {(reading) => <output class="amount-reading muted">{reading()}</output>}
              </Show>
              <input
                aria-label={t('card.resourceDescription')}
                class="grow"
                value={resource.description}
                placeholder={t('card.resourceDescription')}
                readOnly={props.readOnly}
                onChange={(e) => set(resource.id, { description: e.currentTarget.value })}
              />
              <Show when={!props.readOnly}>
                <button type="button" class="icon" aria-label={t('common.remove')} onClick={() => removeResource(board.doc, props.card.id, resource.id)}>
                  <X size="1em" class="glyph" aria-hidden="true" />
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={!props.readOnly}>
        <button type="button" class="button secondary" onClick={() => addResource(board.doc, props.card.id, { kind: 'money', currency: 'RUB' })}>
          + {t('card.addResource')}
        </button>
      </Show>
    </fieldset>
  );
}
