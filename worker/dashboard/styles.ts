import { contentHash } from '../../forms/assets.ts'

/**
 * The dashboard's own stylesheet, on top of the participant one: the participant page stays
 * within its 14 KB budget, and researchers get wider pages, tables and charts. Charts scale
 * with the page (no fixed widths), so nothing scrolls sideways at 320 px; a wide table
 * scrolls inside its own focusable region instead.
 */
export const dashboardCss = `
.dashboard main{max-width:60rem}
.section-nav ul{max-width:60rem;margin:0 auto;padding:.5rem 1rem 0;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
.section-nav [aria-current]{font-weight:700}
.breadcrumbs{max-width:60rem;margin:0 auto;padding:.5rem 1rem 0}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:0;padding:0}
.breadcrumbs li+li::before{content:"›";margin-right:.5rem;color:#484949}
.site-header form{margin:0}
.link-button{font:inherit;background:none;border:0;padding:0;color:#fff;text-decoration:underline;cursor:pointer}
.link-button:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
input[type=password],input[type=text]{width:100%;max-width:30rem;font:inherit;padding:.4rem;border:2px solid #0b0c0c;border-radius:0}
.field-error input{border-color:#b10e1e}
input[type=email],select{width:100%;max-width:30rem;font:inherit;padding:.4rem;border:2px solid #0b0c0c;border-radius:0;background:#fff;color:#0b0c0c}
.button-secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px #929191}
.button-secondary:hover{background:#dbdad9}
.filter{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.5rem 1rem;margin:1rem 0}
.filter .field{margin:0;flex:1 1 15rem}
select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
.token{font-size:1.25rem;word-break:break-all}
.warning{border-left:5px solid #0b0c0c;padding-left:1rem;font-weight:700}
a.button{display:inline-block;text-decoration:none;margin:.5rem 0}
.button-secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px #929191}
.button-secondary:hover{background:#dbdad9}
.button-warning{background:#d4351c;box-shadow:0 2px #55150b}
.button-warning:hover{background:#aa2a16}
input.input-short{max-width:6rem}
.table-wrap{overflow-x:auto;margin:1rem 0}
.table-wrap:focus{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}
table{border-collapse:collapse;width:100%;font-size:1rem}
caption{text-align:left;font-weight:700;padding-bottom:.25rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem .4rem 0;border-bottom:1px solid #b1b4b6}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.note{text-align:right}
tfoot th,tfoot td{font-weight:700;border-bottom:0}
.chart{display:block;width:100%;max-width:30rem;height:auto;margin:.75rem 0}
.chart-stack{max-width:40rem;height:2.25rem}
.chart-row{display:block;width:100%;min-width:3rem;height:1rem}
.chart text{fill:#0b0c0c}
.swatch{display:inline-block;vertical-align:middle;margin-right:.4rem}
.suppressed{border-left:5px solid #505a5f;background:#f3f2f1;padding:.5rem 1rem;margin:1rem 0}
.finding{border-top:1px solid #b1b4b6;margin-top:2rem}
.finding h3{font-size:1.125rem;margin:1rem 0 .5rem}
.figures{display:grid;grid-template-columns:fit-content(60%) 1fr;gap:.25rem 1rem;margin:.5rem 0}
.figures dt{font-weight:700}
.figures dd{margin:0;font-variant-numeric:tabular-nums}
.inline-list{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0}
.wave-list{padding-left:1.25rem}
.tag{display:inline-block;padding:0 .4rem;border:1px solid #0b0c0c;font-size:.875rem;margin-left:.25rem}
.choice-hint{margin:0 0 .5rem 2rem}
.count-field{max-width:6rem}
fieldset .field{margin-bottom:1rem}
.invitation-links code{word-break:break-all}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:1rem 0}
.invitation-card{border:1px solid #0b0c0c;padding:1rem;margin:0 0 1rem;break-inside:avoid}
.invitation-card code{word-break:break-all;font-size:1.125rem}
@media print{.site-header,.section-nav,.breadcrumbs,.site-footer,.skip-link,.no-print{display:none}}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;font-size:1rem}
.pair{border:0;padding:0;margin:0 0 1rem;min-width:0}
.pair>legend{font-weight:700;padding:0;margin-bottom:.5rem}
.pair .field{margin-bottom:1rem}
@media (min-width:40em){.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}.option-row{grid-template-columns:1fr 2fr 2fr}}
.show-if-question{border:0;padding:0;margin:.75rem 0 0}
select{font:inherit;padding:.4rem;border:2px solid #0b0c0c;max-width:100%}
textarea{font-family:monospace}
.builder-questions{padding-left:1.5rem}
.builder-questions li{border-bottom:1px solid #b1b4b6;padding:.5rem 0}
.builder-label{margin:0 0 .25rem;font-weight:700}
.builder-actions{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.builder-actions form{margin:0}
main .link-button{color:#1d4f91}
a.button{display:inline-block;text-decoration:none;color:#fff}
.button-secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px #929191;margin-top:1rem}
.button-secondary:hover{background:#dbdad9}
`

const hash = contentHash(dashboardCss)

/** Where the dashboard stylesheet is served; the hash lets browsers keep it for a year. */
export const dashboardCssPath = `/dashboard/assets/dashboard.${hash}.css`
export const dashboardCssHash = hash
