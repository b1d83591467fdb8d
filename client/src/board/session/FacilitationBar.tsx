/**
 * The facilitator's room controls: send groups to their tracks and back, lead everyone's view,
 * collect ideas privately and reveal them, open the projector view and the invitation links.
 */
import { Lock, LockOpen, Megaphone, Presentation, Projector } from 'lucide-solid';
import { createMemo, onMount, Show } from 'solid-js';
import { setBreakout, setPrivateMode } from '../../../../shared/board';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { HistoryButton } from '../history/HistoryButton';
import { projectorLinkOf } from '../../local/boardLink';
import { createShareLinks } from './createShareLinks';
import { ShareDialog } from './ShareDialog';

export function FacilitationBar() {
  const { t } = useI18n();
  const board = useBoard();
  const session = () => board.state.session;
  const hidden = createMemo(() => {
    const holders = board.presence.peers().filter((peer) => peer.privateIdeas > 0);
    return { count: holders.reduce((sum, peer) => sum + peer.privateIdeas, 0), people: holders.length };
  });
  // The projector looks through the viewer link and shows the editor link: never the facilitator's.
  const share = createShareLinks(board.boardId, board.token);
  onMount(() => void share.load());
  const tokenOf = (link: string | null | undefined) => link?.split('#k=')[1] ?? null;
  const projectorUrl = () => {
    const viewer = tokenOf(share.links()?.viewer);
    return viewer ? projectorLinkOf(board.boardId, viewer, tokenOf(share.links()?.editor)) : undefined;
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar-like row of controls; a fieldset would bring a legend and a border
    <div class="session-bar facilitation" role="group" aria-label={t('roles.facilitator')}>
      <button type="button" class="button secondary" aria-pressed={session().breakout} onClick={() => setBreakout(board.sessionDoc, !session().breakout)}>
        {session().breakout ? t('groups.plenary') : t('groups.startBreakout')}
      </button>
      <Show
        when={board.follow.leading()}
        fallback={
          <button type="button" class="button secondary" onClick={board.follow.lead}>
            <Megaphone size="1em" class="glyph" aria-hidden="true" /> {t('follow.bringHere')}
          </button>
        }
      >
        <button type="button" class="button secondary" aria-pressed="true" onClick={board.follow.stopLeading}>
          {t('follow.stop')}
        </button>
      </Show>
      <button
        type="button"
        class="button secondary"
        aria-pressed={session().privateMode}
        onClick={() => setPrivateMode(board.sessionDoc, !session().privateMode)}
      >
        <Show when={session().privateMode} fallback={<Lock size="1em" class="glyph" aria-hidden="true" />}>
          <LockOpen size="1em" class="glyph" aria-hidden="true" />
        </Show>{' '}
        {session().privateMode ? t('privateMode.reveal') : t('privateMode.start')}
      </button>
      <Show when={session().privateMode}>
        <span class="muted" data-hidden-ideas={hidden().count}>
          {t('privateMode.hidden', { count: hidden().count, people: hidden().people })}
        </span>
      </Show>
      <button
        type="button"
        class="button secondary"
        onClick={() => {
          // Presenting brings everyone along: followers see the same slide.
          board.showSlide(0);
          if (!board.follow.leading()) board.follow.lead();
        }}
      >
        <Presentation size="1em" class="glyph" aria-hidden="true" /> {t('presentation.start')}
      </button>
      <a
        class="button secondary"
        href={projectorUrl()}
        target="_blank"
        rel="noopener"
        aria-disabled={projectorUrl() === undefined}
        title={share.links() && !projectorUrl() ? t('projector.needsViewerLink') : undefined}
      >
        <Projector size="1em" class="glyph" aria-hidden="true" /> {t('projector.open')}
      </a>
      <HistoryButton />
      <ShareDialog />
    </div>
  );
}
