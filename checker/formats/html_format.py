"""A self-contained HTML report: the document's text with each finding highlighted by verdict.

Everything is inline (CSS, JavaScript, SVG); a Content-Security-Policy forbids any network request and any
script but ours, and all document text is escaped, so a `<script>` in an article is shown, never run.
"""
from __future__ import annotations

import hashlib
import html
import json
from collections import Counter, defaultdict

from checker.models import Report

LABELS = {"supported": ("✓", "supported"), "unsupported": ("?", "unsupported"), "promotion": ("$", "promotion")}

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
mark.contradicts { border-bottom: 3px double var(--bad); } mark.unsupported.contradicts::before { content: "[✗ contradicted]"; color: var(--bad); }
mark.promotion { border-bottom: 3px dotted var(--promo);
  background: repeating-linear-gradient(45deg, transparent 0 6px, rgba(130,80,223,.15) 6px 9px); }
mark.promotion::before { content: "[$ promotion]"; color: var(--promo); }
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
  const h = document.createElement('h2'); h.textContent = f.verdict + ' (' + f.evidence + ')'; panel.appendChild(h);
  field('claim', f.claim); field('where', f.path + ':' + f.line + ':' + f.column);
  field('matched reference claim', f.matched); field('finding', f.finding);
  field('citation', f.citation, f.url); field('score', f.score ? f.score.toFixed(1) : '');
  field('promotion signals', f.promotion_signals); field('notes', f.notes);
}
document.querySelectorAll('mark[data-finding]').forEach(m => {
  m.addEventListener('click', () => show(+m.dataset.finding));
  m.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(+m.dataset.finding); } });
});
document.querySelectorAll('input[data-verdict]').forEach(box => box.addEventListener('change', () => {
  document.querySelectorAll('mark.' + box.dataset.verdict).forEach(m => m.classList.toggle('hidden-by-filter', !box.checked));
}));
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _chart(counts: dict[str, int]) -> str:
    total = max(sum(counts.values()), 1)
    colours = {"supported": "var(--ok)", "unsupported": "var(--warn)", "promotion": "var(--promo)"}
    x, bars = 0.0, []
    for verdict, count in counts.items():
        width = 300 * count / total
        bars.append(f'<rect x="{x:.1f}" y="0" width="{width:.1f}" height="18" fill="{colours[verdict]}"><title>{count} {verdict}</title></rect>')
        x += width
    return f'<svg role="img" aria-label="findings by verdict" width="300" height="18" viewBox="0 0 300 18">{"".join(bars)}</svg>'


def render(report: Report) -> str:
    findings = [f.row() for f in report.findings]
    by_position = defaultdict(list)
    for index, finding in enumerate(report.findings):
        by_position[(finding.path, finding.line, finding.column)].append(index)
    counts = Counter(f.verdict.value for f in report.findings)
    counts = {v: counts.get(v, 0) for v in LABELS}
    cited = Counter(s for f in report.findings for s in f.source_id.split(";") if s)
    citations = {}
    for f in report.findings:
        for source, text in zip(f.source_id.split(";"), f.citation.split("; ")):
            citations.setdefault(source, text)
    documents = []
    index_rows = []
    for number, view in enumerate(report.views):
        anchor = f"doc-{number}"
        doc_counts = Counter(report.findings[i].verdict.value for s in view.sentences for i in by_position.get((view.path, s.line, s.column), []))
        index_rows.append(
            f'<tr><td><a href="#{anchor}">{_e(view.path)}</a></td>'
            + "".join(f"<td>{doc_counts.get(v, 0)}</td>" for v in LABELS) + "</tr>"
        )
        lines: dict[int, list[str]] = defaultdict(list)
        for sentence in view.sentences:
            text = _e(sentence.text)
            for i in by_position.get((view.path, sentence.line, sentence.column), [])[:1]:
                f = report.findings[i]
                classes = f"{f.verdict.value} {f.evidence.value}"
                text = (f'<mark class="{classes}" data-finding="{i}" tabindex="0" '
                        f'title="{_e(LABELS[f.verdict.value][1])}">{text}</mark>')
            lines[sentence.line].append(text)
        body = "".join(f'<p><span class="ln">{line}</span>{" ".join(parts)}</p>' for line, parts in sorted(lines.items()))
        documents.append(f'<section class="doc" id="{anchor}"><h2>{_e(view.path)}</h2>{body}</section>')
    data = json.dumps(findings, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    nonce = hashlib.sha256((data + "".join(documents)).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    filters = "".join(
        f'<label><input type="checkbox" data-verdict="{v}" checked> {LABELS[v][0]} {v} ({counts[v]})</label>' for v in LABELS
    )
    sources = "".join(f"<li>{_e(citations.get(s, s))} <small>({_e(s)}, {n})</small></li>" for s, n in sorted(cited.items()))
    index = ""
    if len(report.views) > 1:
        index = ("<h2>Files</h2><table><tr><th>file</th>" + "".join(f"<th>{v}</th>" for v in LABELS) + "</tr>"
                 + "".join(index_rows) + "</table>")
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
