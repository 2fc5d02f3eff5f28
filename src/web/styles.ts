// The whole stylesheet, inlined into each page: one round trip less on a slow connection.
export const STYLES = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c9c9c9;--bg:#fff;--soft:#f3f1ec;--brand:#0b4f6c;--brand-ink:#fff;--warn:#8a1c1c;--ok:#1d5e20}
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;color:var(--ink);background:var(--bg);font-family:"Noto Sans Khmer","Khmer OS System","Khmer OS","Khmer OS Content","Leelawadee UI","Khmer UI",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.7}
:lang(en){line-height:1.55}
a{color:var(--brand)}
/* Khmer subscript consonants hang below the baseline: an underline there would strike through them */
a:lang(km),.linkish:lang(km){text-underline-position:under}
a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f2a900;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{background:var(--brand);color:var(--brand-ink);padding:.5rem 1rem}
header.site a{color:var(--brand-ink)}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;max-width:60rem;margin:0 auto}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.menu[open]{flex-basis:100%}
.menu>summary{display:inline-block;cursor:pointer;padding:.25rem .75rem;border:1px solid var(--brand-ink);border-radius:4px}
.menu[open]>summary{margin-bottom:.5rem}
@supports selector(::details-content){@media (min-width:48rem){.menu[open]{flex-basis:auto}.menu>summary{display:none}.menu::details-content{content-visibility:visible}}}
.tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.tools form{margin:0}
.linkish{background:none;border:0;color:inherit;text-decoration:underline;font:inherit;cursor:pointer;padding:0}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.4;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.demo{background:#fff4ce;color:#3d3000;padding:.35rem 1rem;text-align:center;font-size:.95rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);padding:1rem;max-width:60rem;margin:2rem auto 0;font-size:.95rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select,textarea{font:inherit;padding:.5rem;border:1px solid #767676;border-radius:4px;width:100%;max-width:28rem;background:#fff;color:var(--ink)}
button,.button{font:inherit;display:inline-block;padding:.55rem 1.1rem;border-radius:4px;border:1px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer;text-decoration:none;margin-top:.75rem}
button.secondary{background:#fff;color:var(--brand)}
.error{color:var(--warn);font-weight:600}
.notice{background:var(--soft);border-left:4px solid var(--brand);padding:.5rem 1rem;margin:1rem 0}
.alert{background:#fdecec;border-left:4px solid var(--warn);padding:.5rem 1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
.table-wrap{overflow-x:auto;position:relative}
.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem}
.cards li{border:1px solid var(--line);border-radius:6px;padding:.75rem}
.crumbs ol{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem}
.crumbs li+li::before{content:"›";margin-right:.25rem;color:var(--muted)}
.muted{color:var(--muted)}
code{font-family:ui-monospace,monospace;font-size:.95em;word-break:break-all}
.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.inline label{margin:0}
.inline input,.inline select{width:auto}
.check{display:flex;gap:.6rem;align-items:flex-start;margin:.6rem 0}
.check input{width:1.4rem;height:1.4rem;flex:none;margin:.15rem 0 0;padding:0}
.check label{margin:0}
.check.option label{font-weight:400}
fieldset{border:1px solid var(--line);border-radius:4px;margin:1rem 0;padding:.25rem .75rem .75rem;min-width:0}
.tracking-code{font-size:2rem;font-weight:700;letter-spacing:.05em;margin:.5rem 0}
@media (max-width:30rem){h1{font-size:1.35rem}main{padding:.75rem}}
/* casework tracking page (track.routes.tsx): the office's question and answer keep their line breaks */
.prewrap{white-space:pre-wrap}
/* casework queues (queue.pages.tsx): filters side by side on a laptop, stacked on a phone; overdue rows marked */
.queue-fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:0 1rem}
.queue-fields select{max-width:none}
.overdue-flag{color:var(--warn)}
table.queue tr.overdue th{border-left:4px solid var(--warn)}
table.queue th a{white-space:nowrap}
.queue-counts ul{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.queue-counts a{display:block;border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem;text-decoration:none;background:var(--soft)}
.queue-counts strong{font-size:1.25rem}
.queue-counts li.warn a{border-left:4px solid var(--warn);color:var(--warn)}
/* the queue on a phone (queue-cards.pages.tsx): cards with status and due date first; the table on wide screens */
.case-cards{list-style:none;margin:.5rem 0;padding:0;display:none}
.case-cards>li{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:0 0 .5rem}
.case-cards>li.overdue{border-left:4px solid var(--warn)}
.case-cards .card-head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem .75rem;margin:0 0 .25rem;font-weight:600}
.case-cards .card-status{background:var(--soft);border-radius:4px;padding:0 .4rem}
.case-cards dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .75rem;margin:0}
.case-cards dt{color:var(--muted)}.case-cards dd{margin:0;overflow-wrap:anywhere}
@media (max-width:47.99rem){.case-cards{display:block}.queue-wide{display:none}}
details.queue-fold>summary{cursor:pointer;font-weight:600;padding:.25rem 0}
@supports selector(::details-content){@media (min-width:48rem){details.queue-fold>summary{display:none}details.queue-fold::details-content{content-visibility:visible}}}
/* staff case page and forwarding letter (case-page.pages.tsx, forwarding-letter.pages.tsx) */
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.overdue{color:var(--warn)}
details.step{border:1px solid #ccc;border-radius:4px;padding:.5rem .75rem;margin:.5rem 0}
details.step summary{cursor:pointer;font-weight:600}
/* the forward step (forward-fields.pages.tsx): only the chosen destination's field, where :has() works */
form:has(.dest-kind) .dest{display:none}
form:has(.dest-kind [value=commission]:checked) .dest-commission,form:has(.dest-kind [value=ministry]:checked) .dest-ministry,form:has(.dest-kind [value=local_authority]:checked) .dest-name{display:block}
.letter blockquote{border-left:3px solid #999;margin:.5rem 0;padding-left:.75rem}
.letter .signature{margin-top:3rem}
/* OWSO fee lists (services.pages.tsx): a fee never breaks across lines */
td.fee{white-space:nowrap}
table.fees th{overflow-wrap:anywhere}
@media (max-width:30rem){table.fees th,table.fees td{padding:.35rem .25rem}}
/* a link to a field (#district, the error summary's links) shows the field's label above it too */
:target{scroll-margin-top:4rem}
/* long lists in pages (pager.tsx) */
.pager{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1rem 0}
/* OWSO league charts (league.pages.tsx): their words are page text, at least 12 px on a phone and in print */
.league-chart ol{list-style:none;margin:0;padding:0;font-size:max(12px,.875rem)}
.league-chart li{margin:.3rem 0}
.chart-row{display:flex;align-items:center;gap:.5rem}
.chart-track{flex:1}
.chart-bar{display:block;height:.8rem;background:#1f5f8b;print-color-adjust:exact;-webkit-print-color-adjust:exact}
@media print{header,nav,footer,.skip,.no-print,.demo{display:none!important}main{padding:0;max-width:none}a{color:inherit;text-decoration:none}}
`;
