//! Every typed id of the dataset. Slugs are stable URL parts: never change a
//! published one.

crate::id_enum!(
    /// The two source essays.
    SourceId {
        Military = "military-diplomacy",
        Overview = "overview",
    }
);

crate::id_enum!(
    /// Sections of the essays, in essay order (`mil-` = essay 000 on
    /// military diplomacy, `ov-` = essay 002, the overview).
    SectionId {
        MilIntro = "mil-introduction",
        MilRole = "mil-military-diplomacy",
        MilLegal = "mil-legal-frameworks",
        MilTaskForces = "mil-task-forces",
        MilChallenges = "mil-challenges",
        MilIntelAgencies = "mil-intelligence-agencies",
        MilIntelGathering = "mil-intelligence-gathering",
        MilFinancing = "mil-terrorist-financing",
        MilForeignFighters = "mil-foreign-fighters",
        MilTechnology = "mil-technology",
        MilCapacity = "mil-capacity-building",
        MilPartnerNations = "mil-partner-nations",
        MilBestPractices = "mil-best-practices",
        MilHumanitarian = "mil-humanitarian-legal",
        MilCaseStudies = "mil-case-studies",
        MilCoalition = "mil-global-coalition",
        MilInterpol = "mil-interpol",
        MilEvolving = "mil-evolving-strategies",
        MilFuture = "mil-future-directions",
        MilEvaluating = "mil-evaluating-limits",
        MilInterplay = "mil-interplay",
        OvIntro = "ov-introduction",
        OvOverview = "ov-overview",
        OvUn = "ov-united-nations",
        OvInterpol = "ov-interpol",
        OvInfoExchange = "ov-information-exchange",
        OvJointTaskForces = "ov-joint-task-forces",
        OvNato = "ov-nato",
        OvRegional = "ov-regional-organisations",
        OvEu = "ov-eu-strategy",
        OvAsean = "ov-asean",
        OvBilateral = "ov-bilateral",
        OvUsaUk = "ov-usa-uk",
        OvAusNz = "ov-australia-new-zealand",
        OvFius = "ov-fius",
        OvExercises = "ov-military-exercises",
        OvCyber = "ov-cyber-extremism",
        OvEvaluating = "ov-evaluating-prospects",
    }
);

crate::id_enum!(
    /// Bullet-list items of the essays.
    BulletId {
        TechSatellite = "tech-satellite-drones",
        TechAnalytics = "tech-data-analytics",
        TechSecureChannels = "tech-secure-channels",
        TechBlockchain = "tech-blockchain",
        FutureLaw = "future-common-law",
        FutureSharing = "future-sharing-platforms",
        FutureTech = "future-new-technology",
        FutureCapacity = "future-rights-based-capacity",
        FutureTaskForces = "future-task-forces",
        InfoDatabases = "info-secure-databases",
        InfoLiaison = "info-liaison-officers",
        InfoAgreements = "info-formal-agreements",
        InfoPlatforms = "info-technology-platforms",
        NatoIntel = "nato-intelligence-sharing",
        NatoMilitary = "nato-military-support",
        NatoStrategy = "nato-strategic-coordination",
    }
);

