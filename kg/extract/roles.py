"""ROLE relations: a person holds a title in an organization or a state.

Patterns (titles from ``kg/data/titles.json``; targets are linked mentions):

- pre-name titles: "Russian Foreign Minister Sergey Lavrov", "Kremlin spokesman Dmitry
  Peskov", "Israel's Prime Minister Benjamin Netanyahu", "former Fox News host Tucker
  Carlson", "President of Kenya William Ruto"; with modifiers ("Vice Foreign Minister"), an
  honorific before the name ("Foreign Minister Sheikh X", "Prime Minister Dato' Seri X"), a
  lower-case portfolio ("EU foreign affairs spokeswoman X"), a capitalized one after the
  title ("Minister for Trade and Industry X") or a coordinated title ("Vice President and
  Oil Minister X"), an organization's abbreviation in parentheses ("Nationalist Movement
  Party (MHP) leader X") or a possessive that refers back ("its editor-in-chief X", "the
  agency's executive director X": the organization named before);
- plural titles with lists: "the foreign ministers of France, Germany and Britain, A, B and
  C" (respectively), "defence ministers A and B of X and Y", "the French and German foreign
  ministers, A and B";
- appositions after the name: "Rebecca Grant, national security analyst and Vice President
  of the Lexington Institute", "X, a former State Department official and fellow at the
  Carnegie Endowment"; and copulas: "X is the head of Y";
- appositions before the name: "the president of Kenya, William Ruto,";
- a state office with no state in the text ("President Zelensky", "Secretary of State
  Marco Rubio") takes the person's state from the gazetteer or from elsewhere in the text
  (a clause subject, the dateline, and for a cabinet title the article's dominant state;
  never for the other party of a meeting: "Wang Yi met Defence Minister X").

:func:`find_roles` runs inside :func:`kg.extract.entities.link_entities` (it sets people's
states); :func:`extract_roles` turns its facts into :class:`kg.types.Event` records.

>>> from kg.nlp import load_pipeline
>>> from kg.extract.entities import link_entities
>>> from kg.types import Document
>>> d = Document("d", "Kenyan President William Ruto met Jane Doe, a senior fellow at Chatham House.")
>>> doc = load_pipeline()(d.text)
>>> [(e.sources[0], e.role, e.targets[0]) for e in extract_roles(doc, link_entities(doc), document=d)]
[('person:william-ruto', 'President', 'Q114'), ('person:jane-doe', 'senior fellow', 'organization:chatham-house')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.extract.common import doc_text, lower_words, make_event, sentence, sentence_evidence
from kg.extract.entities import publisher_state
from kg.gazetteer import place_state
from kg.nlp.components import titles
from kg.registry import extractors
from kg.types import Document, Event

if TYPE_CHECKING:
    from kg.extract.entities import EntityIndex, LinkedMention, RoleFact

__all__ = ["find_roles", "extract_roles", "EXTRACTOR"]

EXTRACTOR = "kg.roles.v1"
_TARGET_TYPES = ("Country", "Organization", "IGO")
_TARGET_PREPS = {"of", "at", "for", "with", "in", "to", "from"}
#: words of diplomatic titles whose "to/for <state>" names the receiving state
_ENVOY_WORDS = {"envoy", "ambassador", "consul", "representative", "emissary", "charge"}
#: words of the envoy a summons is addressed to ("high commissioner", "diplomat" as well)
_SUMMONED_ENVOY_WORDS = _ENVOY_WORDS | {"commissioner", "diplomat"}
_COPULAS = {"is", "was", "serves", "served", "became", "becomes", "remains"}
_STOP = {",", ";", ":", "(", ")", "—", "–", "--", '"', "“", "”", "who", "which", "that", "whose"}


def _modifiers_text(mods: list[str], title: str, tt) -> str:
    kept = [m for m in mods if m not in tt.drop_modifiers]
    return " ".join([*kept, title]).strip()


def _counterpart(
    doc: Doc, m: LinkedMention, index: EntityIndex, words: list[str], pending: list[tuple[int, str]]
):
    """ "his Chinese counterpart Wang Yi": the title of the sentence's earlier role, the stated state
    ("his Turkish, Syrian and Iranian counterparts, A, B and C" is a plural title: _plural_roles)."""
    j = m.start
    if j >= 3 and words[j - 1] in (",", "—", "–") and words[j - 2] in ("counterpart", "counterparts"):
        j -= 1  # "his Philippine counterpart, Theresa Lazaro"
    if j < 2 or words[j - 1] not in ("counterpart", "counterparts"):
        return None
    target = index.at_token(j - 2)
    if target is None or target.type != "Country":
        return None
    if words[j - 1] == "counterparts" and target.start >= 1 and words[target.start - 1] in _LIST_SEPS:
        return None  # a list of states before a plural title
    sent_start = sentence(doc[j]).start
    earlier = [f for f in pending if sent_start <= f[0] < j]
    if not earlier:
        return None
    return earlier[-1][1], "state", target, j - 1, j


def _sender_of_envoy(index: EntityIndex, words: list[str], target, t_start: int, t_end: int):
    """ "Venezuela's UN ambassador", "Russia's deputy UN envoy": an envoy to an IGO named right
    before the title works for the state whose possessive precedes the IGO, not for the IGO."""
    if target is None or target.type != "IGO" or target.start < 2:
        return target
    if not any(w in _ENVOY_WORDS for w in words[t_start:t_end]):
        return target
    k = target.start - 1
    while k > 0 and words[k] in titles().modifiers:
        k -= 1  # "Russia's deputy UN envoy"
    if k < 1 or words[k] not in ("'s", "’s"):
        return target
    owner = index.at_token(k - 1)
    return owner if owner is not None and owner.type == "Country" else target


def _counterpart_after(
    doc: Doc, k: int, index: EntityIndex, words: list[str], pending: list[tuple[int, str]]
):
    """ "..., met Shavkat Mirziyoyev, his Uzbek counterpart.": the title of the sentence's
    earlier state role, in the state the apposition names."""
    if k + 3 >= len(doc) or words[k] != "," or words[k + 1] not in ("his", "her", "their"):
        return None
    target = index.at_token(k + 2)
    if target is None or target.type != "Country" or target.start != k + 2:
        return None
    # the linker may read "Uzbek counterpart" as one mention of the state
    c = target.end - 1 if words[target.end - 1] in ("counterpart", "counterparts") else target.end
    if c >= len(doc) or words[c] not in ("counterpart", "counterparts"):
        return None
    nxt = c + 1 + (c + 1 < len(doc) and words[c + 1] in (",", "—", "–"))
    if (p := index.at_token(nxt)) is not None and p.type == "Person" and p.start == nxt:
        return None  # "X, his Somali counterpart Y": the phrase is Y's title, not X's apposition
    sent_start = sentence(doc[k]).start
    earlier = [f for f in pending if sent_start <= f[0] < k]
    if not earlier:
        return None
    return earlier[-1][1], "state", target, c, c + 1


def _pre_name(
    doc: Doc, m: LinkedMention, index: EntityIndex, words: list[str], tt, pending: list[tuple[int, str]]
):
    """Title (and its organization or state) right before the name."""
    from kg.extract.entities import _rules, _short_org

    organ_words = _rules().organ_words
    j = m.start
    # "President of Kenya William Ruto": title + of + target + name
    via_of = None
    prev = index.at_token(j - 1)
    hj = _skip_honorifics(words, j, tt, ranks=False) if prev is None else j
    if hj < j and (p := index.at_token(hj - 1)) is not None and p.type in _TARGET_TYPES:
        # "the Emir of the State of Qatar Sheikh Tamim": an honorific between the state and the name
        prev, j = p, hj
    # "President of the Kyrgyz Republic Sadyr Japarov": "the" between the preposition and the name
    lead = prev.start - 1 if prev is not None else 0
    if lead >= 2 and words[lead] == "the":
        lead -= 1
    if prev is not None and lead >= 2 and words[lead] in ("'s", "’s", "'", "’"):
        # "Secretary of Moldova's Supreme Security Council X": a body the possessive's owner has
        owner = index.at_token(lead - 1)
        if owner is not None and owner.type in _TARGET_TYPES and owner.start >= 2:
            o_lead = owner.start - 1 - (words[owner.start - 1] == "the")
            if words[o_lead] == "of" and tt.match_ending(words, o_lead):
                lead = o_lead
                prev = _state_body(index, words, prev)
    if (
        prev is not None
        and prev.type in _TARGET_TYPES
        and lead >= 1
        and words[lead] in ("of", "at", "to", "for")
    ):
        n = tt.match_ending(words, lead)
        if n:
            # "Ambassador to Israel Mike Huckabee", "UN special envoy for Syria X": the host
            # state is not the employer
            via_of = prev if words[lead] not in ("to", "for") else None
            j = lead
    h = _skip_honorifics(words, j, tt, ranks=False)
    if h < j and not tt.match_ending(words, h) and tt.match_ending(words, j) > j - h:
        h = j  # "Saudi Crown Prince X": a title that ends in an honorific word is the title
    j = h
    # "army chief Gen. Asim Munir": a rank between an office and the name is skipped;
    # "Guyana's army chief, Brig. Omar Khan": the office is an apposition before the name
    r = _skip_honorifics(words, j, tt, ranks=True)
    if r < j and tt.match_ending(words, j) > j - r:
        r = j  # "the IAEA's Director General X": a title that ends in a rank word is the title
    if r < j:
        if tt.match_ending(words, r) and not tt.match_rank(words, r - tt.match_ending(words, r)):
            j = r
        elif r > 0 and words[r - 1] in (",", "—", "–"):
            return None
    portfolio_end = j
    if not tt.match_ending(words, j):
        j = _portfolio_after(doc, words, j, index, tt)  # "Minister for Trade and Industry X"
    n = tt.match_ending(words, j)
    if not n:
        return _counterpart(doc, m, index, words, pending)
    t_start, t_end = j - n, j
    title = doc[t_start:portfolio_end].text if portfolio_end > j else doc[t_start:t_end].text
    level = tt.level[tuple(words[t_start:t_end])]
    # "Col. Gen. X": the abbreviations before the name make one rank, named in full
    r = _skip_honorifics(words, t_end, tt, ranks=True)
    if r <= t_start and all(
        tuple(words[i : i + 1]) in tt.ranks or words[i].endswith(".") for i in range(r, t_end)
    ):
        t_start = r
        abbr = tuple(words[t_start:t_end])
        title = tt.rank_names.get(abbr) or " ".join(
            tt.rank_names.get((w,), doc[t_start + k].text) for k, w in enumerate(abbr)
        )
    target = via_of
    mods: list[str] = []
    metonym = None
    cap_portfolio = None  # start of a capitalized portfolio the model read as an organization
    inner: set[int] = set()  # tokens of an office before "'s" ("the UN Secretary-General's")
    # "EU foreign affairs spokeswoman", "UN human rights spokesperson": a lower-case portfolio
    # between the organization (or state) and a title that takes one
    portfolio = _portfolio_start(doc, t_start, t_end, words, tt, index)
    inner.update(range(portfolio, t_start))
    pos = portfolio - 1
    if tuple(words[t_start:t_end]) in tt.subnational and pos >= 0 and index.at_token(pos) is None:
        _link_place_before(doc, index, pos)  # "Ontario Premier" the NER left out
    while pos >= 0:
        tok = doc[pos]
        w = words[pos]
        if w in tt.modifiers:
            mods.insert(0, w)
            pos -= 1
            continue
        if w == "-" and pos > 0 and words[pos - 1] in tt.modifiers:
            pos -= 1
            continue
        if w in ("and", "&") and target is None and (n2 := tt.match_ending(words, pos)):
            # "Venezuela's Vice President and Oil Minister X": coordinated titles of one person
            inner.update(range(pos - n2, pos + 1))
            pos -= n2 + 1
            continue
        if tok.tag_ == "POS" or (
            target is None and (w,) in organ_words and index.at_token(pos - 1) is not None
        ):
            pos -= 1  # "Israel's", "AU Commission chairperson"
            continue
        if w == ")" and target is None:
            # "Nationalist Movement Party (MHP) leader X": the organization's abbreviation in
            # parentheses after its name
            op = next((i for i in range(pos - 1, max(pos - 4, 0), -1) if words[i] == "("), None)
            inside = index.at_token(op + 1) if op is not None else None
            outside = index.at_token(op - 1) if op is not None and op > 0 else None
            if (
                inside is not None
                and outside is not None
                and (
                    inside.key == outside.key
                    # "Kuomintang (KMT) Chairman X": an acronym in parentheses right after a
                    # name is that name's, even when the linker kept the two apart
                    or (
                        inside.end == pos
                        and inside.text.isupper()
                        and inside.type == outside.type
                        and outside.end == op
                    )
                )
            ):
                inner.update(range(op, pos + 1))
                pos = op - 1
                continue
        lm = index.at_token(pos)
        if lm is None and target is None and pos == portfolio - 1 and doc[pos].is_title:
            # "Forum secretary general X" after "the Pacific Islands Forum": the organization
            # named earlier whose name ends in (or whose head is) the word before the title
            short = _short_org(doc, pos, pos + 1, index)
            lm = replace(short, start=pos, end=pos + 1, text=doc[pos].text) if short is not None else None
        if (
            lm is not None
            and target is None
            and lm.type == "Location"
            and lm.end == portfolio
            and lm.start >= 2
            and doc[lm.start - 1].tag_ == "POS"
        ):
            # "Russia's Middle East envoy X", "Amnesty International's Asia director Y": a region
            # between an owner's possessive and the title is the office's field, not its employer
            portfolio = lm.start
            inner.update(range(lm.start, lm.end))
            pos = lm.start - 1
            continue
        if lm is None and target is None and pos + 1 < t_start and doc[pos + 1].tag_ == "POS":
            n2 = tt.match_ending(words, pos + 1)
            if n2:
                inner.update(range(pos - n2 + 1, pos + 1))
                pos -= n2  # "the UN Secretary-General's spokesman": the office's organization
                continue
        if (
            lm is not None
            and target is None
            and lm.type == "Location"
            and lm.end == t_start
            and tuple(words[t_start:t_end]) in tt.subnational
        ):
            target = lm  # "Ontario Premier Doug Ford": the province's office
            pos = lm.start - 1
            continue
        if (
            lm is not None
            and target is None
            and lm.type == "Organization"
            and lm.end == portfolio
            and (
                words[t_end - 1] in ("minister", "secretary")
                # "Migration Commissioner X": a portfolio that names the title's organization
                or tuple(words[lm.start : lm.end])
                in tt.implied_org_titles.get(words[t_end - 1], {}).get("portfolios", ())
            )
            and index.gazetteer.get(lm.key) is None
            and (
                lm.start == 0
                or doc[lm.start - 1].tag_ == "POS"
                or getattr(index.at_token(lm.start - 1), "type", "") == "Country"
                # "After the talks, International Relations Minister X said": no state before
                or (index.at_token(lm.start - 1) is None and not doc[lm.start - 1].is_title)
            )
            and words[lm.end - 1] not in tt.portfolio_org_heads
        ):
            # "South Africa's International Relations Minister X", "Home Affairs Minister Y": a
            # capitalized portfolio the model read as an organization, not the employer (a
            # name ending in an organization's head noun is one: "Party Secretary")
            portfolio = cap_portfolio = lm.start
            inner.update(range(lm.start, lm.end))
            pos = lm.start - 1
            continue
        if lm is not None and target is None and lm.type in _TARGET_TYPES:
            if _nationality_only(lm, words, t_end, tt):
                break  # "Tajik analyst X": a nationality
            if _generic_organ(index, words, lm):
                break  # "Foreign Office spokesperson X" in a Pakistani report: the context's organ
            target = lm
            if lm.via == "metonym":
                metonym = lm.text
            pos = lm.start - 1
            continue
        break
    if target is not None and target.end not in range(t_start - 2, t_start + 1) and via_of is None:
        # the mention must touch the title (possibly through "'s" or a modifier)
        gap = [words[i] for i in range(target.end, t_start) if i not in inner]
        if any(g not in tt.modifiers and g not in ("'s", "’s", "'", "-") for g in gap):
            target = None
    target = _state_body(index, words, _sender_of_envoy(index, words, target, t_start, t_end))
    if target is not None and target.type == "Organization" and target.end > t_start:
        # "U.S. House Speaker X", "US Treasury Secretary Y": the model's organization is the state
        # and the title's own first word; the title names the body, the office is the state's
        state = index.country_of(target.key)
        if state and target.start < t_start:
            _keep(index, state)
            target = state
    if target is None and m.end + 1 < len(doc) and words[m.end] == "of":
        after = index.at_token(m.end + 1) or (
            index.at_token(m.end + 2) if words[m.end + 1] == "the" and m.end + 2 < len(doc) else None
        )
        if after is not None and after.type in _TARGET_TYPES:
            target = after  # "President Jane Roe of Ghana"
    if (target is not None or cap_portfolio is not None) and portfolio < t_start:
        title = f"{doc[portfolio:t_start].text} {title}"
    role = _modifiers_text(mods, title, tt)
    if metonym and target is not None:
        role = _modifiers_text(mods, f"{metonym.removeprefix('the ').removeprefix('The ')} {title}", tt)
    return role, level, target, t_start, t_end


def _generic_organ(index: EntityIndex, words: list[str], lm) -> bool:
    """Whether ``lm`` is a known state body named only by a generic organ name that other states'
    bodies share ("the Foreign Office", a gazetteer alias of Britain's, is also Pakistan's and
    Germany's; ``descriptions`` in entity_fixes.json) in a text that names the body's state
    nowhere else: a title before it is an office of the state the context gives, as the
    description rule reads "the Foreign Office said" (entities._foreign_organ)."""
    from kg.extract.entities import _rules

    r = index._records.get(lm.key)
    if r is None or r.type != "Organization" or not r.country:
        return False
    name = tuple(w for w in words[lm.start : lm.end] if w != "the")
    if _rules().desc_state.get(name) is None:
        return False
    return not any(m.key == r.country for m in index.mentions if m is not lm)


def _named_party(doc: Doc, index: EntityIndex, words: list[str], t_start: int):
    """The party a title's first word "party" refers back to ("Party leader X", "party chief Y"):
    the latest organization whose name ends in that word, in the title's or the two previous
    sentences; None when there is none or the word is part of a name."""
    if index.at_token(t_start) is not None:
        return None
    sent = sentence(doc[t_start])
    start = sent.start
    for _ in range(2):
        if start <= 0:
            break
        start = sentence(doc[start - 1]).start
    noun = words[t_start]
    for m in reversed(index.in_span((start, t_start))):
        if m.type == "Organization" and words[m.end - 1] == noun:
            return m
    return None


def _possessor(index: EntityIndex, words: list[str], t_start: int, tt):
    """The person whose "'s" comes right before a title at ``t_start`` (past modifiers)."""
    k = t_start - 1
    doc = index.doc
    while k >= 0 and (
        words[k] in tt.modifiers
        or (t_start - k <= 5 and doc[k].is_lower and (doc[k].is_alpha or words[k] == "-"))
    ):
        k -= 1  # "Trudeau's national security and intelligence adviser": past the portfolio
    if k < 1 or words[k] not in ("'s", "’s"):
        return None
    owner = index.at_token(k - 1)
    return owner if owner is not None and owner.type == "Person" and owner.end == k else None


def _served(index: EntityIndex, owner, pre_targets: dict):
    """The organization or state that ``owner`` (a person mention) holds a title in before
    its name, else the owner's state from the gazetteer (a key), else None."""
    if owner is None:
        return None
    served = pre_targets.get(owner.end, (None,))[0]
    if served is None:
        known = index.gazetteer.get(owner.key)
        served = known.country if known is not None and known.country else None
        if served is not None:
            _keep(index, served)
    return served


def _keep(index: EntityIndex, key: str, type_: str = "Country") -> None:
    """Record the gazetteer entity ``key`` (a state unless told) as one of the document's, kept in
    the output however few mentions it has."""
    if not index.keep(key):  # not in the gazetteer: a bare record of the type given
        index._record(key, None, "", type_)
        index._keep.add(key)


def _holder_state(index: EntityIndex, p: LinkedMention):
    """The state of the person mention ``p`` (gazetteer, or a state the text gave them so far)
    as a mention-like target over ``p``'s tokens; None when unknown."""
    from kg.extract.entities import LinkedMention

    known = index.gazetteer.get(p.key)
    state = (known.country if known is not None else None) or index.country_of(p.key)
    if not state:
        return None
    # only a holder of a state office ("President X"; the gazetteer's current office), not
    # any person of the state ("a spokesman for opposition leader X")
    tt = titles()
    words = lower_words(index.doc)

    def titled(m) -> bool:
        n = tt.match_ending(words, m.start)
        return bool(n) and tt.level.get(tuple(words[m.start - n : m.start])) == "state"

    # "President X" here, or earlier in the text ("Madagascar's President Andry Rajoelina ...
    # Rajoelina sacked his government and named Y as prime minister")
    office = titled(p) or any(m.key == p.key and m.start < p.start and titled(m) for m in index.mentions)
    if not office and not any(
        cur and target == state for _t, target, cur in (getattr(known, "roles", None) or ())
    ):
        return None
    _keep(index, state)
    return LinkedMention(
        p.start, p.end, p.start_char, p.end_char, p.text, state, "Country", "holder", "PERSON"
    )


def _portfolio_after(doc: Doc, words: list[str], j: int, index: EntityIndex, tt) -> int:
    """The "for"/"of" that starts a capitalized portfolio after a title and before the name at
    ``j`` ("Cabinet Secretary for Foreign Affairs X", "Minister for Trade and Industry X");
    ``j`` when there is none."""
    k = j
    while k > 0 and j - k < 5 and index.at_token(k - 1) is None:
        tok = doc[k - 1]
        name_word = tok.is_alpha and tok.is_title and words[k - 1] not in ("for", "of")
        inner_and = words[k - 1] in ("and", "&") and k < j and k >= 2 and doc[k - 2].is_title
        if not (name_word or inner_and):
            break
        k -= 1
    if (
        k < j
        and doc[k].is_title
        and k > 0
        and words[k - 1] in ("for", "of")
        and tt.match_ending(words, k - 1)
    ):
        return k - 1
    return j


def _portfolio_start(doc: Doc, t_start: int, t_end: int, words: list[str], tt, index=None) -> int:
    """Start of up to three lower-case words of a portfolio that modify a title taking one
    ("foreign affairs" in "EU foreign affairs spokeswoman"), or of up to three capitalized ones
    right after an IGO or state ("EU Home Affairs Commissioner", "EU Trade Commissioner");
    ``t_start`` when there are none."""
    if tuple(words[t_start:t_end]) not in tt.portfolio:
        return t_start
    if index is not None and t_start > 0 and index.at_token(t_start - 1) is None:
        k = t_start
        while k > 0 and t_start - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha:
            if index.at_token(k - 1) is not None or words[k - 1] in tt.modifiers:
                break
            k -= 1
        owner = index.at_token(k - 1) if k > 0 else None
        if k < t_start and owner is not None and owner.type in ("IGO", "Country") and owner.end == k:
            return k
    k = t_start
    while k > 0 and t_start - k < 5:
        tok = doc[k - 1]
        if tok.lower_ == "and" and k < t_start and k >= 2 and doc[k - 2].is_lower and doc[k - 2].is_alpha:
            k -= 1  # "national security and intelligence adviser"
            continue
        if not (
            tok.is_lower
            and tok.is_alpha
            and tok.pos_ in ("NOUN", "ADJ", "PROPN")
            and (k - 1 < tok.head.i < t_end or (k < t_start and doc[k].lower_ == "and"))
            and tok.lower_ not in tt.modifiers
        ):
            break
        k -= 1
    if k < t_start and doc[k].lower_ == "and":
        k += 1
    return k


def _link_place_before(doc: Doc, index: EntityIndex, end: int) -> None:
    """Link the capitalized words ending at ``end`` (a province or city before its office's
    title, "Ontario Premier") as a place, unless they name a state or a demonym."""
    from kg.extract.entities import LinkedMention
    from kg.model.iris import entity_key

    start = end
    while start >= 0 and doc[start].pos_ == "PROPN" and doc[start].is_title and index.at_token(start) is None:
        start -= 1
    start += 1
    if start > end or (start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start):
        return
    sp = doc[start : end + 1]
    gaz = index.gazetteer
    if gaz.name(sp.text) is not None or gaz.demonym(sp.text) is not None:
        return
    key = entity_key(sp.text, "Location")
    index._record(key, None, sp.text, "Location")
    index._add(
        LinkedMention(sp.start, sp.end, sp.start_char, sp.end_char, sp.text, key, "Location", "ner", "GPE")
    )
    index.mentions.sort(key=lambda m: m.start)


def _skip_honorifics(words: list[str], j: int, tt, *, ranks: bool) -> int:
    """Start of the honorifics (and, with ``ranks``, military ranks, also with "(retd)") that
    end just before ``words[j]`` ("Supreme Leader Ayatollah Ali Khamenei", "army chief Lt. Gen. X")."""
    while j > 0:
        if j >= 3 and words[j - 1] == ")" and words[j - 3] == "(" and words[j - 2] in tt.retired:
            j -= 3  # "Lt Gen (retd) X": a retired officer's rank
            continue
        h = next((n for n in (3, 2, 1) if j - n >= 0 and tuple(words[j - n : j]) in tt.honorifics), 0)
        if not h and ranks:
            h = next((n for n in (3, 2, 1) if j - n >= 0 and tuple(words[j - n : j]) in tt.ranks), 0)
        if not h:
            break
        j -= h
    return j


#: possessive pronouns that refer back to an organization or state ("Its spokesman")
_POSS_PRONOUNS = {"its", "their"}
#: head nouns of "the <noun>'s <title>" that refer back to a state rather than an organization
_STATE_NOUNS = {
    "government",
    "country",
    "state",
    "regime",
    "administration",
    "kingdom",
    "republic",
    "army",
    "military",
    "navy",
    "junta",
    "cabinet",
    "presidency",
}


#: nouns of "the <noun>'s <title>" that stand for any organization named before
_GENERIC_ORG_NOUNS = {
    "group",
    "movement",
    "organisation",
    "organization",
    "bloc",
    "alliance",
    "union",
    "militia",
    "body",
    "party",
    "faction",
    "coalition",
    "outfit",
    "network",
}


def _anaphor(doc: Doc, start: int, t_start: int, index: EntityIndex, words: list[str], person: str = ""):
    """The organization or state that "its" / "the ministry's" before a title at ``t_start``
    refers to: for "its", the latest organization, IGO or state that is the subject of a clause
    in this or the two previous sentences (else the latest such mention); for "the <noun>'s",
    the latest organization whose name has that noun ("the ministry's" -> "Unification
    Ministry"), or the latest state for "the government's"."""
    k = next((i for i in range(start, t_start) if words[i] in _POSS_PRONOUNS), None)
    noun = None
    if k is None:
        k = next(
            (
                i
                for i in range(start, t_start - 2)
                if words[i] == "the" and words[i + 2] in ("'s", "’s") and doc[i + 1].is_lower
            ),
            None,
        )
        if k is None:
            return None
        noun = words[k + 1]
    sent = sentence(doc[k])
    sents = [sent]
    prev = sent.start
    for _ in range(2):
        if prev <= 0:
            break
        sents.insert(0, sentence(doc[prev - 1]))
        prev = sents[0].start
    window = index.in_span((sents[0].start, k))
    # "the al Qaeda-linked group", "Iran-backed": a state or group in a hyphenated modifier
    # describes another actor and is never the antecedent
    cands = [
        m
        for m in reversed(window)
        if m.type in _TARGET_TYPES
        and not (m.end + 1 < len(doc) and words[m.end] == "-" and doc[m.end + 1].is_lower)
    ]
    if noun is None:
        # "its founder, X", "the head of its political bureau": a noun only a movement or company
        # has makes the pronoun an organization's, not a state's named closer
        head = doc[k].head if doc[k].dep_ == "poss" and doc[k].head.i > k else doc[min(k + 1, len(doc) - 1)]
        if head.lower_ in titles().movement_nouns:
            orgs = [m for m in cands if m.type == "Organization"]
            cands = orgs  # none: no antecedent rather than a state
    if noun is not None:
        if noun in _STATE_NOUNS:
            # "the army's commander, General X": X's own state when known, else the latest state
            known = index.gazetteer.get(person) if person else None
            if known is not None and known.country:
                state = next((m for m in index.mentions if m.key == known.country), None)
                if state is not None:
                    return state
            # "Russia summoned the British envoy. X, the country's deputy foreign minister,":
            # the state that is a clause subject first, as for "its", else the latest state
            states = [m for m in cands if m.type == "Country"]
            subj = [
                m for m in states if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))
            ]
            return (subj or states or [None])[0]
        if noun in _GENERIC_ORG_NOUNS:
            # "the group's political chief", "the bloc's spokesperson": the latest organization
            # (an IGO for a bloc or alliance), a clause subject first
            # a group, movement or militia is never an IGO ("the group's military spokesman")
            types = (
                ("IGO",)
                if noun in ("bloc", "alliance", "union")
                else ("Organization", "IGO")
                if noun in ("organisation", "organization", "body", "coalition")
                else ("Organization",)
            )
            orgs = [
                m
                for m in cands
                if m.type in types and getattr(index._records.get(m.key), "subtype", None) != "Media"
            ]
            subj = [
                m for m in orgs if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))
            ]
            return (subj or orgs or [None])[0]
        stem = noun.rstrip("s")

        def has_noun(ms):
            # a state's body the text names as the state itself counts ("India's Ministry of
            # External Affairs said ... X, the ministry's spokesperson"), a bare state name never
            return next(
                (
                    m
                    for m in ms
                    if (m.type != "Country" or m.end - m.start > 1)
                    and any(w.lower_.startswith(stem) for w in doc[m.start : m.end])
                ),
                None,
            )

        named = has_noun(cands)
        if named is None and noun not in titles().institution_nouns:
            # "the court's president, Judge X" paragraphs after "the International Court of
            # Justice": the latest organization whose own name has the noun, however far back
            named = has_noun([m for m in reversed(index.mentions) if m.end <= k and m.type in _TARGET_TYPES])
        if named is None and noun in titles().institution_nouns:
            # "the agency's executive director", "the company's chairman": the latest
            # organization (of any kind, a news outlet too), a clause subject first
            orgs = [m for m in cands if m.type == "Organization"]
            # one the text describes with the noun ("the state news agency Sputnik") first
            described = [m for m in orgs if noun in words[max(0, m.start - 3) : m.start]]
            subj = [
                m for m in orgs if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))
            ]
            named = (described or subj or orgs or [None])[0]
        return named
    subjects = [m for m in cands if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(m.start, m.end))]
    # the subject of a main clause ("The coast guard said [Chinese vessels blocked ...]") first
    main = [
        m
        for m in subjects
        if any(
            doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.dep_ == "ROOT"
            for i in range(m.start, m.end)
        )
    ]
    if not any(m.start >= sent.start for m in subjects):
        # "Speaking for the European Union, its foreign policy chief, X,": in a sentence
        # without an actor subject, the actor named earlier in it
        own = [m for m in cands if m.start >= sent.start]
        if own:
            return own[0]
    # "A did X. B boycotted the summit; its foreign minister, Y,": a subject of the pronoun's own
    # sentence before one of the sentences before, unless it is the subject of the verb whose
    # object holds the pronoun ("Riyadh had briefed its chairman": the council's), unless that verb
    # directs one's own official ("Canada has recalled its ambassador to China X, a minister said")
    above = {t.i for t in doc[k].ancestors}
    tt = titles()

    def own(ms: list) -> list:
        return [
            m
            for m in ms
            if m.start >= sent.start
            and not any(
                doc[i].dep_ in ("nsubj", "nsubjpass")
                and doc[i].head.i in above
                and not _directive(doc[i].head, tt)
                for i in range(m.start, m.end)
            )
        ]

    own_main, own_subjects = own(main), own(subjects)
    return (own_main or own_subjects or main or subjects or cands or [None])[0]


