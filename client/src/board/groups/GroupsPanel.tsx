/**
 * Breakout groups: facilitators create them, give each its tracks and put present people in
 * them; participants join or leave a group themselves. Everyone sees who is in which group.
 */
import { Users } from 'lucide-solid';
import { For, Show } from 'solid-js';
import { Disclosure } from '../../ui/Disclosure';
import { addGroup, joinGroup, leaveGroups, removeGroup, renameGroup, setLaneGroup } from '../../../../shared/board';
import { isReadOnlyRole } from '../../../../shared/board/rules';
import type { Group, LaneId } from '../../../../shared/board/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from '../BoardContext';
import { usePresence } from '../presence/PresenceContext';
import { useSession } from '../session/SessionContext';

export function GroupsPanel() {
  const { t } = useI18n();
  const board = useBoard();
  const presence = usePresence();
  const { breakout } = useSession();
  const facilitator = board.can.manageGroups;
  const myGroupId = () => breakout.myGroup()?.id ?? null;
  const canJoin = () => board.can.joinGroups();
  const lanesOf = (group: Group) => board.state.lanes.filter((lane) => lane.groupId === group.id);
  // Present people with a member key who are not in this group yet, one entry per person.
  const assignable = (group: Group) => {
    const seen = new Set(group.members.map((member) => member.key));
    return presence.peers().filter((peer) => {
      if (!peer.memberKey || seen.has(peer.memberKey) || isReadOnlyRole(peer.role)) return false;
      seen.add(peer.memberKey);
      return true;
    });
  };

  return (
    <Show when={facilitator || board.state.groups.length > 0}>
      <Disclosure
        class="groups-panel"
        summary={
          <>
            <Users size="1em" class="glyph" aria-hidden="true" /> {t('groups.title')} ({board.state.groups.length})
          </>
        }
      >
        <ul class="group-list">
          <For each={board.state.groups}>
            {(group) => (
              <li class="group" data-group-id={group.id} data-group={group.name} style={{ '--lane-color': `var(--color-${group.color})` }}>
                <Show when={facilitator} fallback={<h3>{group.name}</h3>}>
                  <input
                    class="group-name"
                    value={group.name}
                    aria-label={t('groups.rename', { name: group.name })}
                    onChange={(e) => e.currentTarget.value.trim() && renameGroup(board.doc, group.id, e.currentTarget.value)}
                  />
                </Show>
                <Show
                  when={facilitator}
                  fallback={
                    <p class="muted">
                      {lanesOf(group)
                        .map((lane) => lane.title)
                        .join(', ') || t('groups.noTracks')}
                    </p>
                  }
                >
                  <fieldset class="group-tracks">
                    <legend>{t('groups.tracks', { name: group.name })}</legend>
                    <For each={board.state.lanes}>
                      {(lane) => (
                        <label class="checkbox">
                          <input
                            type="checkbox"
                            checked={lane.groupId === group.id}
                            onChange={(e) => setLaneGroup(board.doc, lane.id as LaneId, e.currentTarget.checked ? group.id : null)}
                          />
                          {lane.title}
                        </label>
                      )}
                    </For>
                  </fieldset>
                </Show>
                <ul class="members" aria-label={t('groups.members', { name: group.name })}>
                  <For each={group.members} fallback={<li class="muted">{t('groups.noMembers')}</li>}>
                    {(member) => (
                      <li data-member={member.name}>
                        {member.name}
                        <Show when={facilitator}>
                          <button
                            type="button"
                            class="icon danger"
                            aria-label={`${t('common.remove')}: ${member.name}`}
                            onClick={() => leaveGroups(board.doc, member.key)}
                          >
                            ×
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={facilitator && assignable(group).length > 0}>
                  <select
                    aria-label={t('groups.assign', { name: group.name })}
                    onChange={(e) => {
                      const peer = assignable(group).find((p) => p.memberKey === e.currentTarget.value);
                      if (peer?.memberKey) joinGroup(board.doc, group.id, { key: peer.memberKey, name: peer.name });
                      e.currentTarget.value = '';
                    }}
                  >
                    <option value="">{t('groups.assignPlaceholder')}</option>
                    <For each={assignable(group)}>{(peer) => <option value={peer.memberKey!}>{peer.name}</option>}</For>
                  </select>
                </Show>
                <Show when={canJoin()}>
                  <Show
                    when={myGroupId() === group.id}
                    fallback={
                      <button type="button" class="button secondary" onClick={() => joinGroup(board.doc, group.id, { key: board.memberKey, name: board.name })}>
                        {t('groups.join', { name: group.name })}
                      </button>
                    }
                  >
                    <button type="button" class="button secondary" onClick={() => leaveGroups(board.doc, board.memberKey)}>
                      {t('groups.leave')}
                    </button>
                  </Show>
                </Show>
                <Show when={facilitator}>
                  <button type="button" class="button danger" onClick={() => board.deleteWithUndo(() => removeGroup(board.doc, group.id))}>
                    {t('groups.remove', { name: group.name })}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={facilitator}>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const input = event.currentTarget.elements.namedItem('group-name') as HTMLInputElement;
              if (!input.value.trim()) return;
              addGroup(board.doc, { name: input.value });
              input.value = '';
            }}
          >
            <input name="group-name" maxLength={200} aria-label={t('groups.name')} placeholder={t('groups.namePlaceholder')} />
            <button type="submit" class="button secondary">
              {t('groups.add')}
            </button>
          </form>
        </Show>
      </Disclosure>
    </Show>
  );
}
