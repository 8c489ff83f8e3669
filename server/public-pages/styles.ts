/**
 * The whole stylesheet of the public survey pages, inlined in a <style> element (the CSP allows
 * inline styles, not scripts). System fonts, 44 px touch targets, contrast ≥ 4.5:1 for text and
 * ≥ 3:1 for borders; a 0–10 scale wraps to two rows on a 390 px screen.
 */
export const css = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;background:#f4f4f5}
main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
a{color:#1d4ed8}
.notice{background:#eef2ff;border-left:4px solid #1d4ed8;padding:.75rem 1rem;margin:0 0 1rem}
.notice p{margin:0}
.notice p+p{margin-top:.5rem}
.saved{background:#ecfdf5;border-left:4px solid #047857;padding:.75rem 1rem}
.errors{border:3px solid #b91c1c;padding:.75rem 1rem;margin:0 0 1rem}
.errors:focus{outline:3px solid #1d4ed8;outline-offset:2px}
.errors h2{font-size:1.125rem;margin:0 0 .5rem;color:#b91c1c}
.errors ul{margin:0;padding-left:1.25rem}
.errors a{color:#b91c1c;font-weight:600}
fieldset{border:0;border-top:1px solid #d4d4d8;margin:0;padding:1.25rem 0 1rem;min-width:0}
legend{font-weight:600;font-size:1.0625rem;padding:0;float:left;width:100%;margin-bottom:.5rem}
legend+*{clear:both}
.req{font-weight:400;color:#52525b}
.hint{color:#52525b;font-size:.9375rem;margin:0 0 .5rem}
.error{color:#b91c1c;font-weight:600;margin:0 0 .5rem}
.invalid{border-left:4px solid #b91c1c;padding-left:.75rem}
.scale{display:flex;flex-wrap:wrap;gap:.375rem}
.scale label{display:flex;flex-direction:column;align-items:center;justify-content:center;min-width:2.75rem;min-height:3.5rem;padding:.25rem;border:1px solid #71717a;border-radius:.375rem;cursor:pointer;font-weight:600}
.ends{display:flex;justify-content:space-between;gap:1rem;color:#52525b;font-size:.9375rem;margin:.25rem 0 0}
.ends span:last-child{text-align:right}
.choices label{display:flex;align-items:center;gap:.625rem;min-height:2.75rem;padding:.5rem .75rem;margin:0 0 .375rem;border:1px solid #71717a;border-radius:.375rem;cursor:pointer}
.scale label:has(input:checked),.choices label:has(input:checked){background:#1d4ed8;border-color:#1d4ed8;color:#fff}
label:has(input:focus-visible){outline:3px solid #1d4ed8;outline-offset:2px}
input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin:0;accent-color:#1d4ed8;flex:none}
.choices input:checked,.scale input:checked{accent-color:#fff}
textarea{width:100%;min-height:7rem;font:inherit;padding:.5rem;border:1px solid #71717a;border-radius:.375rem}
textarea:focus{outline:3px solid #1d4ed8;outline-offset:1px}
.consent{padding:1rem 0;border-top:1px solid #d4d4d8}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;padding:1rem 0}
button{font:inherit;font-weight:600;min-height:3rem;padding:.5rem 1.25rem;border-radius:.375rem;border:2px solid #1d4ed8;cursor:pointer}
.primary{background:#1d4ed8;color:#fff}
.secondary{background:#fff;color:#1d4ed8}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.lang{margin-top:2rem;font-size:.9375rem}
`
  .trim()
  .replace(/\n/g, "");