#: prepositions whose object names the parties of a relation, not the apposed person
_PARTY_PREPS = {"between", "among", "against"}


def _segment_roles(
    doc: Doc, start: int, end: int, index: EntityIndex, words: list[str], tt, *, after_name: bool = False
):
    """Roles stated in a noun-phrase segment ``[start, end)`` (an apposition; ``after_name``: one
    that follows the name), split on "and"."""
    parts: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        if words[i] in ("and", "&") and index.at_token(i) is None:
            parts.append((s, i))
            s = i + 1
    parts.append((s, end))
    # "professor of war and strategy at X": an "and" that starts no new title joins two words
    # of one portfolio, not two roles
    joined: list[tuple[int, int]] = []
    for ps, pe in parts:
        if joined and not any(tt.match_at(words, i) and not _in_name(index, i) for i in range(ps, pe)):
            joined[-1] = (joined[-1][0], pe)
        else:
            joined.append((ps, pe))
    out = []
    for ps, pe in joined:
        best = None
        for i in range(ps, pe):
            n = tt.match_at(words, i) if not _in_name(index, i) else 0
            named = index.at_token(i + n) if n else None
            if n and named is None and (h := tt.match_at(words, i + n, honorifics=True)):
                named = index.at_token(i + n + h)  # "X, Senator the Hon Y": Y's title
            if n and named is None and i + n + 1 < len(doc) and words[i + n] in ("of", "to", "for"):
                # "X, President of the Kyrgyz Republic Y and ...": the next person's title
                k = i + n + 2 if words[i + n + 1] == "the" else i + n + 1
                obj = index.at_token(k) if k < len(doc) else None
                if obj is not None and obj.type in _TARGET_TYPES and obj.end < len(doc):
                    named = index.at_token(obj.end)
            if named is not None and named.type == "Person":
                # "the son of President Y", "President Y's spokesman": a title before a name
                # is that name's, not the apposed person's
                continue
            if n and i + n <= pe and (best is None or n > best[1]):
                best = (i, n)
        if best is None:
            continue
        t_start, t_end = best[0], best[0] + best[1]
        if after_name and any(words[i] in _PARTY_PREPS for i in range(start, t_start)):
            # "Xi Jinping, the first talks between a British prime minister and ...": a title in
            # the object of a preposition of parties describes someone else
            continue
        title = doc[t_start:t_end].text
        level = tt.level[tuple(words[t_start:t_end])]
        mods = [words[i] for i in range(ps, t_start) if words[i] in tt.modifiers]
        target = None
        # after the title: "of/at/for the Lexington Institute"
        k = t_end
        if k < pe and words[k] == "on" and (at := _field_then_at(doc, k, pe, words, index)) is not None:
            target = _prep_object(doc, at, pe, index)  # "an expert on East Asian affairs at Y"
        elif k < pe and words[k] in _TARGET_PREPS:
            target = _prep_object(doc, k, pe, index)
            at = _field_then_at(doc, k, pe, words, index)
            if at is not None:
                target = _prep_object(doc, at, pe, index) or target
            envoy = any(w in _ENVOY_WORDS for w in words[t_start:t_end])
            if target is not None and envoy and words[k] in ("to", "for") and target.type == "Country":
                # "the US ambassador to Turkey and special envoy for Syria": the receiving state
                # never employs the envoy; the sending state is named before, or by the first part
                before = _mention_before(t_start, ps, index)
                target = before or (out[-1][2] if out else None)
            elif target is not None and words[k] == "in" and target.type in ("Country", "Location"):
                # "Wagner's then-head in Mali, X": the possessor employs, "in" names the posting
                j = t_start
                while j > ps and (words[j - 1] in tt.modifiers or words[j - 1] == "-"):
                    j -= 1  # "then-head"
                owner = index.at_token(j - 2) if j - 2 >= ps and words[j - 1] in ("'s", "’s") else None
                if owner is not None and owner.type in ("Organization", "IGO"):
                    target = owner
            elif target is not None and words[k] == "to":
                # "Ukraine's ambassador to the UN": the sending state employs the envoy; "the
                # country's envoy to the UN": the sender is the antecedent, never the host body
                before = _mention_before(t_start, ps, index)
                target = before or (None if envoy and target.type == "IGO" else target)
        if level == "org" and (target is None or target.type == "Organization"):
            served = _serves_leader(index, words, k, pe, tt)
            if served is not None:
                # "an adviser to the president", "public policy secretary at the President's
                # Office": an aide of the head of state or government holds a state office
                level = "state"
                target = None if served is True else served
        if (
            target is None
            and level == "state"
            and k < pe - 1
            and words[k] == "of"
            and any(words[i] in tt.polity_nouns and doc[i].is_title for i in range(k + 1, min(k + 5, pe)))
        ):
            # "the President of the Pridnestrovian Moldavian Republic, X": the office is in a
            # polity the text names but kg does not know; never the state of the context
            continue
        if target is None:  # before the title: "a former State Department official", "Iran's supreme leader"
            for i in range(t_start - 1, ps - 1, -1):
                lm = index.at_token(i)
                if lm is not None and lm.type in _TARGET_TYPES:
                    if not _nationality_only(lm, words, t_end, tt):
                        target = _sender_of_envoy(index, words, lm, t_start, t_end)
                    break
        target = _state_body(index, words, target)
        role = _modifiers_text(mods, title, tt)
        if target is not None and target.via == "metonym":
            role = _modifiers_text(
                mods, f"{target.text.removeprefix('the ').removeprefix('The ')} {title}", tt
            )
        out.append((role, level, target, t_start, t_end))
    return out


