#!/usr/bin/env python3
"""Builds Scenarios/mss-timeline.yaml from Scenarios/data/mss-research.yaml.

Sources and the 23 recorded conflicts are copied from the reference as they are; the dated
deployments and funding lines below are chosen from it by hand (each names its reference
sources) so that no two lines count the same money twice. Run from the repository root:

    python3 Scenarios/tools/build-timeline.py Scenarios/data/mss-research.yaml > Scenarios/mss-timeline.yaml
"""
import sys

import yaml

from reference import fig, q, write_sources_and_conflicts

ref = yaml.safe_load(open(sys.argv[1]))
out = []
w = out.append
w("# ForceBoard scenario, schema 1: the Kenya-led MSS in Haiti as a dated timeline, built from")
w("# Scenarios/data/mss-research.yaml by Scenarios/tools/build-timeline.py. Every figure names")
w("# its reference sources; EUR and GBP rates are labelled assumptions (no source gives them).")
w("schema: 1")
w("mission:")
w('  name: "Multinational Security Support Mission in Haiti (timeline)"')
w('  short_name: "MSS"')
w('  lead_nation: "Kenya"')
w("  authorization:")
w('    decision: "UN Security Council resolution 2699 (2023); extended by resolution 2751 (2024) to 2025-10-02"')
w('    date: "2023-10-02"')
w('    sources: ["UN-SC15432", "UNSCR-2751"]')
w('    note: "No numeric personnel ceiling was set (reference conflict C19): 2,500 is the planned strength."')
w('  started: "2024-06-25"')
w('  ends: "2025-10-02"')
w('  as_of: "2025-10"')
w('  partner_group: ["United States", "Canada", "El Salvador", "Guatemala", "Jamaica", "Kenya", "Bahamas"]')
w("  notes:")
w('    - {text: "Resolution 2793 (2025-09-30) turned the MSS into the Gang Suppression Force, with a ceiling of 5,550 (5,500 uniformed, 50 civilians) and a UN Support Office for logistics.", as_of: "2025-09-30", sources: ["UN-SC16185", "PETRA-2793"]}')
w('    - {text: "The Secretary-General proposed a UN support office funded from the peacekeeping budget, and no transition to UN peacekeeping for now.", as_of: "2025-02-24", sources: ["CARIBTODAY-LETTER", "HAITIWIRE-GUTERRES"]}')
w('    - {text: "The United States froze its trust fund contributions under a stop-work order; $13.3M of its $15M was frozen.", as_of: "2025-02-04", sources: ["REUTERS-DM-2025-02-06", "NATION-BRAVEFACE"]}')
w("strength:")
w("  planned: " + fig(2500, sources=["AP-KRDO-2024-06-25", "VOA-BLK-2024-07-16", "FEEDMAN-CAPFM-2025-09-22", "MWAKILISHI-2025-09-23"], as_of="2024-06-25", note="Planned strength repeated by media and officials from June 2024 to September 2025; not a ceiling set by a resolution."))
# The MSS's own expansion goal. The 5,500 of resolution 2793 is the next force's (the GSF's)
# uniformed strength, not a target of this one: see Scenarios/haiti-mss-gsf.yaml.
w("  target: " + fig(5000, sources=["SOURCE-ARTICLE"], as_of="2025-03", note="The United States' goal of doubling the force from 2,500 to 5,000. The GSF's 5,500 (resolution 2793) belongs to the force that replaced the MSS."))
w("  reported:")
reported = [
    ("first Kenyan group, 'a couple hundred'", 200, "about", ["AP-KRDO-2024-06-25", "VOA-BLK-2024-07-16"], "2024-06-25"),
    ("Kenyan only, after the second group", 400, "about", ["HAITILIBRE-2024-07-17", "VOA-BLK-2024-07-16"], "2024-07-16"),
    ("'approximately 400' deployed of 3,100 pledged", 400, "about", ["MAGNETIC-2024-10-07"], "2024-10-07"),
    ("SRSG briefing: Kenya, Bahamas, Belize, Jamaica", 430, "about", ["UNNEWS-RUSAFRO-2024-10-23"], "2024-10-22"),
    ("'nearly 800' after the Kenyan 217 arrived", 800, "up_to", ["MKENYALEO-217"], "2025-01-18"),
    ("EFE: 'more than 900'", 900, "at_least", ["EFE-HCH-2025-02-04"], "2025-02-04"),
    ("Reuters: 'nearly 900'", 900, "up_to", ["REUTERS-DM-2025-02-06"], "2025-02-04"),
    ("AFP: 'slightly fewer than 800'", 800, "up_to", ["AFP-NEWSKWETU"], "2025-02-04"),
    ("after the Kenyan 144 arrived", 1000, "about", ["WEEKLYVISION-18168"], "2025-02-06"),
    ("'around 1,000 officers from six countries'", 1000, "about", ["HAITIWIRE-GUTERRES"], "2025-02-25"),
    ("NSA Juma to the Security Council", 1000, "about", ["LIVENOW-2025-04-22"], "2025-04-21"),
    ("President Ruto at the UN General Assembly", 989, "exact", ["FEEDMAN-CAPFM-2025-09-22", "MWAKILISHI-2025-09-23", "IYEF-2025-09-23"], "2025-09-22"),
]
for label, value, qual, src, date in reported:
    w(f"    - label: {q(label)}")
    w("      deployed: " + fig(value, qual, src, date))

