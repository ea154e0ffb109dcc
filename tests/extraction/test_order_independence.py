"""An article's extraction does not depend on what the same process extracted before it: no document's
entities, roles or events may leak into the next through a cache or a module-level table."""

from __future__ import annotations

from kg.extract import extract_doc
from kg.types import Document

FIRST = (
    "NAIROBI, May 20 - Kenya summoned Tanzania's envoy on Tuesday after Tanzanian police detained two Kenyan "
    "activists in Dar es Salaam. Foreign Affairs Principal Secretary Amina Yusuf said the ministry had asked "
    'for consular access. "This is unacceptable," she said. Tanzania said the two had broken its laws.'
)
SECOND = (
    "Foreign Minister Peter Mwakyusa said on Wednesday that the activists would be released. The minister, "
    "who met the Kenyan high commissioner in Dodoma, said relations between the two countries were strong. "
    "Ruto later apologised to Tanzania, and the two leaders agreed to reopen talks."
)


def _facts(nlp, text: str, publisher: str | None = None) -> list[tuple]:
    r = extract_doc(nlp(text), Document("text", text, published="2025-05-21", publisher=publisher))
    labels = {e.key: (e.label, e.type, e.country) for e in r.entities}
    return sorted(
        [("E", *v) for v in labels.values()]
        + [
            (
                e.category,
                tuple(labels[k][0] for k in e.sources),
                tuple(labels[k][0] for k in e.targets),
                e.trigger,
            )
            for e in r.events
        ]
    )


def test_second_article_alone_or_after_another(nlp):
    alone = _facts(nlp, SECOND, "Daily Nation")
    _facts(nlp, FIRST, "Daily Nation")
    after = _facts(nlp, SECOND, "Daily Nation")
    assert after == alone
    assert _facts(nlp, FIRST, "The Citizen") == _facts(nlp, FIRST, "The Citizen")
