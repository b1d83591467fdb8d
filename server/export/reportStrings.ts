/** Labels of the session report in each board language. */
import type { CardKind, CardStatus, Locale, ResourceKind } from '../../shared/board/types';

export interface ReportStrings {
  report: string;
  place: string;
  date: string;
  generated: string;
  summary: string;
  tracks: string;
  cards: string;
  initiatives: string;
  ideas: string;
  noCards: string;
  noTracks: string;
  unassigned: string;
  owner: string;
  partners: string;
  resources: string;
  stages: string;
  tags: string;
  status: string;
  kind: string;
  author: string;
  created: string;
  updated: string;
  description: string;
  comments: string;
  track: string;
  title: string;
  done: string;
  notDone: string;
  noDate: string;
  people: (n: number) => string;
  statuses: Record<CardStatus, string>;
  kinds: Record<CardKind, string>;
  resourceKinds: Record<ResourceKind, string>;
}

const plural = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

export const REPORT_STRINGS: Record<Locale, ReportStrings> = {
  ru: {
    report: 'Итоги стратегической сессии',
    place: 'Место',
    date: 'Дата',
    generated: 'Сформировано',
    summary: 'Сводка',
    tracks: 'Треки',
    cards: 'Карточек',
    initiatives: 'Проектные инициативы',
    ideas: 'Идеи',
    noCards: 'Карточек нет.',
    noTracks: 'На доске нет треков.',
    unassigned: 'Без трека',
    owner: 'Ответственный',
    partners: 'Партнёры',
    resources: 'Необходимые ресурсы',
    stages: 'Ключевые этапы',
    tags: 'Теги',
    status: 'Статус',
    kind: 'Тип',
    author: 'Автор',
    created: 'Создано',
    updated: 'Изменено',
    description: 'Описание',
    comments: 'Комментарии',
    track: 'Трек',
    title: 'Название',
    done: 'выполнено',
    notDone: 'не выполнено',
    noDate: 'срок не задан',
    people: (n) => `${n} ${plural(n, 'человек', 'человека', 'человек')}`,
    statuses: { idea: 'идея', shortlisted: 'в шорт-листе', priority: 'приоритет' },
    kinds: { idea: 'идея', initiative: 'проектная инициатива' },
    resourceKinds: { money: 'деньги', people: 'люди', land: 'земля', equipment: 'оборудование', other: 'прочее' },
  },
  en: {
    report: 'Strategic session report',
    place: 'Place',
    date: 'Date',
    generated: 'Generated',
    summary: 'Summary',
    tracks: 'Tracks',
    cards: 'Cards',
    initiatives: 'Project initiatives',
    ideas: 'Ideas',
    noCards: 'No cards.',
    noTracks: 'The board has no tracks.',
    unassigned: 'No track',
    owner: 'Owner',
    partners: 'Partners',
    resources: 'Resources needed',
    stages: 'Key stages',
    tags: 'Tags',
    status: 'Status',
    kind: 'Kind',
    author: 'Author',
    created: 'Created',
    updated: 'Updated',
    description: 'Description',
    comments: 'Comments',
    track: 'Track',
    title: 'Title',
    done: 'done',
    notDone: 'not done',
    noDate: 'no date',
    people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
    statuses: { idea: 'idea', shortlisted: 'shortlisted', priority: 'priority' },
    kinds: { idea: 'idea', initiative: 'project initiative' },
    resourceKinds: { money: 'money', people: 'people', land: 'land', equipment: 'equipment', other: 'other' },
  },
};