def _serves_leader(index: EntityIndex, words: list[str], k: int, pe: int, tt):
    """Whether the words from ``k`` name a head of state or government or their office after a
    preposition ("to the president", "for the prime minister", "at the President's Office", "in
    the Presidency"; ``leader_offices`` in titles.json), with nothing after it in the segment:
    True, or the state a demonym or possessive before the office names ("to the Kenyan
    president"); None otherwise."""
    if k >= pe or words[k] not in ("to", "for", "at", "in"):
        return None
    j = k + 1
    if j < pe and words[j] == "the":
        j += 1
    state = None
    m = index.at_token(j) if j < pe else None
    if m is not None and m.type == "Country" and m.end < pe:
        state, j = m, m.end  # "to the Kenyan president"
        if j < pe and words[j] in ("'s", "’s"):
            j += 1
    for office in tt.leader_offices:
        n = len(office)
        if tuple(words[j : j + n]) == office and j + n == pe:
            if any(
                (m := index.at_token(i)) is not None and m.type in ("Person", "IGO") for i in range(j, j + n)
            ):
                return None
            return state if state is not None else True
    return None


def _in_name(index: EntityIndex, i: int) -> bool:
    """Whether token ``i`` lies inside an organization's or IGO's name ("King" in "King's
    College London"): a title word there is part of the name."""
    m = index.at_token(i)
    return m is not None and m.type in ("Organization", "IGO") and (m.start < i or m.end > i + 1)


def _list_tail(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """Whether the segment after ", " ends in "and <a group of others>" ("sanctions on X,
    Y's interior minister and a dozen other officials"): a list of people, not an apposition."""
    for i in range(start + 1, end - 1):
        if words[i] == "and" and doc[i + 1].pos_ in ("DET", "NUM", "ADJ") and doc[i + 1].is_lower:
            last = doc[end - 1] if doc[end - 1].pos_ == "NOUN" else None
            heads = [t for t in doc[i + 1 : end] if t.pos_ == "NOUN" and t.head.i not in range(i + 1, end)]
            if any(t.tag_ == "NNS" for t in heads) or (last is not None and last.tag_ == "NNS"):
                return True
    return False


def _field_then_at(doc: Doc, k: int, pe: int, words: list[str], index: EntityIndex) -> int | None:
    """ "professor of North Korean studies at Ewha University", "director of the Africa
    program at Chatham House", "an expert on East Asian affairs at Y": the "at" after a field of
    study or work (None when "of" names no field: "director of the Institute of Asian Studies at
    Y" heads the named institute, whose name's "studies" is no field)."""
    if words[k] == "for":
        # "director for Mexico at the Washington Office on Latin America", "senior fellow for
        # Asia at Y": a region or state of the portfolio, then the employer after "at"
        at = next((i for i in range(k + 1, pe) if words[i] == "at"), None)
        if at is None or at == k + 1:
            return None
        spans = [index.at_token(j) for j in range(k + 1, at) if words[j] != "the"]
        return at if all(m is not None and m.type in ("Country", "Location") for m in spans) else None
    if words[k] not in ("of", "on"):
        return None
    for i in range(k + 1, pe):
        if words[i] == "at":
            field = any(words[j] in _FIELD_NOUNS and index.at_token(j) is None for j in range(k + 1, i))
            return i if field or words[k] == "on" else None
    return None


def _state_body(index: EntityIndex, words: list[str], target):
    """ "secretary of Russia's Security Council", "Iran's Security Council secretary": an IGO's
    name after a state's possessive names that state's own body (the office is the state's).
    Likewise a body kg does not know (only the model's name) whose head noun is a body of
    government (``owned_body_heads`` in titles.json) after a state's or an organization's
    possessive: "head of Kenya's Anti-Corruption Commission", "a member of the Houthis'
    Supreme Political Council" hold an office of the owner. The target unchanged otherwise."""
    if target is None or isinstance(target, str):
        return target
    if (
        target.type == "Organization"
        and target.via == "ner"
        and target.end - target.start >= 3
        and words[target.start + 1] in ("'s", "’s")
        and words[target.end - 1] in titles().owned_body_heads
        and index.gazetteer.get(target.key) is None
    ):
        # "Secretary of Armenia's Security Council X": the model's one name holds the possessor
        st = index.gazetteer.name(words[target.start])
        owner = next((m for m in index.mentions if st is not None and m.key == st.key), None)
        if owner is not None and owner.type == "Country":
            return owner
    if target.start < 2 or words[target.start - 1] not in ("'s", "’s", "'", "’"):
        return target
    owner = index.at_token(target.start - 2)
    if owner is None or owner.type not in _TARGET_TYPES or owner.key == target.key:
        return target
    if target.type == "IGO":
        return owner if owner.type == "Country" and words[target.start - 1] not in ("'", "’") else target
    if (
        target.type == "Organization"
        and target.via == "ner"
        and index.gazetteer.get(target.key) is None
        and words[target.end - 1] in titles().owned_body_heads
    ):
        return owner
    return target


#: nouns of "the <noun>'s <title>" for bodies that are never a state's own organs
_NON_STATE_BODY_NOUNS = _GENERIC_ORG_NOUNS | {
    "court",
    "tribunal",
    "university",
    "institute",
    "company",
    "firm",
    "fund",
    "foundation",
    "federation",
    "association",
    "league",
    "forum",
}


def _institution_possessor(doc: Doc, words: list[str], start: int, t_start: int) -> bool:
    """Whether "the <noun>'s" before the title at ``t_start`` names by a common noun a body that
    is never a state's own organ ("the court's president", "the party's leader")."""
    return any(
        words[i] == "the" and words[i + 2] in ("'s", "’s") and words[i + 1] in _NON_STATE_BODY_NOUNS
        for i in range(start, t_start - 2)
    )


def _whose_antecedent(index: EntityIndex, words: list[str], t_start: int, tt):
    """The state or organization a ", whose" right before the title at ``t_start`` (and its
    modifiers) refers to ("Namibia, whose president X", "the Citizens' Party (CP), whose leader
    Y"), else None."""
    k = t_start
    while k > 0 and words[k - 1] in tt.modifiers:
        k -= 1
    if k < 3 or words[k - 1] != "whose" or words[k - 2] != ",":
        return None
    j = k - 3
    inner = None
    if words[j] == ")":
        # an acronym in parentheses after the name (the acronym when the name is not linked)
        inner = index.at_token(j - 1)
        j = next((i - 1 for i in range(j - 1, max(j - 4, 0), -1) if words[i] == "("), -1)
    ante = index.at_token(j) if j >= 0 else None
    if ante is None or ante.end != j + 1:
        ante = inner
    return ante if ante is not None and ante.type in _TARGET_TYPES else None


def _nationality_only(lm, words: list[str], t_end: int, tt) -> bool:
    """Whether the demonym ``lm`` before a title ending at ``t_end`` only states a nationality:
    the title is an occupation outside government ("a Tajik political analyst", "Kenyan
    economist X"; ``private_occupations`` in titles.json)."""
    return lm.type == "Country" and lm.via == "demonym" and words[t_end - 1] in tt.private_occupations


def _mention_before(t_start: int, ps: int, index: EntityIndex):
    for i in range(t_start - 1, ps - 1, -1):
        lm = index.at_token(i)
        if lm is not None and lm.type in _TARGET_TYPES:
            return lm
    return None


def _prep_object(doc: Doc, k: int, pe: int, index: EntityIndex):
    """The organization or state a preposition's object names: the object itself, else its
    compound modifier ("Russia's Wagner group" -> Wagner), else its possessor, else the first
    actor mention after the preposition."""
    prep = doc[k]
    pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.i < pe), None)
    if (
        pobj is not None
        and index.at_token(pobj.i) is None
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children)
    ):
        return None  # "an analyst at a Zagreb research institute": a place, no employer named
    if pobj is not None and (p := index.at_token(pobj.i)) is not None and p.type == "Person":
        # "spokesman for President William Ruto": the office holder's state
        return _holder_state(index, p)
    if pobj is not None:
        order = [pobj]
        if index.at_token(pobj.i) is None and pobj.i + 1 < pe:
            named = index.at_token(pobj.i + 1)
            if named is not None and named.type in ("Organization", "IGO"):
                order.append(doc[pobj.i + 1])  # "of Kazakh state company Kazatomprom": the name
        order += [c for c in pobj.children if c.dep_ == "appos" and c.i < pe]
        # "at the Atlantic Council's Adrienne Arsht Latin America Center": a unit an organization
        # owns is the organization's (a state's: "Russia's Wagner group", the named group's)
        order += [
            c
            for c in pobj.children
            if c.dep_ == "poss"
            and c.i < pe
            and getattr(index.at_token(c.i), "type", "") in ("Organization", "IGO")
        ]
        order += [c for c in pobj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < pe]
        order += [c for c in pobj.children if c.dep_ == "poss" and c.i < pe]
        if (
            index.at_token(pobj.i) is None
            and pobj.lower_ in titles().unit_name_heads
            and (outer := _outer_org(doc, pobj.i + 1, pe, index)) is not None
        ):
            return outer  # "head of the Warsaw office of Y": the unit's organization, not its city
        for tok in order:
            lm = index.at_token(tok.i)
            if lm is not None and lm.type in _TARGET_TYPES:
                return _outer_org(doc, lm.end, pe, index, lm) or lm
    for i in range(k + 1, pe):
        lm = index.at_token(i)
        if lm is not None and lm.type in _TARGET_TYPES:
            return _outer_org(doc, lm.end, pe, index, lm) or lm
        if doc[i].pos_ in ("VERB", "AUX"):
            break
    poss = next((c for c in pobj.children if c.dep_ == "poss"), None) if pobj is not None else None
    if poss is not None and poss.lower_ in ("its", "their"):
        # "X, the head of its political bureau": the body the pronoun stands for
        return _anaphor(doc, poss.i, poss.i + 1, index, lower_words(doc))
    return None


