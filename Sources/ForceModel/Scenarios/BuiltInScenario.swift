/// The Kenya-led Multinational Security Support (MSS) mission in Haiti, as of March 2025.
///
/// Every figure cites the article ("US, Kenya and others seek 'expanded force' to fight Haiti's
/// gangs", a news article citing AFP, March 2025: `SOURCE-ARTICLE`) where the article gives it;
/// the other contributors, their dates, the money's flows and the cost assumption come from the
/// project's research data (`Scenarios/data/mss-research.yaml`), each with its own
/// source id as there. Nothing here is invented: a value no source gives is an assumption (a
/// fixed yearly cost of zero), and a value computed from others carries its derivation.
extension Scenario {
  public static let haitiMSS: Scenario = {
    let article = "SOURCE-ARTICLE"
    let march2025 = AsOf(year: 2025, month: 3)

    func count(
      _ value: Int, _ qualifier: Qualifier = .exact, _ sources: [String], _ date: String,
      note: String? = nil
    ) -> HeadCount {
      HeadCount(value, qualifier, sources: sources, asOf: AsOf(date), note: note)
    }
    func usd(
      _ value: Double, _ qualifier: Qualifier = .exact, _ sources: [String], _ date: AsOf?,
      note: String? = nil, derived: String? = nil
    ) -> Amount {
      Amount(value, qualifier, sources: sources, asOf: date, note: note, derivation: derived)
    }
    func flow(
      _ stage: FlowStage, _ value: Double, _ date: String, _ sources: [String], _ qualifier: Qualifier = .exact,
      toDate: Bool = false, since: String? = nil, currency: String? = nil, note: String? = nil,
      derived: String? = nil
    ) -> Flow {
      Flow(
        stage, usd(value, qualifier, sources, AsOf(date), note: note, derived: derived), toDate: toDate,
        since: since.flatMap { AsOf($0) }, currency: currency)
    }

    let mission = Mission(
      name: "Multinational Security Support Mission in Haiti",
      shortName: "MSS",
      leadNation: "Kenya",
      authorization: Authorization(
        decision: "UN Security Council resolution 2699 (2023)",
        date: AsOf("2023-10-02"),
        sources: ["UN-SC15432"],
        note:
          "Authorized a Kenya-led mission for twelve months, paid for by voluntary contributions. It set no numeric personnel ceiling: 2,500 is the planned strength, not an authorized one."
      ),
      started: AsOf(year: 2024, month: 6),
      asOf: march2025,
      partnerGroup: [
        "United States", "Canada", "El Salvador", "Guatemala", "Jamaica", "Kenya", "Bahamas",
      ],
      notes: [
        Note(
          "Kenya leads the MSS since June 2024, when its police arrived in Port-au-Prince.",
          asOf: AsOf(year: 2024, month: 6), sources: [article]),
        Note(
          "Seven countries (United States, Canada, El Salvador, Guatemala, Jamaica, Kenya, the Bahamas) asked the Security Council for an expanded force and formed a standing group of partners to oversee the mission.",
          asOf: march2025, sources: [article]),
        Note(
          "In February the UN Secretary-General proposed a UN support office for the mission.",
          asOf: AsOf("2025-02-24"), sources: [article, "CARIBTODAY-LETTER"]),
        Note(
          "The United States intends a new international force to take over from the Kenyan-led mission.",
          asOf: march2025, sources: [article]),
        Note(
          "At the end of 2024 Kenya's government said the trust fund's money would pay for the mission to the end of September 2025; the US stop-work order of February 2025 then froze $13.3M of it.",
          asOf: AsOf("2025-02-04"), sources: ["KBC-JUMA-2025-02", "NATION-BRAVEFACE", "REUTERS-DM-2025-02-06"]),
      ],
      periods: [
        MandatePeriod(
          id: "res-2699", decision: "UN Security Council resolution 2699 (2023)", force: "MSS",
          decided: AsOf("2023-10-02"), start: AsOf("2023-10-02") ?? march2025, end: AsOf("2024-10-02") ?? march2025,
          sources: ["UN-SC15432"],
          note: "Twelve months, paid for by voluntary contributions; no numeric personnel ceiling."),
        MandatePeriod(
          id: "res-2751", decision: "UN Security Council resolution 2751 (2024)", force: "MSS",
          decided: AsOf("2024-09-30"), start: AsOf("2024-10-02") ?? march2025, end: AsOf("2025-10-02") ?? march2025,
          budget: usd(
            600_000_000, .about, ["AP-USLIVE-FREEZE", "SCR-DR1", "VOA-BLK-2024-07-16"], AsOf("2025-02"),
            note:
              "About $600M a year for up to 2,500 personnel, for a twelve-month mandate. Other estimates run from $240M to $800M a year (reference conflict C17)."
          ),
          carryOver: CarryOver(
            cash: true, sources: ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"],
            note:
              "At the end of 2024 Kenya's government said the trust fund's money would pay for the mission to the end of September 2025: the fund's balance runs on across the extension. No source says the US commitments made under resolution 2699 were restated, so they lapse."
          ),
          sources: ["UNSCR-2751", "JUNO7-2751"], note: "Extended the MSS to 2025-10-02; no ceiling stated."),
      ])

    let strength = Strength(
      planned: count(
        2_500, .exact, [article, "VOA-BLK-2024-07-16"], "2025-03",
        note: "Planned strength: the 2,500 officers the MSS hoped to deploy. Not a ceiling set by resolution 2699."
      ),
      authorized: nil,
      target: count(
        5_000, .exact, [article], "2025-03",
        note: "The United States' goal of doubling the force from 2,500 to 5,000."),
      reported: [
        ReportedTotal(
          label: "article: about 1,000 from six countries",
          deployed: count(1_000, .about, [article], "2025-03")),
        ReportedTotal(
          label: "article: about 800 working with the local police",
          deployed: count(800, .about, [article], "2025-03")),
      ])

    let contributors = [
      Contributor(
        country: "Kenya", iso: "KEN", role: .lead, partnerGroup: true,
        pledged: count(1_000, .exact, ["KBC-2023-07-30"], "2023-07-30"),
        deployed: count(700, .atLeast, [article], "2025-03", note: "The article: more than 700 from Kenya."),
        history: [
          Deployment(
            deployed: count(200, .about, ["AP-KRDO-2024-06-25"], "2024-06-25"), event: "first contingent arrives"),
          Deployment(
            deployed: count(400, .about, ["HAITILIBRE-2024-07-17"], "2024-07-16"), event: "second contingent arrives"),
          Deployment(
            deployed: count(600, .about, ["NAIROBINEWS-217"], "2025-01-18"), event: "third contingent (217) arrives"),
          Deployment(
            deployed: count(
              744, .about, ["KENYANS-144", "K24-144", "WEEKLYVISION-18168"], "2025-02-06",
              note:
                "Uncertain in the reference: other sources give 168 or 200 for the group of 144, and K24 calls it the third contingent (C8)."
            ), event: "fourth contingent (144) arrives"),
          Deployment(deployed: count(700, .atLeast, [article], "2025-03"), event: "strength in the article"),
        ]),
      Contributor(
        country: "Jamaica", iso: "JAM", partnerGroup: true,
        pledged: count(
          200, .exact, ["BREAKINGLATEST-2023-08-05", "MAGNETIC-2024-09-12"], "2023-08-04",
          note: "Prensa Latina gives the pledge as 250 (reference conflict C3)."),
        deployed: count(24, .exact, ["MAGNETIC-2024-09-12"], "2024-09-12", note: "20 JDF soldiers and 4 JCF police."),
        history: [
          Deployment(deployed: count(24, .exact, ["MAGNETIC-2024-09-12"], "2024-09-12"), event: "first deployment")
        ]),
      Contributor(
        country: "Belize", iso: "BLZ",
        pledged: count(50, .exact, ["REUTERS-BELIZE-2024-09"], "2024-05"),
        deployed: count(
          2, .exact, ["REUTERS-BELIZE-2024-09"], "2024-09", note: "Two senior officers; no later figure found."),
        history: [
          Deployment(
            deployed: count(2, .exact, ["REUTERS-BELIZE-2024-09"], "2024-09"), event: "two senior officers deployed")
        ]),
      Contributor(
        country: "Bahamas", iso: "BHS", partnerGroup: true,
        pledged: count(150, .exact, ["BREAKINGLATEST-2023-08-05", "KAHAWA-2024-10-19"], "2023-08-04"),
        deployed: count(
          6, .exact, ["RBDF-2024-10-18"], "2024-10-18", note: "Six-member advance team; no later figure found."),
        history: [
          Deployment(deployed: count(6, .exact, ["RBDF-2024-10-18"], "2024-10-18"), event: "advance team arrives")
        ]),
      Contributor(
        country: "Guatemala", iso: "GTM", partnerGroup: true,
        pledged: count(150, .exact, ["AP-KESQ-GUA-2024-09"], "2024-09-24"),
        deployed: count(150, .exact, ["REUTERS-FBC-2025-01-05", "PEOPLEDAILY-GUA"], "2025-01-04"),
        history: [
          Deployment(
            deployed: count(75, .exact, ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03"), event: "first group arrives"),
          Deployment(
            deployed: count(150, .exact, ["REUTERS-FBC-2025-01-05"], "2025-01-04"), event: "second group arrives"),
        ]),
      Contributor(
        country: "El Salvador", iso: "SLV", partnerGroup: true,
        pledged: count(78, .exact, ["REUTERS-FRONTIER-2025-01-03"], "2024-08"),
        deployed: count(
          70, .about, ["EFE-HCH-2025-02-04"], "2025-02-04",
          note:
            "About 70 arrived on 2025-02-04 after an advance team of 8; whether the 8 are among the 70 is not clear."),
        history: [
          Deployment(
            deployed: count(8, .exact, ["REUTERS-FRONTIER-2025-01-03"], "2025-01-03"), event: "advance team arrives"),
          Deployment(deployed: count(70, .about, ["EFE-HCH-2025-02-04"], "2025-02-04"), event: "main body arrives"),
        ]),
      Contributor(
        country: "Benin", iso: "BEN",
        pledged: count(
          1_500, .exact, ["ALLAFRICA-BENIN", "REUTERS-BELIZE-2024-09"], "2024-02-28",
          note:
            "Formally notified to the UN; the US announced 2,000 two days earlier (reference conflict C4). Reuters: at least 1,500."
        ),
        deployed: count(
          0, .exact, ["REUTERS-BELIZE-2024-09"], "2025-03",
          note: "No deployment is reported in any source; Benin is not among the countries with officers in Haiti.")),
      Contributor(
        country: "Unattributed", role: .unattributed,
        deployed: HeadCount(
          48, .about, sources: [article], asOf: march2025,
          note: "No source says whose they are.",
          derivation: "the article's about 1,000 in total − the 952 the named countries account for")),
    ]

    // Money as the flows the sources report, each dated; running totals ("to date") where the
    // source gives a cumulative figure.
    let funding = [
      FundingLine(
        id: "us-foreign-assistance", donor: "United States", channel: .bilateral, form: .cash,
        purpose: "foreign assistance for logistics support and equipment",
        flows: [
          flow(
            .pledge, 100_000_000, "2023-09", ["VOA-AUSTIN-2023-09", "INSIGHT-2025-04"],
            note: "Pledged at the UN General Assembly, September 2023."),
          flow(
            .commitment, 109_000_000, "2024-06-19", ["MH-AOL-109M", "SCR-DR1"], toDate: true,
            note: "Obligated despite a congressional hold."),
          flow(
            .commitment, 150_000_000, "2025-03", [article], toDate: true,
            note: "The article's $150M of foreign assistance; only the article gives it (reference conflict C16)."),
        ]),
      FundingLine(
        id: "us-freeze-waivers", donor: "United States", channel: .bilateral, form: .cash,
        purpose: "assistance waived from the February 2025 aid freeze",
        flows: [
          flow(
            .commitment, 40_700_000, "2025-02-06", ["NAIROBILEO-WAIVERS", "REUTERS-DM-2025-02-06"],
            note:
              "Base logistics, vehicle maintenance, HNP medical care and transport. Left out of the totals: the sources do not say whether it is part of the $150M above."
          )
        ], counted: false),
      FundingLine(
        id: "us-equipment-services", donor: "United States", channel: .bilateral, form: .inKind,
        purpose: "equipment and services",
        flows: [
          flow(
            .commitment, 60_000_000, "2024-04-12", ["MH-AOL-60M", "SCR-DR1", "DAGENS-2024-06"],
            note:
              "Presidential Drawdown Authority: equipment and training from US stocks, for the MSS and the Haitian police."
          ),
          flow(
            .commitment, 60_000_000, "2025-03", [article], toDate: true,
            note:
              "The article's $60M of equipment and services; that it is the drawdown above is likely, not confirmed."),
        ]),
      FundingLine(
        id: "us-defense-department", donor: "United States", channel: .bilateral, form: .inKind,
        purpose: "Defense Department support: planning, intelligence, airlift, communications, medical",
        flows: [
          flow(.pledge, 100_000_000, "2023", ["INSIGHT-2025-04", "JAMOBS-2024-03-11"], toDate: true),
          flow(
            .pledge, 200_000_000, "2024-03-11", ["JAMOBS-2024-03-11", "REUTERS-DEVD-2024-03-11", "THEGRIO-2024-03-13"],
            toDate: true, note: "Raised from $100M; the US pledge became $300M in all."),
          flow(
            .commitment, 30_000_000, "2024-06-03", ["CNN-PENTAGON-CONTRACTS"],
            note: "Contract with GardaWorld Federal Services to protect the contractors building the bases."),
        ],
        ceiling: usd(
          625_000_000, .upTo, [article], march2025, note: "The article: up to $625M from the Defense Department.")),
      FundingLine(
        id: "un-trust-fund", donor: "UN trust fund (several donors)", channel: .trustFund, form: .cash,
        purpose: "the UN trust fund for the Kenya-led mission",
        flows: [
          flow(.pledge, 78_000_000, "2024-02-29", ["ALLAFRICA-BENIN", "REUTERS-DE-MARKETSCREENER"], toDate: true),
          flow(
            .received, 10_800_000, "2024-02-29", ["ALLAFRICA-BENIN", "REUTERS-DE-MARKETSCREENER"], toDate: true,
            note: "Deposited, per UN spokesperson Dujarric."),
          flow(
            .received, 18_000_000, "2024-04", ["DOMTODAY-7COUNTRIES", "OEMAG-7COUNTRIES", "SCR-DR1"], toDate: true,
            note: "Canada $8.7M, United States $6M, France $3.2M (late April)."),
          flow(.pledge, 110_300_000, "2024-12-31", ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"], toDate: true),
          flow(
            .received, 85_000_000, "2024-12-31", ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"], toDate: true,
            note: "Kenyan government figures (reference conflict C15: Reuters says about $110M was paid in)."),
          flow(
            .frozen, 13_300_000, "2025-02-04",
            ["REUTERS-DM-2025-02-06", "AFP-URDUPOINT-2025-02-05", "NATION-BRAVEFACE"],
            note:
              "The US share: $15M paid in, $1.7M spent, $13.3M frozen by the US stop-work order (UN spokesperson Dujarric)."
          ),
          flow(
            .received, 110_800_000, "2025-02-24", ["HAITIWIRE-GUTERRES"], toDate: true,
            note: "The Secretary-General's letter: $110.8M received, $48M of it unallocated."),
          flow(
            .spent, 62_800_000, "2025-02-24", ["HAITIWIRE-GUTERRES"], toDate: true, since: "2024-06-25",
            note:
              "Allocated money counts as spent. Counted from the first deployment (2024-06-25): when the fund began paying is not stated (an assumption). Whether the frozen $13.3M is inside the $48M is not stated; it is subtracted as well, the cautious reading.",
            derived: "$110.8M received − $48M unallocated, both from the Secretary-General's letter of 2025-02-24"),
          flow(
            .received, 112_500_000, "2025-03", [article], toDate: true,
            note: "The article: $112.5M raised so far."),
        ]),
      FundingLine(
        id: "canada-trust-fund", donor: "Canada", channel: .trustFund, form: .cash, currency: "CAD",
        purpose: "Canada's part of the UN trust fund (already inside its totals)",
        flows: [
          flow(
            .pledge, 80_500_000, "2024-02-22", ["REUTERS-NASDAQ-2024-02-22", "REUTERS-STRAITS-2024-02-23", "GAC-5.7M"],
            note: "Part of a C$123M Haiti package."),
          flow(
            .received, 8_700_000, "2024-04", ["DOMTODAY-7COUNTRIES", "OEMAG-7COUNTRIES"], currency: "USD",
            note: "Deposited by late April 2024."),
          flow(
            .pledge, 5_700_000, "2024-06-26", ["GAC-5.7M"],
            note: "A further C$5.7M; one report gives it in US dollars (reference conflict C13)."),
          flow(
            .commitment, 63_000_000, "2025-02", ["HAITICHRON-FREEZE", "TENGELE-REUTERS-DEC2025"], toDate: true,
            currency: "USD",
            note:
              "UN data, uncertain in the reference; a pledge, a project budget and a USD total are different measures (reference conflict C14)."
          ),
        ], counted: false),
    ]

    let fundingTotals = [
      FundingTotal(
        id: "us-total", label: "United States, allocated in all",
        amount: usd(
          835_000_000, .atLeast, [article], march2025,
          note: "Only the article gives this total and its split (reference conflict C16)."),
        parts: ["us-foreign-assistance", "us-equipment-services", "us-defense-department"])
    ]

    let assumptions = Assumptions(
      costPerOfficerYear: usd(
        240_000, .about, ["SCR-DR1", "VOA-BLK-2024-07-16"], AsOf(year: 2024, month: 7),
        note: "Not in the article.",
        derived: "about $600M a year for up to 2,500 personnel ÷ 2,500"),
      fixedYearlyCost: usd(
        0, .exact, [], nil,
        note: "No source gives a fixed cost apart from the per-officer figure, which already covers the whole budget."),
      horizonMonths: count(
        12, .exact, ["UN-SC15432"], "2023-10-02",
        note: "Used only when no mandate period is in force: resolution 2699 authorized twelve months."),
      exchangeRates: [
        "CAD": usd(
          0.7416, .about, ["REUTERS-NASDAQ-2024-02-22"], AsOf("2024-02-22"),
          derived: "Reuters converted C$123M to US$91M at 1.3484 CAD per USD: 1 ÷ 1.3484")
      ])

    return Scenario(
      mission: mission, strength: strength, contributors: contributors, funding: funding,
      fundingTotals: fundingTotals, assumptions: assumptions, sources: builtInSources,
      conflicts: builtInConflicts)
  }()

  /// Every conflict of the reference that a figure in use belongs to, with all its claims.
  static let builtInConflicts = [
    DeclaredConflict(
      id: "C1", topic: "Size of the first Kenyan contingent (2024-06-25)",
      claims: [
        .init(
          value: "about 200 ('a couple hundred')",
          sources: ["AP-KRDO-2024-06-25", "VOA-BLK-2024-07-16", "HAITICHRON-VOLTAIRE", "SOFX-2024-07"]),
        .init(
          value: "400", sources: ["STENING-2024-06", "MWEBANTU-2024-07-17", "YNEWS-ROTATION", "KENYANTREND-2025-12"]),
      ],
      assessment:
        "Contemporaneous AP and VOA reporting, plus the 'second 200 made 400' arithmetic on 2024-07-16, support about 200. The '400' sources look like the later cumulative figure misread. KenyanTrend also claims 800 officers 'started in June 2024', which is wrong."
    ),
    DeclaredConflict(
      id: "C3", topic: "Jamaica's personnel pledge",
      claims: [
        .init(value: "200", sources: ["BREAKINGLATEST-2023-08-05", "MAGNETIC-2024-09-12"]),
        .init(value: "250", sources: ["PL-VOCES-JAM-BEL", "PL-2024-09-12"]),
      ]),
    DeclaredConflict(
      id: "C4", topic: "Benin's pledge",
      claims: [
        .init(value: "2000 (announced by US Amb. Thomas-Greenfield, 2024-02-26)", sources: ["CTN-BENIN"]),
        .init(
          value: "1500 (formal notification to the UN, 2024-02-28; Reuters says 'at least 1,500')",
          sources: ["ALLAFRICA-BENIN", "REUTERS-BELIZE-2024-09"]),
      ]),
    DeclaredConflict(
      id: "C5", topic: "Total pledged or planned MSS strength",
      claims: [
        .init(value: "2,500 planned", sources: ["VOA-BLK-2024-07-16", "FEEDMAN-CAPFM-2025-09-22"]),
        .init(value: "2,500 to 2,600", sources: ["MWEBANTU-2024-07-17"]),
        .init(value: "'estimated 2,000 agents needed'", sources: ["DOMTODAY-7COUNTRIES"]),
        .init(value: "at least 2,900 promised", sources: ["REUTERS-BELIZE-2024-09", "KAHAWA-2024-10-19"]),
        .init(
          value: "more than 3,100 pledged by about 10 countries",
          sources: ["MAGNETIC-2024-10-07", "REUTERS-FRONTIER-2025-01-03"]),
      ]),
    DeclaredConflict(
      id: "C6", topic: "Size of the second Guatemalan group (2025-01-04)",
      claims: [
        .init(value: "75", sources: ["REUTERS-FBC-2025-01-05", "DEVDISCOURSE-GUA-2025-01-05"]),
        .init(value: "77", sources: ["HAITICHRON-77"]),
      ]),
    DeclaredConflict(
      id: "C7", topic: "Arrival date of the Kenyan group of 217",
      claims: [
        .init(value: "Saturday 2025-01-18", sources: ["NAIROBINEWS-217", "MKENYALEO-217"]),
        .init(value: "Sunday 2025-01-19 (left Nairobi on the 18th)", sources: ["INFOCENTRE-217"]),
      ]),
    DeclaredConflict(
      id: "C8", topic: "Kenyan contingent of 2025-02-06: size and ordinal",
      claims: [
        .init(value: "144 (fourth contingent; Kenyan total 744)", sources: ["KENYANS-144", "WEEKLYVISION-18168"]),
        .init(value: "144 / 'hundred and forty' (called the THIRD contingent)", sources: ["K24-144"]),
        .init(value: "168", sources: ["EASTLEIGH-TAG"]),
        .init(value: "200 (fourth contingent)", sources: ["AP-BUZZ-4TH"]),
      ]),
    DeclaredConflict(
      id: "C9", topic: "Total MSS personnel, early February 2025",
      claims: [
        .init(value: "slightly fewer than 800", sources: ["AFP-NEWSKWETU"]),
        .init(value: "800 from six countries", sources: ["HAITICHRON-FREEZE"]),
        .init(value: "nearly 900", sources: ["REUTERS-DM-2025-02-06"]),
        .init(value: "more than 900 (about 700 Kenyan)", sources: ["EFE-HCH-2025-02-04"]),
        .init(value: "1,000 (after the 2025-02-06 arrivals)", sources: ["WEEKLYVISION-18168"]),
      ],
      assessment:
        "Partly a timing effect: about 70 Salvadorans arrived 2025-02-04 and 144 to 200 Kenyans on 2025-02-06. AFP's 'fewer than 800' and Reuters' 'nearly 900' are for the same day."
    ),
    DeclaredConflict(
      id: "C13", topic: "Currency of Canada's June 2024 top-up",
      claims: [
        .init(value: "C$5.7M", sources: ["GAC-5.7M"]),
        .init(value: "US$5.7M", sources: ["HAITIFY-5.7M"]),
      ]),
    DeclaredConflict(
      id: "C14", topic: "Size of Canada's trust fund contribution",
      claims: [
        .init(value: "C$80.5M pledged + C$5.7M", sources: ["REUTERS-NASDAQ-2024-02-22", "GAC-5.7M"]),
        .init(value: "CA$75.83M project budget to UN DOS", sources: ["GAC-PROJECT"]),
        .init(value: "US$63M committed (UN data)", sources: ["HAITICHRON-FREEZE", "TENGELE-REUTERS-DEC2025"]),
        .init(value: "'Canada has already pledged $80 million' (CAD)", sources: ["CP-VOICEOFCANADA-2025-09-23"]),
      ],
      assessment:
        "These are different measures (pledge vs project budget vs USD received) and different currencies. Show them as separate series, not as one number."
    ),
    DeclaredConflict(
      id: "C15", topic: "Trust fund total, end-2024 to early 2025",
      claims: [
        .init(value: "$110.3M pledged, $85M received (end-2024)", sources: ["KBC-JUMA-2025-02", "NATION-BRAVEFACE"]),
        .init(value: "more than $110M 'paid into' the fund", sources: ["REUTERS-DM-2025-02-06"]),
        .init(value: "$110M 'raised'", sources: ["AFP-URDUPOINT-2025-02-05"]),
        .init(value: "$110.8M received, $48M unallocated (SG letter, 2025-02-24)", sources: ["HAITIWIRE-GUTERRES"]),
      ],
      assessment:
        "There is a 'pledged' vs 'received' ambiguity. Kenya says only $85M of the $110.3M had arrived, while Reuters and the SG letter coverage describe about $110M as paid or received."
    ),
    DeclaredConflict(
      id: "C16", topic: "Total US support to the MSS",
      claims: [
        .init(value: "$300M pledged", sources: ["REUTERS-DEVD-2024-03-11", "JAMOBS-2024-03-11"]),
        .init(value: "'well over $300M' delivered (2024-09-25)", sources: ["MAGNETIC-2024-10-07"]),
        .init(value: "$628M financial and material", sources: ["CTN-628M"]),
        .init(
          value: "'over a billion dollars' logistical and operational (2025-12)", sources: ["TENGELE-REUTERS-DEC2025"]),
        .init(value: "implied above about $500M ($15M is 'less than 3%')", sources: ["NAIROBILEO-WAIVERS"]),
        .init(
          value: "$835M with a $150M / $60M / up to $625M split (single-source: only the source article gives it)",
          sources: ["SOURCE-ARTICLE"]),
      ]),
    DeclaredConflict(
      id: "C17", topic: "Annual cost of the MSS",
      claims: [
        .init(value: "$240M per year", sources: ["DOMTODAY-7COUNTRIES"]),
        .init(value: "$515M to $600M over two years", sources: ["JOURNAL24H-7PAYS", "TELESUR-2024-05-02"]),
        .init(value: "about $600M per year", sources: ["SCR-DR1", "VOA-BLK-2024-07-16", "AP-USLIVE-FREEZE"]),
        .init(value: "about $800M per year", sources: ["TENGELE-REUTERS-DEC2025"]),
        .init(value: "$200M to $400M (2023 estimate)", sources: ["BREAKINGLATEST-2023-08-05"]),
      ]),
    DeclaredConflict(
      id: "C19", topic: "'Authorized strength 2,500 under resolution 2699'",
      claims: [
        .init(value: "no numeric ceiling in the UN summary of resolution 2699", sources: ["UN-SC15432"]),
        .init(value: "2,500 'to be deployed' or 'planned'", sources: ["VOA-BLK-2024-07-16", "STENING-2024-06"]),
      ],
      assessment:
        "Label 2,500 as 'planned strength', not 'authorized ceiling'. The first resolution-set ceiling is 5,550 (GSF, resolution 2793)."
    ),
  ]

  static let builtInSources: [Source] = [
    Source(
      id: "SOURCE-ARTICLE", title: "US, Kenya and others seek 'expanded force' to fight Haiti's gangs",
      publisher: "news article citing AFP", published: "2025-03"),
    Source(
      id: "UN-SC15432",
      title:
        "Security Council Authorizes Multinational Security Support Mission for Haiti for Initial Period of One Year",
      publisher: "UN Meetings Coverage", published: "2023-10-02", address: "https://press.un.org/2023/sc15432.doc.htm"),
    Source(
      id: "VOA-BLK-2024-07-16",
      title: "200 additional Kenyan police arrive in Haiti in UN-backed mission to fight criminal gangs",
      publisher: "VOA, reposted", published: "2024-07-16",
      address:
        "https://blkpoliticsnow.com/200-additional-kenyan-police-arrive-in-haiti-in-un-backed-mission-to-fight-criminal-gangs/"
    ),
    Source(
      id: "SCR-DR1",
      title: "Waiting for Kenyans to arrive (forum thread), quoting a Security Council Report 'Update from the UN'",
      publisher: "DR1 forum repost of Security Council Report text", published: "about late June 2024",
      address: "https://dr1.com/forums/threads/waiting-for-kenyans-to-arrive.410599/page-6"),
    Source(
      id: "CARIBTODAY-LETTER", title: "UN Secretary General Calls on International Community to Stand Behind Haiti",
      publisher: "Caribbean Today (CMC)", published: "letter dated 2025-02-24",
      address:
        "https://caribbeantoday.com/sections/regional/un-secretary-general-calls-on-international-community-to-stand-behind-haiti"
    ),
    Source(
      id: "KBC-2023-07-30", title: "CS Mutua: Kenya to deploy 1,000 police officers to help restore normalcy in Haiti",
      publisher: "KBC", published: "2023-07-30",
      address: "https://www.kbc.co.ke/cs-mutua-kenya-to-deploy-1000-police-officers-to-help-restore-normalcy-in-haiti/"),
    Source(
      id: "AP-KRDO-2024-06-25",
      title: "UN-backed contingent of foreign police arrive in Haiti as Kenya-led force prepares to face gangs",
      publisher: "AP", published: "2024-06-25",
      address:
        "https://krdo.com/news/2024/06/25/un-backed-contingent-of-foreign-police-arrive-in-haiti-as-kenya-led-force-prepares-to-face-gangs/"
    ),
    Source(
      id: "HAITILIBRE-2024-07-17", title: "Haiti - FLASH : A 2nd Kenyan contingent has arrived in Haiti",
      publisher: "HaitiLibre", published: "2024-07-17",
      address: "https://www.haitilibre.com/en/news-42781-haiti-flash-a-2nd-kenyan-contingent-has-arrived-in-haiti.html"),
    Source(
      id: "NAIROBINEWS-217",
      title: "Song And Dance As 217 Additional Kenya Police Land In Haiti Ecorted by US Military",
      publisher: "Nairobi News (Nation Media)", published: "arrival 2025-01-18",
      address:
        "https://nairobinews.co.ke/song-and-dance-as-217-additional-kenya-police-land-in-haiti-ecorted-by-us-military/embed"
    ),
    Source(
      id: "KENYANS-144", title: "Kenya sends 144 more police officers Haiti",
      publisher: "Kenyans.co.ke", published: "arrival 2025-02-06",
      address: "https://www.kenyans.co.ke/news/108735-kenya-sends-144-more-police-officers-haiti"),
    Source(
      id: "BREAKINGLATEST-2023-08-05",
      title: "Jamaica, Bahamas, Antigua and Barbuda Prepare to Join Multinational Force to Help Haiti",
      publisher: "Breaking Latest, citing the Jamaica Gleaner", published: "2023-08-05",
      address:
        "https://www.breakinglatest.news/world/jamaica-bahamas-and-antigua-join-kenya-in-sending-peacekeepers-to-haiti/"
    ),
    Source(
      id: "MAGNETIC-2024-09-12", title: "Jamaicans leave Thursday September 12 for Haiti stabilisation mission",
      publisher: "Magnetic Media", published: "2024-09-12",
      address:
        "https://magneticmediatv.com/2024/09/jamaicans-leave-thursday-september-12-for-haiti-stabilisation-mission/amp"),
    Source(
      id: "PL-VOCES-JAM-BEL", title: "Jamaican and Belizean forces arrive in Haiti to reinforce Kenya-led MSS",
      publisher: "Prensa Latina", published: "September 2024",
      address:
        "https://vocesdelsur.prensa-latina.cu/jamaican-and-belizean-forces-arrive-in-haiti-to-reinforce-kenya-led-mss"),
    Source(
      id: "REUTERS-BELIZE-2024-09", title: "Belize army sends officers for long-delayed Haiti mission to Jamaica",
      publisher: "Reuters, reposted", published: "September 2024",
      address: "https://canadiannewstoday.com/belize-army-sends-officers-for-long-delayed-haiti-mission-to-jamaica"),
    Source(
      id: "RBDF-2024-10-18", title: "First team of RBDF troops deploy to Haiti",
      publisher: "Royal Bahamas Defence Force", published: "2024-10-18",
      address: "https://rbdf.gov.bs/first-team-of-rbdf-troops-deploy-to-haiti/"),
    Source(
      id: "KAHAWA-2024-10-19", title: "Bahamas sends troops to joins MSS mission in Haiti",
      publisher: "Kahawa Tungu", published: "2024-10-19",
      address: "https://kahawatungu.com/bahamas-sends-troops-to-joins-mss-mission-in-haiti/"),
    Source(
      id: "AP-KESQ-GUA-2024-09", title: "Guatemala to send 150 military police officers to help fight gangs in Haiti",
      publisher: "AP", published: "2024-09", address: "https://kesq.com/2024/09/page/95"),
    Source(
      id: "REUTERS-FRONTIER-2025-01-03", title: "Central American troops arrive in Haiti to fight gangs",
      publisher: "Reuters, reposted", published: "2025-01-03",
      address: "https://thefrontierpost.com/central-american-troops-arrive-in-haiti-to-fight-gangs/"),
    Source(
      id: "REUTERS-FBC-2025-01-05", title: "Another 75 Guatemalan soldiers arrive in Haiti to battle gangs",
      publisher: "Reuters, reposted", published: "2025-01-05",
      address: "https://www.fbcnews.com.fj/world/another-75-guatemalan-soldiers-arrive-in-haiti-to-battle-gangs/"),
    Source(
      id: "PEOPLEDAILY-GUA", title: "Guatemala and El Salvador contribute more troops to Kenyan-led mission in Haiti",
      publisher: "People Daily (Kenya)", published: "January 2025",
      address:
        "https://peopledaily.digital/news/guatemala-and-el-salvador-contribute-more-troops-to-kenyan-led-mission-in-haiti"
    ),
    Source(
      id: "EFE-HCH-2025-02-04",
      title: "Llegan a Haiti setenta efectivos de El Salvador para unirse a la mision multinacional",
      publisher: "EFE, reposted by HCH", published: "2025-02-04",
      address:
        "https://hch.tv/2025/02/04/llegan-a-haiti-setenta-efectivos-de-el-salvador-para-unirse-a-la-mision-multinacional"
    ),
    Source(
      id: "REUTERS-DEVD-2024-03-11", title: "US pledges further $100 mln to Haiti security mission",
      publisher: "Reuters via Devdiscourse", published: "event 2024-03-11",
      address:
        "https://www.devdiscourse.com/article/law-order/2856116-us-pledges-further-100-mln-to-haiti-security-mission"),
    Source(
      id: "AFP-NEWSKWETU",
      title:
        "The United States has frozen its financial contributions to the Kenyan-led multinational security force in Haiti: UN (title from URL)",
      publisher: "AFP-based", published: "unknown (February 2025)",
      address:
        "https://newskwetu.com/the-united-states-has-frozen-its-financial-contributions-to-the-kenyan-led-multinational-security-force-in-haiti-un"
    ),
    Source(
      id: "AFP-URDUPOINT-2025-02-05",
      title: "US freezes funding contributions to Haiti multinational ... (title from URL)",
      publisher: "AFP/APP via UrduPoint", published: "2025-02-05",
      address: "https://www.urdupoint.com/en/world/us-freezes-funding-contributions-to-haiti-mul-1918151.html"),
    Source(
      id: "ALLAFRICA-BENIN",
      title: "(title not shown) Five countries committed to providing personnel, UN spokesman says",
      publisher: "allAfrica, quoting UN spokesman Stephane Dujarric",
      published: "2024-03-02 (inferred from the story id)", address: "https://allafrica.com/stories/202403020081.html"),
    Source(
      id: "AP-BUZZ-4TH", title: "New contingent of Kenyan police joins UN-backed mission to fight gangs in Haiti",
      publisher: "AP, reposted", published: "unknown (arrival Thursday 2025-02-06)",
      address:
        "https://thebuzzinghub.com/articles/new-contingent-of-kenyan-police-joins-un-backed-mission-to-fight-gangs-in-haiti"
    ),
    Source(
      id: "AP-USLIVE-FREEZE",
      title: "UN reports that the US has suspended financial support for the mission aimed at combating gangs in Haiti",
      publisher: "AP-based", published: "unknown (February 2025)", address: "https://uslive.com/newsfeed/430782"),
    Source(
      id: "CNN-PENTAGON-CONTRACTS",
      title: "Pentagon contracts reveal US prep for multinational force in Haiti, down to toothbrushes and WiFi",
      publisher: "CNN via Yahoo", published: "about 2024-06-03 (date of the Haitify repost)",
      address: "https://uk.news.yahoo.com/pentagon-contracts-reveal-us-prep-213714280.html"),
    Source(
      id: "CP-VOICEOFCANADA-2025-09-23",
      title: "Canada commits $60M to Haiti, wants UN to back U.S. gang suppression plan",
      publisher: "The Canadian Press, reposted", published: "2025-09-23 (date on the favofcanada copy)",
      address: "https://voiceofcanada.tv/canada-commits-60m-to-haiti-wants-un-to-back-u-s-gang-suppression-plan"),
    Source(
      id: "CTN-628M", title: "United States announces an additional $628 million to strengthen security in Haiti",
      publisher: "CTN (Haiti), citing a State Department spokesperson by email", published: "unknown",
      address: "https://ctninfo.com/united-states-announces-an-additional-628-million-to-strengthen-security-in-haiti"),
    Source(
      id: "CTN-BENIN",
      title: "Multinational force to be deployed in Haiti: Benin and other countries confirm troop contributions",
      publisher: "CTN, quoting US Ambassador Thomas-Greenfield in Georgetown",
      published: "unknown (late February 2024)",
      address:
        "https://ctninfo.com/multinational-force-to-be-deployed-in-haiti-benin-and-other-countries-confirm-troop-contributions"
    ),
    Source(
      id: "DAGENS-2024-06", title: "U.S. leads effort to restore stability in Haiti (title from URL)",
      publisher: "Dagens", published: "unknown (about June 2024)",
      address: "https://dagens.com/news/u-s-leads-effort-to-restore-stability-in-haiti"),
    Source(
      id: "DEVDISCOURSE-GUA-2025-01-05", title: "Guatemalan Troops Reinforce UN Mission in Haiti",
      publisher: "Devdiscourse (Reuters-based)", published: "2025-01-05",
      address: "https://www.devdiscourse.com/article/law-order/3215341-guatemalan-troops-reinforce-un-mission-in-haiti"),
    Source(
      id: "DOMTODAY-7COUNTRIES", title: "Seven countries to contribute mission agents to Haiti (title from URL)",
      publisher: "Dominican Today (EFE-based)", published: "unknown (late April or early May 2024)",
      address:
        "https://dominicantoday.com/amp/news?id=225614&title=seven-countries-to-contribute-mission-agents-to-haiti"),
    Source(
      id: "EASTLEIGH-TAG", title: "MSS Mission Stories (tag page listing headlines with dates)",
      publisher: "The Eastleigh Voice", published: "headlines dated 2025-01-22 to 2025-03-29",
      address: "https://eastleighvoice.co.ke/tags/mss"),
    Source(
      id: "FEEDMAN-CAPFM-2025-09-22",
      title: "Ruto blasts 'indefensible' funding gaps for Haiti Mission, says lack of support 'simply wrong'",
      publisher: "Capital FM (Kenya), reposted", published: "2025-09-22 (dateline 'NAIROBI, Kenya, Sep 22')",
      address: "https://feedman.me/posts/2FmlC"),
    Source(
      id: "GAC-5.7M",
      title:
        "Canada announces an additional $5.7 million in funding to support the deployment of the Multinational Security Support Mission in Haiti",
      publisher: "Global Affairs Canada (official), repost",
      published: "2024-06-26 (Global Affairs Canada news release, reposted by Mirage News)",
      address: "https://miragenews.com/canada-pledges-extra-5-7m-for-haiti-security-1263882"),
    Source(
      id: "GAC-PROJECT",
      title:
        "Project profile: Trust fund in support of the multinational security support mission for Haiti (CA-3-P014129001)",
      publisher: "Global Affairs Canada project browser (official)", published: "unknown",
      address: "https://w05.international.gc.ca/projectbrowser-banqueprojets/project-projet/details/p014129001"),
    Source(
      id: "HAITICHRON-77",
      title:
        "Guatemalan reinforcements in Haiti: 77 police-military personnel arrive to strengthen the fight against gangs (title from URL)",
      publisher: "Haiti Chronicle", published: "unknown (January 2025)",
      address:
        "https://haitichronicle.com/guatemalan-reinforcements-in-haiti-77-police-military-personnel-arrive-to-strengthen-the-fight-against-gangs"
    ),
    Source(
      id: "HAITICHRON-FREEZE",
      title:
        "Major setback for Haiti: Washington freezes funding for Multinational Security Support mission (title from URL)",
      publisher: "Haiti Chronicle", published: "unknown (February 2025)",
      address:
        "https://haitichronicle.com/major-setback-for-haiti-washington-freezes-funding-for-multinational-security-support-mission"
    ),
    Source(
      id: "HAITICHRON-VOLTAIRE",
      title: "Leslie Voltaire meets with MSS authorities to address security challenges in Haiti (title from URL)",
      publisher: "Haiti Chronicle", published: "unknown (event Friday 2024-07-19)",
      address:
        "https://haitichronicle.com/leslie-voltaire-meets-with-mss-authorities-to-address-security-challenges-in-haiti"),
    Source(
      id: "HAITIFY-5.7M",
      title: "Multinational Force: Canada will provide Haiti with additional funding of US$5.7 million",
      publisher: "Haitify", published: "2024-06-26", address: "https://haitify.com/?p=40251"),
    Source(
      id: "HAITIWIRE-GUTERRES",
      title: "Antonio Guterres proposes UN support office for Haiti security mission (title from URL)",
      publisher: "HaitiWire, summarising the Secretary-General's letter", published: "unknown (about 2025-02-25)",
      address: "https://haitiwire.com/antonio-guterres-proposes-un-support-office-for-haiti-security-mission"),
    Source(
      id: "INFOCENTRE-217",
      title:
        "217 Kenyan police officers touch down in Haiti under Masengeli and former IG Boinnet's escort (title from URL)",
      publisher: "informationcentre.co.ke, quoting a National Police Service statement",
      published: "unknown (January 2025)",
      address:
        "https://informationcentre.co.ke/217-kenyan-police-officers-touch-down-in-haiti-under-masengeli-and-former-ig-boinnets-escort"
    ),
    Source(
      id: "INSIGHT-2025-04",
      title: "US asks partners to give more to Haiti's struggling anti-gang mission (title from URL)",
      publisher: "InSight Crime, reposted", published: "unknown (after 2025-04-21)",
      address: "https://theworldnewstoday.com/us-asks-partners-to-give-more-to-haitis-struggling-anti-gang-mission/"),
    Source(
      id: "JAMOBS-2024-03-11",
      title: "US Department of Defense doubles support for multinational security team in Haiti to $200M",
      publisher: "Jamaica Observer", published: "2024-03-11",
      address:
        "https://www.jamaicaobserver.com/2024/03/11/us-department-defense-doubles-support-multinational-security-team-haiti-200m/"
    ),
    Source(
      id: "JOURNAL24H-7PAYS",
      title:
        "Voici les 7 pays d'Afrique, d'Asie et des Caraibes qui ont confirme leur participation a la MMSS (title from URL)",
      publisher: "Journal 24h (Haiti)", published: "unknown (late April or early May 2024)",
      address:
        "https://journal24h.com/voici-les-7-pays-dafrique-dasie-et-des-caraibes-qui-ont-confirme-leur-participation-a-la-mission-multinationale-de-soutien-a-la-securite-mmss-qui-sera-deployee-en-haiti"
    ),
    Source(
      id: "JUNO7-2751", title: "A l'unanimite, le Conseil de securite de l'ONU renouvelle ... (title truncated in URL)",
      publisher: "Juno7 (Haiti)", published: "unknown",
      address: "https://juno7.ht/a-lunanimite-le-conseil-de-securite-de-lonu-renouv"),
    Source(
      id: "K24-144",
      title: "Kenya deploys 144 additional police officers to Multinational Security Support Mission in Haiti",
      publisher: "K24 video via Kenyamoja", published: "unknown (February 2025)",
      address:
        "https://kenyamoja.com/video/kenya-deploys-144-additional-police-officers-multinational-security-support-mission-haiti-0"
    ),
    Source(
      id: "KBC-JUMA-2025-02",
      title: "Monica Juma: Haiti mission to continue despite US funding freeze (title from URL)",
      publisher: "KBC, quoting NSA Monica Juma and spokesperson Isaac Mwaura", published: "unknown (February 2025)",
      address: "https://www.kbc.co.ke/monica-juma-haiti-mission-to-continue-despite-us-funding-freeze/"),
    Source(
      id: "KENYANTREND-2025-12",
      title: "Kenyan police mission in Haiti nears final exit after a tough year (title from URL)",
      publisher: "Kenyan Trend", published: "2025-12 (from URL)",
      address: "https://kenyantrend.com/2025/12/kenyan-police-mission-in-haiti-nears-final-exit-after-a-tough-year"),
    Source(
      id: "MAGNETIC-2024-10-07",
      title:
        "U.S. support of Haiti now 1.3 billion; Secretary of State Anthony Blinken announces additional help (title from URL)",
      publisher: "Magnetic Media (TCI)", published: "2024-10-07",
      address:
        "https://magneticmediatv.com/2024/10/u-s-support-of-haiti-now-1-3-billion-secretary-of-state-anthony-blinken-announces-additional-help/amp"
    ),
    Source(
      id: "MH-AOL-109M",
      title: "Biden administration overrides GOP, authorizes $109 million for Kenyan force for Haiti",
      publisher: "Miami Herald", published: "2024-06-20 (Miami Herald print edition)",
      address: "https://www.aol.com/biden-administration-overrides-gop-authorizes-225537281.html"),
    Source(
      id: "MH-AOL-60M", title: "Biden orders $60 million released for Kenya-led mission to help Haiti battle gangs",
      publisher: "Miami Herald via AOL", published: "unknown (event Friday 2024-04-12 per SCR-DR1)",
      address: "https://www.aol.com/biden-orders-60-million-released-205425921.html"),
    Source(
      id: "MKENYALEO-217",
      title: "Kenya sends 217 additional police officers to join mission in Haiti (title from URL)",
      publisher: "mkenyaleo (AP-based)", published: "unknown (January 2025)",
      address: "https://mkenyaleo.co.ke/kenya-sends-217-additional-police-officers-to-join-mission-in-haiti"),
    Source(
      id: "MWEBANTU-2024-07-17", title: "Kenya sends new contingent of police to Haiti (title from URL)",
      publisher: "Mwebantu, citing Le Monde", published: "2024-07-17",
      address: "https://mwebantu.news/kenya-sends-new-contingent-of-police-to-haiti/"),
    Source(
      id: "NAIROBILEO-WAIVERS",
      title: "US government reveals fresh details after freezing funding for Haiti mission (title from URL)",
      publisher: "Nairobi Leo, quoting US Embassy Haiti statement",
      published: "unknown (statement Thursday 2025-02-06)",
      address:
        "https://nairobileo.co.ke/news/article/19161/us-government-reveals-fresh-details-after-freezing-funding-for-haiti-mission"
    ),
    Source(
      id: "NATION-BRAVEFACE", title: "Kenya puts on brave face after Trump's Haiti budget cuts",
      publisher: "Daily Nation, quoting PS Korir Sing'oei and UN spokesperson Dujarric",
      published: "unknown (February 2025)",
      address: "https://nation.africa/kenya/news/kenya-puts-on-brave-face-after-trump-s-haiti-budget-cuts-4915126"),
    Source(
      id: "OEMAG-7COUNTRIES",
      title: "Seven countries inform Guterres of intention to contribute to Haiti support force (title from URL)",
      publisher: "oe-mag, quoting the UN spokesperson", published: "unknown (late April 2024)",
      address:
        "https://oe-mag.co.uk/seven-countries-inform-guterres-of-intention-to-contribute-to-haiti-current-affairs-support-force"
    ),
    Source(
      id: "PL-2024-09-12", title: "Jamaican troops will arrive in Haiti in support of anti-gang fight (title from URL)",
      publisher: "Prensa Latina, citing Le Nouvelliste", published: "2024-09-12",
      address:
        "https://plenglish.com/news/2024/09/12/jamaican-troops-will-arrive-in-haiti-in-support-of-anti-gang-fight"),
    Source(
      id: "REUTERS-DE-MARKETSCREENER",
      title: "Funf Lander stellen laut UN Personal fur Sicherheitsmission in Haiti bereit",
      publisher: "Reuters (German), quoting Dujarric", published: "unknown (about 2024-02-29)",
      address:
        "https://ch.marketscreener.com/kurs/index/TOPIX-INDEX-61714390/news/Funf-Lander-stellen-laut-UN-Personal-fur-Sicherheitsmission-in-Haiti-bereit-46066182/"
    ),
    Source(
      id: "REUTERS-DM-2025-02-06",
      title: "US freezes some funding for security mission tackling Haiti's gangs (title from URL)",
      publisher: "Reuters via Daily Maverick", published: "2025-02-06",
      address:
        "https://www.dailymaverick.co.za/article/2025-02-06-us-freezes-some-funding-for-security-mission-tackling-haitis-gangs/"
    ),
    Source(
      id: "REUTERS-NASDAQ-2024-02-22", title: "Canada pledges C$80.5 mln to back Kenya-led security mission to Haiti",
      publisher: "Reuters via Nasdaq", published: "2024-02-22",
      address: "https://www.nasdaq.com/articles/canada-pledges-c$80.5-mln-to-back-kenya-led-security-mission-to-haiti"),
    Source(
      id: "SOFX-2024-07",
      title: "Kenyan police deploy second group to Haiti amidst ongoing gang violence (title from URL)",
      publisher: "SOFX", published: "unknown (cites tweets of 2024-07-17)",
      address: "https://www.sofx.com/kenyan-police-deploy-second-group-to-haiti-amidst-ongoing-gang-violence/"),
    Source(
      id: "STENING-2024-06",
      title: "Kenyan police land in Port-au-Prince's Toussaint Louverture International Airport (title from URL)",
      publisher: "Stening Simpson (risk consultancy events page)", published: "unknown",
      address:
        "https://www.steningsimpson.com.au/events/kenyan-police-land-in-port-au-princes-toussaint-louverture-international-airport/"
    ),
    Source(
      id: "TELESUR-2024-05-02", title: "Haiti May Receive Foreign Troops Within 21 Days", publisher: "teleSUR English",
      published: "2024-05-02",
      address: "https://www.telesurenglish.net/news/Haiti-May-Receive-Foreign-Troops-Within-21-Days-20240502-0012.html"),
    Source(
      id: "TENGELE-REUTERS-DEC2025", title: "Kenyan Police Arrive in Haiti After UN Expands Mandate",
      publisher: "tengele.com, AI summary of a Reuters story; low weight", published: "unknown (December 2025)",
      address:
        "https://tengele.com/news/8fd34123-884a-4e0c-98a6-75659088467a/kenyan-police-arrive-in-haiti-after-un-expands-mandate"
    ),
    Source(
      id: "THEGRIO-2024-03-13",
      title: "White House commits $330 million to address political and humanitarian turmoil in Haiti (title from URL)",
      publisher: "TheGrio", published: "2024-03-13",
      address:
        "https://thegrio.com/2024/03/13/white-house-commits-330-million-to-address-political-and-humanitarian-turmoil-in-haiti/"
    ),
    Source(
      id: "UNSCR-2751", title: "Resolution 2751 (2024), The question concerning Haiti (MSSM mandate)",
      publisher: "resolution text mirror", published: "2024-09-30 (adoption date)",
      address: "http://unscr.com/en/resolutions/2751"),
    Source(
      id: "VOA-AUSTIN-2023-09", title: "Austin praises US-Kenya defense ties (title from URL)", publisher: "VOA",
      published: "unknown (late September 2023)",
      address: "https://voa.pangea-cms.com/preview/en-US/a/austin-praises-us-kenya-defense-ties/7284125.html"),
    Source(
      id: "WEEKLYVISION-18168", title: "US Reaffirms Support for Kenya's Haiti Mission Amid Funding Concerns",
      publisher: "The Weekly Vision (Kenya)", published: "unknown (February 2025)",
      address: "https://theweeklyvisionews.net/?p=18168"),
    Source(
      id: "YNEWS-ROTATION",
      title: "Kenyan officers begin journey home as year-long Haiti mission winds down (title from URL)",
      publisher: "Y News", published: "unknown (December 2025)",
      address:
        "https://ynews.digital/governance/kenyan-officers-begin-journey-home-as-year-long-haiti-mission-winds-down"),
    Source(
      id: "REUTERS-STRAITS-2024-02-23", title: "Canada pledges C$80.5m to back Kenya-led security mission to Haiti",
      publisher: "Reuters via Straits Times", published: "2024-02-23",
      address:
        "https://www.straitstimes.com/world/canada-pledges-c805-million-to-back-kenya-led-security-mission-to-haiti"),
  ]
}