contributors = [
    dict(country="Kenya", iso="KEN", role="lead", partner=True,
         pledged=fig(1000, sources=["KBC-2023-07-30"], as_of="2023-07-30"),
         deployed=fig(735, sources=["FEEDMAN-CAPFM-2025-09-22", "IYEF-2025-09-23"], as_of="2025-09-22", note="Mwakilishi gives 737 for the same speech (C10)."),
         history=[("first contingent arrives", fig(200, "about", ["AP-KRDO-2024-06-25"], "2024-06-25", "Some sources say 400 (C1).")),
                  ("second contingent arrives", fig(400, "about", ["HAITILIBRE-2024-07-17"], "2024-07-16")),
                  ("strength before the third contingent", fig(396, "exact", ["PEOPLEDAILY-GUA"], "2025-01-03")),
                  ("third contingent (217) arrives", fig(600, "about", ["NAIROBINEWS-217", "MKENYALEO-217"], "2025-01-18", "Arrival 18 or 19 January (C7).")),
                  ("fourth contingent (144) arrives", fig(744, "exact", ["KENYANS-144", "WEEKLYVISION-18168"], "2025-02-06", "Other sources give 168 or 200 for this group (C8).")),
                  ("strength reported at the UN General Assembly", fig(735, "exact", ["FEEDMAN-CAPFM-2025-09-22"], "2025-09-22"))]),
    dict(country="Jamaica", iso="JAM", partner=True,
         pledged=fig(200, sources=["BREAKINGLATEST-2023-08-05", "MAGNETIC-2024-09-12"], as_of="2023-08-04", note="Prensa Latina gives 250 (C3)."),
         deployed=fig(21, sources=["JAMOBS-2025-04-16"], as_of="2025-04-16", note="Relief team of 18 JDF and 3 JCF."),
         history=[("first deployment: 20 JDF and 4 JCF", fig(24, "exact", ["MAGNETIC-2024-09-12", "PL-VOCES-JAM-BEL"], "2024-09-12")),
                  ("relief team replaces the advance team", fig(21, "exact", ["JAMOBS-2025-04-16"], "2025-04-16"))]),
    dict(country="Belize", iso="BLZ", partner=False,
         pledged=fig(50, sources=["REUTERS-BELIZE-2024-09", "PL-VOCES-JAM-BEL"], as_of="2024-05"),
         deployed=fig(2, sources=["REUTERS-BELIZE-2024-09"], as_of="2024-09", note="No later figure found."),
         history=[("two senior officers deployed", fig(2, "exact", ["REUTERS-BELIZE-2024-09"], "2024-09"))]),
    dict(country="Bahamas", iso="BHS", partner=True,
         pledged=fig(150, sources=["BREAKINGLATEST-2023-08-05", "KAHAWA-2024-10-19", "WATCH-5380"], as_of="2023-08-04"),
         deployed=fig(6, sources=["RBDF-2024-10-18"], as_of="2024-10-18", note="No later figure found."),
         history=[("advance team arrives", fig(6, "exact", ["RBDF-2024-10-18", "PEOPLEDAILY-BAH"], "2024-10-18"))]),
    dict(country="Guatemala", iso="GTM", partner=True,
         pledged=fig(150, sources=["AP-KESQ-GUA-2024-09", "REUTERS-FRONTIER-2025-01-03"], as_of="2024-09-24"),
         deployed=fig(150, sources=["REUTERS-FBC-2025-01-05", "DEVDISCOURSE-GUA-2025-01-05"], as_of="2025-01-04", note="Haiti Chronicle says 77 arrived in the second group (C6)."),
         history=[("first group arrives", fig(75, "exact", ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03")),
                  ("second group arrives", fig(150, "exact", ["REUTERS-FBC-2025-01-05"], "2025-01-04"))]),
    dict(country="El Salvador", iso="SLV", partner=True,
         pledged=fig(78, sources=["REUTERS-FRONTIER-2025-01-03"], as_of="2024-08"),
         deployed=fig(70, "about", ["EFE-HCH-2025-02-04", "INFOCENTRE-SALV"], "2025-02-04", "Whether the advance team of 8 is among the 70 is not clear."),
         history=[("advance team arrives", fig(8, "exact", ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03")),
                  ("main body arrives", fig(70, "about", ["EFE-HCH-2025-02-04"], "2025-02-04"))]),
    dict(country="Benin", iso="BEN", partner=False,
         pledged=fig(1500, sources=["ALLAFRICA-BENIN", "REUTERS-BELIZE-2024-09"], as_of="2024-02-28", note="The US ambassador announced 2,000 two days earlier (C4)."),
         deployed=fig(0, sources=["ALLAFRICA-BENIN"], as_of="2024-02-28", note="No deployment was found in any source."), history=[]),
    dict(country="Chad", iso="TCD", partner=False, pledged=None,
         deployed=fig(0, sources=["CHAD-LESNOUVELLES-2024-03-18"], as_of="2024-03-18", note="Intent to contribute police notified; number not fixed; no MSS deployment found."), history=[]),
    dict(country="Bangladesh", iso="BGD", partner=False, pledged=None,
         deployed=fig(0, sources=["ALLAFRICA-BENIN", "DOMTODAY-7COUNTRIES"], as_of="2024-02-29", note="Intent notified to the UN; number not given; no MSS deployment found."), history=[]),
    dict(country="Barbados", iso="BRB", partner=False, pledged=None,
         deployed=fig(0, sources=["ALLAFRICA-BENIN", "DOMTODAY-7COUNTRIES"], as_of="2024-02-29", note="Intent notified to the UN; number not given; no deployment found."), history=[]),
    dict(country="Antigua and Barbuda", iso="ATG", partner=False, pledged=None,
         deployed=fig(0, sources=["VILLAGEVOICE-ANTIGUA"], as_of="2023-09-26", note="Pledged a contingent of undetermined size; no deployment found."), history=[]),
    dict(country="Unattributed", iso=None, role="unattributed", partner=False, pledged=None,
         deployed=fig(5, "exact", ["FEEDMAN-CAPFM-2025-09-22"], "2025-09-22", "Ruto's total of 989 minus the 984 the named countries account for; no source says whose they are."), history=[]),
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
    w("    deployed: " + c["deployed"])
    if c["history"]:
        w("    history:")
        for event, f in c["history"]:
            w(f"      - event: {q(event)}")
            w(f"        deployed: {f}")

funding = [
    ("us-state-2023", "United States (State Department)", "bilateral", "pledged", fig(100000000, sources=["VOA-AUSTIN-2023-09", "INSIGHT-2025-04"], as_of="2023-09"), "USD", "foreign assistance pledge, UN General Assembly 2023"),
    ("us-dod-2024", "United States (Department of Defense)", "in_kind", "pledged", fig(200000000, sources=["JAMOBS-2024-03-11", "REUTERS-DEVD-2024-03-11", "THEGRIO-2024-03-13"], as_of="2024-03-11"), "USD", "planning, intelligence, airlift, communications, medical (raised from $100M)"),
    ("us-drawdown-2024", "United States (Presidential Drawdown Authority)", "in_kind", "committed", fig(60000000, sources=["MH-AOL-60M", "SCR-DR1"], as_of="2024-04-12"), "USD", "equipment and training from US stocks"),
    ("us-waivers-2025", "United States (State Department waivers)", "bilateral", "committed", fig(40700000, sources=["NAIROBILEO-WAIVERS", "REUTERS-DM-2025-02-06"], as_of="2025-02-06"), "USD", "base logistics, vehicle maintenance, medical, transport, waived from the aid freeze"),
    ("us-trust-fund-spent", "United States", "trust_fund", "disbursed", fig(1700000, sources=["REUTERS-DM-2025-02-06", "NATION-BRAVEFACE"], as_of="2025-02-04"), "USD", "spent from the US trust fund share before the freeze"),
    ("us-trust-fund-frozen", "United States", "trust_fund", "pledged", fig(13300000, sources=["REUTERS-DM-2025-02-06", "AFP-URDUPOINT-2025-02-05"], as_of="2025-02-04", note="Frozen after the US stop-work order."), "USD", "frozen part of the US trust fund share"),
    ("canada-2024-02", "Canada", "trust_fund", "pledged", fig(80500000, sources=["REUTERS-NASDAQ-2024-02-22", "REUTERS-STRAITS-2024-02-23"], as_of="2024-02-22"), "CAD", "trust fund pledge"),
    ("canada-2024-06", "Canada", "trust_fund", "committed", fig(5700000, sources=["GAC-5.7M"], as_of="2024-06-26", note="Haitify says US$5.7M; the Global Affairs Canada release is in CAD (C13)."), "CAD", "additional trust fund funding"),
    ("canada-gsf-2025", "Canada", "trust_fund", "pledged", fig(40000000, sources=["CP-VOICEOFCANADA-2025-09-23"], as_of="2025-09-23", note="Conditional on UN adoption of the Gang Suppression Force."), "CAD", "pledge to the successor force"),
    ("france-trust-fund", "France", "trust_fund", "disbursed", fig(10000000, "up_to", ["PASSION-FRANCE-2025-02"], "2025-02", "'Nearly' $10M paid since the fund was created."), "USD", "paid into the trust fund"),
    ("germany", "Germany", "trust_fund", "committed", fig(10000000, "about", ["TEDACTU-GERMANY", "HAITIWIRE-GUTERRES"], None, "Channel not stated; Germany is named as a trust fund donor."), "USD", "contribution to the MSS"),
    ("uk-2024", "United Kingdom", "bilateral", "pledged", fig(5000000, sources=["RTM-UK-2024-04-12"], as_of="2024-04-12", note="Channel not stated."), "GBP", "pledge to support the multinational force"),
    ("eu-2025", "European Union", "bilateral", "committed", fig(10000000, sources=["MEDIATEUR-EU-10M"], as_of="2025-10-01"), "EUR", "continuity during the transition to the Gang Suppression Force"),
]
w("funding:")
for id_, donor, channel, status, amount, currency, purpose in funding:
    w(f"  - id: {q(id_)}")
    w(f"    donor: {q(donor)}")
    w(f"    channel: {channel}")
    w(f"    status: {status}")
    w(f"    amount: {amount}")
    w(f"    currency: {currency}")
    w(f"    purpose: {q(purpose)}")
w("funding_totals:")
w('  - id: "us-pledge-total"')
w('    label: "United States total pledge ($100M State + $200M DoD)"')
w("    amount: " + fig(300000000, sources=["REUTERS-DEVD-2024-03-11", "JAMOBS-2024-03-11"], as_of="2024-03-11"))
w("    currency: USD")
w('    parts: ["us-state-2023", "us-dod-2024"]')
w('  - id: "trust-fund-received"')
w('    label: "UN trust fund, received (Secretary-General\'s letter)"')
w("    amount: " + fig(110800000, sources=["HAITIWIRE-GUTERRES"], as_of="2025-02-24", note="The trust fund's own total; the lines listed here are different measures (C14, C15)."))
w("    currency: USD")
w('    parts: ["us-trust-fund-spent", "us-trust-fund-frozen", "canada-2024-02", "canada-2024-06", "france-trust-fund", "germany"]')
w("assumptions:")
w("  cost_per_officer_year: " + fig(240000, "about", ["SCR-DR1", "VOA-BLK-2024-07-16"], "2024-07", "About $600M a year for up to 2,500 personnel, divided by 2,500 (C17 lists other estimates)."))
w("  fixed_yearly_cost: " + fig(0, note="No source gives a fixed cost apart from the per-officer figure."))
w("  horizon_months: " + fig(12, sources=["UN-SC15432"], as_of="2023-10-02", note="Each authorization ran for twelve months."))
w("  exchange_rates:")
w("    CAD: " + fig(0.74162, sources=["REUTERS-NASDAQ-2024-02-22"], as_of="2024-02-22", note="Reuters converted at 1.3484 CAD per USD; 1 / 1.3484."))
w("    EUR: " + fig(1.08, note="Assumption: no source in the reference gives a EUR rate. Replace it with the rate for your date."))
w("    GBP: " + fig(1.27, note="Assumption: no source in the reference gives a GBP rate. Replace it with the rate for your date."))
w("  in_hand: [committed, disbursed]")
write_sources_and_conflicts(ref, w)
print("\n".join(out))