def _is_unit(doc: Doc, lm) -> bool:
    """Whether mention ``lm`` names a unit inside a larger organization ("the Asia Program",
    "the Japan Chair"): an organization whose name's head is a ``unit_name_heads`` word."""
    if getattr(lm, "type", None) != "Organization":
        return False
    name = [t.lower_ for t in doc[lm.start : lm.end]]
    cut = next((i for i, w in enumerate(name) if w in ("of", "for", "on") and i), len(name))
    return name[cut - 1] in titles().unit_name_heads


def _shared_employer(doc: Doc, k: int, index: EntityIndex, words: list[str]):
    """The employer named with "at" in a copula clause coordinated after the one at ``k`` whose
    subject is another person ("A is a fellow and B is a senior associate with the Y Program at
    Z": Z), else None."""
    verb = doc[k]
    found = None
    while True:
        nxt = next((c for c in verb.children if c.dep_ == "conj" and c.lower_ in _COPULAS), None)
        if nxt is None:
            return found
        # its subject, or the name right before it (the parser may hang "and B" on the unit)
        subj = next((c.i for c in nxt.children if c.dep_ == "nsubj"), nxt.i - 1)
        person = index.at_token(subj)
        if person is None or person.type != "Person":
            return found
        end = _segment_end(doc, nxt.i + 1, index)
        for i in range(nxt.i + 1, end):
            if words[i] == "at":
                lm = _prep_object(doc, i, end, index)
                if lm is not None and lm.type in ("Organization", "IGO"):
                    found = lm
        verb = nxt


def _outer_org(doc: Doc, j: int, pe: int, index: EntityIndex, unit=None):
    """The organization a unit belongs to, named right after it with "at" or "of" ("the Asia
    Program at the Center for X", "the Warsaw office of Y"): a title held in a unit is a role in
    the larger organization (``unit_name_heads`` in titles.json). ``unit`` is the unit's own
    mention, if it has one; only an organization whose name ends in a unit word has an outer one."""
    if unit is not None and not _is_unit(doc, unit):
        # the name's head noun: its last word before "of/for/on" ("Institute of Asian Studies")
        return None
    if j >= pe or doc[j].lower_ not in ("at", "of"):
        return None
    for i in range(j + 1, min(pe, j + 4)):
        lm = index.at_token(i)
        if lm is not None:
            return lm if lm.type in ("Organization", "IGO") else None
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


#: a person's governing body ("X's junta") and the title it gives them in the state
_GOVERNMENT_NOUNS = {
    "government": "head of government",
    "junta": "junta leader",
    "administration": "head of government",
    "cabinet": "head of government",
    "regime": "leader",
}

#: fields of study or work after "of" ("a professor of Korean studies at Y"): the "at"
#: organization employs the person, not the state the field is about
_FIELD_NOUNS = {
    "studies",
    "relations",
    "affairs",
    "history",
    "politics",
    "economics",
    "law",
    "science",
    "sciences",
    "policy",
    "program",
    "programme",
    "research",
    "department",
    "desk",
    "division",
}

#: verbs of leading an organization ("X, who heads Y") and the title they state
_LEAD_VERBS = {
    "heads": "head",
    "headed": "former head",
    "leads": "leader",
    "led": "former leader",
    "chairs": "chair",
    "chaired": "former chair",
    "runs": "head",
    "ran": "former head",
    "directs": "director",
    "directed": "former director",
    "founded": "founder",
    "co-founded": "co-founder",
}

#: passive verbs that confer an office ("X was sworn in as Peru's president")
_INVESTITURE = (("sworn", "in"), ("appointed",), ("named",), ("elected",), ("installed",))


def _investiture(words: list[str], k: int) -> int:
    """The token after "was sworn in as" / "was appointed" at ``k`` (0 when there is none)."""
    if k >= len(words) or words[k] not in ("was", "is", "were", "been"):
        return 0
    for verb in _INVESTITURE:
        e = k + 1 + len(verb)
        if tuple(words[k + 1 : e]) == verb and e < len(words) and words[e] == "as":
            return e + 1
    return 0


#: participles of leading an organization ("Hamas, led by X") and the title they state
_LED_BY = {"led": "leader", "headed": "head", "commanded": "commander", "chaired": "chair"}


def _led_by_before(index: EntityIndex, words: list[str], name_start: int, pre, tt) -> int | None:
    """The start of the title before a name that follows "led/headed/chaired by" ("the bank,
    headed by former Brazilian President X", "the mission, led by Nigeria's former President Y"):
    the title, its modifiers and the state that qualifies it; None when no such "by" comes before."""
    if pre is None:
        return None
    j = min(pre[3], name_start)
    while j > 0:
        lm = index.at_token(j - 1)
        if words[j - 1] in tt.modifiers:
            j -= 1
        elif lm is not None and lm.type == "Country" and lm.end == j:
            j = lm.start  # "Brazilian", "Nigeria's"
        elif (
            words[j - 1] in ("'s", "’s")
            and (lm := index.at_token(j - 2)) is not None
            and lm.type == "Country"
        ):
            j = lm.start
        else:
            break
    if j >= 2 and j < name_start and words[j - 1] == "by" and words[j - 2] in _LED_BY:
        return j
    return None


def _relative_clause(doc: Doc, k: int, index: EntityIndex, words: list[str]):
    """ "X, who heads the Africa program at Chatham House," -> (head, Chatham House); "X, who
    (currently) holds the rotating presidency of Y," -> (president, Y)."""
    if not (k + 2 < len(doc) and words[k] == ","):
        return None
    w = k + 1
    if words[w] in ("a", "an"):
        # "X, a former police officer who leads the Y gang coalition,": the apposition's clause
        w = next((i for i in range(k + 2, min(k + 9, len(doc) - 1)) if words[i] in _STOP), None)
        if w is None or words[w] != "who" or doc[w].head.head.i not in range(k + 1, w):
            return None
    if words[w] != "who":
        return None
    v = w + 1
    if doc[v].pos_ == "ADV" and v + 1 < len(doc):
        v += 1  # "who currently chairs"
    held = None
    if words[v] in ("holds", "held", "assumed", "assumes", "took") and doc[v].pos_ == "VERB":
        dobj = next((c for c in doc[v].children if c.dep_ == "dobj"), None)
        held = titles().held_offices.get(dobj.lower_) if dobj is not None else None
        if held is None:
            return None
        title = held if words[v] in ("holds", "assumed", "assumes", "took") else f"former {held}"
        target = _held_office_owner(doc, dobj, index)
        if target is None:
            return None
        return title, "org", target, dobj.i, dobj.i + 1
    if words[v] not in _LEAD_VERBS:
        return None
    k = v - 2
    verb = doc[v]
    end = _segment_end(doc, v + 1, index)
    target = None
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lower_ in _rules_place_nouns():
        return None  # "who leads Canada's most populous province": a place, not the state
    if dobj is not None:
        for tok in [dobj, *[c for c in dobj.children if c.dep_ in ("compound", "poss")]]:
            lm = index.at_token(tok.i)
            if lm is not None and lm.type in _TARGET_TYPES:
                target = lm
                break
    if target is not None and target.via == "ner" and target.type == "Organization":
        # "who leads the Iraq Initiative at Chatham House": a unit of the organization after "at"
        at = next((i for i in range(target.end, end) if words[i] == "at"), None)
        owner = _prep_object(doc, at, end, index) if at is not None else None
        if owner is not None and owner.type in ("Organization", "IGO"):
            target = owner
    if target is None:
        for i in range(k + 3, end):
            if words[i] in _TARGET_PREPS:
                target = _prep_object(doc, i, end, index)
                if target is not None:
                    break
    if target is None:
        return None
    title = _LEAD_VERBS[words[k + 2]]
    return title, "org", target, k + 2, k + 3


