/**
 * The report as data: what every renderer (Markdown, CSV, DOCX) prints, already ordered and
 * formatted for the board's language. Later issues add votes and expert scores per card.
 */
import type { BoardContent, Card, CardStatus, Locale, Resource, Stage } from '../../shared/board/types';
import { REPORT_STRINGS, type ReportStrings } from './reportStrings';

export interface ReportCard {
  card: Card;
  status: string;
  kind: string;
  resources: string[];
  stages: Array<{ title: string; due: string; done: boolean; text: string }>;
  commentCount: number;
}

export interface ReportTrack {
  title: string;
  initiatives: ReportCard[];
  ideas: ReportCard[];
}

export interface Report {
  locale: Locale;
  strings: ReportStrings;
  title: string;
  place: string;
  date: string;
  generatedAt: string;
  counts: { cards: number; initiatives: number; byStatus: Record<CardStatus, number> };
  tracks: ReportTrack[];
  formatDate: (iso: string) => string;
  formatTime: (epochMs: number) => string;
}

const STATUS_RANK: Record<CardStatus, number> = { priority: 0, shortlisted: 1, idea: 2 };

export function formatResource(resource: Resource, locale: Locale, strings: ReportStrings): string {
  const kind = strings.resourceKinds[resource.kind];
  let amount = '';
  if (resource.amount !== null) {
    if (resource.kind === 'money' && resource.currency) {
      amount = new Intl.NumberFormat(locale, { style: 'currency', currency: resource.currency, maximumFractionDigits: 0 }).format(resource.amount);
    } else if (resource.kind === 'people') {
      amount = strings.people(resource.amount);
    } else {
      amount = new Intl.NumberFormat(locale).format(resource.amount);
    }
  }
  return [`${kind}:`, amount, resource.description].filter((part) => part !== '').join(' ');
}

export function buildReport(content: BoardContent, options: { generatedAt: Date }): Report {
  const locale = content.meta.locale;
  const strings = REPORT_STRINGS[locale];
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const formatDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const formatTime = (epochMs: number) => timeFormat.format(new Date(epochMs));
  const commentCounts = new Map<string, number>();
  for (const comment of content.comments) commentCounts.set(comment.cardId, (commentCounts.get(comment.cardId) ?? 0) + 1);

  const toReportCard = (card: Card): ReportCard => ({
    card,
    status: strings.statuses[card.status],
    kind: strings.kinds[card.kind],
    resources: card.resources.map((r) => formatResource(r, locale, strings)),
    stages: card.stages.map((stage: Stage) => ({
      title: stage.title,
      due: stage.due,
      done: stage.done,
      text: `${stage.title} — ${stage.due ? formatDate(stage.due) : strings.noDate}`,
    })),
    commentCount: commentCounts.get(card.id) ?? 0,
  });

  const laneIds = new Set(content.lanes.map((lane) => lane.id as string));
  const groups: Array<{ title: string; cards: Card[] }> = content.lanes.map((lane) => ({
    title: lane.title,
    cards: content.cards.filter((card) => card.laneId === lane.id),
  }));
  const orphans = content.cards.filter((card) => !laneIds.has(card.laneId));
  if (orphans.length > 0) groups.push({ title: strings.unassigned, cards: orphans });

  const tracks = groups.map(({ title, cards }) => {
    // Stable sort keeps the lane's own order within a status.
    const ranked = [...cards].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
    return {
      title,
      initiatives: ranked.filter((c) => c.kind === 'initiative').map(toReportCard),
      ideas: ranked.filter((c) => c.kind !== 'initiative').map(toReportCard),
    };
  });
  const byStatus: Record<CardStatus, number> = { idea: 0, shortlisted: 0, priority: 0 };
  for (const card of content.cards) byStatus[card.status]++;

  return {
    locale,
    strings,
    title: content.meta.title,
    place: content.meta.place,
    date: content.meta.date,
    generatedAt: formatTime(options.generatedAt.getTime()),
    counts: { cards: content.cards.length, initiatives: content.cards.filter((c) => c.kind === 'initiative').length, byStatus },
    tracks,
    formatDate,
    formatTime,
  };
}
