/**
 * The report's only stylesheet, inlined (the CSP allows inline styles and nothing else).
 * System fonts only: a report must never fetch a font. Status colours arrive per element as
 * the custom property --c (already validated by safeCssColor).
 */
import type { PaperSize } from '../../../shared/contract'

/** Paper size goes into @page so printing from a browser matches the PDF export. */
export function reportStyles(paperSize: PaperSize): string {
  return `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
h4, h5 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .9rem 0 .3rem; }
p { margin: .35rem 0; }
code, .hash { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
a { color: #0b57d0; overflow-wrap: anywhere; }
.standfirst { color: var(--muted); font-style: italic; margin: .2rem 0 .5rem; }
.newsroom { font-weight: 700; font-size: .95rem; margin: 0 0 .35rem; }
.newsroom .logo { display: inline-block; border: 2px solid currentColor; padding: 0 .35em; letter-spacing: .06em; font-weight: 800; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: var(--muted); margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .75rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { border: 2px solid; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.verdict.ready { border-color: #1e8e3e; background: #e6f4ea; }
.verdict.not-ready { border-color: #d93025; background: #fce8e6; }
.verdict strong.headline { font-size: 1.15rem; display: block; }
.rule { font-size: .85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
th { background: var(--soft); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--c); vertical-align: -.05em; margin-right: .35em; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; background: var(--c); color: #fff; font-weight: 600; font-size: .85em; white-space: nowrap; }
.copy { border: 1px solid var(--rule); border-radius: 6px; padding: .5rem 1.25rem; font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 1rem; }
.copy p { white-space: pre-wrap; margin: .7rem 0; }
.copy .blk-title { font-size: 1.25rem; font-weight: 700; }
.copy .blk-standfirst { font-style: italic; }
.copy .blk-byline, .copy .blk-metadata, .copy .blk-caption { font-size: .9rem; color: var(--muted); }
.copy .blk-blockquote { border-left: 3px solid var(--rule); padding-left: .75rem; }
.copy .blk-heading { font-weight: 700; }
.hl { background: color-mix(in srgb, var(--c) 16%, transparent); border-bottom: 2px solid var(--c); }
.hl.quote { border-bottom-style: dashed; }
.marker { font: 700 .72rem/1 system-ui, sans-serif; color: var(--c); vertical-align: super; text-decoration: none; margin: 0 .1em; }
.ctl { color: #d93025; }
article.item { border: 1px solid var(--rule); border-left: 6px solid var(--c); border-radius: 6px; padding: .6rem 1rem .8rem; margin: 1rem 0; break-inside: avoid; }
article.item h3 { margin-top: .2rem; }
h3.speaker { font-size: 1.15rem; margin-top: 1.75rem; padding-bottom: .2rem; border-bottom: 2px solid #dadce0; }
section.speaker-group article.item > h4:first-child { font-size: 1.05rem; margin-top: .2rem; text-transform: none; letter-spacing: normal; color: inherit; }
blockquote.said { margin: .4rem 0; padding: .4rem .75rem; background: var(--soft); border-left: 3px solid var(--rule); white-space: pre-wrap; }
.lead-in { color: var(--muted); }
ol.sources { padding-left: 1.2rem; }
ol.sources > li { margin: .5rem 0; }
.passage { margin: .3rem 0; padding: .3rem .6rem; border-left: 3px solid #1e8e3e; background: #f3faf5; white-space: pre-wrap; }
.warn { color: #b3261e; font-weight: 600; }
.muted { color: var(--muted); }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li::before { content: "☐ "; }
ul.checklist li.done::before { content: "☑ "; }
table.history { font-size: .8rem; table-layout: fixed; }
table.history col.when { width: 9.5rem; }
td.when { white-space: nowrap; font-variant-numeric: tabular-nums; color: var(--muted); }
table.history tr.owner th { background: none; font-weight: 600; padding-top: .6rem; }
ul.lines { padding-left: 1.1rem; margin: .3rem 0; }
ul.lines li { margin: .15rem 0; }
a.ref, span.ref { font-weight: 600; text-decoration: none; white-space: nowrap; }
p.counts { font-size: .85rem; color: var(--muted); }
p.counts .count { white-space: nowrap; margin-right: .8rem; }
p.who { margin: .2rem 0; }
p.verdict-note { margin: .4rem 0; }
p.signed { font-size: .8rem; color: var(--muted); margin-top: .5rem; }
.small { font-size: .85rem; }
.correction { margin: .5rem 0 .8rem; }
.correction p.head { margin: .2rem 0; }
#summary h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; padding-bottom: .15rem; border-bottom-width: 1px; }
del { background: #fce8e6; color: #a50e0e; text-decoration: line-through; }
ins { background: #e6f4ea; color: #0d652d; text-decoration: underline; }
.diff { white-space: pre-wrap; padding: .4rem .6rem; background: var(--soft); border-radius: 4px; }
footer.end { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@page { size: ${paperSize}; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 10pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.45rem; }
  h2 { margin-top: 0; }
  /* Page 1 is the editor's summary; the checked items and the appendix each start a page, and
     everything else follows on without leaving half pages empty. */
  section.major { break-before: page; }
  #summary h2 { margin-top: .8rem; }
  #not-checked h2, #changes h2 { margin-top: 1rem; }
  .verdict ul { margin: .3rem 0; }
  h2, h3, h4, h5 { break-after: avoid; }
  /* Items may run across pages (keeping each whole wastes half pages); their parts may not. */
  article.item { break-inside: auto; }
  tr, dl.meta, ol.sources > li, .passage, .diff, blockquote.said, .verdict, .correction, .change { break-inside: avoid; }
  th, td { padding: .15rem .4rem; }
  dl.meta { margin: .5rem 0; }
  .verdict { padding: .5rem .8rem; }
  a { color: inherit; text-decoration: none; }
  .copy { border: none; padding: 0; }
}
`
}
