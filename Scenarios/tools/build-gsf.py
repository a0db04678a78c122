#!/usr/bin/env python3
"""Builds Scenarios/haiti-mss-gsf.yaml from Scenarios/data/mss-research.yaml.

The Kenya-led MSS (resolutions 2699 and 2751) and the Gang Suppression Force that replaced it
(resolution 2793) as one mission history, through the reference's last item (2026-03-21).
Sources and the 23 recorded conflicts are copied from the reference as they are; the dated
figures and money flows are chosen from it by hand, each naming its reference sources, so that
no two lines count the same money twice. A value no source gives is marked `derived` with how it
was worked out, or left out. Run from the repository root:

    python3 Scenarios/tools/build-gsf.py Scenarios/data/mss-research.yaml > Scenarios/haiti-mss-gsf.yaml
"""
import sys

import yaml

from reference import fig, q, write_sources_and_conflicts

ref = yaml.safe_load(open(sys.argv[1]))


def flow(stage, amount, date, sources, note=None, to_date=False, qualifier=None, currency=None, since=None,
         derived=None, from_=None):
    parts = [f"stage: {stage}", f"amount: {amount}", f"date: {q(date)}"]
    if qualifier:
        parts.append(f"qualifier: {qualifier}")
    if to_date:
        parts.append("to_date: true")
    if since:
        parts.append(f"since: {q(since)}")
    if from_:
        parts.append(f"from: {from_}")
    if currency:
        parts.append(f"currency: {currency}")
    parts.append("sources: [" + ", ".join(q(s) for s in sources) + "]")
    if note:
        parts.append(f"note: {q(note)}")
    if derived:
        parts.append(f"derived: {q(derived)}")
    return "{" + ", ".join(parts) + "}"


