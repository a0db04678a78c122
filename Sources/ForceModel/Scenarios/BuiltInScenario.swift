/// The Kenya-led Multinational Security Support (MSS) mission in Haiti, as of March 2025.
///
/// Every figure cites the article in `shared/article/` (`SOURCE-ARTICLE`) where the article
/// gives it; the other contributors, their dates and the cost assumption come from the reference
/// research file, each with its own source. Nothing here is invented: the one value no source
/// gives (a fixed yearly cost) is zero and labelled as an assumption.
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
      note: String? = nil
    ) -> Amount {
      Amount(value, qualifier, sources: sources, asOf: date, note: note)
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
            deployed: count(744, .exact, ["KENYANS-144"], "2025-02-06"), event: "fourth contingent (144) arrives"),
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
        country: "Unattributed", role: .unattributed,
        deployed: count(
          48, .about, [article], "2025-03",
          note:
            "The article's about 1,000 minus the 952 the named countries account for; no source says whose they are."
        )),
    ]

    let funding = [
      FundingLine(
        id: "us-foreign-assistance", donor: "United States", channel: .bilateral, status: .committed,
        amount: usd(150_000_000, .exact, [article], march2025),
        purpose: "foreign assistance for logistics support and equipment"),
      FundingLine(
        id: "us-equipment-services", donor: "United States", channel: .inKind, status: .committed,
        amount: usd(60_000_000, .exact, [article], march2025), purpose: "equipment and services"),
      FundingLine(
        id: "us-defense-department", donor: "United States", channel: .bilateral, status: .ceiling,
        amount: usd(625_000_000, .upTo, [article], march2025),
        purpose: "up to this amount from the Defense Department"),
      FundingLine(
        id: "un-trust-fund", donor: "UN trust fund (several donors)", channel: .trustFund, status: .disbursed,
        amount: usd(112_500_000, .exact, [article], march2025),
        purpose: "raised so far by the UN trust fund for the Kenya-led mission"),
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
        note: "About $600M a year for up to 2,500 personnel, divided by 2,500. Not in the article."),
      fixedYearlyCost: usd(
        0, .exact, [], nil,
        note: "No source gives a fixed cost apart from the per-officer figure, which already covers the whole budget."),
      horizonMonths: count(
        12, .exact, ["UN-SC15432"], "2023-10-02",
        note: "Resolution 2699 authorized the mission for an initial twelve months."),
      exchangeRates: [:],
      inHand: [.committed, .disbursed])

    return Scenario(
      mission: mission, strength: strength, contributors: contributors, funding: funding,
      fundingTotals: fundingTotals, assumptions: assumptions, sources: builtInSources,
      conflicts: builtInConflicts)
  }()

  static let builtInConflicts = [
    DeclaredConflict(
      id: "C3", topic: "Jamaica's personnel pledge",
      claims: [
        .init(value: "200", sources: ["BREAKINGLATEST-2023-08-05", "MAGNETIC-2024-09-12"]),
        .init(value: "250", sources: ["PL-VOCES-JAM-BEL"]),
      ]),
    DeclaredConflict(
      id: "C16", topic: "Total US support to the MSS",
      claims: [
        .init(value: "$300M pledged", sources: ["REUTERS-DEVD-2024-03-11"]),
        .init(value: "over $835M with a $150M / $60M / up to $625M split", sources: ["SOURCE-ARTICLE"]),
      ],
      assessment:
        "Only the article gives the $835M total; the other US figures are separate measures and are not added to it."),
    DeclaredConflict(
      id: "C19", topic: "Authorized strength under resolution 2699",
      claims: [
        .init(value: "no numeric ceiling in resolution 2699", sources: ["UN-SC15432"]),
        .init(value: "2,500 planned", sources: ["VOA-BLK-2024-07-16", "SOURCE-ARTICLE"]),
      ],
      assessment: "2,500 is the planned strength, not an authorized ceiling."),
  ]

  static let builtInSources: [Source] = [
    Source(
      id: "SOURCE-ARTICLE", title: "US, Kenya and others seek 'expanded force' to fight Haiti's gangs",
      publisher: "news article citing AFP", published: "2025-03", address: "shared/article/haiti-mss-article.txt"),
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
  ]
}
