"""A self-contained HTML report: the document's text with each finding highlighted by its label
(supported, unsupported, contradicted, promotion: the words of every report, see checker/formats/messages.py).

Everything is inline (CSS, JavaScript, SVG); a Content-Security-Policy forbids any network request and any
script but ours, and all document text is escaped, so a `<script>` in an article is shown, never run.
"""
from __future__ import annotations

import hashlib
import html
import json
from collections import Counter, defaultdict

from checker.formats.messages import LABELS, label, long_label
from checker.models import Report

# the report's four words (checker/formats/messages.py), each with a sign so it reads without colour
SIGNS = {"supported": "✓", "unsupported": "?", "contradicted": "✗", "promotion": "$"}
COLOURS = {"supported": "var(--ok)", "unsupported": "var(--warn)", "contradicted": "var(--bad)", "promotion": "var(--promo)"}
MEANINGS = {
    "supported": "verdict supported: a reference claim whose sources support it",
    "unsupported": "verdict unsupported, evidence none: nothing in the table supports it",
    "contradicted": "verdict unsupported, evidence contradicts: the sources contradict it",
    "promotion": "verdict promotion: it sells a product, service, shop or brand",
}

STYLE = """
:root { color-scheme: light dark; --bg:#fff; --fg:#1b1b1b; --muted:#5c5c5c; --panel:#f4f4f4;
  --ok:#1a7f37; --warn:#9a6700; --promo:#8250df; --bad:#cf222e; }
@media (prefers-color-scheme: dark) { :root { --bg:#0d1117; --fg:#e6edf3; --muted:#9da7b3; --panel:#161b22;
  --ok:#3fb950; --warn:#d29922; --promo:#bc8cff; --bad:#f85149; } }
body { font: 16px/1.6 system-ui, sans-serif; background: var(--bg); color: var(--fg); margin: 0; }
header, main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem; }
main { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1.5rem; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; }
.doc p { margin: .2rem 0; } .ln { color: var(--muted); font-size: .75rem; display: inline-block; width: 3rem; }
mark { background: none; color: inherit; cursor: pointer; padding: 0 .1rem; border-radius: .2rem; }
mark:focus { outline: 2px solid var(--fg); }
mark::before { font-weight: bold; font-size: .8em; margin-right: .2em; }
mark.supported { border-bottom: 3px solid var(--ok); } mark.supported::before { content: "[✓ supported]"; color: var(--ok); }
mark.unsupported { border-bottom: 3px dashed var(--warn); } mark.unsupported::before { content: "[? unsupported]"; color: var(--warn); }
mark.contradicted { border-bottom: 3px double var(--bad); } mark.contradicted::before { content: "[✗ contradicted]"; color: var(--bad); }
mark.promotion { border-bottom: 3px dotted var(--promo);
  background: repeating-linear-gradient(45deg, transparent 0 6px, rgba(130,80,223,.15) 6px 9px); }
mark.promotion::before { content: "[$ promotion]"; color: var(--promo); }
.legend { display: flex; gap: .8rem; flex-wrap: wrap; list-style: none; padding: 0; margin: .3rem 0; font-size: .9rem; }
.legend i { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: middle; border-radius: .15rem; }
th button { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-decoration: underline dotted; }
th[aria-sort="descending"] button::after { content: " ▼"; } th[aria-sort="ascending"] button::after { content: " ▲"; }
mark.hidden-by-filter { border: 0; background: none; } mark.hidden-by-filter::before { content: none; }
aside { background: var(--panel); padding: 1rem; border-radius: .5rem; position: sticky; top: 1rem; align-self: start; }
aside dt { font-weight: bold; margin-top: .5rem; } aside dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
.filters label { margin-right: 1rem; } table { border-collapse: collapse; } td, th { padding: .2rem .6rem; text-align: left; }
a { color: inherit; }
"""

