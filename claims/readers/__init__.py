"""Readers turn a file's text into blocks. One module per format."""