out = []
w = out.append
w("# ForceBoard scenario, schema 2: the Kenya-led MSS and the Gang Suppression Force that replaced it,")
w("# one mission history from 2023 to 2026-03-21, built from Scenarios/data/mss-research.yaml by")
w("# Scenarios/tools/build-gsf.py. Every figure names its reference sources; derived values say how.")
w("schema: 2")
w("mission:")
w('  name: "Kenya-led multinational security mission in Haiti"')
w('  short_name: "Haiti mission"')
w('  lead_nation: "Kenya"')
w("  authorization:")
w('    decision: "UN Security Council resolution 2699 (2023)"')
w('    date: "2023-10-02"')
w('    sources: ["UN-SC15432"]')
w('    note: "Resolution 2699 set no numeric personnel ceiling (reference conflict C19). Each later decision is a mandate period, known from the day it was taken: the force in force names the mission on screen."')
w('  started: "2024-06-25"')
w('  as_of: "2026-03-21"')
w('  partner_group: ["United States", "Canada", "El Salvador", "Guatemala", "Jamaica", "Kenya", "Bahamas"]')
w("  periods:")
w('    - id: "res-2699"')
w('      decision: "UN Security Council resolution 2699 (2023)"')
w('      force: "MSS"')
w('      decided: "2023-10-02"')
w('      start: "2023-10-02"')
w('      end: "2024-10-02"')
w('      sources: ["UN-SC15432"]')
w('      note: "Twelve months (review after nine), paid for by voluntary contributions; no numeric personnel ceiling. No budget is stated: the requirement is derived from the cost per officer-year (an assumption)."')
w('    - id: "res-2751"')
w('      decision: "UN Security Council resolution 2751 (2024)"')
w('      force: "MSS"')
w('      decided: "2024-09-30"')
w('      start: "2024-10-02"')
w('      end: "2025-10-02"')
w("      budget: " + fig(600000000, "about", ["AP-USLIVE-FREEZE", "SCR-DR1", "VOA-BLK-2024-07-16"], "2025-02", "About $600M a year for up to 2,500 personnel. Other estimates run from $240M to $800M a year (reference conflict C17)."))
w('      carry_over: {cash: true, sources: ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"], note: "At the end of 2024 Kenya\'s government said the trust fund\'s money would pay for the mission to the end of September 2025: the fund\'s balance runs on across the extension. No source says the US commitments made under resolution 2699 were restated, so they lapse."}')
w('      sources: ["UNSCR-2751", "JUNO7-2751"]')
w('      note: "Extended the MSS to 2025-10-02, adopted unanimously; no ceiling stated."')
w('    - id: "res-2793"')
w('      decision: "UN Security Council resolution 2793 (2025)"')
w('      force: "GSF"')
w('      decided: "2025-09-30"')
w('      start: "2025-10-02"')
w('      end: "2026-10-02"')
w('      sources: ["UN-SC16185", "PETRA-2793", "IANS-2793", "UNSOH-MANDATE"]')
w('      note: "Replaces the MSS with the Gang Suppression Force for an initial twelve months (adopted 2025-09-30, 12-0-3; C12 on the date). The period is taken to run from the end of the MSS mandate (an assumption: the reference gives the adoption date and the twelve months). Personnel costs are met by voluntary contributions; logistics by the new UN Support Office (UNSOH). No GSF or UNSOH budget was found: the requirement is derived from the cost per officer-year (an assumption)."')
w("  notes:")
notes = [
    ("Kenya leads the MSS since June 2024, when its police arrived in Port-au-Prince.", "2024-06-25", ["AP-KRDO-2024-06-25", "SOURCE-ARTICLE"]),
    ("The Secretary-General proposed a UN support office funded from the peacekeeping budget, and no transition to UN peacekeeping for now.", "2025-02-24", ["CARIBTODAY-LETTER", "HAITIWIRE-GUTERRES"]),
    ("The United States froze its trust fund contributions under a stop-work order; $13.3M of its $15M was frozen.", "2025-02-04", ["REUTERS-DM-2025-02-06", "NATION-BRAVEFACE"]),
    ("At the end of 2024 Kenya's government said the trust fund's money would pay for the mission to the end of September 2025.", "2024-12-31", ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"]),
    ("President Ruto to the UN Security Council: only 11% of the funds the first year needed were received (single source). Which year is meant, the first mandate's or the first of deployment, is not said, so it is not set against a period's coverage here.", "2025-06", ["PL-2025-10-02"]),
    ("Resolution 2793 turned the MSS into the Gang Suppression Force: ceiling 5,550 (5,500 uniformed military and police, 50 civilians), personnel paid by voluntary contributions, logistics from a new UN Support Office (UNSOH).", "2025-09-30", ["UN-SC16185", "PETRA-2793", "IANS-2793"]),
    ("UNSOH is to take over full logistical support of the GSF within six months (by the end of March 2026); no budget or staffing figures were found.", "2025-09-30", ["UN-SC16185", "UNSOH-MANDATE", "CARIBTIMES-UNSOH"]),
    ("Haiti Force Generation Conference: 18 states and organisations committed personnel, resources or support. Sri Lanka offered a combat unit; Sierra Leone, Burkina Faso, The Gambia and Burundi made commitments without numbers; Argentina offered engineers and a hospital (uncertain); five unnamed nations more than 3,000 specialists (uncertain).", "2025-12-09", ["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF", "STAR-2025-12-16", "CRISISZONE-GSF", "CARIBSCOPE-157323"]),
    ("US Secretary of State Rubio: about 7,500 personnel pledged to the GSF (uncertain; reference conflict C21).", "2025-12-19", ["CARIBSCOPE-2025-12-20", "AYITIINTEL-2025-12-20"]),
    ("Kenya announced its drawdown and handed leadership to the GSF; no number after the drawdown was found.", "2026-02-07", ["CAPFM-2026-02-07"]),
    ("GSF full strength (5,500) is targeted for October 2026; Chad plans to deploy 800 police and gendarmes in 2026. No arrivals from the new contributors are reported up to 2026-03-21.", "2026-03-21", ["NATION-CHAD-2026-03-21"]),
]
for text, date, sources in notes:
    w(f"    - {{text: {q(text)}, as_of: {q(date)}, sources: [" + ", ".join(q(s) for s in sources) + "]}")

w("strength:")
w("  planned: " + fig(5500, sources=["UN-SC16185", "PETRA-2793"], as_of="2025-09-30", note="The GSF's 5,500 uniformed military and police: the uniformed part of the 5,550 ceiling. The MSS planned 2,500 before it."))
w("  authorized: " + fig(5550, sources=["UN-SC16185", "PETRA-2793", "IANS-2793", "UNSOH-MANDATE"], as_of="2025-09-30", note="Resolution 2793's ceiling: 5,500 uniformed and 50 civilians. The MSS had no numeric ceiling (C19)."))
w("  target: " + fig(5500, sources=["NATION-CHAD-2026-03-21"], as_of="2026-03-21", note="Full strength by October 2026 (Dominican Republic foreign minister, single source); Ayiti Intel says summer or autumn 2026 (uncertain)."))
w("  history:")
w("    - level: planned")
w("      figure: " + fig(2500, sources=["AP-KRDO-2024-06-25", "VOA-BLK-2024-07-16", "FEEDMAN-CAPFM-2025-09-22", "MWAKILISHI-2025-09-23"], as_of="2024-06-25", note="The MSS's planned strength, repeated from June 2024 to September 2025; not a ceiling (C5, C19)."))
w("    - level: target")
w("      figure: " + fig(5000, sources=["SOURCE-ARTICLE"], as_of="2025-03", note="The United States' goal of doubling the MSS from 2,500 to 5,000."))
w("  reported:")
for item in ref["force_totals_timeline"]:
    label = item["note"]
    value = item["deployed"]
    # The qualifier of the deployed figure as the note quotes it ("'more than 3,100' pledged"
    # is about pledges, not this figure).
    qualifier = "about" if item.get("approx") else "exact"
    if "'slightly fewer than" in label or "'nearly" in label:
        qualifier = "up_to"
    if "'more than 900'" in label:
        qualifier = "at_least"
    w(f"    - label: {q(label)}")
    w("      deployed: " + fig(value, qualifier, item["sources"], item["as_of"], f"Confidence: {item['confidence']}."))

contributors = [
    dict(country="Kenya", iso="KEN", role="lead", partner=True,
         pledged=fig(1000, sources=["KBC-2023-07-30"], as_of="2023-07-30"),
         deployed=fig(700, "about", ["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF"], "2025-12", "About 700 on the ground in mid-December 2025, after a rotation: about 400 left and 230 arrived on 2025-12-08 (C11). Kenya announced its drawdown on 2026-02-07; no later number was found."),
         history=[("first contingent arrives", fig(200, "about", ["AP-KRDO-2024-06-25"], "2024-06-25", "Some sources say 400 (C1).")),
                  ("second contingent arrives", fig(400, "about", ["HAITILIBRE-2024-07-17"], "2024-07-16")),
                  ("strength before the third contingent", fig(396, "exact", ["PEOPLEDAILY-GUA"], "2025-01-03")),
                  ("third contingent (217) arrives", fig(600, "about", ["NAIROBINEWS-217", "MKENYALEO-217"], "2025-01-18", "Arrival 18 or 19 January (C7).")),
                  ("fourth contingent (144) arrives", fig(744, "exact", ["KENYANS-144", "WEEKLYVISION-18168"], "2025-02-06", "Uncertain: other sources give 168 or 200 for this group (C8).")),
                  ("strength reported at the UN General Assembly", fig(735, "exact", ["FEEDMAN-CAPFM-2025-09-22", "IYEF-2025-09-23"], "2025-09-22", "Mwakilishi gives 737 for the same speech (C10).")),
                  ("on the ground after the December rotation (GSF)", fig(700, "about", ["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF"], "2025-12"))]),
    dict(country="Jamaica", iso="JAM", partner=True,
         pledged=fig(200, sources=["BREAKINGLATEST-2023-08-05", "MAGNETIC-2024-09-12"], as_of="2023-08-04", note="Prensa Latina gives 250 (C3)."),
         deployed=fig(21, sources=["JAMOBS-2025-04-16"], as_of="2025-04-16", note="Relief team of 18 JDF and 3 JCF."),
         history=[("first deployment: 20 JDF and 4 JCF", fig(24, "exact", ["MAGNETIC-2024-09-12", "PL-VOCES-JAM-BEL"], "2024-09-12")),
                  ("relief team replaces the advance team", fig(21, "exact", ["JAMOBS-2025-04-16"], "2025-04-16"))]),
    dict(country="Belize", iso="BLZ", partner=False,
         pledged=fig(50, sources=["REUTERS-BELIZE-2024-09", "PL-VOCES-JAM-BEL"], as_of="2024-05"),
         deployed=fig(2, sources=["REUTERS-BELIZE-2024-09"], as_of="2024-09", note="Two senior officers; no later figure found."),
         history=[("two senior officers deployed", fig(2, "exact", ["REUTERS-BELIZE-2024-09"], "2024-09"))]),
    dict(country="Bahamas", iso="BHS", partner=True,
         pledged=fig(150, sources=["BREAKINGLATEST-2023-08-05", "KAHAWA-2024-10-19", "WATCH-5380"], as_of="2023-08-04"),
         deployed=fig(6, sources=["RBDF-2024-10-18"], as_of="2024-10-18", note="Six-member advance team; no later figure found, though the Bahamas is still listed as a contributor in December 2025."),
         history=[("advance team arrives", fig(6, "exact", ["RBDF-2024-10-18", "PEOPLEDAILY-BAH"], "2024-10-18"))]),
    dict(country="Guatemala", iso="GTM", partner=True,
         earlier=[fig(150, sources=["AP-KESQ-GUA-2024-09", "REUTERS-FRONTIER-2025-01-03"], as_of="2024-09-24", note="150 military police, announced at the UN General Assembly.")],
         pledged=fig(600, "about", ["CRISISZONE-GSF"], "2025-12-09", "Uncertain, low-weight source: Guatemala pledged to double a contingent the source calls 300-strong; other sources say 150 deployed.", "double the 300 the source reports; the source states no pledge number"),
         deployed=fig(150, sources=["REUTERS-FBC-2025-01-05", "DEVDISCOURSE-GUA-2025-01-05"], as_of="2025-01-04", note="Haiti Chronicle says 77 arrived in the second group (C6). One low-weight source calls the contingent 300-strong in December 2025 (not corroborated)."),
         history=[("first group arrives", fig(75, "exact", ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03")),
                  ("second group arrives", fig(150, "exact", ["REUTERS-FBC-2025-01-05"], "2025-01-04"))]),
    dict(country="El Salvador", iso="SLV", partner=True,
         pledged=fig(78, sources=["REUTERS-FRONTIER-2025-01-03"], as_of="2024-08", note="78 soldiers and three helicopters for medical and casualty evacuation."),
         deployed=fig(70, "about", ["EFE-HCH-2025-02-04", "INFOCENTRE-SALV"], "2025-02-04", "Whether the advance team of 8 is among the 70 is not clear."),
         history=[("advance team arrives", fig(8, "exact", ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03")),
                  ("main body arrives", fig(70, "about", ["EFE-HCH-2025-02-04"], "2025-02-04"))]),
    dict(country="Benin", iso="BEN", partner=False,
         earlier=[fig(2000, sources=["CTN-BENIN"], as_of="2024-02-26", note="Announced by US Ambassador Thomas-Greenfield (uncertain).")],
         pledged=fig(1500, sources=["ALLAFRICA-BENIN", "REUTERS-BELIZE-2024-09"], as_of="2024-02-28", note="Formal notification to the UN (C4). Listed among the states offering assistance to the GSF in December 2025, without a number."),
         deployed=fig(0, sources=["ALLAFRICA-BENIN", "REUTERS-BELIZE-2024-09"], as_of="2024-02-28", note="No deployment was found in any source."), history=[]),
    dict(country="Chad", iso="TCD", partner=False,
         pledged=fig(1500, sources=["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF", "CARIBSCOPE-157323"], as_of="2025-12-09", note="Offered at the force-generation conference. A later report says Chad plans to deploy 800 police and gendarmes in 2026 (C20). It had notified intent to contribute police to the MSS on 2024-03-18, without a number."),
         deployed=fig(0, sources=["CHAD-LESNOUVELLES-2024-03-18", "ALLAFRICA-BENIN", "DOMTODAY-7COUNTRIES"], as_of="2024-03-18", note="No MSS deployment found; no GSF arrival is reported up to 2026-03-21."), history=[]),
    dict(country="Bangladesh", iso="BGD", partner=False,
         pledged=fig(1500, sources=["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF", "CRISISZONE-GSF"], as_of="2025-12-09", note="Offered at the force-generation conference, including land and sea border security. It had notified intent to the UN in February 2024, without a number."),
         deployed=fig(0, sources=["ALLAFRICA-BENIN", "DOMTODAY-7COUNTRIES"], as_of="2024-02-29", note="No MSS deployment found; no GSF arrival is reported up to 2026-03-21."), history=[]),
    dict(country="Barbados", iso="BRB", partner=False, pledged=None,
         deployed=fig(0, sources=["ALLAFRICA-BENIN", "DOMTODAY-7COUNTRIES"], as_of="2024-02-29", note="Intent notified to the UN; number not given; no deployment found."), history=[]),
    dict(country="Antigua and Barbuda", iso="ATG", partner=False, pledged=None,
         deployed=fig(0, sources=["VILLAGEVOICE-ANTIGUA"], as_of="2023-09-26", note="Pledged a contingent of undetermined size; no deployment found."), history=[]),
    dict(country="Unattributed", iso=None, role="unattributed", partner=False, pledged=None,
         deployed=fig(5, "exact", ["FEEDMAN-CAPFM-2025-09-22"], "2025-09-22", "No source says whose they are.", "Ruto's total of 989 − the 984 the named countries account for on 2025-09-22"),
         history=[]),
]
w("contributors:")
for c in contributors:
    w(f"  - country: {q(c['country'])}")
    if c.get("iso"):
        w(f"    iso: {q(c['iso'])}")
    if c.get("role"):
        w(f"    role: {c['role']}")
    if c["partner"]:
        w("    partner_group: true")
    if c.get("pledged"):
        w("    pledged: " + c["pledged"])
    if c.get("earlier"):
        w("    earlier_pledges:")
        for f in c["earlier"]:
            w(f"      - {f}")
    w("    deployed: " + c["deployed"])
    if c["history"]:
        w("    history:")
        for event, f in c["history"]:
            w(f"      - event: {q(event)}")
            w(f"        deployed: {f}")

lines = [
    dict(id="us-foreign-assistance", donor="United States", channel="bilateral", form="cash", currency="USD",
         purpose="State Department foreign assistance for logistics support and equipment",
         flows=[flow("pledge", 100000000, "2023-09", ["VOA-AUSTIN-2023-09", "INSIGHT-2025-04"], "Pledged at the UN General Assembly, September 2023."),
                flow("commitment", 10000000, "2024-01", ["YAHOO-MCCLATCHY-HOLD"], "An early tranche released by Congress from an initial $50M request (single source; 'about January 2024').", qualifier="about"),
                flow("commitment", 109000000, "2024-06-19", ["MH-AOL-109M", "SCR-DR1"], "Obligated despite a congressional hold.", to_date=True),
                flow("commitment", 150000000, "2025-03", ["SOURCE-ARTICLE"], "The article's $150M of foreign assistance; only the article gives it (C16).", to_date=True)]),
    dict(id="us-freeze-waivers", donor="United States", channel="bilateral", form="cash", currency="USD", counted=False,
         purpose="assistance waived from the February 2025 aid freeze",
         flows=[flow("commitment", 40700000, "2025-02-06", ["NAIROBILEO-WAIVERS", "REUTERS-DM-2025-02-06"], "Base logistics, vehicle maintenance, HNP medical care and transport. Left out of the totals: the sources do not say whether it is part of the foreign assistance above.")]),
    dict(id="us-equipment-services", donor="United States", channel="bilateral", form="in_kind", currency="USD",
         purpose="equipment and services from US stocks",
         flows=[flow("commitment", 60000000, "2024-04-12", ["MH-AOL-60M", "SCR-DR1", "DAGENS-2024-06"], "Presidential Drawdown Authority: equipment and training for the MSS and the Haitian police."),
                flow("commitment", 60000000, "2025-03", ["SOURCE-ARTICLE"], "The article's $60M of equipment and services; that it is the drawdown above is likely, not confirmed.", to_date=True)]),
    dict(id="us-defense-department", donor="United States", channel="bilateral", form="in_kind", currency="USD",
         purpose="Defense Department support: planning, intelligence, airlift, communications, medical",
         ceiling=fig(625000000, "up_to", ["SOURCE-ARTICLE"], "2025-03", "The article: up to $625M from the Defense Department."),
         flows=[flow("pledge", 100000000, "2023", ["INSIGHT-2025-04", "JAMOBS-2024-03-11"], to_date=True),
                flow("pledge", 200000000, "2024-03-11", ["JAMOBS-2024-03-11", "REUTERS-DEVD-2024-03-11", "THEGRIO-2024-03-13"], "Raised from $100M; the US pledge became $300M in all.", to_date=True),
                flow("commitment", 30000000, "2024-06-03", ["CNN-PENTAGON-CONTRACTS"], "Contract with GardaWorld Federal Services to protect the contractors building the bases.")]),
    dict(id="un-trust-fund", donor="UN trust fund (several donors)", channel="trust_fund", form="cash", currency="USD",
         purpose="the UN trust fund for the Kenya-led mission",
         flows=[flow("pledge", 78000000, "2024-02-29", ["ALLAFRICA-BENIN", "REUTERS-DE-MARKETSCREENER"], to_date=True),
                flow("received", 10800000, "2024-02-29", ["ALLAFRICA-BENIN", "REUTERS-DE-MARKETSCREENER"], "Deposited, per UN spokesperson Dujarric.", to_date=True),
                flow("received", 18000000, "2024-04", ["DOMTODAY-7COUNTRIES", "OEMAG-7COUNTRIES", "SCR-DR1"], "Canada $8.7M, United States $6M, France $3.2M (late April).", to_date=True),
                flow("pledge", 110300000, "2024-12-31", ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"], to_date=True),
                flow("received", 85000000, "2024-12-31", ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"], "Kenyan government figures (C15: Reuters says about $110M was paid in).", to_date=True),
                flow("frozen", 13300000, "2025-02-04", ["REUTERS-DM-2025-02-06", "AFP-URDUPOINT-2025-02-05", "NATION-BRAVEFACE"], "The US share: $15M paid in, $1.7M spent, $13.3M frozen by the US stop-work order."),
                flow("received", 110800000, "2025-02-24", ["HAITIWIRE-GUTERRES"], "The Secretary-General's letter: $110.8M received, $48M of it unallocated.", to_date=True),
                flow("spent", 62800000, "2025-02-24", ["HAITIWIRE-GUTERRES"], "Allocated money counts as spent, counted from the first deployment (an assumption). Whether the frozen $13.3M is inside the $48M is not stated; it is subtracted as well, the cautious reading.", to_date=True, since="2024-06-25", derived="$110.8M received − $48M unallocated, both from the Secretary-General's letter of 2025-02-24"),
                flow("received", 112500000, "2025-03", ["SOURCE-ARTICLE"], "The article: $112.5M raised so far.", to_date=True),
                flow("received", 113000000, "2025-09", ["TENGELE-USTHREAT"], "About $113M (uncertain: an AI-summarized source).", to_date=True),
                flow("received", 113000000, "2025-12", ["TENGELE-REUTERS-DEC2025"], "About $113M (uncertain: an AI-summarized source). No later spending figure was found.", to_date=True)]),
    dict(id="canada-trust-fund", donor="Canada", channel="trust_fund", form="cash", currency="CAD", counted=False,
         purpose="Canada's part of the UN trust fund (already inside its totals)",
         flows=[flow("pledge", 80500000, "2024-02-22", ["REUTERS-NASDAQ-2024-02-22", "REUTERS-STRAITS-2024-02-23", "GAC-5.7M"], "Part of a C$123M Haiti package."),
                flow("received", 8700000, "2024-04", ["DOMTODAY-7COUNTRIES", "OEMAG-7COUNTRIES"], "Deposited by late April 2024.", currency="USD"),
                flow("pledge", 5700000, "2024-06-26", ["GAC-5.7M"], "A further C$5.7M; one report gives it in US dollars (C13)."),
                flow("commitment", 63000000, "2025-02", ["HAITICHRON-FREEZE", "TENGELE-REUTERS-DEC2025"], "UN data, uncertain; a pledge, a project budget and a USD total are different measures (C14).", to_date=True, currency="USD")]),
    dict(id="france-trust-fund", donor="France", channel="trust_fund", form="cash", currency="USD", counted=False,
         purpose="France's part of the UN trust fund (already inside its totals)",
         flows=[flow("received", 3200000, "2024-04", ["DOMTODAY-7COUNTRIES", "OEMAG-7COUNTRIES"], "Deposited by late April 2024.", to_date=True),
                flow("received", 10000000, "2025-02", ["PASSION-FRANCE-2025-02"], "'Nearly' $10M paid since the fund was created (French Embassy). France also gave equipment and vehicles; amounts not found.", to_date=True, qualifier="up_to")]),
    dict(id="uk-pledge", donor="United Kingdom", channel="bilateral", form="cash", currency="GBP",
         purpose="pledge to the multinational force (channel not stated)",
         flows=[flow("pledge", 5000000, "2024-04-12", ["RTM-UK-2024-04-12"], "Single source; no exchange rate is sourced, so it is shown in pounds and not converted.")]),
    dict(id="canada-gsf", donor="Canada", channel="trust_fund", form="cash", currency="CAD",
         purpose="pledge to the Gang Suppression Force", period="res-2793",
         flows=[flow("pledge", 40000000, "2025-09-23", ["CP-VOICEOFCANADA-2025-09-23", "CARIBSCOPE-157323"], "Conditional on UN adoption of the GSF; the channel is not stated (GSF personnel are paid from voluntary contributions). Canada also pledged C$20M for Caribbean maritime security, not for the force.")]),
    dict(id="eu-transition", donor="European Union", channel="bilateral", form="cash", currency="EUR",
         purpose="continuity during the transition from the MSS to the GSF",
         flows=[flow("commitment", 10000000, "2025-10-01", ["MEDIATEUR-EU-10M"], "Announced as a contribution (single source); whether it was paid is not stated. No EUR rate is sourced, so it is shown in euros and not converted.")]),
    dict(id="us-unsoh-earmark", donor="United States", channel="assessed", form="cash", currency="USD",
         purpose="UN contribution earmarked for UNSOH and the GSF",
         flows=[flow("commitment", 85000000, "2025-10-09", ["CARIBSCOPE-2025-10-09"], "Single source: part of a US UN contribution cut from $1.3B to $682M.")]),
    dict(id="dominican-republic-gsf", donor="Dominican Republic", channel="trust_fund", form="cash", currency="USD",
         purpose="GSF trust fund",
         flows=[flow("pledge", 10000000, "2025-12-09", ["CARIBSCOPE-157323"], "Uncertain. The Dominican Republic also offered medical facilities (in kind, not valued).")]),
    dict(id="haiti-gsf", donor="Haiti", channel="bilateral", form="cash", currency="USD",
         purpose="cash and in-kind support to the GSF",
         flows=[flow("pledge", 50000000, "2025-12-09", ["CARIBSCOPE-157323"], "Uncertain; the split between cash and in kind is not given.")]),
]
w("funding:")
for line in lines:
    w(f"  - id: {q(line['id'])}")
    w(f"    donor: {q(line['donor'])}")
    w(f"    channel: {line['channel']}")
    w(f"    form: {line['form']}")
    w(f"    currency: {line['currency']}")
    w(f"    purpose: {q(line['purpose'])}")
    if line.get("counted") is False:
        w("    counted: false")
    if line.get("period"):
        w(f"    period: {q(line['period'])}")
    if line.get("ceiling"):
        w("    ceiling: " + line["ceiling"])
    w("    flows:")
    for f in line["flows"]:
        w(f"      - {f}")
w("funding_totals:")
w('  - id: "us-total"')
w('    label: "United States, allocated in all (the article)"')
w("    amount: " + fig(835000000, "at_least", ["SOURCE-ARTICLE"], "2025-03", "Only the article gives this total and its split (C16); later totals ('over a billion dollars', December 2025) are uncertain."))
w("    currency: USD")
w('    parts: ["us-foreign-assistance", "us-equipment-services", "us-defense-department"]')
w("assumptions:")
w("  cost_per_officer_year: " + fig(240000, "about", ["SCR-DR1", "VOA-BLK-2024-07-16"], "2024-07", "Used where a mandate has no stated budget (its requirement is then derived); C17 lists other estimates.", "about $600M a year for up to 2,500 personnel ÷ 2,500"))
w("  fixed_yearly_cost: " + fig(0, note="No source gives a fixed cost apart from the per-officer figure; UNSOH's logistics cost was not found."))
w("  horizon_months: " + fig(12, sources=["UN-SC15432"], as_of="2023-10-02", note="Used only when no mandate period is in force: each authorization ran for twelve months."))
w("  exchange_rates:")
w("    CAD: " + fig(0.7416, "about", ["REUTERS-NASDAQ-2024-02-22"], "2024-02-22", None, "Reuters converted C$123M to US$91M at 1.3484 CAD per USD: 1 ÷ 1.3484"))
# Conflicts over one number: the figure they are about and the number each claim states, so
# the figure's range spans the claims.
write_sources_and_conflicts(ref, w, figures={
    "C3": ("pledged:Jamaica", [200, 250]),
    "C4": ("pledged:Benin", [2000, 1500]),
    "C20": ("pledged:Chad", [1500, 800]),
})

# Plans: dated events ahead of the data's date (2026-03-21). A number or date no source gives
# is an assumption: such an event has no sources and its note says what is assumed.
def event(id, date, key, target, figure_key, figure, extra=None):
    parts = [f"id: {q(id)}", f"date: {q(date)}", f"{key}: {q(target)}"]
    if extra:
        parts.append(extra)
    parts.append(f"{figure_key}: {figure}")
    return "      - {" + ", ".join(parts) + "}"

w("plans:")
w('  - name: "base"')
w('    note: "What the sources announce, on the dates they give; a date no source gives is the latest the announcement allows, and an assumption."')
w("    events:")
w(event("chad-800", "2026", "arrive", "Chad", "officers", fig(800, sources=["NATION-CHAD-2026-03-21"], note="Chad plans to deploy 800 police and gendarmes 'in 2026'; no month is given, so the year's end is taken (an assumption). Chad had offered 1,500 (C20).")))
w(event("bangladesh", "2026-10", "arrive", "Bangladesh", "officers", fig(1500, "up_to", ["MIAMIHERALD-GSF-PLEDGES", "LATINTIMES-GSF"], note="Offered at the force-generation conference (2025-12-09); no arrival date is given, so the full-strength target month (October 2026, NATION-CHAD-2026-03-21) is assumed.")))
w(event("us-earmark-paid", "2026-06-30", "line", "us-unsoh-earmark", "amount", fig(85000000, note="Assumed: the $85M committed on 2025-10-09 is paid by the end of June 2026; no source gives a payment date."), "stage: received"))
w('  - name: "optimistic"')
w('    note: "Contingents by April and the summer (Ayiti Intel, citing the UN envoy; uncertain), Chad sending its whole 1,500 offer, and the pledged money paid."')
w("    events:")
w(event("chad-1500", "2026-04", "arrive", "Chad", "officers", fig(1500, sources=["MIAMIHERALD-GSF-PLEDGES", "AYITIINTEL-2026-01-22"], note="Chad's offer of 1,500 (2025-12-09), arriving with the 'more contingents by April 2026' the UN envoy expected (uncertain).")))
w(event("bangladesh", "2026-07", "arrive", "Bangladesh", "officers", fig(1500, sources=["MIAMIHERALD-GSF-PLEDGES", "AYITIINTEL-2026-01-22"], note="Bangladesh's offer of 1,500, arriving in the summer ('summer or autumn 2026', uncertain).")))
w(event("us-earmark-paid", "2026-04-30", "line", "us-unsoh-earmark", "amount", fig(85000000, note="Assumed: the $85M commitment paid by the end of April 2026; no source gives a date."), "stage: received"))
w(event("haiti-paid", "2026-05-31", "line", "haiti-gsf", "amount", fig(50000000, "up_to", note="Assumed: Haiti's pledge of $50M (cash and in kind, split not given) paid by the end of May 2026; no source gives a date."), "stage: received"))
w('  - name: "pessimistic"')
w('    note: "Only Chad\'s 800, at the year\'s end, and Kenya\'s contingent leaving when the mandate ends (its drawdown was announced without a number or a date)."')
w("    events:")
w(event("chad-800", "2026-12-31", "arrive", "Chad", "officers", fig(800, "up_to", ["NATION-CHAD-2026-03-21"], note="Chad's 800 'in 2026', at the year's last day.")))
w(event("kenya-drawdown", "2026-10-02", "leave", "Kenya", "officers", fig(700, "about", ["MIAMIHERALD-GSF-PLEDGES", "CAPFM-2026-02-07"], note="Kenya announced its drawdown on 2026-02-07 without a number or a date; assumed: the about 700 on the ground leave when the GSF's first mandate ends.")))
print("\n".join(out))