SCRIPT = """
const findings = JSON.parse(document.getElementById('claimsift-data').textContent);
const panel = document.getElementById('details');
function field(name, value, link) {
  if (!value && value !== 0) return;
  const dt = document.createElement('dt'); dt.textContent = name; panel.appendChild(dt);
  const dd = document.createElement('dd');
  if (link) { const a = document.createElement('a'); a.href = link; a.textContent = value; a.rel = 'noreferrer'; dd.appendChild(a); }
  else { dd.textContent = value; }
  panel.appendChild(dd);
}
function show(index) {
  const f = findings[index];
  panel.replaceChildren();
  const h = document.createElement('h2'); h.textContent = f.label; panel.appendChild(h);
  field('verdict', f.verdict); field('evidence', f.evidence); field('severity', f.severity);
  field('claim', f.claim); field('where', f.path + ':' + f.line + ':' + f.column);
  field('matched reference claim', f.matched); field('finding', f.finding);
  field('citation', f.citation, f.url); field('score', f.score ? f.score.toFixed(1) : '');
  field('promotion signals', f.promotion_signals); field('notes', f.notes);
}
document.querySelectorAll('mark[data-finding]').forEach(m => {
  m.addEventListener('click', () => show(+m.dataset.finding));
  m.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(+m.dataset.finding); } });
});
document.querySelectorAll('input[data-label]').forEach(box => box.addEventListener('change', () => {
  document.querySelectorAll('mark.' + box.dataset.label).forEach(m => m.classList.toggle('hidden-by-filter', !box.checked));
}));
document.querySelectorAll('table.files th[data-key] button').forEach(button => button.addEventListener('click', () => {
  const th = button.parentElement, table = th.closest('table'), body = table.tBodies[0], key = th.dataset.key;
  const order = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
  table.querySelectorAll('th[data-key]').forEach(other => other.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', order);
  const value = row => key === 'file' ? row.dataset.file : +row.dataset[key];
  const rows = Array.from(body.rows).sort((a, b) => {
    const x = value(a), y = value(b);
    const c = x < y ? -1 : x > y ? 1 : a.dataset.file.localeCompare(b.dataset.file);
    return order === 'ascending' ? c : -c;
  });
  rows.forEach(row => body.appendChild(row));
}));
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _chart(counts: dict[str, int]) -> str:
    total = max(sum(counts.values()), 1)
    x, bars = 0.0, []
    for name, count in counts.items():
        width = 300 * count / total
        bars.append(f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="18" fill="{COLOURS[name]}"><title>{count} {name}</title></rect>')
        x += width
    legend = "".join(
        f'<li><i style="background:{COLOURS[name]}"></i>{SIGNS[name]} {name} {count}</li>' for name, count in counts.items()
    )
    return (f'<svg role="img" aria-label="findings: ' + ", ".join(f"{n} {name}" for name, n in counts.items())
            + f'" width="300" height="18" viewBox="0 0 300 18">{"".join(bars)}</svg><ul class="legend">{legend}</ul>')


def _index(rows: list[dict]) -> str:
    """The files of a multi-file report, most errors first; every column sorts when its heading is clicked."""
    rows = sorted(rows, key=lambda r: (-r["errors"], -r["warnings"], r["file"]))
    keys = ["errors", "warnings", *LABELS]
    sorted_by = ' aria-sort="descending"'
    head = '<th data-key="file"><button type="button">file</button></th>' + "".join(
        f'<th data-key="{k}"{sorted_by if k == "errors" else ""}><button type="button">{k}</button></th>' for k in keys
    )
    body = "".join(
        f'<tr data-file="{_e(r["file"])}" ' + " ".join(f'data-{k}="{r[k]}"' for k in keys) + ">"
        f'<td><a href="#{r["anchor"]}">{_e(r["file"])}</a></td>' + "".join(f"<td>{r[k]}</td>" for k in keys) + "</tr>"
        for r in rows
    )
    return f'<h2>Files</h2><table class="files"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def render(report: Report) -> str:
    findings = [{**f.row(), "label": long_label(f)} for f in report.findings]
    by_position = defaultdict(list)
    for index, finding in enumerate(report.findings):
        by_position[(finding.path, finding.line, finding.column)].append(index)
    counts = Counter(label(f) for f in report.findings)
    counts = {name: counts.get(name, 0) for name in LABELS}
    cited = Counter(s for f in report.findings for s in f.source_id.split(";") if s)
    citations = {}
    for f in report.findings:
        for source, text in zip(f.source_id.split(";"), f.citation.split("; ")):
            citations.setdefault(source, text)
    documents = []
    index_rows = []
    for number, view in enumerate(report.views):
        anchor = f"doc-{number}"
        mine = [report.findings[i] for s in view.sentences for i in by_position.get((view.path, s.line, s.column), [])]
        row = Counter(label(f) for f in mine)
        severities = Counter(f.severity.value for f in mine)
        index_rows.append({"file": view.path, "anchor": anchor, "errors": severities["error"], "warnings": severities["warning"],
                           **{name: row.get(name, 0) for name in LABELS}})
        lines: dict[int, list[str]] = defaultdict(list)
        for sentence in view.sentences:
            text = _e(sentence.text)
            for i in by_position.get((view.path, sentence.line, sentence.column), [])[:1]:
                f = report.findings[i]
                name = label(f)
                text = (f'<mark class="{name}" data-finding="{i}" tabindex="0" '
                        f'title="{_e(MEANINGS[name])}">{text}</mark>')
            lines[sentence.line].append(text)
        body = "".join(f'<p><span class="ln">{line}</span>{" ".join(parts)}</p>' for line, parts in sorted(lines.items()))
        documents.append(f'<section class="doc" id="{anchor}"><h2>{_e(view.path)}</h2>{body}</section>')
    data = json.dumps(findings, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    nonce = hashlib.sha256((data + "".join(documents)).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    filters = "".join(
        f'<label title="{_e(MEANINGS[name])}"><input type="checkbox" data-label="{name}" checked> {SIGNS[name]} {name} ({counts[name]})</label>'
        for name in LABELS
    )
    sources = "".join(f"<li>{_e(citations.get(s, s))} <small>({_e(s)}, {n})</small></li>" for s, n in sorted(cited.items()))
    index = _index(index_rows) if len(report.views) > 1 else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimsift report</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>claimsift report</h1>
<div class="counts"><span>{report.documents} document(s), {len(findings)} findings</span>{_chart(counts)}</div>
<div class="filters">{filters}</div>
{index}
<details><summary>Sources cited ({len(cited)})</summary><ul>{sources}</ul></details>
</header>
<main>
<div>{"".join(documents)}</div>
<aside id="details" aria-live="polite"><p>Select a highlighted claim to see its evidence.</p></aside>
</main>
<script type="application/json" id="claimsift-data">{data}</script>
<script nonce="{nonce}">{SCRIPT}</script>
</body>
</html>
"""
