/**
 * A board at the end of a session, to stress what the room sees: seven priority initiatives
 * with long titles, a long owner, partners, resources and stages, votes cast by five people and
 * marks given by two experts through the API, so the vote and the score rankings differ.
 */
import { addResource, addStage, setPhase, updateCard } from '../shared/board';
import { joinBoard } from '../server/test/clients';
import { expect, type ServerHandle } from './fixtures';
import { seededBoard } from './seededBoard';

export const OWNER = 'Министерство экономического развития Калужской области';
export const INITIATIVES = [
  'Технопарк «Калуга-Инновации» с центром коллективного пользования для малых производств региона',
  'Региональный центр аддитивных технологий и цифрового проектирования',
  'Программа переподготовки инженеров для предприятий кластера',
  'Умная парковка и единая система управления транспортом в центре города',
  'Ветропарк в Людиновском районе с локализацией производства компонентов',
  'Реконструкция набережной Оки',
  'Сеть коворкингов в районных центрах области',
];
/** Each initiative's two experts' marks (the mean is its score) and its votes: the two rankings differ. */
const MARKS = [
  [5, 4],
  [2, 2],
  [4, 3],
  [1, 2],
  [5, 5],
  [3, 3],
  [3, 2],
] as const;
const VOTES = [1, 3, 0, 5, 2, 4, 6] as const;
export const byScore = [4, 0, 2, 5, 6, 1, 3].map((i) => INITIATIVES[i]!);
export const byVotes = [6, 3, 5, 1, 4, 0, 2].map((i) => INITIATIVES[i]!);

const post = (server: ServerHandle, boardId: string, token: string, participant: string, path: string, body: unknown) =>
  fetch(`${server.url}/api/boards/${boardId}/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-participant': participant, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((response) => expect(response.status, path).toBe(200));

/**
 * Seven priority initiatives with long titles, the long owner, partners, resources and stages;
 * votes cast by five people and marks by two experts, all through the API; nothing revealed yet.
 */
export async function roomBoard(server: ServerHandle) {
  const seeded = await seededBoard(server, INITIATIVES, { status: 'priority', owner: OWNER });
  const { board, ids, content, session } = seeded;
  content.transact(() => {
    for (const id of ids) {
      updateCard(content, id, { partners: ['Корпорация развития Калужской области', 'КГУ им. Циолковского'] });
      addResource(content, id, { kind: 'money', amount: 450_000_000, currency: 'RUB', description: 'областной бюджет и внебюджетные источники' });
      addResource(content, id, { kind: 'people', amount: 25, description: 'инженеры и проектная команда' });
      addResource(content, id, { kind: 'land', description: 'участок 12 га в индустриальном парке «Ворсино»' });
      addResource(content, id, { kind: 'equipment', description: '3D-принтеры по металлу' });
      addResource(content, id, { kind: 'other', description: 'согласование с Минпромторгом' });
      for (const [n, title] of ['Проектирование', 'Экспертиза', 'Строительство', 'Запуск', 'Выход на проектную мощность'].entries())
        addStage(content, id, { title, due: `202${7 + Math.floor(n / 2)}-0${n + 1}-15`, done: n === 0 });
    }
  });
  setPhase(session, 'voting');
  const voters = await Promise.all([1, 2, 3, 4, 5].map((n) => joinBoard(server.url, board.id, board.token('editor'), `Участник ${n}`)));
  // Round the room: five votes each, never more than two on one card (the rule allows three).
  let next = 0;
  for (const [card, count] of VOTES.entries())
    for (let vote = 0; vote < count; vote++)
      await post(server, board.id, board.token('editor'), voters[next++ % voters.length]!, 'votes', { cardId: ids[card], delta: 1 });
  setPhase(session, 'scoring');
  const experts = await Promise.all([1, 2].map((n) => joinBoard(server.url, board.id, board.token('expert'), `Эксперт ${n}`)));
  for (const [card, marks] of MARKS.entries())
    for (const [e, mark] of marks.entries())
      await post(server, board.id, board.token('expert'), experts[e]!, 'scores', {
        cardId: ids[card],
        // Every criterion at the same mark (less resource intensity is better): the score is the mark.
        marks: { effect: mark, feasibility: mark, resources: 6 - mark, alignment: mark, investment: mark },
      });
  return seeded;
}
