/**
 * The stylesheet of the HTML report, inlined so the file stands alone. On screen it looks like a
 * sheet of paper; in print it is A4 with each track on a new page, table headers repeated and
 * nothing split that reads badly across a page break.
 */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --head: #eef1f4; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; color: var(--ink); font: 11pt/1.45 'PT Sans', 'DejaVu Sans', Arial, sans-serif; }
.report { max-width: 210mm; margin: 24px auto; padding: 20mm 18mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.15); }
h1, h2, h3, h4 { font-family: 'PT Serif', 'DejaVu Serif', Georgia, serif; line-height: 1.2; }
h1 { font-size: 22pt; margin: 0.2em 0 0.4em; }
h2 { font-size: 16pt; margin: 1.4em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--ink); }
h3 { font-size: 13pt; margin: 1.2em 0 0.4em; }
h4 { font-size: 11.5pt; margin: 1.1em 0 0.3em; }
.title-block { border-bottom: 3px double var(--ink); padding-bottom: 0.8em; margin-bottom: 1em; }
.title-block .kind { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 9.5pt; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.basis { font-style: italic; color: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.8em; font-size: 10pt; }
th, td { border: 1px solid var(--line); padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
/* Tables with column weights keep them (see rankedTable.ts); a word too long for its column
   breaks, hyphenated where the browser can. */
table.fixed { table-layout: fixed; }
table.fixed { font-size: 9.5pt; }
table.fixed td, table.fixed th { overflow-wrap: anywhere; hyphens: auto; }
table.facts th { width: 30%; background: none; }
table.facts ul { margin: 0; padding-left: 1.1em; }
.initiative blockquote { margin: 0.4em 0; padding-left: 0.8em; border-left: 3px solid var(--line); color: var(--muted); }
.initiative blockquote p { margin: 0.2em 0; }
ul.ideas { padding-left: 1.2em; }
figure.chart { margin: 0.6em 0 1.2em; }
figure.chart figcaption { font-weight: 700; margin-bottom: 0.3em; }
figure.chart svg { display: block; width: 100%; height: auto; max-height: 230mm; }
@page { size: A4; margin: 18mm 16mm 18mm 20mm; }
@media print {
  html, body { background: none; }
  body { font-size: 10.5pt; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  section.track { break-before: page; }
  h2, h3, h4, figcaption { break-after: avoid; }
  figure.chart, tr, dl.facts { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
