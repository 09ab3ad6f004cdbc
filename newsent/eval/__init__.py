"""Readers for the development and benchmark datasets (used by bench/, tests and training).

Not imported at run time by the pipeline.
"""