def _held_office_owner(doc: Doc, dobj, index: EntityIndex):
    """The body whose office ``dobj`` names ("the rotating presidency of the EU", "the rotating
    ASEAN chair"): its "of" object, else an organization or state that modifies it."""
    of = next((c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        return _prep_object(doc, of.i, _segment_end(doc, of.i + 1, index), index)
    for c in dobj.children:
        lm = index.at_token(c.i) if c.dep_ in ("compound", "nmod", "amod", "poss") else None
        if lm is not None and lm.type in _TARGET_TYPES:
            return lm
    return None


#: verbs (lemmas) of holding or taking up an office a noun names ("took over the rotating
#: chairmanship of the AU", "assumed the G20 presidency", "holds the ASEAN chair")
_HOLD_VERBS = {"hold", "assume", "take"}


def _held_office(doc: Doc, m: LinkedMention, index: EntityIndex):
    """ "X took over the rotating chairmanship of the AU", "X assumed the G20 presidency": the
    person as the subject of a verb of taking up or holding an office (``held_offices`` in
    titles.json) of a named body; (title, level, target, start, end) or None."""
    tok = doc[m.end - 1]
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in _HOLD_VERBS or tok.head.pos_ != "VERB":
        return None
    verb = tok.head
    if verb.lemma_ == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return None  # "took the chair": too rare to tell from "took the floor"
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    held = titles().held_offices.get(dobj.lower_) if dobj is not None else None
    if held is None:
        return None
    target = _held_office_owner(doc, dobj, index)
    if target is None or target.key == m.key:
        return None
    return held, "org", target, dobj.i, dobj.i + 1


#: past forms of verbs whose "as <title>" states an office held before ("X served as ...")
_PAST_SERVICE = {"served", "worked", "acted"}
#: verbs of leaving an office ("X resigned as ...", "stepped down as ...")
_LEAVE_VERBS = {"resign", "quit"}


def _subject_verb_of(doc: Doc, verb, m: LinkedMention) -> bool:
    """Whether the person mention ``m`` is the subject of ``verb``: its nsubj/nsubjpass (also
    through a conjoined verb), or the head of its relative clause ("X, the diplomat who took
    over as ...")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and m.start <= c.i < m.end for c in v.children):
            return True
        if v.dep_ == "relcl":
            n = v.head
            for _ in range(2):
                if m.start <= n.i < m.end:
                    return True
                if n.dep_ != "appos":
                    break
                n = n.head
    return False


#: prepositions of a fronted adverbial of time or circumstance ("During the visit of ..., X said")
_FRONTED_PREPS = {"during", "after", "before", "following", "amid", "since", "ahead"}

#: verbs (lemmas) of appointing someone "as" an office of the appointer
_APPOINT_VERBS = {"appoint", "name", "nominate", "choose", "select", "install", "designate", "tap"}


def _appointer(doc: Doc, verb, index: EntityIndex):
    """The organization, IGO or state that is the subject of ``verb`` (through "which" of a
    relative clause: "The African Union, which had appointed X as its mediator")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "X sacked the cabinet and named Y as ...": X
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subj = verb.head
    lm = index.at_token(subj.i)
    if lm is not None and lm.type == "Person":
        # "President X named Y as prime minister": the office is in the appointing leader's state
        return _holder_state(index, lm)
    return lm if lm is not None and lm.type in _TARGET_TYPES else None


def _as_office(doc: Doc, m: LinkedMention, index: EntityIndex, words: list[str], tt) -> list[tuple]:
    """ "X took over as the EU's special representative", "Y, who served as Peru's ambassador
    to Chile,": the title that "as" (after a verb of holding or taking an office, of which the
    person is the subject) heads; a past "served as" or "resigned as" states a former office."""
    sent_end = sentence(doc[m.start]).end
    out = []
    for i in range(m.end, min(sent_end, m.end + 20)):
        if words[i] != "as" or doc[i].dep_ != "prep":
            continue
        verb = doc[i].head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in tt.office_as_verbs:
            continue
        appointer = None
        if verb.lemma_ in _APPOINT_VERBS and any(
            c.dep_ == "dobj" and not m.start <= c.i < m.end for c in verb.children
        ):
            break  # "X named Y as prime minister": the office is Y's, not the appointer's
        if not _subject_verb_of(doc, verb, m):
            # "The AU, which had appointed X as its mediator": the object of a verb of
            # appointing holds the office in the verb's subject
            if verb.lemma_ not in _APPOINT_VERBS or not any(
                c.dep_ == "dobj" and m.start <= c.i < m.end for c in verb.children
            ):
                continue
            appointer = _appointer(doc, verb, index)
            if appointer is None:
                continue
        pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        end = _segment_end(doc, i + 1, index)
        former = (
            (verb.lower_ in _PAST_SERVICE and verb.tag_ == "VBD")  # not "has served as"
            or verb.lemma_ in _LEAVE_VERBS
            or (verb.lemma_ == "step" and any(c.lower_ == "down" for c in verb.children))
        )
        for r in _segment_roles(doc, i + 1, end, index, words, tt):
            if r[4] - 1 != pobj.i:
                continue  # the title must head the phrase after "as" ("as a mistake by the minister": no)
            if appointer is not None and (r[2] is None or words[i + 1] in _POSS_PRONOUNS):
                r = (r[0], r[1], appointer, r[3], r[4])
            if r[2] is None:
                ante = _served(index, _possessor(index, words, r[3], tt), {})
                r = (r[0], r[1], ante, r[3], r[4])
            if former and not r[0].lower().startswith(("former", "ex")):
                r = (f"former {r[0]}", *r[1:])
            out.append(r)
        break
    return out


def _rules_place_nouns() -> set[str]:
    from kg.nlp.components import _default_place_nouns

    return _default_place_nouns()


def _segment_end(doc: Doc, start: int, index: EntityIndex, limit: int = 25) -> int:
    sent_end = sentence(doc[start]).end if start < len(doc) else len(doc)
    end = start
    while end < min(sent_end, start + limit):
        tok = doc[end]
        if tok.text in _STOP or tok.lower_ in _STOP:
            break
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.dep_ not in ("amod", "compound", "nmod")
            and index.at_token(end) is None
        ):
            break
        end += 1
    return end


def find_roles(doc: Doc, index: EntityIndex) -> list[RoleFact]:
    """Role facts of every person mention in ``doc`` (used by ``link_entities``)."""
    from kg.extract.entities import RoleFact

    tt = titles()
    words = lower_words(doc)
    pending: list[tuple[int, str]] = []  # state titles found so far: (title start, title)
    pre_targets: dict[int, tuple] = {}  # end of a person's name -> (target, level) of its title
    # (person, role, level, target, title start, title end, confidence, pattern)
    raw: list[tuple[str, str, str, str | None, int, int, float, str]] = []
    for m in sorted([*index.mentions, *index._hidden], key=lambda m: m.start):
        if m.type != "Person":
            continue
        found = []
        pre = _pre_name(doc, m, index, words, tt, pending)
        s0 = pre[3] if pre is not None else 0
        while s0 > 0 and words[s0 - 1] in tt.modifiers:
            s0 -= 1  # "... and caretaker Prime Minister Y"
        if pre is not None and pre[2] is None and s0 >= 2 and words[s0 - 1] in ("and", ","):
            # "South Korean Foreign Minister X and Defense Minister Y": coordinated titles share
            # the state (or organization) named before the first one
            before = index.at_token(s0 - 2)
            shared = pre_targets.get(before.end) if before is not None and before.type == "Person" else None
            known = index.gazetteer.get(m.key)
            own = known.country if known is not None else None
            if shared is not None and shared[1] == pre[1] and own in (None, index.country_of(shared[0].key)):
                pre = (pre[0], pre[1], shared[0], pre[3], pre[4])
        if pre is not None and pre[2] is None:
            # "President William Ruto's spokesman X", "Putin's envoy X": the office serves the
            # state (or organization) of the person who holds it
            served = _served(index, _possessor(index, words, pre[3], tt), pre_targets)
            if served is not None:
                pre = (pre[0], pre[1], served, pre[3], pre[4])
        if pre is not None and pre[2] is None:
            # "The Netherlands, whose caretaker prime minister Rutte ...", "the party (CCC),
            # whose leader Mr X": the relative possessive's antecedent
            ante = _whose_antecedent(index, words, pre[3], tt)
            if ante is not None:
                pre = (pre[0], pre[1], ante, pre[3], pre[4])
        if pre is not None and pre[2] is None:
            # "its editor-in-chief X", "the agency's executive director X": the antecedent of
            # the possessive before the title
            k = pre[3]
            while k > 0 and words[k - 1] in tt.modifiers:
                k -= 1
            if k >= 1 and (
                words[k - 1] in _POSS_PRONOUNS
                or (k >= 3 and words[k - 1] in ("'s", "’s") and words[k - 3] == "the")
            ):
                s0 = k - 1 if words[k - 1] in _POSS_PRONOUNS else k - 3
                before = index.at_token(s0 - 2) if s0 >= 2 and words[s0 - 1] == "and" else None
                shared = (
                    pre_targets.get(before.end) if before is not None and before.type == "Person" else None
                )
                # "the agency's director X and its editor Y": the same antecedent
                ante = shared[0] if shared is not None else _anaphor(doc, s0, k, index, words, m.key)
                if ante is not None:
                    pre = (pre[0], pre[1], ante, pre[3], pre[4])
        if pre is not None and pre[2] is None and words[pre[3]] in tt.party_nouns:
            # "the opposition Labour Party said ... Party leader X urged": the party named last
            party = _named_party(doc, index, words, pre[3])
            if party is not None:
                pre = (pre[0], "org", party, pre[3], pre[4])
        if pre is not None and pre[2] is not None and not isinstance(pre[2], str):
            pre_targets[m.end] = (pre[2], pre[1])
        if pre is not None:
            found.append((*pre, "pre-name"))
            if pre[1] == "state" and not pre[0].startswith(("former", "ex")):
                pending.append((pre[3], pre[0]))
        # apposition after the name, or a copula
        k = m.end
        rel = _relative_clause(doc, k, index, words)
        if rel is not None:
            found.append((*rel, "relative"))
        elif k + 2 < len(doc) and words[k] == "," and words[k + 1] == "who" and words[k + 2] in _COPULAS:
            k += 2  # "X, who is the head of Y," reads as the copula
        if not rel:
            found.extend((*r, "as-office") for r in _as_office(doc, m, index, words, tt))
            if (hold := _held_office(doc, m, index)) is not None:
                found.append((*hold, "held-office"))
        inv = _investiture(words, k)
        if inv or k + 1 < len(doc) and words[k] == "," or (k < len(doc) and words[k] in _COPULAS):
            seg_start = inv or k + 1
            if words[k] in _COPULAS and seg_start < len(doc) and words[seg_start] == "as":
                seg_start += 1
            seg_end = _segment_end(doc, seg_start, index)
            first = doc[seg_start] if seg_start < len(doc) else None
            # ", and the President of B, Y": the next person's title, not an apposition
            np_like = first is not None and (
                first.pos_ not in ("VERB", "AUX", "PRON", "ADP", "CCONJ")
                or first.dep_ in ("amod", "compound", "nmod")
                or first.lower_ in _POSS_PRONOUNS  # ", its ambassador in Caracas,"
            )
            if seg_end > seg_start and np_like and not _list_tail(doc, seg_start, seg_end, words):
                for r in _segment_roles(doc, seg_start, seg_end, index, words, tt, after_name=True):
                    if (
                        words[k] in _COPULAS
                        and r[1] == "org"
                        and (r[2] is None or _is_unit(doc, r[2]))
                        and (shared := _shared_employer(doc, k, index, words)) is not None
                    ):
                        # "A is a fellow and B is a senior associate with the Y Program at Z",
                        # "A is a fellow with the Y Program and B ... at Z": a bio line's
                        # coordinated copulas share the employer its last clause names
                        r = (r[0], r[1], shared, r[3], r[4])
                    if r[2] is None and words[k] == ",":
                        # "Jaime Ortiz, its ambassador in Caracas,": the possessive's antecedent
                        ante = _anaphor(doc, seg_start, r[3], index, words, m.key)
                        if ante is None:
                            # "X, President Y's chief of staff,": the office holder's state
                            ante = _served(index, _possessor(index, words, r[3], tt), pre_targets)
                        if ante is not None:
                            r = (r[0], r[1], ante, r[3], r[4])
                    found.append((*r, "apposition"))
                    if r[1] == "state" and not r[0].lower().startswith(("former", "ex")):
                        pending.append((r[3], r[0]))
            cp = _counterpart_after(doc, k, index, words, pending)
            if cp is not None:
                found.append((*cp, "counterpart"))
        # apposition before the name: "the president of Kenya, William Ruto,", "Iran's
        # supreme leader, Ayatollah Ali Khamenei"
        name_start = _skip_honorifics(words, m.start, tt, ranks=True)
        n_t = tt.match_ending(words, name_start)
        if (
            n_t
            and name_start - n_t >= 2
            and words[name_start - n_t - 1] == ","
            and tt.level.get(tuple(words[name_start - n_t : name_start])) == "org"
        ):
            name_start -= n_t  # "the court's president, Judge X,": the apposition before the title
        if name_start >= 2 and words[name_start - 1] == ",":
            e = name_start - 1
            s = e
            while (
                s > sentence(doc[e]).start
                and words[s - 1] not in _STOP
                # a title modifier the tagger reads as a verb ("Thailand's acting prime minister, X")
                and (doc[s - 1].pos_ not in ("VERB", "AUX") or words[s - 1] in tt.modifiers)
                and e - s < 12
            ):
                s -= 1
            owner = index.at_token(s - 2) if s >= 2 and words[s - 1] == "," else None
            if owner is not None and owner.type == "Person" and owner.end == s - 1 and words[s] != "and":
                # "According to X, the Kremlin spokesman, Putin ...": X's apposition (but "A,
                # and the EU High Representative, B" coordinates a new person's title)
                s = e
            if s < e and words[s] in _FRONTED_PREPS:
                # "During the visit of the Leader of the Nation to Bishkek, X and Y signed": a
                # fronted adverbial of an event, not an apposition (unless the title is its
                # object: "After the foreign minister, X, spoke ...")
                pobj = next((c for c in doc[s].children if c.dep_ == "pobj"), None)
                if pobj is None or tt.match_ending(words, pobj.i + 1) == 0:
                    s = e
            if s < e:
                # "the European Union, whose High Representative ..., Kaja Kallas"
                whose = (
                    index.at_token(s - 3)
                    if s >= 3 and words[s - 1] == "whose" and words[s - 2] == ","
                    else None
                )
                for r in _segment_roles(doc, s, e, index, words, tt):
                    if r[2] is None and r[1] == "org" and (imp := _implied_org(index, words, r[0], r[3], tt)):
                        r = (r[0], r[1], imp, r[3], r[4])  # "the Trade Commissioner, X,"
                    if r[2] is None and r[1] == "org" and (named := _named_in_title(index, r[0])):
                        r = (r[0], r[1], named, r[3], r[4])  # "the President of the European Commission, X,"
                    if r[2] is None and whose is not None and whose.type in _TARGET_TYPES:
                        r = (r[0], r[1], whose, r[3], r[4])
                    elif r[2] is None:
                        # "Its spokesman, Liu Dejun", "The ministry's spokesperson, Koo Byoung-sam"
                        ante = _anaphor(doc, s, r[3], index, words, m.key)
                        if ante is None:
                            # "President William Ruto's spokesman, Hussein Mohamed,"
                            ante = _served(index, _possessor(index, words, r[3], tt), pre_targets)
                        if ante is not None:
                            r = (r[0], r[1], ante, r[3], r[4])
                    if r[2] is None and _institution_possessor(doc, words, s, r[3]):
                        continue  # "the court's president, X": never the state of the context
                    if r[2] is not None or r[1] == "state":
                        # "the foreign minister, Asaad al-Shaibani,": a state office whose state
                        # comes from the gazetteer or the context (below)
                        found.append((*r, "apposition-before"))
                        if r[1] == "state" and not r[0].lower().startswith(("former", "ex")):
                            pending.append((r[3], r[0]))
        # "Colonel Assimi Goita's junta", "Prime Minister X's government": the person leads the
        # state's government (the state from the text or the gazetteer, below)
        if (
            m.end + 1 < len(doc)
            and words[m.end] in ("'s", "’s")
            and words[m.end + 1] in _GOVERNMENT_NOUNS
            and (m.end + 2 >= len(doc) or doc[m.end + 2].pos_ not in ("NOUN", "PROPN"))
        ):
            found.append(
                (
                    _GOVERNMENT_NOUNS[words[m.end + 1]],
                    "state",
                    None,
                    m.end + 1,
                    m.end + 2,
                    "possessed-government",
                )
            )
        # "The RSF, led by Mohamed Hamdan Dagalo,": the leader of an organization or IGO
        by = _led_by_before(index, words, name_start, pre, tt)
        if by is not None:
            name_start = by  # "the bank, headed by former Brazilian President X,": over the title
        if name_start >= 2 and words[name_start - 1] == "by" and words[name_start - 2] in _LED_BY:
            j = name_start - 3
            if j >= 0 and words[j] == ",":
                j -= 1
            lm = index.at_token(j) if j >= 0 else None
            if lm is not None and lm.type in ("Organization", "IGO"):
                found.append(
                    (_LED_BY[words[name_start - 2]], "org", lm, name_start - 2, name_start - 1, "led-by")
                )
            elif lm is not None and lm.type == "Country" and lm.end == j + 1:
                # "The Colombian Foreign Ministry, led by X,", "Mali's junta, led by Y,": a state
                # body (or the state) the person heads
                found.append(
                    (_LED_BY[words[name_start - 2]], "state", lm, name_start - 2, name_start - 1, "led-by")
                )
        if not found and (own := _possessed_name(doc, m, index, words, tt)) is not None:
            found.append((*own, "possessed-name"))
        if not found and (of_org := _name_of_org(doc, m, index, words)) is not None:
            found.append(("member", "org", of_org, m.end, m.end + 1, "name-of-org"))
        as_spans = {(f[3], f[4]) for f in found if f[5] == "as-office"}
        # "X, who served as Czech foreign minister": the "as" reading (a former office) wins
        # over the copula's reading of the same title
        found = [f for f in found if f[5] == "as-office" or (f[3], f[4]) not in as_spans]
        for role, level, target, ts, te, pattern in found:
            conf = 0.9 if target is not None else 0.75
            raw.append((m.key, role, level, getattr(target, "key", target), ts, te, conf, pattern))
    listed = _plural_roles(doc, index, words, tt, raw)
    for person, role, level, target, ts, te, pattern in listed:
        raw.append((person, role, level, target, ts, te, 0.85, pattern))
    # implicit state for state offices: the person's state from the gazetteer or the text
    text_state: dict[str, str] = {}
    for person, role, level, target, *_ in raw:
        if target and level == "state" and not role.startswith(("former", "ex")):
            st = index.country_of(target)
            if st:
                text_state.setdefault(person, st)
    facts: list[RoleFact] = []
    seen: set[tuple[str, str, str]] = set()
    for person, role, level, target, ts, te, conf, pattern in raw:
        if target is None:
            if role.startswith(("former", "ex")):
                # "the former president Joseph Kabila": the office the gazetteer knows he held
                target = _gazetteer_former(index, person, role)
                if target is not None:
                    k = (person, target, role.lower())
                    if k not in seen:
                        seen.add(k)
                        facts.append(RoleFact(person, target, role, ts, te, conf, pattern + "+gazetteer"))
                continue
            if tt.key(role) in tt.ranks:
                # a bare rank ("Gen. X") states no office of a state the text names; of a person
                # the gazetteer knows in one current office ("General Abdourahamane Tiani", a
                # junta's head), it is the officer's standing in that office's state or force
                target = _sole_office(index, person)
                if target is None or any(p == person and tt.key(r) not in tt.ranks for p, r, *_ in raw):
                    continue  # "Brig. Gen. X, the spokesman of Y": an office the text states says it
            else:
                target = _gazetteer_role(index, person, role)
            if target is not None:
                pattern += "+gazetteer"
            elif level == "org" and (target := _named_in_title(index, role)) is not None:
                pattern += "+title"
            elif level == "org" and (target := _implied_org(index, words, role, ts, tt)) is not None:
                pattern += "+implied"
            elif level == "state":
                target = text_state.get(person) or _gazetteer_state(index, person, role, tt)
                if target is None and (side := _side_state(doc, index, ts, tt)) is not None:
                    # "attended, on the Saudi side, by ... and Minister of Investment X": the side
                    # the list is introduced with
                    target = None if _lacks_office(index, side, role, tt) else side
                elif target is None and (host := _summoner_host(doc, index, ts, tt)) is not None:
                    # "Vice Foreign Minister X summoned Y, the Chinese ambassador to Japan": the
                    # host's official (the envoy's host is named in the sentence, so no veto below)
                    target = None if _lacks_office(index, host, role, tt) else host
                    if target is not None:
                        _keep(index, target)
                elif target is None:
                    target = (
                        _context_state(doc, index, person, role, ts, tt, text_state)
                        or _other_title_state(doc, index, raw, person, ts, tt, text_state)
                        # "three Maldivian deputy ministers ... deputy ministers A, B and C",
                        # "Dhaka summoned Myanmar's ambassador ... Ambassador X was handed a
                        # protest note": the one state the text gave the same office before
                        or _stated_before(doc, index, role, ts, tt)
                    )
                    if target is not None and (
                        _lacks_office(index, target, role, tt)
                        or _acts_on(doc, index, ts, te, target, tt)
                        or _expelled_envoy(doc, ts, role, tt)
                        or _partner_state(index, words, raw, te, target)
                    ):
                        # "Prime Minister A and President B" in a Tokyo story: Japan has no
                        # president; the context's state is not B's
                        target = None
                pattern += "+state"
            if target is None:
                continue
        if target == person:
            continue
        if pattern.startswith("pre-name"):
            target = _organ_state(index, target, person, role, ts, tt) or target
        if _bare_state_organ(index, target):
            # "Chairman of the National Assembly X", "Secretary to the Treasury Y": annotators code
            # the state (the person's stated one, else the context's; not merely a state the
            # sentence names before: "The US President met ... Chairman of the National Assembly
            # X"); no state found: the body, which annotators often list as the state's alias
            target = (
                text_state.get(person)
                or _context_state(doc, index, person, role, ts, tt, text_state)
                or target
            )
        elif _bare_ministry(index, target):
            # "Secretary-General of the Ministry of Foreign Affairs HE X" in a story of one state's
            # delegation: a ministry that names no state is the context's state's (annotators code
            # the state); unknown context: no role rather than a stateless ministry
            sent = sentence(doc[ts])
            before = [m.key for m in index.in_span((sent.start, ts)) if m.type == "Country"]
            state = (
                text_state.get(person)
                or (before[-1] if before else None)  # "The Omani delegation was headed by"
                or _context_state(doc, index, person, role, ts, tt, text_state)
            )
            if state is None:
                continue
            target = state
        if pattern.startswith("possessed-government") and any(
            f.person == person and f.target == target for f in facts
        ):
            continue  # "President X's government": the title already states the office
        k = (person, target, role.lower())
        if k in seen:
            continue
        seen.add(k)
        facts.append(RoleFact(person, target, role, ts, te, conf, pattern))
    return facts


_LIST_SEPS = {",", "and", "the", "&"}


def _name_list(index: EntityIndex, words: list[str], k: int, types: tuple[str, ...], limit: int):
    """The mentions of ``types`` listed from token ``k`` on ("France, Germany and the UK"),
    separated by commas, "and" or "the", and the token after the list."""
    found = []
    while k < limit:
        m = index.at_token(k)
        if m is not None and m.type in types and (not found or m.start >= found[-1].end):
            found.append(m)
            k = m.end
        elif words[k] in _LIST_SEPS and not (
            words[k] == "," and found and k + 1 < limit and words[k + 1] == ","
        ):
            k += 1
        else:
            break
    while found and k > found[-1].end and words[k - 1] in _LIST_SEPS:
        k -= 1  # the list ends at its last name, not at a trailing comma
    return found, k


def _plural_roles(doc: Doc, index: EntityIndex, words: list[str], tt, raw: list[tuple] = ()) -> list[tuple]:
    """Roles stated by a plural title with lists of people and of states ("the foreign
    ministers of France, Germany and Britain, A, B and C"; "defence ministers A and B of X
    and Y"; "the French and German foreign ministers, A and B"; "his Turkish, Syrian and
    Iranian counterparts, A, B and C": the title of the sentence's earlier state role in ``raw``):
    with as many states as people each person holds the title in the state in the same place of
    its list; with a single state, group or organization, every person holds it there (a group:
    the person's own state from the gazetteer first). Returns (person key, title, level, target
    key, title start, title end, pattern)."""
    out = []
    for h, w in enumerate(words):
        if w != "counterparts" and w not in tt.plural_heads:
            continue  # most words are neither: skip them before building their sentence
        sent_end = sentence(doc[h]).end
        if w == "counterparts":
            earlier = [
                r
                for r in raw
                if r[2] == "state"
                and sentence(doc[h]).start <= r[4] < h
                and not r[1].startswith(("former", "ex"))
            ]
            if not earlier:
                continue
            title, level, t_start, t_end = earlier[-1][1], "state", h, h + 1
            sub = [w]
        else:
            singular = tt.plural_heads.get(w)
            # "Foreign Ministers A and B": a capitalized plural the tagger reads as a proper noun
            if singular is None or doc[h].tag_ not in ("NNS", "NNPS") and not doc[h].is_title:
                continue
            lo = max(sentence(doc[h]).start, h - tt.max_len)
            sub = [*words[lo:h], singular]
            n = tt.match_ending(sub, len(sub))
            if not n:
                continue
            t_start, t_end = h - n + 1, h + 1
            level = tt.level[tuple(sub[-n:])]
            title = " ".join([*(t.text for t in doc[t_start:h]), singular])
            if any(t.is_upper is False and t.is_title for t in doc[t_start:h]):
                title = " ".join([*(t.text for t in doc[t_start:h]), singular.capitalize()])
            sub = sub[-n:]
        # states or organizations before the title: "the French and German foreign ministers"
        b = t_start
        while b > 0 and words[b - 1] in tt.modifiers:
            b -= 1
        before: list = []
        while b > 0:
            m = index.at_token(b - 1)
            if m is not None and m.type in _TARGET_TYPES:
                before.insert(0, m)
                b = m.start
            elif words[b - 1] in ("and", ",", "'s", "’s") and (before or words[b - 1] in ("'s", "’s")):
                b -= 1  # "Argentina's and Uruguay's foreign ministers"
            else:
                break
        targets = before
        k = t_end
        if k < sent_end and words[k] == ",":
            k += 1
        if not targets and k < sent_end and words[k] in ("of", "from") and k == t_end:
            targets, k = _name_list(index, words, k + 1, _TARGET_TYPES, sent_end)
            if k < sent_end and words[k] == ",":
                k += 1
        own = _people_of(index, words, k, sent_end, tt) if not targets else []
        if len(own) >= 2:
            # "foreign ministers A of Argentina and B of Uruguay": each person's own state
            for p, target in own:
                out.append((p.key, title, level, target.key, t_start, t_end, "plural-list"))
            continue
        people, k = _name_list(index, words, k, ("Person",), sent_end)
        if len(people) < 2:
            continue
        if not targets and k < sent_end and words[k] == "of":
            targets, k = _name_list(index, words, k + 1, _TARGET_TYPES, sent_end)
        if len(targets) == len(people):
            pairs = [(p, t.key) for p, t in zip(people, targets, strict=True)]
        elif len(targets) == 1 and targets[0].type == "Country":
            pairs = [(p, targets[0].key) for p in people]
        elif len(targets) <= 1 and level == "state":
            group = targets[0].key if targets else None
            pairs = [(p, _gazetteer_state(index, p.key) or group) for p in people]
        else:
            continue
        # "deputy ministers A, B and C posted ...": a state title the text gives no state takes
        # the state of the context, as a singular one does (not an envoy's: "diplomats A and B")
        unstated = not targets and level == "state" and not any(w in _ENVOY_WORDS for w in sub)
        for p, target in pairs:
            if target is not None or unstated:
                out.append((p.key, title, level, target, t_start, t_end, "plural-list"))
    return out


def _name_of_org(doc: Doc, m: LinkedMention, index: EntityIndex, words: list[str]):
    """The organization a full name is given as "of" in an attribution ('said Jane Roe of the
    Brookings Institution', 'Jan Novak of Amnesty International told ...'): the organization
    mention right after "of" (maybe "the") that closes the phrase (a comma, a full stop, a verb
    of saying next), never a state ("Jane Roe of Ghana" gives a nationality, not an office)."""
    if m.end + 1 >= len(doc) or words[m.end] != "of" or m.end - m.start < 2:
        return None
    org = index.at_token(m.end + 1)
    if org is None and words[m.end + 1] == "the" and m.end + 2 < len(doc):
        org = index.at_token(m.end + 2)
    if org is None or org.start not in (m.end + 1, m.end + 2) or org.type not in ("Organization", "IGO"):
        return None
    nxt = doc[org.end] if org.end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lemma_ in _SAYING_LEMMAS):
        return None
    return org


