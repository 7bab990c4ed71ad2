"""JUnit XML: one test suite per file, one test case per finding; errors are failures."""
from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from checker.formats.messages import message, rule_id
from checker.models import Report


def render(report: Report) -> str:
    by_file = defaultdict(list)
    for finding in report.findings:
        by_file[finding.path].append(finding)
    root = ET.Element("testsuites", name="claimsift")
    total = failures = 0
    for path, findings in by_file.items():
        suite_failures = sum(f.severity.value == "error" for f in findings)
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(len(findings)), failures=str(suite_failures))
        for finding in findings:
            case = ET.SubElement(suite, "testcase", classname=path, name=f"line {finding.line}, column {finding.column}: {finding.claim[:120]}")
            if finding.severity.value == "error":
                failure = ET.SubElement(case, "failure", type=rule_id(finding), message=message(finding)[:500])
                failure.text = finding.claim
            elif finding.severity.value == "warning":
                ET.SubElement(case, "system-out").text = f"warning: {message(finding)}"
        total += len(findings)
        failures += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
