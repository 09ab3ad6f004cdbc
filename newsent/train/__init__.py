"""Reproducible training of the bundled Stanza NER model (developer tool, not imported at run time)."""