crate::id_enum!(
    /// Explainer cards.
    CardId {
        WhyCooperate = "why-cooperate",
        MilitaryDiplomacy = "military-diplomacy",
        DiplomacyAndRelations = "diplomacy-and-relations",
        LegalFrameworks = "legal-frameworks",
        EarlyConventions = "early-conventions",
        Icsft = "icsft",
        UnOverview = "united-nations",
        Resolution1373 = "un-resolution-1373",
        Resolution1267 = "un-resolution-1267",
        Unoct = "unoct-global-strategy",
        TaskForces = "multinational-task-forces",
        JointTaskForces = "joint-task-forces",
        ChallengesLawTrust = "challenges-law-and-trust",
        ChallengesMeansRights = "challenges-means-and-rights",
        IntelligenceAgencies = "intelligence-agencies",
        IntelligenceGathering = "intelligence-gathering",
        InformationExchange = "information-exchange",
        TerroristFinancing = "terrorist-financing",
        Fius = "financial-intelligence-units",
        FiuNetwork = "fiu-network",
        Resolution2462 = "un-resolution-2462",
        ForeignFighters = "foreign-terrorist-fighters",
        Returnees = "returning-fighters",
        Technology = "technology-tools",
        EvolvingStrategies = "evolving-strategies",
        CapacityBuilding = "capacity-building",
        PartnerNations = "partner-nations",
        BestPractices = "best-practices",
        HumanRights = "humanitarian-legal",
        CaseStudies = "case-studies",
        GlobalCoalition = "global-coalition",
        Interpol = "interpol",
        InterpolCtUnit = "interpol-ct-unit",
        RedNotices = "red-notices",
        FutureLawSharing = "future-law-and-sharing",
        FutureTechCapacity = "future-technology-and-training",
        EvaluatingLimits = "evaluating-limits",
        Nato = "nato",
        RegionalOrganisations = "regional-organisations",
        EuStrategy = "eu-strategy",
        EuMachinery = "eu-machinery",
        Asean = "asean",
        Acct = "asean-convention",
        Bilateral = "bilateral-partnerships",
        UsaUk = "usa-uk",
        Ukusa = "ukusa-agreement",
        FiveEyes = "five-eyes",
        AustraliaNz = "australia-new-zealand",
        MilitaryExercises = "military-exercises",
        OnlineExtremism = "online-extremism",
        EvaluatingProspects = "evaluating-prospects",
    }
);

crate::id_enum!(
    /// Organisations, networks and countries on the map.
    ActorId {
        Un = "un",
        UnSc = "un-security-council",
        Ctc = "un-ctc",
        Unoct = "unoct",
        Interpol = "interpol",
        InterpolCt = "interpol-ct-unit",
        Nato = "nato",
        Eu = "eu",
        Asean = "asean",
        Ammtc = "ammtc",
        FiveEyes = "five-eyes",
        GlobalCoalition = "global-coalition",
        Fius = "fius",
        IntelAgencies = "intelligence-agencies",
        Usa = "usa",
        Uk = "uk",
        Australia = "australia",
        NewZealand = "new-zealand",
        Canada = "canada",
    }
);

crate::id_enum!(
    /// Treaties, resolutions, strategies and mechanisms on the map.
    InstrumentId {
        Icsft = "icsft",
        Res1373 = "unscr-1373",
        Res1267 = "unscr-1267",
        Res2178 = "unscr-2178",
        Res2396 = "unscr-2396",
        Res2462 = "unscr-2462",
        UnGctStrategy = "un-gct-strategy",
        EuCtStrategy = "eu-ct-strategy",
        Acct = "acct",
        RedNotices = "red-notices",
        NorthAtlanticTreaty = "north-atlantic-treaty",
        Ukusa = "ukusa",
    }
);

crate::id_enum!(
    /// Timeline events.
    EventId {
        IcpcFounded = "1923-icpc-founded",
        LeagueConvention = "1937-league-convention",
        UnCharter = "1945-un-charter",
        BrusaSigned = "1946-brusa-signed",
        NorthAtlanticTreaty = "1949-north-atlantic-treaty",
        TokyoConvention = "1963-tokyo-convention",
        AseanFounded = "1967-asean-founded",
        HagueConvention = "1970-hague-convention",
        HostagesConvention = "1979-hostages-convention",
        EgmontGroup = "1995-egmont-group",
        BombingsConvention = "1997-bombings-convention",
        ManilaDeclaration = "1997-manila-declaration",
        Res1267 = "1999-unscr-1267",
        IcsftAdopted = "1999-icsft-adopted",
        NatoArticle5 = "2001-nato-article-5",
        Res1373 = "2001-unscr-1373",
        AseanJointAction = "2001-asean-joint-action",
        IcsftInForce = "2002-icsft-in-force",
        EuDeclaration = "2004-eu-declaration",
        EuCtStrategy = "2005-eu-ct-strategy",
        UnGctStrategy = "2006-un-gct-strategy",
        AcctSigned = "2007-acct-signed",
        AcctInForce = "2011-acct-in-force",
        CoalitionFormed = "2014-global-coalition",
        Res2178 = "2014-unscr-2178",
        EuropolEctc = "2016-europol-ectc",
        NatoJoinsCoalition = "2017-nato-joins-coalition",
        UnoctEstablished = "2017-unoct-established",
        Res2396 = "2017-unscr-2396",
        Res2462 = "2019-unscr-2462",
        ChristchurchCall = "2019-christchurch-call",
    }
);

