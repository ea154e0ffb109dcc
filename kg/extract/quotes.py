"""QUOTE records: who said what, to whom or where.

Quotation marks are paired by position (an opening mark follows a space or starts the text,
a closing mark follows a word), so straight, curly and mixed marks all work and a quote may
span several sentences. Short quoted phrases ("no limits", a scare quote of under five
words) are terms, not statements. The speaker is the subject of a speech verb next to the
quote ("..., X said", "said X", "X told Y: ...") or the object of "according to"; a quote
with no attribution of its own continues the previous quote of the same paragraph. The
addressee ("told reporters", "told the Wall Street Journal") goes into ``targets`` when it is
a linked actor; a stated venue ("in Saudi Arabia") becomes the event's location.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from kg.extract.common import doc_text, make_event, sentence
from kg.registry import extractors
from kg.resources import load_json
from kg.types import Document, Event, Evidence

__all__ = ["EXTRACTOR", "QuoteSpan", "find_quotes", "extract_quotes"]

EXTRACTOR = "kg.quotes.v1"
_OPEN_CURLY, _CLOSE_CURLY = "\u201c", "\u201d"
_MARKS = {'"', _OPEN_CURLY, _CLOSE_CURLY}
_MIN_WORDS = 6
_SPEAKER_TYPES = ("Person", "Organization", "Country", "IGO")
#: Verbs whose 'to' phrase names a platform or publication, not an addressee.
_PUBLISHING = frozenset({"post", "tweet", "write", "publish", "upload", "report"})


@dataclass
class QuoteSpan:
    """A quotation: character span of the quoted text (without marks) and its attribution."""

    start_char: int
    end_char: int
    text: str
    speaker: str | None = None
    verb: str | None = None
    targets: list[str] = field(default_factory=list)
    location: str | None = None
    attr_start: int = 0  # character span of the whole statement (quote + attribution)
    attr_end: int = 0


def _pair_marks(text: str) -> list[tuple[int, int]]:
    """Outermost (open, close) mark positions. An unclosed quotation ends at its paragraph,
    unless the next paragraph opens with a quotation mark (the convention for a quote that runs
    over several paragraphs).

    >>> t = 'He said: "One two three four five six.' + "\\n\\n" + '"Seven eight nine ten." Then: "a b"'
    >>> [t[o + 1 : c][:9] for o, c in _pair_marks(t)]
    ['One two t', 'a b']
    """
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    n = len(text)
    skip = -1
    for i, ch in enumerate(text):
        if ch == "\n" and stack and text.startswith("\n\n", i):
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in (_OPEN_CURLY, '"'):
                skip = j  # the quotation continues in the next paragraph
            else:
                stack.clear()
            continue
        if ch not in _MARKS or i == skip:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == _OPEN_CURLY:
            is_open = True
        elif ch == _CLOSE_CURLY:
            is_open = False
        else:
            is_open = (prev.isspace() or prev in "([{\u2014-") and not nxt.isspace()
            if not is_open and not stack and not (prev.isspace()):
                continue
        if is_open:
            stack.append(i)
        elif stack:
            o = stack.pop()
            if not stack:
                spans.append((o, i))
    return spans


def _speech_verbs() -> set[str]:
    return set(load_json("cues.json")["speech_verbs"]) | set(load_json("quotes.json")["attribution_verbs"])


def _actors(tok: Token, index: Any) -> list[str]:
    from kg.extract.events import _Ctx, actors_of  # late: events imports this module

    ctx = _Ctx.__new__(_Ctx)
    ctx.index, ctx.quotes, ctx.doc = index, [], tok.doc
    return actors_of(tok, ctx)


def _etype(index: Any, key: str) -> str | None:
    try:
        return index.entity(key).type
    except KeyError:
        return None


def _tok_at(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char`` (or the next one after whitespace); binary search
    over token end offsets computed once per document."""
    ends = doc.user_data.get("kg_token_ends")
    if ends is None or len(ends) != len(doc):
        ends = [t.idx + len(t.text) for t in doc]
        doc.user_data["kg_token_ends"] = ends
    i = bisect.bisect_right(ends, char)
    return doc[i] if i < len(doc) else None


