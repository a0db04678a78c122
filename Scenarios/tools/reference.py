"""What the scenario builders share: quoting, figures, and the reference's sources and conflicts
written as a scenario's lists, as they are in Scenarios/data/mss-research.yaml."""
import json
import re

q = lambda s: json.dumps(s, ensure_ascii=False)


def fig(value, qualifier="exact", sources=(), as_of=None, note=None, derived=None):
    """A figure as a flow mapping: value, then what is given of qualifier, sources, date, note."""
    parts = [f"value: {value}"]
    if qualifier != "exact":
        parts.append(f"qualifier: {qualifier}")
    if sources:
        parts.append("sources: [" + ", ".join(q(s) for s in sources) + "]")
    if as_of:
        parts.append(f"as_of: {q(as_of)}")
    if note:
        parts.append(f"note: {q(note)}")
    if derived:
        parts.append(f"derived: {q(derived)}")
    return "{" + ", ".join(parts) + "}"


MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}


def source_date(source):
    """The day or month a source was published, from its 'published' text or, failing that, its id
    ("MWEBANTU-2024-07-17"); None when neither gives one. A date inside a parenthesis ("unknown
    (February 2025)") counts: it says when the source was written about."""
    for text in (str(source.get("published") or ""), source["id"]):
        m = re.search(r"(20\d\d)-(\d\d)(?:-(\d\d))?", text)
        if m:
            return m.group(0)
        m = re.search(r"(" + "|".join(MONTHS) + r") (20\d\d)", text.lower())
        if m:
            return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    return None


def conflict_known(conflict, published):
    """The date a recorded conflict became known: when the second of its claims was published (a
    claim is published with its earliest dated source). None when fewer than two claims are dated:
    the conflict is then shown at every date, as an undated figure is."""
    def later_end(d):
        return d if len(d) == 10 else d + "-31"
    claims = []
    for claim in conflict["claims"]:
        dates = [published.get(x) for x in claim["sources"] if published.get(x)]
        if dates:
            claims.append(min(dates, key=later_end))
    if len(claims) >= 2:
        return sorted(claims, key=later_end)[1]
    # Too few dated claims: the latest date the conflict's own words mention, if any.
    text = json.dumps(conflict, ensure_ascii=False, default=str).lower()
    found = [m.group(0) for m in re.finditer(r"20\d\d-\d\d(?:-\d\d)?", text)]
    found += [f"{y}-{MONTHS[m]:02d}" for m, y in re.findall(r"(" + "|".join(MONTHS) + r") (20\d\d)", text)]
    return max(found, key=later_end) if found else None


def write_sources_and_conflicts(ref, w, figures=None):
    """Every source and every recorded conflict of the reference, copied as they are.

    `figures` names, for a conflict over one number, the scenario figure it is about and each
    claim's number in the claim's own order (the numbers the claims state, nothing else)."""
    figures = figures or {}
    w("sources:")
    for s in ref["sources"]:
        w(f"  - id: {q(s['id'])}")
        w(f"    title: {q(s['title'])}")
        if s.get("origin"):
            w(f"    publisher: {q(s['origin'])}")
        if s.get("published"):
            w(f"    published: {q(str(s['published']))}")
        address = s.get("url")
        if address:
            w(f"    address: {q(address)}")
    w("conflicts:")
    published = {s["id"]: source_date(s) for s in ref["sources"]}
    for c in ref["conflicts"]:
        w(f"  - id: {q(c['id'])}")
        w(f"    topic: {q(c['topic'])}")
        known = conflict_known(c, published)
        if known:
            w(f"    as_of: {q(known)}")
        figure, numbers = figures.get(c["id"], (None, []))
        if figure:
            w(f"    figure: {q(figure)}")
        w("    claims:")
        for index, claim in enumerate(c["claims"]):
            value = claim["value"]
            if isinstance(value, int):
                value = f"{value:,}"
            w(f"      - value: {q(str(value))}")
            if index < len(numbers) and numbers[index] is not None:
                w(f"        number: {numbers[index]}")
            w("        sources: [" + ", ".join(q(x) for x in claim["sources"]) + "]")
        if c.get("assessment"):
            w(f"    assessment: {q(c['assessment'])}")
