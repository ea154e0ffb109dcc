"""The news agency of a dateline acts in nothing: neither as a modifier the parser hangs on the
subject after the dash ('NAIROBI/KAMPALA, Feb 11 (Reuters) - East African leaders called on ...')
nor as the first part of a name the tagger runs across the dash ('SEOUL, Aug. 27 Kyodo - South
Korea lodged ...'): a name never runs across a dash set off by spaces."""

from __future__ import annotations

AGENCIES = {"Reuters", "Kyodo", "Kyodo - South Korea", "Yonhap", "Agence France-Presse"}


def test_two_city_dateline_agency_is_no_requester(event_dyads):
    _evs, got = event_dyads(
        "NAIROBI/KAMPALA, Feb 11 (Reuters) - East African leaders on Tuesday called on Sudan's army and "
        "the paramilitary RSF to end months of fighting, as Kenya kept its border with its neighbour closed."
    )
    assert not {k for k in got if k[0] in AGENCIES or k[2] in AGENCIES}


def test_agency_run_into_the_subject_is_cut_at_the_dash(event_dyads):
    _evs, got = event_dyads(
        "SEOUL, Aug. 27 Kyodo - South Korea lodged a strong protest with Japan on Tuesday after a "
        "Japanese military aircraft violated Korean airspace."
    )
    assert ("South Korea", "ACCUSE", "Japan") in got
    assert not {k for k in got if k[0] in AGENCIES or k[2] in AGENCIES}


def test_hyphenated_name_is_kept_whole(event_dyads):
    _evs, got = event_dyads("Guinea-Bissau expelled a Senegalese diplomat on Monday.")
    assert not {k for k in got if "Guinea" in k[0] and k[0] != "Guinea-Bissau"}