def _attribution(doc: Doc, start: int, end: int, index: Any) -> tuple[Token | None, list[str]]:
    """The speech verb attributing the quote at chars [start, end) and its speaker keys."""
    verbs = _speech_verbs()
    cands: list[tuple[int, Token]] = []
    first = _tok_at(doc, start)
    last = _tok_at(doc, max(start, end - 1))
    sents = []
    if first is not None:
        sents.append(sentence(first))
        k = first.i - 1
        while k >= 0 and (doc[k].is_space or doc[k].text in _MARKS):
            k -= 1
        if k >= 0 and doc[k].text == ":" and sentence(doc[k]) != sentence(first):
            sents.append(sentence(doc[k]))  # 'the Prime Minister said:' closing the paragraph before
    if last is not None and (not sents or sentence(last) != sents[0]):
        sents.append(sentence(last))
    if last is not None:  # the sentence after the closing mark ("... ." X said.)
        nxt = last.i + 1
        while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].is_space):
            nxt += 1
        gap = doc_text(doc)[end : doc[nxt].idx] if nxt < len(doc) else ""
        if nxt < len(doc) and sentence(doc[nxt]) not in sents and len(gap) < 4 and "\n" not in gap:
            sents.append(sentence(doc[nxt]))
    own = set(sents[:2]) - ({sents[2]} if len(sents) > 2 else set())
    for s in sents:
        # a verb in the quote's own sentence beats one in the sentence after the closing mark
        penalty = 0 if s in own else 100
        for t in s:
            if start <= t.idx < end:
                continue
            if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX"):
                dist = min(abs(t.idx - start), abs(t.idx - end))
                cands.append((dist + penalty, t))
            elif t.lower_ == "according" and t.nbor(1).lower_ == "to" if t.i + 1 < len(doc) else False:
                dist = min(abs(t.idx - start), abs(t.idx - end))
                cands.append((dist + 50 + penalty, t))
    # a verb whose phrase holds the quote ('called the strikes "..."') before a nearer one that does not
    for _, v in sorted(cands, key=lambda x: (not _governs(x[1], doc, start, end), x[0])):
        if v.lower_ == "according":
            objs = [p for p in v.nbor(1).children if p.dep_ == "pobj"]
            keys = [k for p in objs for k in _actors(p, index)]
            if keys:
                return v, keys
            continue
        keys = _subject_speakers(v, index)
        if keys:
            return v, keys
    return None, []


_PRONOUNS = frozenset({"he", "she"})


def _subject_speakers(v: Token, index: Any) -> list[str]:
    """Speaker keys of speech verb ``v``: its subject, or for a subjectless coordinated or
    participial verb ('condemned ... and called on X to "..."', 'rejected ..., calling it "..."')
    the subject of the verb it hangs on; an apposition names the speaker when the subject is a
    title ('whose High Representative, Kaja Kallas, called ...'). 'he'/'she' stay unresolved here
    (see :func:`_pronoun_speaker`)."""
    subj = _borrowed_subjects(v)
    if any(c.lower_ in _PRONOUNS for c in subj):
        return []
    keys = [k for c in subj for k in _actors(c, index) if _etype(index, k) in _SPEAKER_TYPES]
    if not keys:
        appos = [a for c in subj for a in c.children if a.dep_ == "appos"]
        keys = [k for a in appos for k in _actors(a, index) if _etype(index, k) in _SPEAKER_TYPES]
    return keys


def _borrowed_subjects(v: Token) -> list[Token]:
    """The subjects of ``v``, or of the verb a subjectless coordinated or participial ``v`` hangs on."""
    t = v
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or t.dep_ not in ("conj", "advcl", "xcomp") or t.head.i == t.i:
            return subj
        t = t.head
    return []


def _pronoun_verb(v: Token) -> bool:
    return any(c.lower_ in _PRONOUNS for c in _borrowed_subjects(v))


