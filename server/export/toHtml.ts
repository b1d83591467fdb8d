/**
 * The report as one standalone, printable HTML document: what the UI's "Print / PDF" opens.
 * Styles are inline (htmlStyle.ts) and charts are inline SVG, so the file needs nothing else,
 * works offline and prints the same from any browser. Every user text is escaped.
 */
import { escapeXml } from './chartSvg';
import { criteriaTable, rankedTable, type TextTable } from './rankedTable';
import { reportCharts } from './reportCharts';
import type { Report, ReportCard, ReportTrack } from './reportModel';
import { REPORT_CSS } from './htmlStyle';

function table(t: TextTable, className: string): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${t.numeric[i] ? ' class="num"' : ''}>${escapeXml(text)}</${tag}>`;
  const total = t.weights?.reduce((a, b) => a + b, 0) ?? 0;
  const cols = t.weights ? `<colgroup>${t.weights.map((w) => `<col style="width: ${((100 * w) / total).toFixed(1)}%">`).join('')}</colgroup>` : '';
  const head = `<thead><tr>${t.header.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`;
  const body = t.rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('\n');
  return `<table class="${className}${t.weights ? ' fixed' : ''}">${cols}${head}<tbody>\n${body}\n</tbody></table>`;
}

const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</ul>`;

function initiative(item: ReportCard, position: number, report: Report): string {
  const { strings } = report;
  const { card } = item;
  const rows: Array<[string, string]> = [[strings.status, escapeXml(item.status)]];
  if (card.owner) rows.push([strings.owner, escapeXml(card.owner)]);
  if (card.partners.length) rows.push([strings.partners, escapeXml(card.partners.join(', '))]);
  if (item.resources.length) rows.push([strings.resources, list(item.resources)]);
  if (item.stages.length) rows.push([strings.stages, list(item.stages.map((s) => `${s.done ? '☑' : '☐'} ${s.text}`))]);
  if (card.tags.length) rows.push([strings.tags, escapeXml(card.tags.join(', '))]);
  if (item.votes !== null) rows.push([strings.votes, String(item.votes)]);
  if (item.score) rows.push([strings.score, escapeXml(item.score.summary)]);
  const facts = rows.map(([label, html]) => `<tr><th scope="row">${escapeXml(label)}</th><td>${html}</td></tr>`).join('\n');
  const criteria = criteriaTable(report, item);
  const description = card.description.trim()
    ? `<blockquote>${card.description
        .trim()
        .split(/\r?\n/)
        .map((line) => `<p>${escapeXml(line)}</p>`)
        .join('')}</blockquote>`
    : '';
  return [
    `<article class="initiative" data-card-id="${escapeXml(card.id)}">`,
    `<h4>${item.rankInTrack ?? position}. ${escapeXml(card.title)}</h4>`,
    `<table class="facts"><tbody>\n${facts}\n</tbody></table>`,
    criteria ? table(criteria, 'criteria') : '',
    description,
    '</article>',
  ].join('\n');
}

function trackSection(track: ReportTrack, report: Report): string {
  const { strings } = report;
  const parts = [`<section class="track">`, `<h2>${escapeXml(track.title)}</h2>`];
  if (track.initiatives.length === 0 && track.ideas.length === 0) parts.push(`<p>${escapeXml(strings.noCards)}</p>`);
  if (track.initiatives.length) {
    parts.push(`<h3>${escapeXml(strings.initiatives)}</h3>`, table(rankedTable(report, track.initiatives, false), 'ranked'));
    track.initiatives.forEach((item, index) => {
      parts.push(initiative(item, index + 1, report));
    });
  }
  if (track.ideas.length) {
    const ideas = track.ideas.map((item) => {
      const owner = item.card.owner ? ` — ${item.card.owner}` : '';
      const votes = item.votes ? `; ${strings.votes.toLowerCase()}: ${item.votes}` : '';
      return `<li>${escapeXml(`${item.card.title}${owner} (${item.kind}${votes})`)}</li>`;
    });
    parts.push(`<h3>${escapeXml(strings.ideas)}</h3>`, `<ul class="ideas">${ideas.join('\n')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function titleBlock(report: Report): string {
  const { strings } = report;
  const facts: Array<[string, string]> = [];
  if (report.place) facts.push([strings.place, report.place]);
  if (report.date) facts.push([strings.date, report.formatDate(report.date)]);
  facts.push([strings.participants, String(report.participants)], [strings.generated, report.generatedAt]);
  return [
    '<header class="title-block">',
    `<p class="kind">${escapeXml(strings.report)}</p>`,
    `<h1>${escapeXml(report.title)}</h1>`,
    `<dl class="facts">${facts.map(([dt, dd]) => `<dt>${escapeXml(dt)}</dt><dd>${escapeXml(dd)}</dd>`).join('')}</dl>`,
    '</header>',
  ].join('\n');
}

function summary(report: Report): string {
  const { strings, counts } = report;
  const tracks: TextTable = {
    header: [strings.track, strings.initiatives, strings.ideas],
    numeric: [false, true, true],
    rows: report.tracks.map((t) => [t.title, String(t.initiatives.length), String(t.ideas.length)]),
  };
  const byStatus = `${strings.cards}: ${counts.cards} (${strings.statuses.priority}: ${counts.byStatus.priority}, ${strings.statuses.shortlisted}: ${counts.byStatus.shortlisted}, ${strings.statuses.idea}: ${counts.byStatus.idea})`;
  return [
    `<section class="summary"><h2>${escapeXml(strings.summary)}</h2>`,
    report.tracks.length ? table(tracks, 'tracks') : `<p>${escapeXml(strings.noTracks)}</p>`,
    `<p>${escapeXml(byStatus)}</p>`,
    `<p class="basis">${escapeXml(report.basis)}</p>`,
    '</section>',
  ].join('\n');
}

/** A complete HTML document (UTF-8) of the report, ready to open and print. */
export function toHtml(report: Report): string {
  const { strings } = report;
  const charts = reportCharts(report);
  const body = [titleBlock(report), summary(report)];
  if (charts.length) {
    const figures = charts.map((c) => `<figure class="chart" data-chart="${c.key}"><figcaption>${escapeXml(c.title)}</figcaption>${c.chart.svg}</figure>`);
    body.push(`<section class="charts"><h2>${escapeXml(strings.charts)}</h2>\n${figures.join('\n')}\n</section>`);
  }
  if (report.overall.length) {
    body.push(`<section class="overall"><h2>${escapeXml(report.overallTitle)}</h2>\n${table(rankedTable(report, report.overall, true), 'ranked')}\n</section>`);
  }
  body.push(...report.tracks.map((track) => trackSection(track, report)));
  return [
    '<!doctype html>',
    `<html lang="${report.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Stratboard">',
    `<title>${escapeXml(`${report.title} — ${strings.report}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="report">\n${body.join('\n')}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
