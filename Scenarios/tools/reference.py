"""What the scenario builders share: quoting, figures, and the reference's sources and conflicts
written as a scenario's lists, as they are in Scenarios/data/mss-research.yaml."""
import json

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


def write_sources_and_conflicts(ref, w):
    """Every source and every recorded conflict of the reference, copied as they are."""
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
    for c in ref["conflicts"]:
        w(f"  - id: {q(c['id'])}")
        w(f"    topic: {q(c['topic'])}")
        w("    claims:")
        for claim in c["claims"]:
            value = claim["value"]
            if isinstance(value, int):
                value = f"{value:,}"
            w(f"      - value: {q(str(value))}")
            w("        sources: [" + ", ".join(q(x) for x in claim["sources"]) + "]")
        if c.get("assessment"):
            w(f"    assessment: {q(c['assessment'])}")
