"""A sanction on goods targets the state (or firm) the goods come from or go to when it is named inside
the goods phrase, not as its head (event_lexicon 'goods_origin', CAMEO 163): a participle of origin or
destination ('bicycles made in Vietnam', 'machine tools bound for Russia', 'glass imported from
Egypt'), a demonym on a compound participle ('Chilean-made tyres'), a 'from' phrase on the goods
('suspended beef shipments from JBS', also when the parser hangs it on the verb), the owner of what
the goods belong to ('tankers of Iran's ghost fleet') or serve ('components essential for Iran's drone
program'); also through a relative clause of placing ('the duties Santiago placed on ...') and the
import-tax nouns 'surtax' and 'surcharge'."""

from __future__ import annotations

import pytest

CASES = [
    ("Turkey imposed duties on bicycles made in Vietnam.", ("Turkey", "SANCTION", "Vietnam")),
    (
        "Seoul imposed export controls on machine tools bound for Russia.",
        ("South Korea", "SANCTION", "Russia"),
    ),
    ("Ankara announced anti-dumping duties on glass imported from Egypt.", ("Turkey", "SANCTION", "Egypt")),
    ("Peru slapped duties on Chilean-made tyres last year.", ("Peru", "SANCTION", "Chile")),
    (
        "Norway imposed sanctions on traders, banks and more than 50 tankers of Iran's ghost fleet.",
        ("Norway", "SANCTION", "Iran"),
    ),
    # the parser hangs the goods' 'from' phrase on the verb
    ("China suspended beef shipments from JBS in March.", ("China", "SANCTION", "JBS")),
    ("Peru imposed tariffs on copper from Chile.", ("Peru", "SANCTION", "Chile")),
    (
        "Lima said the move was retaliation for the duties Santiago placed on fruit grown in Peru.",
        ("Chile", "SANCTION", "Peru"),
    ),
    ("Mexico announced a 30 percent surtax on Brazilian shoes.", ("Mexico", "SANCTION", "Brazil")),
    ("Peru placed duties on Chilean copper last year.", ("Peru", "SANCTION", "Chile")),
    # an adjective's 'to'/'for' phrase names the state the goods serve
    (
        "Canada imposed export controls on components essential for Iran's drone program.",
        ("Canada", "SANCTION", "Iran"),
    ),
    (
        "Seoul said it would lift the export restrictions it imposed in 2020 on two gases vital to Taiwan's chip industry.",
        ("South Korea", "SANCTION", "Taiwan"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_goods_state_is_the_target(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_goods_origin_in_aid_is_no_recipient(event_dyads):
    # the goods' origin in a sending of aid is not its recipient
    _evs, got = event_dyads("Japan sent rice grown in Thailand to Myanmar.")
    assert ("Japan", "AID", "Thailand") not in got
