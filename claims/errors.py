class InputError(Exception):
    """A document cannot be read. The message is one line, fit for stderr."""
