/**
 * The report as data: what every renderer (Markdown, CSV, DOCX, HTML) prints, already ranked
 * and formatted for the board's language. Votes and expert scores appear only where the
 * facilitator revealed them (see reportResults.ts); everything else comes from the content.
 */
import { impactMatrix, votesPerCard, type ImpactMatrixData, type VoteBar } from '../../shared/charts/chartData';
import type { BoardContent, Card, CardStatus, Locale, Resource, Stage } from '../../shared/board/types';
import { type NumberFormats, numberFormats } from '../../shared/format';
import { rankItems } from '../../shared/results/ranking';
import { noResults, type ReportResults } from './reportResults';
import { toReportScore, type ReportScore } from './reportScore';
import { REPORT_STRINGS, type ReportStrings } from './reportStrings';

/** One card as the report prints it, with its revealed results and ranks. */
export interface ReportCard {
  card: Card;
  trackTitle: string;
  status: string;
  kind: string;
  resources: string[];
  stages: Array<{ title: string; due: string; done: boolean; text: string }>;
  commentCount: number;
  /** Revealed votes (0 when none), or null while votes are hidden. */
  votes: number | null;
  /** Revealed expert result, or null while hidden or when the card was not scored. */
  score: ReportScore | null;
  /** Competition rank among the track's initiatives; null for ideas and while nothing is revealed. */
  rankInTrack: number | null;
  /** Competition rank among all initiatives; null as for `rankInTrack`. */
  overallRank: number | null;
}

/** One lane of the board: its initiatives ranked, then its other ideas. */
export interface ReportTrack {
  title: string;
  /** Shortlisted and priority cards of any kind, best first. */
  initiatives: ReportCard[];
  /** Cards still at the idea stage, in the board's order. */
  ideas: ReportCard[];
}

/** Chart data; empty or null where the results behind a chart are not revealed. */
export interface ReportCharts {
  votes: VoteBar[];
  matrix: ImpactMatrixData | null;
  /** Axis titles: the board's own titles of the 'effect' and 'feasibility' criteria. */
  effect: string;
  feasibility: string;
}

/** Everything a renderer needs, in the board's language. */
export interface Report {
  locale: Locale;
  strings: ReportStrings;
  title: string;
  place: string;
  date: string;
  generatedAt: string;
  participants: number;
  revealed: { votes: boolean; scores: boolean };
  counts: { cards: number; initiatives: number; byStatus: Record<CardStatus, number> };
  tracks: ReportTrack[];
  /** Every track's initiatives, best first. */
  overall: ReportCard[];
  /** Heading of `overall`: a ranking only once votes or scores are revealed. */
  overallTitle: string;
  /** Under the title: what the ranking rests on and, once scores are out, what the spread means. */
  basis: string;
  charts: ReportCharts;
  formatDate: (iso: string) => string;
  formatTime: (epochMs: number) => string;
  /** The board's number formats, as the board and its slides show numbers. */
  numbers: NumberFormats;
}

/** "деньги: 450 млн ₽ оборудование": kind, amount in the board's format and description. */
export function formatResource(resource: Resource, numbers: NumberFormats, strings: ReportStrings): string {
  return [`${strings.resourceKinds[resource.kind]}:`, numbers.resourceAmount(resource) ?? '', resource.description].filter((part) => part !== '').join(' ');
}

/**
 * People who took part: those who joined by link, or, when more (a session run before links
 * created participants, or people sharing one browser), the distinct names on cards and comments.
 */
function countParticipants(content: BoardContent, joined: number): number {
  const names = new Set([...content.cards, ...content.comments].map((item) => item.author.trim()).filter(Boolean));
  return Math.max(joined, names.size);
}