def _pronoun_speaker(v: Token, index: Any) -> str | None:
    """The person 'he'/'she' points to: the last person who is the subject of a sentence before
    ``v`` (this paragraph or the one before), as in 'Kim Yo-jong ... has slammed the drills. In a
    statement ..., she called the exercises "..."'."""
    doc = v.doc
    sent = sentence(v)
    breaks = 0
    i = sent.start - 1
    named = None  # else the person named last before, in any role ('according to X, a researcher')
    while i >= 0 and breaks < 2:
        s = sentence(doc[i])
        if "\n\n" in s.text:
            breaks += 1
        best = None
        # 'He said the president is ...': a sentence whose own subject is 'he'/'she' continues that
        # person; the people it reports on are no candidates
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PRONOUNS for c in s.root.children):
            i = s.start - 1
            continue
        for t in s:
            m = index.at_token(t.i)
            if m is None or _etype(index, m.key) != "Person":
                continue
            if (named is None or named[0] < t.i) and doc[m.start].pos_ == "PROPN":
                named = (t.i, m.key)  # a name, not 'the president'
            h = t
            while h.dep_ in ("compound", "appos", "flat") and h.head.i != h.i:
                h = h.head
            if h.dep_ in ("nsubj", "nsubjpass"):
                best = m.key
        if best:
            return best
        i = s.start - 1
    return named[1] if named else None


def _is_name(inner: str) -> bool:
    """A quoted name or label ('Joint Sword-2024B', 'Operation Sindoor'): every word capitalized."""
    words = [w for w in inner.replace("-", " ").split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and len(words) < 4


def _governs(verb: Token | None, doc: Doc, start: int, end: int) -> bool:
    """Whether a partial quote is the speech verb's own words: the verb sits in the quote's sentence
    and the quoted words hang below it ('called the strikes "a heinous act of war"', 'said the
    world "cannot afford ..."', 'accused X of "warmongering"'), or the quote ends its sentence
    just before the attribution ('"..." X said')."""
    if verb is None or verb.lower_ == "according":
        return (
            verb is not None
            and _tok_at(doc, start) is not None
            and sentence(_tok_at(doc, start)) == sentence(verb)
        )
    first = _tok_at(doc, start)
    if first is None or sentence(first) != sentence(verb):
        return False
    return verb.left_edge.idx <= first.idx and first.i <= verb.right_edge.i


def _modifier_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words only modify a noun outside the marks: a scare-quoted adjective or
    compound ('a "time-tested" friendship', 'a "historic" step'), never a statement."""
    first = _tok_at(doc, start)
    if first is None:
        return False
    inside = []
    for t in doc[first.i :]:
        if t.idx >= end:
            break
        if not t.is_punct:
            inside.append(t)
    if not inside:
        return False
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    return all(
        t.dep_ in ("amod", "compound", "nmod", "advmod", "npadvmod") and t.head.pos_ in ("NOUN", "PROPN")
        for t in tops
    )


def _pronoun_verb_near(doc: Doc, start: int, end: int) -> Token | None:
    """The nearest speech verb of the quote's sentence whose subject is 'he'/'she'."""
    first = _tok_at(doc, start)
    if first is None:
        return None
    verbs = _speech_verbs()
    cands = [
        t
        for t in sentence(first)
        if not (start <= t.idx < end)
        and t.lemma_.lower() in verbs
        and t.pos_ in ("VERB", "AUX")
        and _pronoun_verb(t)
    ]
    return min(cands, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)


def _pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children)


def find_quotes(doc: Doc, index: Any) -> list[QuoteSpan]:
    """Quotations in ``doc`` with speaker, addressees and venue (see module docstring); computed
    once per document and index (the events extractor and this one share it)."""
    for d, i, quotes in _CACHE:
        if d is doc and i is index:
            return quotes
    quotes = _find_quotes(doc, index)
    _CACHE.append((doc, index, quotes))
    del _CACHE[:-2]  # the last two documents: identity-checked, nothing stored on the Doc
    return quotes


