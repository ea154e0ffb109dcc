"""spaCy: load and cache the pipeline, with kg's own Doc -> Doc components added."""

from kg.nlp.loader import DEFAULT_MODEL, admit_length, load_pipeline

__all__ = ["DEFAULT_MODEL", "admit_length", "load_pipeline"]
