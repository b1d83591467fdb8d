/**
 * Facilitators set the scoring criteria and their weights before experts score: edit a draft,
 * then save it in one go (the server scores against the saved list), or go back to defaults.
 */
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { nanoid } from 'nanoid';
import { defaultCriteria, resetCriteria, setCriteria, type Criterion } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { Disclosure } from '../../ui/Disclosure';
import { useBoard } from '../BoardContext';

export function CriteriaEditor() {
  const { t } = useI18n();
  const board = useBoard();
  const saved = () => board.state.session.criteria ?? defaultCriteria(board.state.meta.locale);
  const [draft, setDraft] = createSignal<Criterion[]>(saved().map((c) => ({ ...c })));
  const [message, setMessage] = createSignal<{ error: boolean; text: string } | null>(null);
  // Someone else (another facilitator) saved: show their list.
  createEffect(
    on(
      () => JSON.stringify(saved()),
      () => setDraft(saved().map((c) => ({ ...c }))),
      { defer: true },
    ),
  );
  const patch = (index: number, change: Partial<Criterion>) => setDraft(draft().map((c, i) => (i === index ? { ...c, ...change } : c)));
  const save = () => {
    try {
      setCriteria(board.sessionDoc, draft());
      setMessage({ error: false, text: t('criteria.saved') });
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Disclosure class="criteria-editor" summary={t('criteria.title')}>
      <table>
        <thead>
          <tr>
            <th>{t('criteria.name')}</th>
            <th>{t('criteria.weight')}</th>
            <th>{t('criteria.inverted')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={draft()}>
            {(criterion, i) => (
              <tr data-criterion={criterion.id}>
                <td>
                  <input
                    value={criterion.title}
                    maxLength={200}
                    aria-label={`${t('criteria.name')} ${i() + 1}`}
                    onChange={(e) => patch(i(), { title: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min="1"
                    max="10"
                    value={criterion.weight}
                    aria-label={`${t('criteria.weight')}: ${criterion.title}`}
                    onChange={(e) => patch(i(), { weight: Math.round(Number(e.currentTarget.value)) })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={criterion.inverted}
                    aria-label={`${t('criteria.inverted')}: ${criterion.title}`}
                    onChange={(e) => patch(i(), { inverted: e.currentTarget.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="icon danger"
                    aria-label={t('criteria.remove', { title: criterion.title })}
                    onClick={() => setDraft(draft().filter((_, j) => j !== i()))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="inline-form">
        <button type="button" class="button secondary" onClick={() => setDraft([...draft(), { id: nanoid(8), title: '', weight: 1, inverted: false }])}>
          {t('criteria.add')}
        </button>
        <button type="button" class="button primary" onClick={save}>
          {t('criteria.save')}
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            resetCriteria(board.sessionDoc);
            setMessage(null);
          }}
        >
          {t('criteria.reset')}
        </button>
      </div>
      <Show when={message()}>
        {(m) => (
          <p class={m().error ? 'error' : 'muted'} role={m().error ? 'alert' : 'status'}>
            {m().text}
          </p>
        )}
      </Show>
    </Disclosure>
  );
}
