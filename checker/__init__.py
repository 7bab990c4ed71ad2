"""Judge claims against the source table and report the verdicts."""
from checker.engine import Checker, check_path, check_text
from checker.judging.matching import Evidence
from checker.models import COLUMNS, Finding, Report, Verdict
from checker.judging.thresholds import Thresholds

__all__ = ["COLUMNS", "Checker", "Evidence", "Finding", "Report", "Thresholds", "Verdict", "check_path", "check_text"]
