/** Builds a board with many initiative cards through the real model, for benchmarks. */
import type * as Y from 'yjs';
import { addCard, addResource, addStage, initBoardContent, listLanes, updateCard } from '../shared/board';

const TITLES = [
  'Умная парковка',
  'Умный пешеходный переход',
  'Ветропарк',
  'Центр аддитивных технологий',
  'Химический кластер',
  'Бережливое АПК',
  'Малотоннажный СПГ',
  'Цифровой город',
  'ИИ-предупреждение аварий',
  'Обращение с отходами',
];

/** Adds `count` cards quickly: positions are appended in order, as a full session would. */
export function fillBoard(doc: Y.Doc, count: number): void {
  if (listLanes(doc).length === 0) initBoardContent(doc, { title: 'Нагрузочная сессия', locale: 'ru', template: 'strategic-session', createdAt: Date.now() });
  const lanes = listLanes(doc);
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const id = addCard(doc, {
        laneId: lanes[i % lanes.length]!.id,
        title: `${TITLES[i % TITLES.length]} №${i}`,
        author: '',
        description: `Описание инициативы ${i}: цели, эффекты, риски.`,
      });
      if (i % 5 === 0) {
        updateCard(doc, id, { kind: 'initiative', owner: 'Администрация', tags: ['нацпроект'], status: i % 10 === 0 ? 'priority' : 'shortlisted' });
        addResource(doc, id, { kind: 'money', amount: 1_000_000 * (i % 50), currency: 'RUB' });
        addStage(doc, id, { title: 'Проектирование', due: '2027-06-01' });
      }
    }
  });
}
