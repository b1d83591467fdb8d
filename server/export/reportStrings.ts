/** Labels of the session report in each board language. */
import type { CardKind, CardStatus, Locale, ResourceKind } from '../../shared/board/types';
import type { Quadrant } from '../../shared/charts/matrixLayout';
import { pluralForm, SPREAD } from '../../shared/format';

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
  participants: string;
  votes: string;
  score: string;
  spread: string;
  /** What the spread measures, in one sentence, under the ranking once scores are revealed. */
  spreadExplanation: string;
  /** Short column headers of the ranked tables, which must fit narrow numeric columns. */
  scoreColumn: string;
  spreadColumn: string;
  experts: string;
  criterion: string;
  weight: string;
  mean: string;
  range: string;
  inverted: string;
  rank: string;
  rankInTrack: string;
  overallRank: string;
  overall: string;
  /** Heading of the same list while nothing is revealed, so it does not claim to be a ranking. */
  allInitiatives: string;
  charts: string;
  votesChart: string;
  matrixChart: string;
  effect: string;
  feasibility: string;
  sizeMoney: (currency: string) => string;
  sizeCount: string;
  /** Captions of the matrix's quadrants, as on the board. */
  quadrants: Record<Quadrant, string>;
  /** One line under the title saying what the ranking rests on (and what was not revealed). */
  rankingBasis: (votes: boolean, scores: boolean) => string;
  /** "4,12 of 5 (σ 0,45; 3 experts)" from already formatted numbers. */
  scoreSummary: (weighted: string, spread: string, experts: number) => string;
  statuses: Record<CardStatus, string>;
  kinds: Record<CardKind, string>;
  resourceKinds: Record<ResourceKind, string>;
}

export const REPORT_STRINGS: Record<Locale, ReportStrings> = {
  ru: {
    report: 'Итоги стратегической сессии',
    place: 'Место',
    date: 'Дата',
    generated: 'Сформировано',
    summary: 'Сводка',
    tracks: 'Треки',
    cards: 'Карточек',
    initiatives: 'Отобранные инициативы',
    ideas: 'Другие идеи',
    noCards: 'Карточек нет.',
    noTracks: 'На доске нет треков.',
    unassigned: 'Парковка',
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
    participants: 'Участников',
    votes: 'Голоса',
    score: 'Экспертная оценка',
    spread: SPREAD.ru.name,
    spreadExplanation: SPREAD.ru.explanation,
    scoreColumn: 'Балл',
    spreadColumn: 'σ',
    experts: 'Экспертов',
    criterion: 'Критерий',
    weight: 'Вес',
    mean: 'Среднее',
    range: 'Мин–макс',
    inverted: 'меньше — лучше',
    rank: '№',
    rankInTrack: 'Место в треке',
    overallRank: 'Общее место',
    overall: 'Общий рейтинг инициатив',
    allInitiatives: 'Все отобранные инициативы',
    charts: 'Диаграммы',
    votesChart: 'Голоса по карточкам',
    matrixChart: 'Эффект × реализуемость',
    effect: 'Эффект для территории',
    feasibility: 'Реализуемость',
    sizeMoney: (currency) => `Размер пузыря: нужные средства (${currency})`,
    sizeCount: 'Размер пузыря: число нужных ресурсов',
    quadrants: { quickWins: 'Быстрые победы', majorProjects: 'Крупные проекты', fillIns: 'Простые задачи', reconsider: 'Отложить' },
    rankingBasis: (votes, scores) =>
      scores && votes
        ? 'Инициативы упорядочены по взвешенной экспертной оценке, затем по числу голосов, затем по статусу.'
        : scores
          ? 'Инициативы упорядочены по взвешенной экспертной оценке, затем по статусу. Итоги голосования не раскрыты.'
          : votes
            ? 'Инициативы упорядочены по числу голосов, затем по статусу. Экспертные оценки не раскрыты.'
            : 'Итоги голосования и экспертные оценки не раскрыты; инициативы упорядочены по статусу.',
    scoreSummary: (weighted, spread, experts) => `${weighted} из 5 (${spread}; экспертов: ${experts})`,
    statuses: { idea: 'предложение', shortlisted: 'в шорт-листе', priority: 'приоритет' },
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
    initiatives: 'Selected initiatives',
    ideas: 'Other ideas',
    noCards: 'No cards.',
    noTracks: 'The board has no tracks.',
    unassigned: 'Parking lot',
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
    participants: 'Participants',
    votes: 'Votes',
    score: 'Expert score',
    spread: SPREAD.en.name,
    spreadExplanation: SPREAD.en.explanation,
    scoreColumn: 'Score',
    spreadColumn: 'σ',
    experts: 'Experts',
    criterion: 'Criterion',
    weight: 'Weight',
    mean: 'Mean',
    range: 'Min–max',
    inverted: 'less is better',
    rank: 'No.',
    rankInTrack: 'Rank in track',
    overallRank: 'Overall rank',
    overall: 'Overall ranking of initiatives',
    allInitiatives: 'All selected initiatives',
    charts: 'Charts',
    votesChart: 'Votes per card',
    matrixChart: 'Effect × feasibility',
    effect: 'Effect for the territory',
    feasibility: 'Feasibility',
    sizeMoney: (currency) => `Bubble size: money needed (${currency})`,
    sizeCount: 'Bubble size: number of resources needed',
    quadrants: { quickWins: 'Quick wins', majorProjects: 'Major projects', fillIns: 'Fill-ins', reconsider: 'Reconsider' },
    rankingBasis: (votes, scores) =>
      scores && votes
        ? 'Initiatives are ranked by weighted expert score, then by votes, then by status.'
        : scores
          ? 'Initiatives are ranked by weighted expert score, then by status. Votes have not been revealed.'
          : votes
            ? 'Initiatives are ranked by votes, then by status. Expert scores have not been revealed.'
            : 'Votes and expert scores have not been revealed; initiatives are ordered by status.',
    scoreSummary: (weighted, spread, experts) => `${weighted} of 5 (${spread}; ${experts} ${pluralForm('en', experts, { one: 'expert', other: 'experts' })})`,
    statuses: { idea: 'proposed', shortlisted: 'shortlisted', priority: 'priority' },
    kinds: { idea: 'idea', initiative: 'project initiative' },
    resourceKinds: { money: 'money', people: 'people', land: 'land', equipment: 'equipment', other: 'other' },
  },
};
