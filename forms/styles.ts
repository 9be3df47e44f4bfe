/**
 * The one stylesheet: system fonts, GOV.UK-like focus and error styles, fluid down to 320 px.
 * Long German compounds ("ressortübergreifender", "Behindertengleichstellungsgesetz") are
 * hyphenated where the browser can and broken where it cannot, never widening the page. The
 * 0–10 row becomes a list in order where it would wrap onto a second line.
 */
export const css = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;background:#fff;overflow-wrap:break-word;hyphens:auto}
.skip-link{position:absolute;left:-9999px}
.skip-link:focus{position:static;display:block;padding:.5rem 1rem}
.site-header,.site-footer{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between;padding:.75rem 1rem;background:#0b0c0c;color:#fff}
.site-header a,.site-footer a{color:#fff}
.site-name{font-weight:700}
.site-footer{background:#f3f2f1;color:#0b0c0c;margin-top:3rem;justify-content:flex-start;column-gap:1.5rem}
.site-footer .about{flex-basis:100%;margin:0}
.site-footer a{color:#1d4f91}
main{display:block;max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:clamp(1.5rem,1rem + 2.5vw,2rem);line-height:1.2;margin:1.5rem 0 1rem}
h2{font-size:1.375rem;margin:2rem 0 .75rem}
.lead{font-size:1.25rem}
a{color:#1d4f91;overflow-wrap:anywhere}
a:focus,input:focus,textarea:focus,button:focus,[tabindex]:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
a:focus{background:#fd0;color:#0b0c0c;box-shadow:0 4px #0b0c0c;outline:none}
main:focus{outline:none;box-shadow:none}
.notice{border-left:5px solid #1d4f91;background:#f3f7fb;padding:.5rem 1rem;margin:1.5rem 0}
.notice h2{margin-top:.5rem;font-size:1.125rem}
.notice ul{padding-left:1.25rem;margin:.5rem 0}
.field{border:0;margin:0 0 2rem;padding:0;min-width:0}
legend,.label{display:block;font-weight:700;padding:0;margin-bottom:.25rem;max-width:100%}
.marker{font-weight:400;color:#484949}
.hint{color:#484949;margin-bottom:.5rem}
.field-error{border-left:5px solid #b10e1e;padding-left:1rem}
.error-message{color:#b10e1e;font-weight:700;margin:.25rem 0 .5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.choices{display:flex;flex-direction:column;gap:.5rem}
.choices-inline{flex-flow:row wrap}
@media (max-width:40em){.choices-inline{flex-direction:column}}
.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem}
.choices-inline .choice{min-width:2.75rem}
.choice input{width:1.5rem;height:1.5rem;margin:0;flex:none;accent-color:#0b0c0c}
.choice label{cursor:pointer}
input[type=text],textarea{width:100%;font:inherit;padding:.4rem;border:2px solid #0b0c0c;border-radius:0}
.field-error input[type=text],.field-error textarea{border-color:#b10e1e}
.button{font:inherit;font-weight:700;padding:.6rem 1.2rem;border:0;background:#00703c;color:#fff;box-shadow:0 2px #002d18;cursor:pointer}
.button:hover{background:#005a30}
.error-summary,.retry-banner{border:5px solid #b10e1e;padding:1rem;margin:1rem 0}
.retry-banner{border-color:#1d4f91}
.error-summary h2,.retry-banner h2{margin-top:0}
.error-summary ul{padding-left:1.25rem;margin:0}
.error-summary a{color:#b10e1e;font-weight:700}
.error-summary li+li{margin-top:.5rem}
.question[hidden]{display:none}
`
