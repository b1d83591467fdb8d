/**
 * What mode this participant is in, each with its way out: following a facilitator, working in
 * a breakout group on its track, or keeping ideas private until the reveal.
 */
import { Lock } from 'lucide-solid';
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { useFollow } from '../follow/FollowContext';
import { useSession } from './SessionContext';

export function ModeBanners() {
  const { t } = useI18n();
  const board = useBoard();
  const follow = useFollow();
  const { breakout } = useSession();
  const session = () => board.state.session;
  return (
    <>
      <Show when={follow.leading()}>
        <div class="banner follow" role="status">
          {t('follow.leading')}
          <button type="button" class="button secondary" onClick={follow.stopLeading}>
            {t('follow.stop')}
          </button>
        </div>
      </Show>
      <Show when={follow.following()}>
        <div class="banner follow" role="status" data-following={follow.leader()}>
          {t('follow.following', { name: follow.leader() ?? '' })}
          <button type="button" class="button secondary" onClick={follow.stepOut}>
            {t('follow.stepOut')}
          </button>
        </div>
      </Show>
      <Show when={session().follow && follow.steppedOut() && !follow.leading()}>
        <div class="banner follow muted">
          <button type="button" class="button secondary" onClick={follow.rejoin}>
            {t('follow.rejoin', { name: follow.leader() ?? '' })}
          </button>
        </div>
      </Show>
      <Show when={session().breakout && breakout.myGroup()}>
        {(group) => (
          <div class="banner breakout" role="status" data-group={group().name}>
            {breakout.myLanes().length > 0
              ? t('groups.inGroup', {
                  name: group().name,
                  tracks: breakout
                    .myLanes()
                    .map((lane) => lane.title)
                    .join(', '),
                })
              : t('groups.inGroupNoTrack', { name: group().name })}
            <Show when={breakout.myLanes().length > 0}>
              <button type="button" class="button secondary" onClick={() => breakout.setShowWholeBoard(!breakout.showWholeBoard())}>
                {breakout.showWholeBoard() ? t('groups.showMine') : t('groups.showAll')}
              </button>
            </Show>
          </div>
        )}
      </Show>
      <Show when={session().breakout && !breakout.myGroup()}>
        <div class="banner breakout muted" role="status">
          {t('groups.breakoutOn')}
        </div>
      </Show>
      <Show when={session().privateMode && board.canEdit()}>
        <div class="banner private" role="status">
          <Lock size="1em" class="glyph" aria-hidden="true" /> {t('privateMode.hint')}
        </div>
      </Show>
    </>
  );
}
