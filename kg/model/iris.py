"""Stable IRIs minted from canonical identity (a QID or a normalized key), never from a raw mention.

Every IRI is valid whatever characters a name contains: keys are slugged to
``[a-z0-9-]`` after Unicode folding, non-Latin scripts are percent-encoded, and long
names are cut and suffixed with a hash so two different names never share an IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

__all__ = [
    "BASE",
    "ONTOLOGY",
    "ID",
    "slugify",
    "entity_key",
    "actor_iri",
    "doc_iri",
    "event_iri",
    "event_id",
    "ontology_term",
]

#: Root of everything we mint.
BASE = "https://w3id.org/geokg/"
#: The ontology namespace (see ``ontologies/kg.ttl``).
ONTOLOGY = BASE + "ontology#"
#: Namespace of minted resources.
ID = BASE + "id/"

_MAX_SLUG = 80
_QID = re.compile(r"^Q[1-9][0-9]*$")


def _digest(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def slugify(text: str) -> str:
    """A safe, readable IRI path segment for ``text``.

    Latin letters are folded to ASCII, anything else alphanumeric is kept and
    percent-encoded, the rest becomes ``-``. Empty or over-long results carry a hash.

    >>> slugify("Sergey Lavrov")
    'sergey-lavrov'
    >>> slugify("Évan O'Brien <script>")
    'evan-o-brien-script'
    >>> slugify("普京")
    '%E6%99%AE%E4%BA%AC'
    >>> slugify("!!!")
    'x-9a7b006d20'
    """
    folded = unicodedata.normalize("NFKD", text)
    out = []
    for ch in folded:
        if unicodedata.combining(ch):
            continue
        if ch.isascii():
            out.append(ch.lower() if ch.isalnum() else "-")
        elif ch.isalnum():
            out.append(ch.lower())
        else:
            out.append("-")
    slug = re.sub(r"-+", "-", "".join(out)).strip("-")
    slug = unicodedata.normalize("NFC", slug)
    if not slug:
        return "x-" + _digest(text)
    enc = quote(slug, safe="-")
    if len(enc) > _MAX_SLUG:
        enc = quote(slug[:40], safe="-").rstrip("-%") + "-" + _digest(text)
        enc = re.sub(r"%[0-9A-F]?$", "", enc)
    return enc


def entity_key(label: str, type_: str, wikidata: str | None = None) -> str:
    """Canonical key of an entity: its QID when known, else ``<type>:<slug of label>``.

    >>> entity_key("Russia", "Country", "Q159")
    'Q159'
    >>> entity_key("Sergey Lavrov", "Person")
    'person:sergey-lavrov'
    """
    if wikidata and _QID.match(wikidata):
        return wikidata
    return f"{type_.lower()}:{slugify(label)}"


def actor_iri(key: str) -> str:
    """IRI of the entity with canonical ``key``.

    >>> actor_iri("Q159")
    'https://w3id.org/geokg/id/actor/Q159'
    >>> actor_iri("person:sergey-lavrov")
    'https://w3id.org/geokg/id/actor/person/sergey-lavrov'
    """
    if _QID.match(key):
        return ID + "actor/" + key
    kind, _, rest = key.partition(":")
    if not rest:
        return ID + "actor/" + slugify(key)
    return ID + "actor/" + slugify(kind) + "/" + slugify(rest)


def doc_iri(doc_id: str) -> str:
    """IRI of a document; ends in the slug of its id (file stem or JSONL id).

    >>> doc_iri("000_a7052c9fcf0f658b")
    'https://w3id.org/geokg/id/doc/000_a7052c9fcf0f658b'
    """
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", doc_id).strip("-")
    if safe != doc_id or not safe or len(safe) > _MAX_SLUG:
        safe = (slugify(doc_id)[:40].rstrip("-%") + "-" + _digest(doc_id)).lstrip("-")
    return ID + "doc/" + safe


def event_id(doc_id: str, category: str, sources, targets, start: int, trigger: str | None) -> str:
    """Deterministic id of an assertion from what identifies it in its document.

    >>> event_id("d", "THREATEN", ["Q30"], ["Q159"], 10, "threatened")
    'bbd9cc5c809c537d'
    """
    raw = "|".join([doc_id, category, ",".join(sources), ",".join(targets), str(start), trigger or ""])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def event_iri(eid: str) -> str:
    """IRI of an assertion node.

    >>> event_iri("ab5bb9a4c0d4f7e1")
    'https://w3id.org/geokg/id/event/ab5bb9a4c0d4f7e1'
    """
    return ID + "event/" + eid


def ontology_term(local: str) -> str:
    """IRI of a term of our ontology.

    >>> ontology_term("threatens")
    'https://w3id.org/geokg/ontology#threatens'
    """
    return ONTOLOGY + local
