/** A test board: the strategic-session template with one group, "Группа 1", working the third track. */
import * as Y from 'yjs';
import { addGroup, initBoardContent, listLanes, setLaneGroup } from '../../../../shared/board';

export function boardWithGroupOnThirdTrack() {
  const content = new Y.Doc();
  const session = new Y.Doc();
  initBoardContent(content, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const lanes = listLanes(content);
  const group = addGroup(content, { name: 'Группа 1' });
  setLaneGroup(content, lanes[2]!.id, group);
  return { content, session, lanes, group };
}