_SAYING_LEMMAS = {"say", "tell", "write", "argue", "note", "warn", "add", "explain"}


def _possessed_name(doc: Doc, m: LinkedMention, index: EntityIndex, words: list[str], tt):
    """ "signed by Croatia's Ivan Horvat, Albania's ...": a bare name after a state's
    possessive holds in that state the title of a plural title earlier in its sentence or in
    the six sentences before (headings count) that names the state too ("the defence ministers of Croatia,
    Albania and Kosovo"; in its own sentence "Ministers from the three states - A's X, ..."
    need not name it); no title from knowledge the text does not state ("Tanzania's Samia
    Hassan" alone)."""
    if m.start < 2 or words[m.start - 1] not in ("'s", "’s"):
        return None
    state = index.at_token(m.start - 2)
    if state is None or state.type != "Country" or state.end != m.start - 1:
        return None
    sent = sentence(doc[m.start])
    lo = sent.start
    for _ in range(6):
        if lo <= 0:
            break
        lo = sentence(doc[lo - 1]).start
    for h in range(state.start - 1, lo - 1, -1):
        singular = tt.plural_heads.get(words[h])
        if singular is None or doc[h].tag_ not in ("NNS", "NNPS"):
            continue
        n = tt.match_ending([*words[max(lo, h - tt.max_len) : h], singular], min(h - lo, tt.max_len) + 1)
        if not n:
            continue
        near = index.in_span((max(sentence(doc[h]).start, h - 8), min(sentence(doc[h]).end, h + 14)))
        if h >= sent.start or any(x.key == state.key for x in near):
            title = " ".join([*(t.text for t in doc[h - n + 1 : h]), singular])
            level = tt.level[tuple([*words[h - n + 1 : h], singular])]
            return title, level, state, h - n + 1, h + 1
    return None


def _people_of(index: EntityIndex, words: list[str], k: int, limit: int, tt=None) -> list[tuple]:
    """People listed from token ``k`` each with "of <state or organization>" (or the state in
    parentheses) after the name ("A of Argentina and B of Uruguay", "A (Algeria) and B
    (Morocco)"; a rank before a name is skipped: "General A of Rwanda"); empty unless every
    listed person has one."""
    out = []
    while k < limit:
        if tt is not None:
            k += tt.match_rank(words, k)
        p = index.at_token(k)
        if p is None or p.type != "Person" or p.end + 1 >= limit or words[p.end] not in ("of", "("):
            break
        t = index.at_token(p.end + 1)
        if t is None or t.type not in _TARGET_TYPES:
            return []
        if words[p.end] == "(" and (t.end >= limit or words[t.end] != ")"):
            return []
        out.append((p, t))
        k = t.end + (1 if words[p.end] == "(" else 0)
        if k < limit and words[k] in (",", "and"):
            k += 1
            if k < limit and words[k] == "and":
                k += 1
    return out


def _label_words(index: EntityIndex, key: str) -> list[str]:
    g = index.gazetteer.get(key)
    return g.label.lower().split() if g is not None else []


def _organ_state(index: EntityIndex, target: str, person: str, role: str, ts: int, tt) -> str | None:
    """The state the spokesperson of a government body named right before the title speaks for
    ("State Department spokesperson X", "National Security Council spokesman Y"; titles.json
    ``organ_voice_titles``), as annotators code it: the body's state, else the person's own; None
    for any other title, for a body only a possessive refers back to ("the council's spokesman, X")
    and for a state agency that acts on its own ("China Coast Guard spokesman")."""
    from kg.extract.entities import _rules

    r = index._records.get(target)
    if r is None or r.type != "Organization" or r.subtype != "GovernmentBody":
        return None
    words = tt.key(role)
    if not any(words[-len(v) :] == v for v in tt.organ_voices):
        return None
    label = tuple(r.label.lower().split())
    if any(label[-n:] in _rules().agencies for n in (1, 2)):
        return None
    before = index.at_token(ts - 1) if ts > 0 else None
    if before is None or before.key != target or role.lower().startswith(("former", "ex")):
        return None  # "the council's spokesman, X": the body a possessive refers back to keeps it
    state = r.country or index.country_of(person)
    if state is None or index._records.get(state) is None and index.gazetteer.get(state) is None:
        return None
    _keep(index, state)
    return state


def _bare_ministry(index: EntityIndex, target: str) -> bool:
    """Whether ``target`` is an unlinked ministry whose name states no state ("the Ministry of
    Foreign Affairs", "the Foreign Ministry")."""
    r = index._records.get(target)
    if r is None or r.type != "Organization" or r.country or getattr(r, "wikidata", None):
        return False
    words = r.label.split()
    portfolio = titles().portfolio_words
    return "Ministry" in words and all(
        w[:1].islower() or w == "Ministry" or w.lower() in portfolio for w in words
    )


def _bare_state_organ(index: EntityIndex, target: str) -> bool:
    """Whether ``target`` is an unlinked legislature or treasury named alone ("the National
    Assembly", "Parliament", "the Treasury": ``bare_state_organs`` in titles.json)."""
    r = index._records.get(target)
    if r is None or r.type != "Organization" or r.country or getattr(r, "wikidata", None):
        return False
    return r.label.lower().removeprefix("the ") in titles().bare_state_organs


def _gazetteer_former(index: EntityIndex, person: str, role: str) -> str | None:
    """The state or organization of the gazetteer's former office of ``person`` that a
    "former <title>" names ("former president" -> his past "President" office)."""
    e = index.gazetteer.get(person)
    if e is None:
        return None
    title = re.sub(r"^(former|ex)[\s-]+", "", role.lower()).strip()
    hits = [t for tl, t, current in e.roles if not current and tl.lower() == title]
    if len(hits) != 1:
        return None
    _keep(index, hits[0], "")
    return hits[0]


