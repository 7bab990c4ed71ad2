"""Read documents (plain text, Markdown, HTML) into located, self-contained sentences."""
from claims.document import find_documents, read_path, read_text
from claims.errors import InputError
from claims.models import Directive, Document, Kind, Sentence

__all__ = ["Directive", "Document", "InputError", "Kind", "Sentence", "find_documents", "read_path", "read_text"]