crate::id_enum!(
    /// Glossary terms.
    TermId {
        Humint = "humint",
        Sigint = "sigint",
        Osint = "osint",
        Fiu = "fiu",
        ForeignTerroristFighter = "foreign-terrorist-fighter",
        RedNotice = "red-notice",
        CapacityBuilding = "capacity-building",
        Interoperability = "interoperability",
        MilitaryDiplomacy = "military-diplomacy",
        MultinationalTaskForce = "multinational-task-force",
        MoneyLaundering = "money-laundering",
        TerroristFinancing = "terrorist-financing",
        AssetFreeze = "asset-freeze",
        Extradition = "extradition",
        MutualLegalAssistance = "mutual-legal-assistance",
        LiaisonOfficer = "liaison-officer",
        Radicalisation = "radicalisation",
        Sovereignty = "sovereignty",
        Recidivism = "recidivism",
        BlockchainAnalysis = "blockchain-analysis",
        InformationSilo = "information-silo",
        CollectiveDefence = "collective-defence",
        Biometrics = "biometrics",
        Rehabilitation = "rehabilitation",
        Reintegration = "reintegration",
    }
);

crate::id_enum!(
    /// Self-check questions.
    QuestionId {
        IntelNetworksOrder = "intel-networks-order",
        SigintMeaning = "sigint-meaning",
        FiveEyesMissing = "five-eyes-missing-member",
        ExchangeParts = "information-exchange-parts",
        FinancingOrder = "financing-order",
        FiuRole = "fiu-role",
        Res2462Scope = "unscr-2462-scope",
        SanctionsDuties = "unscr-1267-duties",
        FightersOrder = "foreign-fighters-order",
        FighterMeaning = "foreign-fighter-meaning",
        Res2178Travel = "unscr-2178-travel",
        Res2396Returnees = "unscr-2396-returnees",
        TreatiesOrder = "early-treaties-order",
        Res1373Binding = "unscr-1373-binding",
        ProsecuteOrExtradite = "prosecute-or-extradite",
        RedNoticeNature = "red-notice-nature",
        NatoOrder = "nato-order",
        Interoperability = "interoperability",
        CommanderContacts = "commander-contacts",
        CoalitionAirCampaign = "coalition-air-campaign",
        UnCapacityOrder = "un-capacity-order",
        CapacityGoal = "capacity-building-goal",
        WeakestLink = "weakest-link",
        UnoctOrCtc = "unoct-or-ctc",
        AdaptNotCopy = "adapt-not-copy",
        ChristchurchCall = "christchurch-call",
        BlockchainAnalysis = "blockchain-analysis",
        FutureTechnology = "future-technology",
        NewThreat = "new-threat",
        GctsPillar = "gcts-pillar",
        DetentionProcedures = "detention-procedures",
        Rehabilitation = "rehabilitation",
        SuspectTreatment = "suspect-treatment",
        AseanOrder = "asean-order",
        EuStrands = "eu-strategy-strands",
        MadridDeclaration = "madrid-declaration",
        Ammtc = "ammtc",
        BilateralPairs = "bilateral-pairs",
    }
);