def _named_in_title(index: EntityIndex, role: str) -> str | None:
    """The IGO or organization an organization's title names after "of" ("President of the
    European Council", "Secretary-General of the Arab League") or before its head ("European
    Council President"): the gazetteer's entry for those words, recorded; None when they name no
    known IGO or organization."""
    head, of, rest = role.partition(" of ")
    rest = re.sub(r"^(the|The)\s+", "", rest.strip())
    e = index.gazetteer.name(rest) if of and rest else None
    if not of:
        # "European Council President X": a title whose first words name the IGO
        words = role.split()
        e = next(
            (g for n in range(len(words) - 1, 0, -1) if (g := index.gazetteer.name(" ".join(words[:n])))),
            None,
        )
    if e is None or e.type not in ("IGO", "Organization"):
        return None
    index._record(e.key, e, "", e.type)
    index._keep.add(e.key)
    return e.key


def _implied_org(index: EntityIndex, words: list[str], role: str, ts: int, tt) -> str | None:
    """The organization a portfolio title names by itself ("Trade Commissioner X", "the Energy
    Commissioner, Y": ``implied_org_titles`` in titles.json), when the article names it: the
    portfolio is the role's words before its head or the words right before the title."""
    key = tt.key(role)
    spec = tt.implied_org_titles.get(key[-1]) if key else None
    if spec is None:
        return None
    before = [w for w in key[:-1] if w not in tt.modifiers]
    port = tuple(before) if before else None
    if port is None:
        for n in (3, 2, 1):
            if ts - n >= 0 and tuple(words[ts - n : ts]) in spec["portfolios"]:
                port = tuple(words[ts - n : ts])
                break
    if port is None or port not in spec["portfolios"]:
        return None
    named = {e.key for n in spec["named_by"] if (e := index.gazetteer.name(n)) is not None}
    if not any(m.key in named for m in index.mentions):
        return None
    e = index.gazetteer.name(spec["target"])
    if e is None:
        return None
    _keep(index, e.key, e.type)
    return e.key


def _sole_office(index: EntityIndex, person: str) -> str | None:
    """The state or organization of the one current office the gazetteer gives ``person``."""
    e = index.gazetteer.get(person)
    offices = {t for _title, t, current in e.roles if current} if e is not None else set()
    if len(offices) != 1:
        return None
    target = offices.pop()
    _keep(index, target, "")
    return target


def _gazetteer_role(index: EntityIndex, person: str, role: str) -> str | None:
    """The gazetteer's organization or state for ``person`` holding ``role`` ("Opposition leader X")."""
    e = index.gazetteer.get(person)
    if e is None:
        return None
    for title, target, _current in e.roles:
        if title.lower() == role.lower():
            _keep(index, target, "")
            return target
    # "the sister of leader Kim Jong Un": a bare head title names the person's current office
    # that ends in it ("Supreme Leader"), when only one does
    words = role.lower().split()
    if words:
        # "Commission President X": the head word and the office's organization named before it
        heads = [
            t
            for title, t, current in e.roles
            if current
            and title.lower().split()[-1] == words[-1]
            and (len(words) == 1 or set(words[:-1]) <= set(_label_words(index, t)))
        ]
        if len(heads) == 1:
            _keep(index, heads[0], "")
            return heads[0]
    return None


def _context_state(
    doc: Doc, index: EntityIndex, person: str, role: str, ts: int, tt, known: dict[str, str] | None = None
) -> str | None:
    """The state of a state office held by a person the text gives no state ("Foreign Ministry
    spokesman X said ..."): a title only one state has ("Chief Cabinet Secretary"), else the
    state that is the subject of a clause in the title's sentence, else (for a title that opens
    its sentence) the state that is the main subject of the paragraph's previous sentence ("Iran
    welcomed the decision. Foreign Ministry Spokesman X said"), else the state of the dateline ("ISLAMABAD: ..." too), else (for a national cabinet
    title) the article's dominant state when the title's sentence names no other state before the
    title, else (for any state title but an envoy's) the home state of a national outlet. The
    dateline, the previous sentence and the dominant state are no evidence for a person whom
    another subject meets ("Chinese Foreign Minister Wang Yi met Defence Minister X": X's
    state is not stated). (The only state a sentence names is no evidence: "Foreign Minister X
    met Chinese officials" names the host.)"""
    state = None
    # "Under Secretary of State for Political Affairs": the office without its portfolio
    iso3 = tt.state_unique.get(role.lower()) or tt.state_unique.get(role.lower().split(" for ")[0])
    if iso3:
        e = index.gazetteer.by_iso3(iso3)
        state = e.key if e is not None else None
    sent = sentence(doc[ts])
    prev = sentence(doc[sent.start - 1]) if sent.start > 0 else None
    if prev is not None and _in_headline(doc, prev):
        prev = None  # "PM defends China deal as Wellington complains": the headline's subject is no evidence
    if state is None:
        # "six Canadian diplomats, including acting high commissioner X": the state of the group
        state = _including_state(doc, index, ts, tt)
    if state is None and (scene := _scene_state(doc, index, ts)) is not None:
        # "In Prague, the foreign minister, X, said ...": a round-up's capital sets the scene;
        # not in a national outlet's report of its own minister abroad ("In Ankara, Foreign
        # Minister X said" in an Athens paper)
        home = publisher_state(doc, index, tt)
        state = scene if home is None or home == scene else None
    if state is None:
        # "Tokyo lodged a protest ..., Chief Cabinet Secretary X told a briefing": a subject
        # before the title; one after it is what the person speaks about ("X said China would")
        state = _subject_state(doc, index, doc[sent.start : ts], person, within=ts, tt=tt, known=known)
    met = state is None and _met_by_other(doc, ts, tt)
    if met:
        # "X is expected to travel to Beijing for talks with Vice Foreign Minister Y": the
        # host of a visit the other party makes
        state = _visit_host(doc, index, ts)
        if state is None:
            # "ULAANBAATAR, Sept 3 (AFP) - ... Putin also met Prime Minister X": a visitor from
            # another state meets the officials of the state the story is filed from
            home = _dateline_state(doc, index)
            visitor = _meeter_state(doc, index, ts, known)
            if home is not None and visitor is not None and visitor != home:
                state = home
    envoy = any(w in _ENVOY_WORDS for w in tt.key(role))
    if (
        state is None
        and not met
        and not envoy  # "Ghana protested. Ambassador X was summoned": often the other state's
        and prev is not None
        and ts == sent.start
        and "\n" not in doc[prev.end - 1].whitespace_ + doc[sent.start - 1].text
        and (root := _root_subject_mention(index, prev, person)) is not None
        and root.type == "Country"
    ):
        # "The Islamic Republic of Iran welcomed the decision. Foreign Ministry Spokesman X said
        # ...": a sentence that opens with the title continues the state the paragraph's previous
        # sentence is about
        state = root.key
    if state is None and not met and prev is not None and doc[sent.start].text in _OPEN_QUOTES:
        # 'Estonia said it was ready to shut its crossings. "We are prepared ...," Interior
        # Minister X told ERR.': a quote after a state's statement is that state's official's
        state = _root_subject_state(doc, index, prev, person, known)
    if state is None and not met and not envoy:
        # a wire story's unqualified title is an official of the state it is filed from
        # ("WARSAW (Reuters) - ... Interior Minister X said"); not an envoy's, who is posted
        # there from elsewhere ("SARAJEVO - ... the international envoy X")
        state = _dateline_state(doc, index)
    if state is not None and _lacks_office(index, state, role, tt):
        state = None  # "MANILA - ... Prime Minister X": not the dateline's; look further
    if state is None and not met and not envoy:
        # a national outlet names its own officials without their state, cabinet or not
        # ("Governor-General X", "Opposition Leader Y"): a surer sign than the previous
        # sentence's subject or the state the article names most, which in a story about a
        # row with a neighbour is as often the other side; not an envoy ("Ambassador X" may
        # be the other state's)
        state = publisher_state(doc, index, tt)
        if state is not None and _lacks_office(index, state, role, tt):
            state = None  # "the senators X and Y" in a British paper: not Britain's
    if state is None and prev is not None and not met:
        state = _subject_state(doc, index, prev, person, known=known)
        if state is not None and _lacks_office(index, state, role, tt):
            state = None
    if state is None and not met and _cabinet_title(role, tt):
        state = _dominant_state(doc, index, person, ts)
    if state is not None:
        _keep(index, state)
    return state


def _side_state(doc: Doc, index: EntityIndex, ts: int, tt) -> str | None:
    """The state whose side of a meeting introduces the list a title at ``ts`` stands in, in the
    same sentence: "on/from/for the <state> side" or "the <state> side/delegation" followed by
    words that open its members ("included", "comprising", ":"; not "was": "the US delegation
    was received by Minister X" names the host), the last
    such side before the title ("attended on the Egyptian side by A and on the Turkish side by
    B, Treasury Minister C": C is Turkish). ``party_side_nouns`` in titles.json."""
    sent = sentence(doc[ts])
    state = None
    for i in range(sent.start + 1, ts):
        if doc[i].lower_ not in tt.party_side_nouns:
            continue
        m = index.at_token(i - 1)
        if m is None or m.start < sent.start + 1 or doc[m.start - 1].lower_ != "the":
            continue
        st = _state_of_mention(index, m) if m.type in ("Country", "Organization") else None
        if st is None:
            continue
        before = doc[m.start - 2].lower_ if m.start - 2 >= sent.start else ""
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if (doc[i].lower_ == "side" and before in ("on", "from", "for")) or after in tt.party_side_list_words:
            state = st
    if state is not None:
        _keep(index, state)
    return state


def _acts_on(doc: Doc, index: EntityIndex, ts: int, te: int, state: str, tt) -> bool:
    """Whether the titled person whose title spans ``[ts, te)`` is the subject of a verb of
    acting on another party (``other_party_verbs`` in titles.json: "accused", "condemned",
    "summoned") whose object names ``state`` or one of its actors ("Senator X accused Nigerian
    officials"): the context's state is then the other party, not the person's."""
    tok = doc[te - 1]
    for _ in range(4):  # from the title to the name's head
        if tok.dep_ != "compound" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.lemma_ not in tt.other_party_verbs:
        return False
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "against", "to", "with")):
            for t in c.subtree:
                m = index.at_token(t.i)
                if m is not None and m.type != "Location" and _state_of_mention(index, m) == state:
                    return True
    return False


def _partner_state(index: EntityIndex, words: list[str], raw: list, te: int, state: str) -> bool:
    """Whether the unqualified titled person whose title ends at ``te`` is coordinated with a
    next titled person whose title names ``state`` ("Defence Minister A and US Secretary of State
    B signed"): the writer qualifies only the foreign party, so ``state`` is B's, not A's."""
    name = index.at_token(te)
    if name is None or name.type != "Person" or name.end + 1 >= len(words) or words[name.end] != "and":
        return False
    return any(
        p != name.key
        and name.end < ots <= name.end + 2
        and target is not None
        and index.country_of(target) == state
        for p, _role, _level, target, ots, *_ in raw
    )


def _expelled_envoy(doc: Doc, ts: int, role: str, tt) -> bool:
    """Whether the envoy whose title starts at ``ts`` is the one a verb of expelling or summoning
    (``expulsion_verbs`` in titles.json) acts on ("the six, including High Commissioner X, had been
    declared persona non grata", "Ottawa expelled Ambassador Y", "Z was summoned", "the expulsion of
    ambassador W", ``expulsion_nouns``): the context's
    state is then the host that expels, not the envoy's own."""
    if not any(w in _ENVOY_WORDS or w in ("commissioner", "diplomat") for w in tt.key(role)):
        return False
    tok = doc[ts]
    patient = False
    for _ in range(8):
        if tok.dep_ in ("nsubjpass", "dobj"):
            patient = True
        elif tok.dep_ == "nsubj":
            return False
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in tt.expulsion_nouns:
            return True  # "ordered the expulsion of ambassador X"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":  # "including" tagged a verb
            return patient and tok.lemma_ in tt.expulsion_verbs
    return False


def _lacks_office(index: EntityIndex, state: str, role: str, tt) -> bool:
    """Whether ``state`` has no office ``role`` ends in (``absent_offices`` in titles.json: a
    monarchy has no president, a presidential republic no prime minister)."""
    rec = index._records.get(state)
    iso3 = getattr(rec, "iso3", None)
    if not iso3:
        return False
    key = tt.key(role)
    return any(key[-len(office) :] == office and iso3 in states for office, states in tt.absent_offices)


def _stated_before(doc: Doc, index: EntityIndex, role: str, ts: int, tt) -> str | None:
    """The one state that the text names right before the same office (singular or plural)
    earlier than ``ts`` ("the three Maldivian deputy ministers", "Kenya's interior minister");
    None when no such office or several states ("Indian Foreign Minister A met Maldivian Foreign
    Minister B")."""
    key = tuple(w for w in tt.key(role) if w not in tt.modifiers or w in ("deputy", "vice"))
    if not key:
        return None
    plural = {s: p for p, s in tt.plural_heads.items()}.get(key[-1])
    forms = {key, (*key[:-1], plural)} if plural else {key}
    words = lower_words(doc)
    n = len(key)
    states = set()
    for i in range(1, ts - n + 1):
        if tuple(words[i : i + n]) not in forms:
            continue
        j = i
        while j > 0 and words[j - 1] in tt.modifiers:
            j -= 1  # "the Maldivian former deputy ministers"
        if j > 0 and words[j - 1] in ("'s", "’s"):
            j -= 1
        m = index.at_token(j - 1) if j > 0 else None
        if m is not None and m.type == "Country":
            states.add(m.key)
    if len(states) != 1:
        return None
    state = states.pop()
    _keep(index, state)
    return state


def _in_headline(doc: Doc, sent) -> bool:
    """Whether ``sent`` lies in the text's first line when that line is a headline (no full stop
    ends it and a body follows)."""
    text = doc_text(doc)  # built once per document (spaCy's doc.text joins every token each time)
    nl = text.find("\n")
    if nl < 0 or sent.start_char >= nl:
        return False
    first = text[:nl].rstrip()
    return bool(first) and first[-1] not in ".!?\"”'’" and bool(text[nl:].strip())


def _scene_state(doc: Doc, index: EntityIndex, ts: int) -> str | None:
    """The state of a place that opens the title's sentence as its scene, before any verb: "In
    Prague, the foreign minister, X, said", "Meanwhile in Beijing, foreign ministry spokesman
    X told reporters" (a reaction round-up moving from capital to capital names each capital's
    own officials). Only a place that stands for a state (a capital or the state itself)."""
    sent = sentence(doc[ts])
    for i in range(sent.start, ts - 2):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lower_ != "in":
            continue
        m = index.at_token(i + 1)
        if m is None or m.start != i + 1 or m.end >= ts or doc[m.end].text != ",":
            continue
        if m.type == "Country":
            return m.key
        if m.type == "Location" and (cap := index.gazetteer.capital(doc[m.start : m.end].text)) is not None:
            return cap.key  # "In Prague,": a capital named as a place
    return None


