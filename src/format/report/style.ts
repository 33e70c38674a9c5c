/**
 * The page's one style sheet, inline (the page makes no request). System fonts only; colours
 * that print; sticky matrix headers so a plan of hundreds of tasks scrolls with its unit names
 * and task ids in view; A4 when printed, with the search and plan selector left out.
 */
export const REPORT_CSS = `
:root {
  --ink: #1b1f24; --muted: #5b6470; --line: #d5dae0; --paper: #fff; --band: #f4f6f8;
  --accent: #0b5cad; --lead: #0b5cad; --lead-bg: #dbe9f8; --support: #2f7a3e; --support-bg: #e1f1e4;
  --error: #b3261e; --warn: #8a5a00; --info: #4a5560;
  --head-h: 1.9rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: var(--ink); background: var(--paper);
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: .9em; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
  padding: .6rem 1.2rem; background: #10233a; color: #fff; }
header.top h1 { font-size: 1.1rem; margin: 0; flex: 1 1 auto; }
header.top label { font-size: .85rem; }
header.top input, header.top select { font: inherit; padding: .25rem .5rem; border-radius: 4px; border: 1px solid #8aa; min-width: 16rem; }
nav.toc { padding: .4rem 1.2rem; background: var(--band); border-bottom: 1px solid var(--line); font-size: .9rem; }
nav.toc a { margin-right: 1rem; white-space: nowrap; }
main { padding: 0 1.2rem 2rem; }
section { margin: 1.4rem 0; }
/* Below the first screen, sections are laid out when scrolled to (Chromium skips the rest), so a
   plan of hundreds of tasks opens at once; printing and find-in-page still see all of them. */
.plan > section ~ section ~ section, section.cross { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
h2 { font-size: 1.25rem; margin: 1.2rem 0 .4rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .3rem; }
h4 { font-size: .95rem; margin: .7rem 0 .2rem; color: var(--muted); }
.note { color: var(--muted); font-size: .88rem; margin: .2rem 0 .6rem; }
.plan > h2.plan-title { font-size: 1.4rem; border-bottom: 3px solid var(--accent); }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1.1rem; background: var(--band); max-width: 70rem; }
.card h2 { border: 0; margin-top: 0; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.card dd.hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; word-break: break-all; }
.counts a { font-weight: 600; text-decoration: none; }
.counts .bad { color: var(--error); } .counts .warn { color: var(--warn); } .counts .ok { color: var(--support); }
.tools button { font: inherit; font-size: .85rem; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }

/* The matrix scrolls inside its frame; its header rows and unit column stay in view. */
.matrix-wrap { overflow: auto; max-height: 80vh; width: fit-content; max-width: 100%; border: 1px solid var(--line); }
table { border-collapse: separate; border-spacing: 0; }
.matrix th, .matrix td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 0 .35rem; font-size: .82rem; text-align: center; white-space: nowrap; }
.matrix thead th { position: sticky; background: #e9eef4; z-index: 2; }
.matrix tr.groups th { top: 0; height: var(--head-h); }
.matrix tr.tasks th { top: var(--head-h); height: var(--head-h); }
.matrix th.corner { left: 0; z-index: 4; text-align: left; min-width: 16rem; }
.matrix tbody th, .matrix tfoot th { position: sticky; left: 0; z-index: 1; background: #f7f9fb; text-align: left; font-weight: 500; max-width: 22rem; overflow: hidden; text-overflow: ellipsis; }
.matrix tbody tr:hover td, .matrix tbody tr:hover th { background: #fff7d6; }
.matrix td.ct { background: var(--lead-bg); color: var(--lead); font-weight: 700; }
.matrix td.ph { background: var(--support-bg); color: var(--support); }
.matrix td.num { color: var(--muted); }
.matrix td.sum { font-weight: 700; color: var(--ink); }
.matrix tfoot td, .matrix tfoot th { background: #f7f9fb; }
.matrix tr.collective th a { font-style: italic; }
.matrix th.has-finding { background: #fbe3e1; }
a.flag { display: inline-block; margin-left: .2rem; padding: 0 .3rem; border-radius: 3px; background: var(--error); color: #fff; font-weight: 700; text-decoration: none; font-size: .75rem; }
.coll { color: var(--muted); }

/* The timeline: one row per task, bars placed in percent of the axis. */
.timeline-wrap { overflow-x: auto; }
.timeline { width: 100%; min-width: 50rem; }
.timeline th, .timeline td { border-bottom: 1px solid var(--line); padding: .15rem .4rem; font-size: .85rem; text-align: left; vertical-align: middle; }
.timeline thead th { position: sticky; top: 0; background: #e9eef4; z-index: 1; }
.timeline tr.lane th { background: var(--band); font-weight: 600; padding-top: .4rem; }
.timeline td.what { width: 38%; max-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.timeline td.when { width: 12%; white-space: nowrap; color: var(--muted); }
.timeline th.axis, .timeline td.track { position: relative; width: 50%; height: 1.5rem; }
.timeline .tick { position: absolute; top: .25rem; font-size: .72rem; color: var(--muted); border-left: 1px solid var(--line); padding-left: 2px; }
.timeline .tick.major { color: var(--ink); font-weight: 600; border-left-color: var(--muted); }
.timeline .bar { position: absolute; top: .35rem; height: .8rem; background: var(--lead); border-radius: 3px; }
.timeline .band { position: absolute; top: .35rem; left: 0; right: 0; height: .8rem; border-radius: 3px;
  background: repeating-linear-gradient(45deg, var(--lead-bg), var(--lead-bg) 6px, #9cc0e6 6px, #9cc0e6 9px); }
.timeline .deadline { position: absolute; top: .05rem; transform: translateX(-50%); color: var(--error); }
.timeline .undated { color: var(--muted); font-style: italic; font-size: .8rem; }

/* Lists: tasks, findings, units across documents. */
.list-wrap { overflow-x: auto; }
table.list { width: 100%; }
.list th, .list td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; font-size: .88rem; }
.list thead th { background: #e9eef4; position: sticky; top: 0; }
.list tr.has-finding th { color: var(--error); }
.list td.num, .list td.places { white-space: nowrap; }
tr:target, .dossier:target, .src:target { outline: 3px solid #f2b600; background: #fff7d6; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; color: #fff; font-size: .78rem; font-weight: 600; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warn); } .badge.info { background: var(--info); }
details summary { cursor: pointer; color: var(--muted); margin: .6rem 0; }
details.report summary { margin: .1rem 0; color: var(--ink); font-weight: 600; }
details.report p { font-size: .88rem; margin: .2rem 0; }
@media print { details.report p { display: block; } }
.excerpts { border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
.src { display: grid; grid-template-columns: 7rem 1fr; border-bottom: 1px solid var(--line); }
.src .ln { color: var(--muted); font-size: .8rem; padding: .3rem .5rem; background: var(--band); }
.src code { white-space: pre-wrap; tab-size: 4; padding: .3rem .5rem; }

/* Dossiers. */
.dossiers { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: .8rem; }
.dossier { border: 1px solid var(--line); border-radius: 8px; padding: .7rem .9rem; margin: 0; break-inside: avoid; }
.dossier ul { margin: .2rem 0; padding-left: 1.2rem; }
.dossier li { font-size: .9rem; }
.dossier .when { color: var(--muted); }
.dossier .back { font-size: .8rem; margin: .4rem 0 0; }
.resp { margin: .3rem 0 0; }
.filtered-out { display: none !important; }
footer { color: var(--muted); font-size: .8rem; padding: 1rem 1.2rem; border-top: 1px solid var(--line); }

@page { size: A4; margin: 12mm; }
@media print {
  :root { font-size: 10pt; }
  header.top { background: none; color: var(--ink); padding: 0; }
  header.top label, header.top input, header.top select, nav.toc, .tools, .back { display: none !important; }
  .plan[hidden] { display: block !important; }
  .matrix-wrap { overflow: visible; max-height: none; border: 0; }
  .matrix thead th, .matrix tbody th, .timeline thead th, .list thead th { position: static; }
  .matrix th, .matrix td { font-size: 7pt; padding: 0 2px; }
  section { break-inside: auto; }
  h2 { break-after: avoid; }
  .plan + .plan { break-before: page; }
  a { color: inherit; text-decoration: none; }
  .timeline .bar, .timeline .band, td.ct, td.ph, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
