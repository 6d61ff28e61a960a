/**
 * The report page's stylesheet and script, inlined into the one HTML file
 * (no network: the page must open from a USB stick or an e-mail). The
 * script only filters rows the server already rendered and escaped; it
 * never builds HTML from data.
 */
export const style = `
:root{color-scheme:light dark;--fg:#1f2937;--muted:#6b7280;--bg:#fff;--card:#f8fafc;--line:#e5e7eb;--mark:#fde68a;
--any:#334155;--self-credit:#c2410c;--cameo:#7c3aed;--personal-branding:#0e7490;--other:#64748b}
@media (prefers-color-scheme:dark){:root{--fg:#e5e7eb;--muted:#9ca3af;--bg:#111827;--card:#1f2937;--line:#374151;--mark:#92400e;--any:#cbd5e1}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.15rem;margin:32px 0 8px}h3{font-size:.95rem;margin:12px 0 0;font-weight:600}
.meta,.note{color:var(--muted);font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-top:16px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px}
.card b{display:block;font-size:1.5rem}.card span{color:var(--muted);font-size:.85rem}
.card.cat-self-credit{border-top:4px solid var(--self-credit)}.card.cat-cameo{border-top:4px solid var(--cameo)}.card.cat-personal-branding{border-top:4px solid var(--personal-branding)}
.chart{width:100%;height:auto;display:block}
.chart .grid{stroke:var(--line)}.chart text{fill:var(--muted);font-size:11px}.chart .label{fill:var(--fg);font-size:12px}
.months .bar{fill:var(--any)}.months.cat-self-credit .bar{fill:var(--self-credit)}.months.cat-cameo .bar{fill:var(--cameo)}.months.cat-personal-branding .bar{fill:var(--personal-branding)}
.rules .bar{fill:var(--other);cursor:pointer}.rules .bar.cat-self-credit{fill:var(--self-credit)}.rules .bar.cat-cameo{fill:var(--cameo)}.rules .bar.cat-personal-branding{fill:var(--personal-branding)}
.chart .bar:hover{opacity:.75}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
.filters input,.filters select{font:inherit;padding:6px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.filters input{flex:1;min-width:200px}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;vertical-align:top;padding:8px;border-bottom:1px solid var(--line)}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
td.post{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 2px}
mark.error{outline:2px solid var(--self-credit)}
.chip{display:inline-block;font-size:.8rem;border-radius:999px;padding:1px 8px;margin:0 4px 4px 0;color:#fff;background:var(--other);cursor:pointer;border:0;font-family:inherit}
.chip.cat-self-credit{background:var(--self-credit)}.chip.cat-cameo{background:var(--cameo)}.chip.cat-personal-branding{background:var(--personal-branding)}
tr[hidden]{display:none}
footer{margin-top:32px;color:var(--muted);font-size:.85rem}
`

export const script = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#posts tbody tr'))
  var query = document.getElementById('filter-text')
  var category = document.getElementById('filter-category')
  var rule = document.getElementById('filter-rule')
  var count = document.getElementById('filter-count')
  var texts = rows.map(function (row) { return row.textContent.toLowerCase() })
  function apply() {
    var words = query.value.trim().toLowerCase()
    var shown = 0
    rows.forEach(function (row, index) {
      var ok = (!category.value || row.getAttribute('data-categories').split(' ').indexOf(category.value) >= 0) &&
        (!rule.value || row.getAttribute('data-rules').split(' ').indexOf(rule.value) >= 0) &&
        (!words || texts[index].indexOf(words) >= 0)
      row.hidden = !ok
      if (ok) shown++
    })
    count.textContent = shown + ' of ' + rows.length + ' posts'
  }
  function pick(id) {
    rule.value = id
    apply()
    document.getElementById('flagged').scrollIntoView()
  }
  query.addEventListener('input', apply)
  category.addEventListener('change', apply)
  rule.addEventListener('change', apply)
  Array.prototype.forEach.call(document.querySelectorAll('[data-rule]'), function (element) {
    element.addEventListener('click', function () { pick(element.getAttribute('data-rule')) })
  })
  apply()
})()
`