/** Builds the report of a board; without `results`, nothing counts as revealed. */
export function buildReport(content: BoardContent, options: { generatedAt: Date; results?: ReportResults }): Report {
  const locale = content.meta.locale;
  const strings = REPORT_STRINGS[locale];
  const results = options.results ?? noResults();
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const numbers = numberFormats(locale);
  const formatDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : iso);
  const formatTime = (epochMs: number) => timeFormat.format(new Date(epochMs));
  const commentCounts = new Map<string, number>();
  for (const comment of content.comments) commentCounts.set(comment.cardId, (commentCounts.get(comment.cardId) ?? 0) + 1);

  const toReportCard = (card: Card, trackTitle: string): ReportCard => {
    const score = results.scores?.[card.id];
    return {
      card,
      trackTitle,
      status: strings.statuses[card.status],
      kind: strings.kinds[card.kind],
      resources: card.resources.map((r) => formatResource(r, numbers, strings)),
      stages: card.stages.map((stage: Stage) => ({
        title: stage.title,
        due: stage.due,
        done: stage.done,
        text: `${stage.title} — ${stage.due ? formatDate(stage.due) : strings.noDate}`,
      })),
      commentCount: commentCounts.get(card.id) ?? 0,
      votes: results.votes ? (results.votes[card.id] ?? 0) : null,
      score: score ? toReportScore(score, results.criteria, strings, numbers) : null,
      rankInTrack: null,
      overallRank: null,
    };
  };

  const laneIds = new Set<string | null>(content.lanes.map((lane) => lane.id));
  const groups: Array<{ title: string; cards: Card[] }> = content.lanes.map((lane) => ({
    title: lane.title,
    cards: content.cards.filter((card) => card.laneId === lane.id),
  }));
  const orphans = content.cards.filter((card) => !laneIds.has(card.laneId));
  if (orphans.length > 0) groups.push({ title: strings.unassigned, cards: orphans });

  // Ranks mean something only once votes or scores are out; before that the order is by status.
  const ranked = results.votes !== null || results.scores !== null;
  const rankKey = (item: ReportCard) => ({ score: item.score?.weighted ?? null, votes: item.votes, status: item.card.status });
  const tracks = groups.map(({ title, cards }) => {
    const items = cards.map((card) => toReportCard(card, title));
    const initiatives = rankItems(
      items.filter((item) => item.card.status !== 'idea'),
      rankKey,
    ).map(({ item, rank }) => ({ ...item, rankInTrack: ranked ? rank : null }));
    return { title, initiatives, ideas: items.filter((item) => item.card.status === 'idea') };
  });
  const overallRanks = new Map(
    rankItems(
      tracks.flatMap((t) => t.initiatives),
      rankKey,
    ).map(({ item, rank }) => [item, rank]),
  );
  for (const track of tracks) for (const item of track.initiatives) item.overallRank = ranked ? overallRanks.get(item)! : null;
  const overall = [...overallRanks.keys()];

  const byStatus: Record<CardStatus, number> = { idea: 0, shortlisted: 0, priority: 0 };
  for (const card of content.cards) byStatus[card.status]++;
  const criterionTitle = (id: string, fallback: string) => results.criteria.find((c) => c.id === id)?.title ?? fallback;
  const matrix = results.scores ? impactMatrix(content.cards, content.lanes, results.scores) : null;

  return {
    locale,
    strings,
    title: content.meta.title,
    place: content.meta.place,
    date: content.meta.date,
    generatedAt: formatTime(options.generatedAt.getTime()),
    participants: countParticipants(content, results.participants),
    revealed: { votes: results.votes !== null, scores: results.scores !== null },
    counts: { cards: content.cards.length, initiatives: content.cards.filter((c) => c.kind === 'initiative').length, byStatus },
    tracks,
    overall,
    overallTitle: ranked ? strings.overall : strings.allInitiatives,
    basis: [strings.rankingBasis(results.votes !== null, results.scores !== null), results.scores !== null ? strings.spreadExplanation : '']
      .filter(Boolean)
      .join(' '),
    charts: {
      votes: results.votes ? votesPerCard(content.cards, content.lanes, results.votes) : [],
      matrix: matrix && matrix.points.length > 0 ? matrix : null,
      effect: criterionTitle('effect', strings.effect),
      feasibility: criterionTitle('feasibility', strings.feasibility),
    },
    formatDate,
    formatTime,
    numbers,
  };
}
