"""Sections of a briefing: the feed's category when given, else topic keywords refined by clustering."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from digest.merge import content_words

log = logging.getLogger(__name__)

OTHER = "Other news"

# Seed words of common news desks. They only start the grouping: each section then gathers the
# stories nearest to its centroid (seeded k-means over TF-IDF), so a story without seed words
# still lands with the stories it resembles.
SEED_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "Politics": """election elections minister ministers parliament parliamentary party parties
            government vote votes voters voting campaign mp mps senate senator congress lawmakers
            opposition cabinet legislation bill coalition politician politicians political
            referendum policy tory tories labour democrats republicans governor mayor""",
        "World": """war troops military ceasefire attack attacks killed army soldiers forces
            militants peace refugees border invasion rebels embassy sanctions diplomat
            diplomats prisoners hostages united nations nato""",
        "Business": """shares market markets profit profits company companies firm firms economy
            economic bank banks prices sales investors revenue growth inflation stock stocks
            trade billion earnings dollar oil rates unemployment takeover bid retail
            consumers exports debt tax""",
        "Sport": """match matches cup league coach players player season champion champions
            championship team football rugby tennis cricket olympic olympics goal goals
            striker final tournament injury squad scored victory club fans race athletics
            semi quarter world-cup medal""",
        "Technology": """software internet computer computers mobile phone phones online digital
            technology users web website broadband device devices chip chips microsoft google
            apple data network networks gadget gadgets virus spam hackers security
            consoles gaming""",
        "Culture": """film films movie movies music album band singer actor actress award awards
            festival show star stars oscar oscars box office tv television chart song songs
            director comedy theatre book novel celebrity concert""",
        "Health": """hospital hospitals patients doctors health disease diseases vaccine vaccines
            medical nurses cancer treatment outbreak infection infections drugs""",
        "Science": """scientists research researchers study space nasa climate species planet
            experiment physics biology astronomers""",
    }.items()
}
_MIN_SEED_HITS = 2


def normalise_section(name: str) -> str:
    """A feed category as a section heading: trimmed, and capitalised when all lower case."""
    name = " ".join(name.split())
    return name[:1].upper() + name[1:] if name.islower() else name


def assign_sections(texts: Sequence[str], given: Sequence[str | None]) -> list[str]:
    """A section for each story: `given` (the feed category) when set, else by topic.

    Stories without a category get the desk whose seed words they use most (at least twice),
    then every such story moves to the nearest section centroid over TF-IDF (a few rounds of
    seeded k-means; sections from feeds are centroids too but their stories stay put).
    Stories far from every centroid go to "Other news".
    """
    fixed = [normalise_section(g) if g and g.strip() else None for g in given]
    labels: list[str | None] = list(fixed)
    free = [i for i, g in enumerate(fixed) if g is None]
    if not free:
        return [x or OTHER for x in labels]
    for i in free:
        labels[i] = _seed_section(texts[i])
    if len(texts) >= 2:
        labels = _refine(texts, labels, free)
    return [x or OTHER for x in labels]


def _seed_section(text: str) -> str | None:
    words = Counter(content_words(text))
    hits = {name: sum(words[w] for w in seeds) for name, seeds in SEED_WORDS.items()}
    best = max(hits.values())
    if best < _MIN_SEED_HITS:
        return None
    return next(name for name, h in hits.items() if h == best)  # ties: the earlier desk


def _refine(
    texts: Sequence[str], labels: list[str | None], free: list[int], rounds: int = 5
) -> list[str | None]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    try:
        matrix = TfidfVectorizer(
            sublinear_tf=True, stop_words="english", min_df=2 if len(texts) >= 20 else 1
        ).fit_transform(texts)
    except ValueError:  # no words at all
        return labels
    labels = list(labels)
    for _ in range(rounds):
        names = sorted({x for x in labels if x})
        if not names:
            return labels
        centroids = []
        for name in names:
            members = [i for i, x in enumerate(labels) if x == name]
            centroids.append(np.asarray(matrix[members].mean(axis=0)).ravel())
        centroids = normalize(np.vstack(centroids))
        sims = np.asarray(matrix[free] @ centroids.T)
        best = sims.argmax(axis=1)
        changed = 0
        for row, i in enumerate(free):
            new = names[best[row]] if sims[row, best[row]] >= 0.05 else None
            if new != labels[i]:
                labels[i] = new
                changed += 1
        log.debug("section refinement: %d stories moved", changed)
        if not changed:
            break
    return labels