def _including_state(doc: Doc, index: EntityIndex, ts: int, tt) -> str | None:
    """The state a demonym or name gives the group a title at ``ts`` is picked from ("ordered six
    Canadian diplomats, including acting high commissioner X, to leave"; "Indian officials such as
    Ambassador X"; "their Philippine counterparts, Foreign Secretary X and Y")."""
    k = ts - 1
    while k >= 0 and doc[k].lower_ in tt.modifiers:
        k -= 1
    if k >= 1 and doc[k].text in (",", ":") and doc[k - 1].tag_ == "NNS":
        # "their Philippine counterparts, Foreign Secretary X and Y", "two Russian diplomats:
        # Consul General X and ...": the titled names list the group
        head = doc[k - 1]
    elif (
        k < 1
        or doc[k].lower_ not in ("including", "as")
        or (doc[k].lower_ == "as" and doc[k - 1].lower_ != "such")
    ):
        return None
    else:
        head = doc[k].head if doc[k].lower_ == "including" else doc[k - 1].head
    if head.pos_ not in ("NOUN", "PROPN") or head.i >= k:
        return None
    states = {
        st
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (m := index.at_token(c.i)) is not None
        for st in [_state_of_mention(index, m)]
        if st
    }
    return states.pop() if len(states) == 1 else None


def _other_title_state(
    doc: Doc, index: EntityIndex, raw: list, person: str, ts: int, tt, known: dict[str, str]
) -> str | None:
    """The context state of another current state title of the same person later in the text
    ("the Minister for Finance, Senator the Hon X, announced ... Senator X said"): one person's
    state offices in one text are offices of one state."""
    for p, role, level, target, ots, *_ in raw:
        if (
            p == person
            and target is None
            and level == "state"
            and ots > ts
            and not role.startswith(("former", "ex"))
        ):
            state = _context_state(doc, index, person, role, ots, tt, known)
            if state is not None:
                return state
    return None


def _cabinet_title(role: str, tt) -> bool:
    """Whether ``role`` is a national cabinet title ("Interior Minister", "acting President")."""
    k = tt.key(role)
    return any(k[-len(h) :] == h for h in tt.cabinet_heads)


def _dominant_state(doc: Doc, index: EntityIndex, person: str, ts: int) -> str | None:
    """The state the article names most, when it is named at least three times and at least
    one and a half times as often as any other (a bilateral story names its own state more),
    unless the sentence of the title at ``ts`` names another
    state (or an actor of one) before the title, or an actor that is a clause subject governs
    the titled person ("X met Foreign Minister Y")."""
    counts = Counter(m.key for m in index.mentions if m.type == "Country")
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if n < 3 or (rest and n < 1.5 * rest[0][1]):
        return None
    sent = sentence(doc[ts])
    if any(
        m.key != person
        and m.start < ts
        and not _in_quote(doc, sent.start, m.start)  # '"The UAE ...," Foreign Minister X said'
        and _state_of_mention(index, m) not in (None, top)
        for m in index.in_span(sent)
    ):
        return None
    return top


#: verbs (lemmas) of travelling to a state for a meeting
_VISIT_VERBS = {"travel", "visit", "fly", "go", "head", "arrive", "come"}


def _visit_host(doc: Doc, index: EntityIndex, ts: int) -> str | None:
    """The state a verb of travelling above the title at ``ts`` goes to ("travel to Beijing
    for talks with Minister X", "visit Tokyo to meet Minister X"): its object or "to"/"in"
    object that names a state (or its capital); None when there is none or the titled person
    is the traveller."""
    tok = doc[ts]
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_ in _VISIT_VERBS:
            break
    else:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i <= ts < c.right_edge.i + 1 for c in tok.children):
        return None
    return next(iter(_visit_destinations(index, tok)), None)


def _visit_destinations(index: EntityIndex, verb) -> list[str]:
    """The states a verb of travelling goes to, in order: its object or "to"/"in" object that
    names a state (or its capital)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    out = []
    for o in objs:
        m = index.at_token(o.i)
        if m is not None and m.type == "Country":
            out.append(m.key)
        elif m is not None and m.type == "Location" and (e := index.gazetteer.capital(m.text)) is not None:
            out.append(e.key)
    return out


def _summoner_host(doc: Doc, index: EntityIndex, ts: int, tt) -> str | None:
    """The state whose official summons another state's envoy (``summon_verbs`` in titles.json),
    for the titled person at ``ts`` who is the verb's subject: the state the envoy is posted to
    ("summoned Y, the acting Chinese ambassador to Japan"), else the state or capital of an "in"
    phrase of the verb ("summoned Russian Ambassador Y to the Foreign Ministry in Seoul"); never
    the envoy's own state, which must be named. None when the sentence names no host."""
    tok = doc[ts]
    for _ in range(4):
        if tok.dep_ == "nsubj" or tok.head.i == tok.i:
            break
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in tt.summon_verbs:
        return None
    own = set()
    hosts = []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "prep")):
        sub = list(obj.subtree)
        if obj.dep_ == "dobj" and not any(t.lower_ in _SUMMONED_ENVOY_WORDS for t in sub):
            return None
        for t in sub:
            m = index.at_token(t.i)
            if m is None or m.type not in ("Country", "Location") or m.start != t.i:
                continue
            key = m.key
            if m.type == "Location":
                # "to the Foreign Ministry in central Seoul": a capital names its state
                capital = index.gazetteer.capital(m.text)
                if capital is None:
                    continue
                key = capital.key
            prep = doc[m.start - 1] if m.start > 0 else None
            while prep is not None and prep.i > obj.i and prep.lower_ in ("the", "central"):
                prep = doc[prep.i - 1]
            if prep is not None and prep.lower_ in ("to", "in") and prep.i >= sub[0].i:
                hosts.append(key)
            else:
                own.add(key)  # "Chinese Ambassador Y": the envoy's own state
    hosts = [h for h in hosts if h not in own]
    # the envoy's own state must be named: "summoned the ambassador to Moscow for consultations"
    # recalls one's own envoy from Moscow
    return hosts[0] if own and len(set(hosts)) == 1 else None


def _met_by_other(doc: Doc, ts: int, tt) -> bool:
    """Whether the title at ``ts`` lies in the object or "with" phrase of a verb of meeting
    (``meeting_verbs`` in titles.json) that has a subject of its own ("The Serbian leader met
    Defence Minister X", "Wang Yi held talks with Defence Minister X"): the other party of a
    meeting, whose state the sentence does not give. ("Paris recalled Ambassador X": the
    subject's own official.)"""
    tok = doc[ts]
    with_party = False
    for _ in range(12):
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
            return False
        head = tok.head
        with_party = with_party or (head.lower_ == "with" and head.pos_ == "ADP")
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            # "called ambassador X home": a recall, not a call to another party
            return with_party or (head.lemma_ in tt.meeting_verbs and not _directive(head, tt))
        tok = head
    return False


def _meeter_state(doc: Doc, index: EntityIndex, ts: int, known: dict[str, str] | None) -> str | None:
    """The state of the subject of the meeting verb above the title at ``ts`` (see
    :func:`_met_by_other`): "Putin also met Prime Minister X" -> Russia."""
    tok = doc[ts]
    for _ in range(12):
        tok = _verb_above(tok, 12)
        if tok is None:
            return None
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            m = index.at_token(subj.i)
            return _state_of_mention(index, m, known) if m is not None else None
    return None


def _verb_above(tok, steps: int):
    """The first verb (or auxiliary) above ``tok`` within ``steps`` heads; None at the root."""
    for _ in range(steps):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _state_of_mention(
    index: EntityIndex, m: LinkedMention, known: dict[str, str] | None = None
) -> str | None:
    """The state a mention stands for or acts for (with ``known``: a person's state from a
    title the text gives them, "Colombian President X")."""
    if m.type == "Country":
        return m.key
    if m.type in ("Person", "Organization"):
        return index.country_of(m.key) or (known or {}).get(m.key)
    return None


def _directed(doc: Doc, i: int, tt) -> bool:
    """Whether the first verb above token ``i`` is a verb of directing a subordinate
    (``directive_verbs`` in titles.json: "he had instructed Foreign Secretary X to ...")."""
    verb = _verb_above(doc[i], 6)
    return verb is not None and _directive(verb, tt)


def _directive(verb, tt) -> bool:
    """Whether ``verb`` directs a subordinate: a ``directive_verbs`` lemma, or a phrasal one with
    its particle or adverb ("called ambassador X home", "call back ambassador X")."""
    parts = tt.directive_phrasal.get(verb.lemma_)
    return verb.lemma_ in tt.directive_verbs or bool(
        parts and any(c.lower_ in parts for c in verb.children)  # "home" parsed as an object too
    )


def _subject_state(
    doc: Doc,
    index: EntityIndex,
    sent,
    person: str,
    within: int | None = None,
    tt=None,
    known: dict[str, str] | None = None,
) -> str | None:
    """The one state (or actor of a state) that is a clause subject in ``sent``. With ``within``
    (the token of a title in the same sentence), a subject whose verb governs the titled person
    as its object ("Macron met Prime Minister X", "after meeting Defense Minister X") is the
    other party, not the person's state, unless the verb right above the title directs a
    subordinate ("X said he had ordered Defence Minister Y to ...")."""
    found = set()
    for m in index.in_span(sent):
        if m.key == person:
            continue
        subj = _clause_subject(doc, m)
        if subj is None:
            continue
        if (
            within is not None
            and _governs_object(doc, m, within)
            and (tt is None or not _directed(doc, within, tt))
        ):
            # the other party ("Macron met Prime Minister X"); but "X said he had instructed
            # Foreign Secretary Y to ...": X's subordinate
            continue
        if _in_quote(doc, sent.start, m.start):
            continue  # '"The UAE is a party to this war," Foreign Minister X said': the quote's topic
        if within is not None and _reported_by(doc, m, within):
            continue  # "Venezuela's envoy was given 72 hours to leave, Foreign Minister X said"
        st = _state_of_mention(index, m, known)
        if st:
            found.add(st)
            if subj.head.lemma_ in _VISIT_VERBS:
                # "since Russia's foreign minister visited Pretoria. After their talks, Minister X
                # said": the host of the visit is as likely the titled person's state
                found.update(_visit_destinations(index, subj.head))
    return found.pop() if len(found) == 1 else None


#: head nouns of a clause subject whose possessor or "of" object is the acting state's actor
#: ("Milei's office said", "the government of President X dismissed ...")
_VOICE_NOUNS = _STATE_NOUNS | {"office", "ministry", "spokesman", "spokeswoman", "spokesperson"}


def _clause_subject(doc: Doc, m: LinkedMention):
    """The clause subject token that ``m`` is, or whose possessor or "of" object it is when the
    subject is a government's voice ("Erdogan's office said", "the government of President X")."""
    for i in range(m.start, m.end):
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
            head = head.head
        elif tok.dep_ != "poss":
            continue
        if head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _VOICE_NOUNS:
            return head
    return None


_OPEN_QUOTES = {'"', "“", "'", "‘"}


def _root_subject_state(doc: Doc, index: EntityIndex, sent, person: str, known) -> str | None:
    """The state (or actor of a state) that is the subject of the main verb of ``sent``."""
    for m in index.in_span(sent):
        if m.key != person and any(
            doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.i == sent.root.i
            for i in range(m.start, m.end)
        ):
            return _state_of_mention(index, m, known)
    return None


def _root_subject_mention(index: EntityIndex, sent, person: str):
    """The mention that is the subject of the main verb of ``sent``, else the state that owns
    that subject ("China's reaction was swift.")."""
    doc = sent.doc
    for m in index.in_span(sent):
        if m.key != person and any(
            doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.i == sent.root.i
            for i in range(m.start, m.end)
        ):
            return m
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    poss = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
    m = index.at_token(poss.i) if poss is not None else None
    return m if m is not None and m.type == "Country" and m.key != person else None


def _reported_by(doc: Doc, m: LinkedMention, i: int) -> bool:
    """Whether ``m`` is the passive subject of a clause reported (a ccomp, up the tree) by a
    verb whose subject holds token ``i`` ("Venezuela's envoy was given 72 hours to leave,
    Foreign Minister X said"): what is done to it is the speaker's topic, and its state not the
    speaker's (an active subject is: "Ankara lodged a protest, spokesman X said")."""
    subj = next((doc[k] for k in range(m.start, m.end) if doc[k].dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    tok = subj.head
    for _ in range(8):
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.i != tok.i:
            verb = tok.head
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= i <= c.right_edge.i
                for c in verb.children
            ):
                return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _governs_object(doc: Doc, m: LinkedMention, i: int) -> bool:
    """Whether token ``i`` lies in a non-subject dependent of the verb whose subject is ``m``
    (up to that verb, no token on its path is a clause subject)."""
    subj = next((doc[k] for k in range(m.start, m.end) if doc[k].dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    verb = subj.head
    tok = doc[i]
    for _ in range(12):
        if tok.i == verb.i:
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _in_quote(doc: Doc, start: int, i: int) -> bool:
    """Whether token ``i`` lies inside quotation marks opened after ``start`` (its sentence start)."""
    n = sum(1 for t in doc[start:i] if t.text in ('"', "“", "”"))
    return n % 2 == 1


def _dateline_state(doc: Doc, index: EntityIndex) -> str | None:
    """The state whose capital, city (gazetteer/places.json) or own name opens the text as its
    dateline ("Yerevan, 9 August", "PORT SUDAN, Nov 24 (Reuters) -")."""
    for m in index.mentions[:8]:
        line_start = m.start == 0 or "\n" in doc[m.start - 1].whitespace_ or doc[m.start - 1].is_space
        if not line_start or m.end >= len(doc) or doc[m.end].text not in (",", "—", "–", "-", "(", ":"):
            continue
        if m.type == "Country" and m.via in ("capital", "metonym"):
            return m.key
        if m.type == "Location":
            # a capital, or a city or town of gazetteer/places.json ("PORT SUDAN, Nov 24 (Reuters)")
            e = index.gazetteer.capital(m.text) or place_state(m.text)
            if e is not None:
                return e.key
    return None


def _gazetteer_state(index: EntityIndex, person: str, role: str | None = None, tt=None) -> str | None:
    """The state a person the gazetteer knows acts for; given a national cabinet title ``role``
    ("Prime Minister X" in an earlier year's report) for one whose current office there is an
    international body's ("High Representative" of the EU), the state of their nationality: the
    cabinet office is that state's, not the body's (the gazetteer is a late-2025 snapshot)."""
    e = index.gazetteer.get(person)
    if e is None or not e.country:
        return None
    state = e.country
    acts_for = index.gazetteer.entries.get(e.country)
    if (
        role
        and tt is not None
        and acts_for is not None
        and acts_for.type != "Country"
        and _cabinet_title(role, tt)
    ):
        state = e.home or state
    _keep(index, state)
    return state


@extractors(EXTRACTOR)
def extract_roles(doc: Doc, index: EntityIndex, *, document: Document) -> list[Event]:
    """ROLE events (person -> organization or state, with the title) from the roles that
    :func:`kg.extract.entities.link_entities` found; evidence is the title's sentence, and a
    former office ("former host") is marked ``modality="historical"``."""
    out = []
    for f in index.roles:
        if f.target not in index:
            continue
        span = doc[f.start : f.end]
        out.append(
            make_event(
                document,
                "ROLE",
                [f.person],
                [f.target],
                evidence=sentence_evidence(span, document),
                trigger=span.text,
                trigger_start=span.start_char,
                confidence=f.confidence,
                extractor=EXTRACTOR,
                role=f.title,
                modality="historical"
                if f.title.lower().startswith(("former ", "ex-", "late "))
                else "asserted",
            )
        )
    return out
