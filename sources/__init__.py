"""The curated table of clinical sources, reference claims and domains."""
from sources.models import Domain, DomainCategory, ReferenceClaim, Source, SourceType, Stance, Subject
from sources.table import DEFAULT_DIR, Problem, SourceTable, TableError, export_table, load_table

__all__ = [
    "DEFAULT_DIR", "Domain", "DomainCategory", "Problem", "ReferenceClaim", "Source", "SourceTable",
    "SourceType", "Stance", "Subject", "TableError", "export_table", "load_table",
]
