/**
 * "Facilitator ▾": what a facilitator does now and then, one menu instead of a row of buttons:
 * breakout groups, private ideas, the projector and the board's history.
 */
import { DropdownMenu } from '@kobalte/core/dropdown-menu';
import { ChevronDown, History, Lock, LockOpen, Projector, Users } from 'lucide-solid';
import { createSignal, lazy, onMount, Show } from 'solid-js';
import { setBreakout, setPrivateMode } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { projectorLinkOf } from '../../local/boardLink';
import { useBoard } from '../BoardContext';
import { createShareLinks } from './createShareLinks';

// The history dialog (and its list of versions) loads the first time it is opened.
const HistoryDialog = lazy(() => import('../history/HistoryDialog').then((m) => ({ default: m.HistoryDialog })));

export function FacilitatorMenu() {
  const { t } = useI18n();
  const board = useBoard();
  const session = () => board.state.session;
  // The projector looks through the viewer link and shows the editor link: never the facilitator's.
  const share = createShareLinks(board.boardId, board.token);
  onMount(() => void share.load());
  const tokenOf = (link: string | null | undefined) => link?.split('#k=')[1] ?? null;
  const projectorUrl = () => {
    const viewer = tokenOf(share.links()?.viewer);
    return viewer ? projectorLinkOf(board.boardId, viewer, tokenOf(share.links()?.editor)) : undefined;
  };
  const [historyAsked, setHistoryAsked] = createSignal(false);
  let openHistory = () => {
    setHistoryAsked(true);
  };
  // A dialog opened from a menu item takes the focus the closing menu would give back to its button.
  let afterClose: (() => void) | null = null;

  return (
    <>
      <DropdownMenu placement="bottom-end" gutter={6}>
        <DropdownMenu.Trigger class="button secondary">
          {t('roles.facilitator')} <ChevronDown size="1em" class="glyph" aria-hidden="true" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            class="menu"
            onCloseAutoFocus={(event) => {
              if (!afterClose) return;
              event.preventDefault();
              afterClose();
              afterClose = null;
            }}
          >
            <DropdownMenu.Item class="menu-item" onSelect={() => setBreakout(board.sessionDoc, !session().breakout)}>
              <Users size="1em" class="glyph" aria-hidden="true" />
              <DropdownMenu.ItemLabel>{session().breakout ? t('groups.plenary') : t('groups.startBreakout')}</DropdownMenu.ItemLabel>
            </DropdownMenu.Item>
            <DropdownMenu.Item class="menu-item" onSelect={() => setPrivateMode(board.sessionDoc, !session().privateMode)}>
              <Show when={session().privateMode} fallback={<Lock size="1em" class="glyph" aria-hidden="true" />}>
                <LockOpen size="1em" class="glyph" aria-hidden="true" />
              </Show>
              <DropdownMenu.ItemLabel>{session().privateMode ? t('privateMode.reveal') : t('privateMode.start')}</DropdownMenu.ItemLabel>
            </DropdownMenu.Item>
            <DropdownMenu.Separator class="menu-separator" />
            <DropdownMenu.Item
              class="menu-item"
              disabled={projectorUrl() === undefined}
              onSelect={() => {
                const url = projectorUrl();
                if (url) window.open(url, '_blank', 'noopener');
              }}
            >
              <Projector size="1em" class="glyph" aria-hidden="true" />
              <DropdownMenu.ItemLabel>{t('projector.open')}</DropdownMenu.ItemLabel>
              <Show when={share.links() && !projectorUrl()}>
                <DropdownMenu.ItemDescription class="menu-description">{t('projector.needsViewerLink')}</DropdownMenu.ItemDescription>
              </Show>
            </DropdownMenu.Item>
            <DropdownMenu.Item class="menu-item" onSelect={() => (afterClose = openHistory)}>
              <History size="1em" class="glyph" aria-hidden="true" />
              <DropdownMenu.ItemLabel>{t('history.open')}</DropdownMenu.ItemLabel>
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu>
      <Show when={historyAsked()}>
        <HistoryDialog opener={(open) => (openHistory = open)} />
      </Show>
    </>
  );
}