_CACHE: list[tuple[Doc, Any, list[QuoteSpan]]] = []


def _find_quotes(doc: Doc, index: Any) -> list[QuoteSpan]:
    text = doc_text(doc)
    out: list[QuoteSpan] = []
    prev: QuoteSpan | None = None
    for o, c in _pair_marks(text):
        inner = text[o + 1 : c].strip()
        if not inner:
            continue
        short = len(inner.split()) < _MIN_WORDS
        if short and _is_name(inner):
            continue
        q = QuoteSpan(o + 1, c, inner, attr_start=o, attr_end=c + 1)
        verb, keys = _attribution(doc, o + 1, c, index)
        if not keys or (verb is not None and _pronoun_verb(verb)):
            pv = _pronoun_verb_near(doc, o + 1, c)
            if pv is not None:
                same_par = prev is not None and "\n\n" not in text[prev.end_char : o]
                if same_par and prev.speaker and _etype(index, prev.speaker) == "Person":
                    keys, verb = [prev.speaker], pv  # '"...," he concluded': the person quoted just before
                else:
                    who = _pronoun_speaker(pv, index)
                    if who:
                        keys, verb = [who], pv
        if short and (_modifier_only(doc, o + 1, c) or not _governs(verb, doc, o + 1, c)):
            continue  # a term or scare quote, not a statement
        if keys:
            q.speaker = keys[0]
            q.verb = verb.lemma_ if verb is not None else None
            if verb is not None and verb.lower_ != "according":
                for ch in verb.children:
                    if ch.dep_ in ("dobj", "dative", "obj"):
                        q.targets += [k for k in _actors(ch, index) if k != q.speaker]
                    if ch.dep_ == "prep" and ch.lower_ == "to" and verb.lemma_.lower() not in _PUBLISHING:
                        # "said to reporters", but not "posted to Truth Social" (a platform)
                        q.targets += [k for p in ch.children for k in _actors(p, index) if k != q.speaker]
                for t in verb.subtree:
                    if (
                        t.dep_ == "pobj"
                        and t.head.lower_ in ("in", "at")
                        and t.head.head in (verb, *verb.children)
                    ):
                        m = index.at_token(t.i)
                        if m is not None and _etype(index, m.key) in ("Country", "Location"):
                            q.location = m.key
                            break
                s = min(sentence(verb).start_char, o)
                e = max(sentence(verb).end_char, c + 1)
                q.attr_start, q.attr_end = s, e
        elif prev is not None and prev.speaker and "\n" not in text[prev.end_char : o]:
            q.speaker, q.targets, q.location = prev.speaker, list(prev.targets), prev.location
        out.append(q)
        prev = q
    return out


@extractors("kg.quotes.v1")
def extract_quotes(doc: Doc, index: Any, *, document: Document) -> list[Event]:
    """One QUOTE event per attributed quotation: source = speaker, targets = addressees,
    ``quote`` = the quoted text, evidence = the sentences of quote and attribution.

    >>> from kg.nlp import load_pipeline
    >>> from kg.extract import extract_text
    >>> r = extract_text('"We will never give up our land to anyone," Zelensky told reporters.', load_pipeline())
    >>> [(e.category, e.quote) for e in r.events if e.extractor == EXTRACTOR]
    [('QUOTE', 'We will never give up our land to anyone,')]
    """
    out = []
    text = document.text
    for q in find_quotes(doc, index):
        if not q.speaker:
            continue
        s, e = q.attr_start, q.attr_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        ev = Evidence(doc_id=document.id, text=text[s:e], start=s, end=e)
        out.append(
            make_event(
                document,
                "QUOTE",
                [q.speaker],
                list(dict.fromkeys(q.targets)),
                evidence=ev,
                trigger=q.verb,
                trigger_start=q.start_char,
                confidence=0.8,
                extractor=EXTRACTOR,
                location=q.location,
                quote=q.text,
            )
        )
    return out
