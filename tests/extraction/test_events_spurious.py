"""Spurious events seen on unseen articles, by general cause: a condemnation aimed at the side the
condemning actor backs, and other readings that add a dyad no careful reader would code.
Hand-written sentences (none from an evaluation article) through the real pipeline; each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # a reaction to 'the attack' that sides with X in the same sentence (works with, helps, backs X)
    # does not blame X, even when X's forces struck earlier in the story
    (
        "Colombian troops raided a rebel camp on Monday. On Tuesday a car bomb hit an army base near the "
        "border, killing four soldiers. Ecuador condemned the attack and said it was working with Colombia "
        "to secure the frontier.",
        {("Ecuador", "COOPERATE", "Colombia")},
    ),
    (
        "Indian jets struck militant camps on Monday. On Tuesday a suicide bomber hit a convoy in Kashmir. "
        "Bhutan condemned the attack and pledged to cooperate with India against terrorism.",
        {("Bhutan", "AGREE", "India")},  # a pledge to cooperate is AGREE (PLOVER)
    ),
    # near miss: help offered to the struck side leaves the blame on the attacker
    (
        "Israeli forces shelled positions in southern Lebanon overnight. France condemned the attack and "
        "offered assistance to Lebanon.",
        {("Israel", "ASSAULT", "Lebanon"), ("France", "ACCUSE", "Israel"), ("France", "AID", "Lebanon")},
    ),
    # an interview with a news outlet is no consultation
    (
        "Speaking to the Financial Times in Canberra on Friday, Albanese said the deal was not aimed at anyone.",
        set(),
    ),
    (
        "Speaking to Al Jazeera on Monday, Pakistani Foreign Minister Ishaq Dar said the talks had stalled.",
        set(),
    ),
    # near miss: a call between two ministers is
    (
        "Pakistani Foreign Minister Ishaq Dar spoke to Chinese Foreign Minister Wang Yi by phone on Monday.",
        {("Ishaq Dar", "CONSULT", "Wang Yi")},
    ),
    # hosting refugees, migrants or workers of a nationality is no visit by their state
    ("Turkey hosts about 3.2 million Syrian refugees, more than any other country.", set()),
    ("Pakistan, which has hosted millions of Afghan refugees for decades, began deporting them.", set()),
    ("Jordan is hosting some 650,000 refugees, including many Syrians who fled the war.", set()),
    ("Qatar, which hosts Hamas's political office, said it would keep mediating.", set()),
    # near misses: a hosted leader or envoy is a visit
    (
        "Chad hosted Sudan's foreign minister and a delegation of officials on Monday.",
        {("Chad", "CONSULT", "Sudan")},
    ),
    # a travelling companion ('with') is not the host of a visit; it visits the host too
    (
        "Ms Kallas travelled to Kyiv with Polish Foreign Minister Radoslaw Sikorski to announce new aid.",
        {("Kaja Kallas", "CONSULT", "Ukraine"), ("Radoslaw Sikorski", "CONSULT", "Ukraine")},
    ),
    (
        "Ms Kallas visited Kyiv with Polish Foreign Minister Radoslaw Sikorski on Monday.",
        {("Kaja Kallas", "CONSULT", "Ukraine"), ("Radoslaw Sikorski", "CONSULT", "Ukraine")},
    ),
    # a passive topic object (what is blocked or vetoed) is not the target: 'a plan to sanction X' is no
    # rejection of X; its author is ("a Russian draft resolution was vetoed by the US")
    ("In the end, proposals to sanction Georgian officials were blocked by Slovakia.", set()),
    ("A Russian draft resolution was vetoed by the United States.", {("United States", "REJECT", "Russia")}),
    # an actor as the passive subject of a topic verb is still the one acted on
    ("The Kenyan president was welcomed in Addis Ababa by Abiy Ahmed.", {("Abiy Ahmed", "SUPPORT", "Kenya")}),
    # an act a deal lets or allows another to do is permitted, not done
    (
        "The two ministers signed a shiprider agreement that will let Fijian officers board Australian navy "
        "vessels to patrol the zone.",
        set(),
    ),
    # near miss: a refusal to allow stays a rejection
    ("Russia said it would not allow Ukraine to join NATO.", {("Russia", "REJECT", "Ukraine")}),
    # a clause whose verb the parser misreads as a modifier ('scrambled jets') does not lend its subjects
    # to the next clause's verb after ', and'
    (
        "Taiwan's Air Force and the Philippine Air Force scrambled jets, and Manila lodged a protest with Beijing.",
        {("Philippines", "ACCUSE", "China")},
    ),
    (
        "India's Border Security Force and the Bhutanese army scrambled patrols, and New Delhi lodged a protest "
        "with Beijing.",
        {("India", "ACCUSE", "China")},
    ),
    # near misses: lists of subjects stay lists
    (
        "Japan, South Korea and the United States lodged protests with Beijing.",
        {
            ("Japan", "ACCUSE", "China"),
            ("South Korea", "ACCUSE", "China"),
            ("United States", "ACCUSE", "China"),
        },
    ),
    # a measure coordinated with a decision taken is the decided measure, not a threat
    (
        "Taiwan's foreign minister said the government had decided to cut ties with immediate effect and "
        "would recall its ambassador from Managua.",
        {("Taiwan", "SANCTION", "Nicaragua")},
    ),
    # near misses: an own conditional or announced hostile measure is a threat
    (
        "Russia said it would expel Estonian diplomats if Tallinn did not reverse the decision.",
        {("Russia", "THREATEN", "Estonia")},
    ),
    ("China said it would impose sanctions on Lithuania.", {("China", "THREATEN", "Lithuania")}),
    # acts not done: 'has yet to', 'is yet to'; denied by 'no evidence that'; an inverted condition
    ("The United States has yet to impose sanctions on Georgia.", set()),
    ("There is no evidence that Rwanda supplied weapons to the M23, the ministry said.", set()),
    (
        "Should Israel strike Iranian nuclear sites, Tehran would retaliate.",
        {("Iran", "THREATEN", "Israel")},
    ),
    # near misses: 'no doubt that' affirms; a done act beside a 'yet to' clause stays
    ("There is no doubt that Russia attacked Ukraine.", {("Russia", "ASSAULT", "Ukraine")}),
    (
        "The United States imposed sanctions on Georgia, and Britain has yet to follow.",
        {("United States", "SANCTION", "Georgia")},
    ),
    # the brokers of a deal are no parties to it
    ("A ceasefire brokered by the United States and Qatar took effect on Sunday.", set()),
    (
        "The truce between Israel and Hamas, brokered by Qatar and Egypt, collapsed within days.",
        {
            ("Hamas", "AGREE", "Israel"),
            ("Qatar", "CONSULT", "Israel"),
            ("Qatar", "CONSULT", "Hamas"),
            ("Egypt", "CONSULT", "Israel"),
            ("Egypt", "CONSULT", "Hamas"),
        },
    ),
    # near miss: the signatories of a deal are its parties
    ("The agreement signed by Armenia and Azerbaijan ended the war.", {("Azerbaijan", "AGREE", "Armenia")}),
    # 'pro-'/'anti-' before a demonym states a stance toward that state; it does not name the state acting
    ("Pro-Russian separatists in Transnistria accused Moldova of blockading the region.", set()),
    ("Anti-American protesters stormed the embassy in Baghdad.", set()),
    # a text someone blocks states its authors' acts, not the blocker's
    ("The United States vetoed a resolution condemning Israel.", set()),
    ("Hungary blocked a statement condemning Russia.", set()),
    ("China rejected a draft declaration criticising Pakistan.", set()),
    # near miss: an issued text's acts are its issuer's
    ("Norway issued a statement condemning Iran.", {("Norway", "ACCUSE", "Iran")}),
    # 'the case of X' is the matter concerning X (a detainee), no lawsuit against X
    (
        "Prime Minister Mark Rutte said he had raised the case of Dutch journalist Pieter Smit, who has been "
        "held in Iran since 2022.",
        set(),
    ),
    (
        "The chancellor told Modi that Germany wanted closer ties and raised the case of the jailed German "
        "activist Anna Berg.",
        set(),
    ),
    # near miss: a case brought against a state accuses it
    (
        "France filed a case against Mali at the International Court of Justice.",
        {("France", "ACCUSE", "Mali")},
    ),
    # 'non-' before a demonym names what is not of that state: no aid to, or act of, the state
    ("Norway and Chile pledged loans for non-Russian fertiliser producers.", set()),
    ("Peru has offered financing for non-Japanese suppliers.", set()),
    ("Brazil sent aid to non-Venezuelan migrants in Roraima.", set()),
    # near miss: a plain demonym is the state
    ("Russian troops attacked Ukrainian positions.", {("Russia", "ASSAULT", "Ukraine")}),
    # exchanged accusations (of shelling) are accusations both ways, not an exchange of fire
    (
        "Ukraine and Russia exchanged accusations of shelling near the plant.",
        {("Ukraine", "ACCUSE", "Russia"), ("Russia", "ACCUSE", "Ukraine")},
    ),
    (
        "Armenia and Azerbaijan exchanged fire along the border.",
        {("Armenia", "ASSAULT", "Azerbaijan"), ("Azerbaijan", "ASSAULT", "Armenia")},
    ),
    # opposing another's aid or support to Y rejects the giver, not the recipient
    ("Beijing firmly opposes US arms sales to Taiwan.", {("China", "REJECT", "United States")}),
    # near miss: rejecting talks with X rejects X
    ("Iran rejected talks with the United States.", {("Iran", "REJECT", "United States")}),
    # "X accused Y of Z, a charge Y rejected/denied": the accusation stands; the summed-up clause is
    # neither the rejection's complement nor its words
    (
        'The Philippines accused China of "dangerous manoeuvres", a charge Beijing rejected.',
        {("Philippines", "ACCUSE", "China")},
    ),
    (
        "The Philippines accused China of dangerous manoeuvres, a charge Beijing denied.",
        {("Philippines", "ACCUSE", "China")},
    ),
    # near miss: a pejorative complement of the judging verb itself
    ("Moscow branded the Estonian decision a provocation.", {("Russia", "ACCUSE", "Estonia")}),
    # after a report in the past perfect, ', and <simple past>' continues the report: the reporter acts
    (
        "The Israeli prime minister said Hezbollah had fired 50 rockets at the north, and thanked Germany for "
        "sending air defences.",
        {("Israel", "SUPPORT", "Germany")},
    ),
    (
        "The Polish president said Russia had launched 300 drones at Ukraine overnight, and offered to train "
        "Ukrainian pilots.",
        {("Russia", "ASSAULT", "Ukraine"), ("Poland", "COOPERATE", "Ukraine")},
    ),
    # near miss: without the comma the conjunct stays in the reported clause
    (
        "Officials said that Russia had massed troops and threatened Ukraine.",
        {("Russia", "THREATEN", "Ukraine")},
    ),
    # a demonym on rebels, opposition figures, exiles or militants names their origin, not the state acting
    ("Syrian rebels attacked Russian troops near Idlib.", set()),
    ("Venezuelan opposition leaders met US officials in Washington.", set()),
    ("Belarusian exiles urged the EU to impose sanctions on Minsk.", set()),
    # near misses: a state's troops, officials and civilians stay the state; a named group stays itself
    ("Russian forces shelled Ukrainian civilians in Kherson.", {("Russia", "ASSAULT", "Ukraine")}),
    ("The Venezuelan foreign minister met US officials.", {("Venezuela", "CONSULT", "United States")}),
    ("Israeli strikes killed Hamas militants in Gaza.", {("Israel", "ASSAULT", "Hamas")}),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_spurious_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
