/** A realistic board from a city's strategic session, as plain data, for report tests. */
import { CANVAS, laneFrameAt, laneSlot } from '../../../shared/board/layout';
import type { BoardContent, Card, CardId, LaneId, ResourceId, StageId } from '../../../shared/board/types';

const frame = (i: number) => laneFrameAt(i);
const lanes = [
  { id: 'l-sci' as LaneId, title: 'Научно-технологическое развитие и точки роста', color: 'violet' as const, order: 'a0', groupId: null, frame: frame(0) },
  { id: 'l-eco' as LaneId, title: 'Базовый сектор экономики', color: 'orange' as const, order: 'a1', groupId: null, frame: frame(1) },
  { id: 'l-urb' as LaneId, title: 'Городская среда', color: 'green' as const, order: 'a2', groupId: null, frame: frame(2) },
  { id: 'l-inf' as LaneId, title: 'Инфраструктура и ЖКХ', color: 'blue' as const, order: 'a3', groupId: null, frame: frame(3) },
];

let n = 0;
function card(laneId: string, title: string, extra: Partial<Card> = {}): Card {
  n++;
  return {
    id: `card-${n}` as CardId,
    kind: 'idea',
    laneId: laneId as LaneId,
    order: `a${n}`,
    ...laneSlot(CANVAS.lane.default.w, n - 1),
    size: { ...CANVAS.card.default },
    z: 'a0',
    title,
    description: '',
    owner: '',
    partners: [],
    resources: [],
    stages: [],
    tags: [],
    status: 'idea',
    color: 'yellow',
    author: 'Участник',
    coauthors: [],
    cluster: null,
    roadmap: null,
    origin: null,
    createdAt: Date.UTC(2026, 10, 20, 9, 0),
    updatedAt: Date.UTC(2026, 10, 20, 9, 30),
    ...extra,
  };
}

export function sampleBoard(): BoardContent {
  n = 0;
  const cards: Card[] = [
    card('l-sci', 'Центр аддитивных технологий', {
      kind: 'initiative',
      status: 'priority',
      owner: 'Технопарк «Калуга»',
      partners: ['КФ МГТУ им. Баумана', 'Ростех'],
      resources: [
        { id: 'r1' as ResourceId, kind: 'money', amount: 450_000_000, currency: 'RUB', description: 'оборудование и помещение', order: 'a0' },
        { id: 'r2' as ResourceId, kind: 'people', amount: 35, currency: null, description: 'инженеры-технологи', order: 'a1' },
      ],
      stages: [
        { id: 's1' as StageId, title: 'Бизнес-план', due: '2027-03-01', done: true, order: 'a0' },
        { id: 's2' as StageId, title: 'Запуск первой линии', due: '2028-06-30', done: false, order: 'a1' },
      ],
      tags: ['нацпроект «Технологическое лидерство»'],
      description: 'Печать металлических деталей для предприятий региона.\nСертификация по ГОСТ.',
    }),
    card('l-sci', 'ИИ-система раннего предупреждения промышленных аварий', { kind: 'initiative', status: 'shortlisted', owner: 'Минпромторг области' }),
    card('l-eco', 'Химический кластер на основе рециклинга и «зелёной» экономики', {
      kind: 'initiative',
      status: 'priority',
      owner: 'Корпорация развития',
      resources: [{ id: 'r3' as ResourceId, kind: 'land', amount: 40, currency: null, description: 'га промплощадки', order: 'a0' }],
    }),
    card('l-eco', 'Бережливое производство в АПК', { status: 'shortlisted' }),
    card('l-eco', 'Малотоннажный завод СПГ', { kind: 'initiative', status: 'idea', owner: '=HYPERLINK("http://evil")' }),
    card('l-urb', 'Умная парковка и мониторинг парковочных мест', { kind: 'initiative', status: 'priority', owner: 'Дептранс', partners: ['МТС'] }),
    card('l-urb', 'Программа «Умный пешеходный переход» (200 переходов у школ)', {
      kind: 'initiative',
      status: 'shortlisted',
      resources: [{ id: 'r4' as ResourceId, kind: 'money', amount: 600_000_000, currency: 'RUB', description: '', order: 'a0' }],
    }),
    card('l-urb', 'Приложение «Цифровой город»: умный домофон, показания счётчиков, оплата', { description: 'Одно окно для жителя' }),
    card('l-inf', 'Ветропарк', {
      kind: 'initiative',
      status: 'shortlisted',
      resources: [{ id: 'r5' as ResourceId, kind: 'equipment', amount: 12, currency: null, description: 'турбин по 3 МВт', order: 'a0' }],
    }),
    card('l-inf', 'Обращение с отходами', {}),
    card('l-inf', 'Цифровые услуги ЖКХ | "тест", запятая', { description: 'строка 1\nстрока 2, с "кавычками"' }),
  ];
  return {
    meta: {
      schemaVersion: 1,
      title: 'Стратегическая сессия «Калуга 2030»',
      place: 'Калуга',
      date: '2026-11-20',
      locale: 'ru',
      createdAt: Date.UTC(2026, 10, 1),
    },
    lanes,
    cards,
    comments: [
      { id: 'cm1' as never, cardId: 'card-1' as CardId, author: 'Эксперт', text: 'Нужен якорный заказчик', createdAt: 1 },
      { id: 'cm2' as never, cardId: 'card-1' as CardId, author: 'Модератор', text: 'Согласовано', createdAt: 2 },
    ],
    groups: [],
    clusters: [],
  };
}

export function englishBoard(): BoardContent {
  const board = sampleBoard();
  return {
    ...board,
    meta: { ...board.meta, title: 'City 2030 strategy session', locale: 'en' },
    lanes: board.lanes.slice(0, 1).map((l) => ({ ...l, title: 'Science & technology, growth points' })),
    cards: [{ ...board.cards[0]!, title: 'Additive manufacturing centre', owner: 'City technopark' }],
  };
}

export function emptyBoard(): BoardContent {
  return { ...sampleBoard(), lanes: [], cards: [], comments: [] };
}
