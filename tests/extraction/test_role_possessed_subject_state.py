"""An unqualified state title opening a sentence continues the state that owns the previous
sentence's subject ("China's reaction was swift. Foreign Ministry spokesman X said ..."). Our own
sentences; the case failed before."""


def test_possessed_subject_gives_state(role_pairs):
    text = (
        "The leaders of Japan and South Korea met in Tokyo on Friday.\n\n"
        'China\'s reaction was swift. Foreign Ministry spokesman Li Hua said Beijing opposed "exclusive groupings".'
    )
    pairs, _ = role_pairs(text)
    assert ("Li Hua", "China") in pairs
