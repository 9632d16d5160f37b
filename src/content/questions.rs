//! Self-check questions for the classroom: at least three per theme, each
//! answerable from the cards and events it cites. Order questions list their
//! events in the right order; the app shuffles them.

use crate::model::*;

use CardId as C;
use EventId as E;
use QuestionId as Q;
use Theme as T;

pub static QUESTIONS: &[Question] = &[
    // ---- Intelligence sharing ------------------------------------------
    Question {
        id: Q::IntelNetworksOrder,
        theme: T::IntelligenceSharing,
        prompt: "Put these steps in the growth of cross-border information networks in date order, earliest first.",
        answer: Answer::Order {
            events: &[E::IcpcFounded, E::BrusaSigned, E::EgmontGroup, E::EuropolEctc],
        },
        feedback: "The police commission that became INTERPOL dates from 1923, and the British-US signals pact from 1946. FIUs founded the Egmont Group in 1995, and Europol opened its counterterrorism centre in 2016.",
        cards: &[C::Interpol, C::Ukusa, C::FiuNetwork, C::EuMachinery],
        events: &[E::IcpcFounded, E::BrusaSigned, E::EgmontGroup, E::EuropolEctc],
    },
    Question {
        id: Q::SigintMeaning,
        theme: T::IntelligenceSharing,
        prompt: "Analysts combine several kinds of intelligence. Which kind comes from intercepted phone calls, messages and other electronic signals?",
        answer: Answer::Choice {
            options: &["HUMINT", "OSINT", "SIGINT"],
            correct: 2,
        },
        feedback: "SIGINT is signals intelligence: intercepted communications. HUMINT comes from people such as informants, and OSINT from public material like news and social media.",
        cards: &[C::IntelligenceGathering],
        events: &[],
    },
    Question {
        id: Q::FiveEyesMissing,
        theme: T::IntelligenceSharing,
        prompt: "The essays bring up the Five Eyes when they discuss the USA-UK and the Australia-New Zealand partnerships. Which fifth country also belongs to it?",
        answer: Answer::Choice {
            options: &["Ireland", "Canada", "Japan", "Singapore"],
            correct: 1,
        },
        feedback: "The Five Eyes are Australia, Canada, New Zealand, the United Kingdom and the United States. The essays never list the members, and Canada does not appear in them at all.",
        cards: &[C::FiveEyes],
        events: &[],
    },
    Question {
        id: Q::ExchangeParts,
        theme: T::IntelligenceSharing,
        prompt: "The overview essay splits information exchange into four parts. Which of these is one of them?",
        answer: Answer::Choice {
            options: &[
                "A world police force that makes its own arrests",
                "A single UN intelligence agency for all states",
                "Publishing all intelligence openly online",
                "Liaison officers posted with partner agencies",
            ],
            correct: 3,
        },
        feedback: "The four parts are databases, liaison officers, written agreements and secure platforms. Liaison officers are the human link that passes news on quickly between partners.",
        cards: &[C::InformationExchange],
        events: &[],
    },
    // ---- Terrorist financing -------------------------------------------
    Question {
        id: Q::FinancingOrder,
        theme: T::TerroristFinancing,
        prompt: "Put these steps against terrorist money in date order, earliest first.",
        answer: Answer::Order {
            events: &[E::EgmontGroup, E::IcsftAdopted, E::Res1373, E::Res2462],
        },
        feedback: "FIUs set up the Egmont Group in 1995, the General Assembly adopted the financing convention in 1999, resolution 1373 followed the 2001 attacks, and resolution 2462 of 2019 was wholly about funding.",
        cards: &[C::FiuNetwork, C::Icsft, C::Resolution1373, C::Resolution2462],
        events: &[E::EgmontGroup, E::IcsftAdopted, E::Res1373, E::Res2462],
    },
    Question {
        id: Q::FiuRole,
        theme: T::TerroristFinancing,
        prompt: "What is the core job of a financial intelligence unit (FIU)?",
        answer: Answer::Choice {
            options: &[
                "Ordering the freeze of terrorist assets",
                "Receiving and analysing suspicious transaction reports, then passing on leads",
                "Running undercover agents inside terrorist groups",
                "Drawing up the UN sanctions list",
            ],
            correct: 1,
        },
        feedback: "Banks must report suspicious payments to their FIU, which analyses them and hands results to police and partners. Freezing is usually ordered by other authorities, as the card's note explains.",
        cards: &[C::Fius],
        events: &[],
    },
    Question {
        id: Q::Res2462Scope,
        theme: T::TerroristFinancing,
        prompt: "Which funding does resolution 2462 (2019) say states must treat as a serious crime?",
        answer: Answer::Choice {
            options: &[
                "Only money spent directly on weapons for an attack",
                "Only payments made in cryptocurrency",
                "Funding terrorist groups or individual terrorists for any purpose, even with no link to an attack",
            ],
            correct: 2,
        },
        feedback: "Paying for a terrorist's everyday needs counts too, not just paying for attacks. The resolution also asks states not to block purely humanitarian work while they do this.",
        cards: &[C::Resolution2462],
        events: &[E::Res2462],
    },
    Question {
        id: Q::SanctionsDuties,
        theme: T::TerroristFinancing,
        prompt: "The sanctions system begun by resolution 1267 keeps a list of people and groups. What must every state do about them?",
        answer: Answer::Choice {
            options: &[
                "Freeze their money, refuse them entry and stop arms reaching them",
                "Hand them over to INTERPOL for trial",
                "Report them to their FIU and take no further step",
            ],
            correct: 0,
        },
        feedback: "The list works as a shared blacklist: all states must freeze the funds of listed people and groups, keep them out and block arms deliveries. A Security Council committee manages the list.",
        cards: &[C::Resolution1267],
        events: &[E::Res1267],
    },
    // ---- Foreign terrorist fighters ------------------------------------
    Question {
        id: Q::FightersOrder,
        theme: T::ForeignFighters,
        prompt: "Put these in date order, earliest first: INTERPOL's roots, and the two Security Council resolutions on foreign fighters.",
        answer: Answer::Order {
            events: &[E::IcpcFounded, E::Res2178, E::Res2396],
        },
        feedback: "INTERPOL goes back to a police commission of 1923. Resolution 2178 of 2014 dealt with fighters leaving to join groups abroad; resolution 2396 of 2017 turned to those coming back or moving on.",
        cards: &[C::Interpol, C::ForeignFighters, C::Returnees],
        events: &[E::IcpcFounded, E::Res2178, E::Res2396],
    },
    Question {
        id: Q::FighterMeaning,
        theme: T::ForeignFighters,
        prompt: "Who counts as a foreign terrorist fighter?",
        answer: Answer::Choice {
            options: &[
                "A soldier serving abroad on a peacekeeping mission",
                "An agent who secretly joins a terrorist group to spy on it",
                "Someone deported from a country for a minor crime",
                "A person who travels abroad to join a terrorist group in a conflict zone",
            ],
            correct: 3,
        },
        feedback: "The term means people who go abroad to join a terrorist group fighting in a conflict zone. Countries try to stop them at the border with checks, visa rules and shared watchlists.",
        cards: &[C::ForeignFighters],
        events: &[],
    },
    Question {
        id: Q::Res2178Travel,
        theme: T::ForeignFighters,
        prompt: "Which Security Council resolution of 2014 requires states to stop people travelling to join terrorist groups and to make such travel a crime?",
        answer: Answer::Choice {
            options: &["Resolution 1267", "Resolution 2178", "Resolution 2462"],
            correct: 1,
        },
        feedback: "Resolution 2178 was adopted in September 2014, the same month the coalition against ISIS formed. Resolution 1267 set up the sanctions list in 1999, and 2462 of 2019 is about money.",
        cards: &[C::ForeignFighters],
        events: &[E::Res2178],
    },
    Question {
        id: Q::Res2396Returnees,
        theme: T::ForeignFighters,
        prompt: "Resolution 2396 (2017) deals with fighters who come home or move on. Besides prosecution, what does it ask states to do?",
        answer: Answer::Choice {
            options: &[
                "Rehabilitate them, and use passenger data and biometrics to spot fighters on the move",
                "Hold them in INTERPOL detention centres",
                "Let them return freely so as not to alarm the public",
            ],
            correct: 0,
        },
        feedback: "The resolution pairs trials with rehabilitation and reintegration, and asks for border screening with passenger data and biometrics. INTERPOL itself arrests no one; national police do.",
        cards: &[C::Returnees],
        events: &[E::Res2396],
    },
    // ---- Legal frameworks ----------------------------------------------
    Question {
        id: Q::TreatiesOrder,
        theme: T::LegalFrameworks,
        prompt: "Treaties against particular kinds of attack came one at a time. Put these in date order, earliest first.",
        answer: Answer::Order {
            events: &[
                E::TokyoConvention,
                E::HagueConvention,
                E::HostagesConvention,
                E::BombingsConvention,
            ],
        },
        feedback: "Crimes aboard aircraft came first (Tokyo, 1963), then hijacking (The Hague, 1970), hostage-taking (1979) and terrorist bombings (1997). Each treaty tackled one kind of act.",
        cards: &[C::EarlyConventions],
        events: &[
            E::TokyoConvention,
            E::HagueConvention,
            E::HostagesConvention,
            E::BombingsConvention,
        ],
    },
    Question {
        id: Q::Res1373Binding,
        theme: T::LegalFrameworks,
        prompt: "Resolution 1373 (2001) places duties on every UN member, not just on states that sign up. Why?",
        answer: Answer::Choice {
            options: &[
                "Every head of state signed it in September 2001",
                "Every national parliament ratified it",
                "It is part of the 1999 Terrorist Financing Convention",
                "It was adopted under Chapter VII, and Article 25 of the UN Charter makes such decisions binding",
            ],
            correct: 3,
        },
        feedback: "A Security Council resolution is not a treaty. Decisions taken under Chapter VII bind all members through the Charter itself, while a convention binds only the states that join it.",
        cards: &[C::Resolution1373, C::LegalFrameworks],
        events: &[E::Res1373],
    },
    Question {
        id: Q::ProsecuteOrExtradite,
        theme: T::LegalFrameworks,
        prompt: "What rule for suspects did the Hague hijacking convention of 1970 put in place?",
        answer: Answer::Choice {
            options: &[
                "Suspects are tried by a special international court",
                "States must either prosecute suspects or extradite them",
                "Suspects are sent back to the country where the plane was built",
            ],
            correct: 1,
        },
        feedback: "From the Hague treaty on, a state holding a suspect has two choices: put the person on trial itself or hand them to a state that will. Either way, the suspect ends up before a court.",
        cards: &[C::EarlyConventions],
        events: &[E::HagueConvention],
    },
    Question {
        id: Q::RedNoticeNature,
        theme: T::LegalFrameworks,
        prompt: "What is an INTERPOL Red Notice, legally speaking?",
        answer: Answer::Choice {
            options: &[
                "An international arrest warrant that binds every member country",
                "A UN sanctions listing that freezes a person's assets",
                "A request to police worldwide to find and provisionally arrest a wanted person",
                "An alert used only for terrorism suspects",
            ],
            correct: 2,
        },
        feedback: "A Red Notice asks police everywhere to locate a wanted person and hold them while extradition is sought. Each country decides its legal weight, and it covers serious crime generally, not only terrorism.",
        cards: &[C::RedNotices],
        events: &[],
    },
    // ---- Military diplomacy --------------------------------------------
    Question {
        id: Q::NatoOrder,
        theme: T::MilitaryDiplomacy,
        prompt: "Put these moments in NATO's story in date order, earliest first.",
        answer: Answer::Order {
            events: &[
                E::NorthAtlanticTreaty,
                E::NatoArticle5,
                E::CoalitionFormed,
                E::NatoJoinsCoalition,
            ],
        },
        feedback: "The alliance was founded by treaty in 1949 and first used Article 5 the day after the 2001 attacks. The coalition against ISIS formed in 2014, and NATO itself joined it in 2017.",
        cards: &[C::Nato, C::GlobalCoalition],
        events: &[
            E::NorthAtlanticTreaty,
            E::NatoArticle5,
            E::CoalitionFormed,
            E::NatoJoinsCoalition,
        ],
    },
    Question {
        id: Q::Interoperability,
        theme: T::MilitaryDiplomacy,
        prompt: "Joint exercises are said to build interoperability. What does that word mean here?",
        answer: Answer::Choice {
            options: &[
                "Putting all forces under one country's command",
                "Sharing a single defence budget",
                "Forces being able to work with each other's equipment and procedures",
                "Swapping officers permanently between armies",
            ],
            correct: 2,
        },
        feedback: "Interoperability is the ability of forces from different countries to use each other's kit and methods. Training side by side is how partners learn it before they need it.",
        cards: &[C::MilitaryDiplomacy, C::MilitaryExercises],
        events: &[],
    },
    Question {
        id: Q::CommanderContacts,
        theme: T::MilitaryDiplomacy,
        prompt: "Why does military diplomacy put weight on regular contact between senior officers?",
        answer: Answer::Choice {
            options: &[
                "It builds trust before a crisis, so partners can react faster together",
                "It lets one country give orders to another country's troops",
                "It makes intelligence sharing unnecessary",
            ],
            correct: 0,
        },
        feedback: "Trust takes time to grow, so it has to exist before a threat appears. Partners who already know each other can share intelligence and act together more quickly.",
        cards: &[C::MilitaryDiplomacy],
        events: &[],
    },
    Question {
        id: Q::CoalitionAirCampaign,
        theme: T::MilitaryDiplomacy,
        prompt: "Did every partner of the Global Coalition against Daesh fly in the air campaign?",
        answer: Answer::Choice {
            options: &[
                "Yes: every partner took part in the airstrikes",
                "No: only NATO as an organisation flew missions",
                "No: the coalition did no military work at all",
                "No: a subset of members flew it, and many partners do only non-military work",
            ],
            correct: 3,
        },
        feedback: "The note on the source explains that the airstrikes came from a smaller group of members. Many partners help with stabilisation, finance or messaging instead.",
        cards: &[C::GlobalCoalition],
        events: &[],
    },
    // ---- Capacity building ---------------------------------------------
    Question {
        id: Q::UnCapacityOrder,
        theme: T::CapacityBuilding,
        prompt: "Put these UN milestones in date order, earliest first.",
        answer: Answer::Order {
            events: &[E::UnCharter, E::UnGctStrategy, E::UnoctEstablished],
        },
        feedback: "The UN Charter took effect in 1945. All members agreed the Global Counter-Terrorism Strategy in 2006, and UNOCT was created in 2017 to lead work on it and train states.",
        cards: &[C::UnOverview, C::Unoct],
        events: &[E::UnCharter, E::UnGctStrategy, E::UnoctEstablished],
    },
    Question {
        id: Q::CapacityGoal,
        theme: T::CapacityBuilding,
        prompt: "What is the aim of capacity building with partner countries?",
        answer: Answer::Choice {
            options: &[
                "Replacing the partner's police with foreign experts",
                "Getting partners to buy equipment from stronger states",
                "Partners able to deal with terrorism themselves, not dependent on others",
            ],
            correct: 2,
        },
        feedback: "Training, equipment and advice are meant to leave partners able to detect and answer threats on their own. Courses also cover the legal and human rights standards operations must meet.",
        cards: &[C::CapacityBuilding, C::PartnerNations],
        events: &[],
    },
    Question {
        id: Q::WeakestLink,
        theme: T::CapacityBuilding,
        prompt: "Why do gaps in money, technology and trained staff between countries weaken joint counterterrorism work?",
        answer: Answer::Choice {
            options: &[
                "Poorer states struggle to take a full part, and a network is only as strong as its weakest link",
                "They make it illegal for rich and poor states to share intelligence",
                "They force the UN to take over the weaker states' security",
            ],
            correct: 0,
        },
        feedback: "When one partner cannot keep up, the whole chain suffers. Training and aid are the usual ways to close those gaps.",
        cards: &[C::ChallengesMeansRights],
        events: &[],
    },
    Question {
        id: Q::UnoctOrCtc,
        theme: T::CapacityBuilding,
        prompt: "Which UN body, created in 2017, runs training and support programmes to help member states counter terrorism?",
        answer: Answer::Choice {
            options: &[
                "The Counter-Terrorism Committee (CTC)",
                "The UN Office of Counter-Terrorism (UNOCT)",
                "The Egmont Group",
                "The AMMTC",
            ],
            correct: 1,
        },
        feedback: "UNOCT was set up by the General Assembly in 2017 to lead UN counterterrorism work and support states. The CTC is a Security Council committee that checks how states apply resolution 1373.",
        cards: &[C::Unoct, C::CapacityBuilding],
        events: &[E::UnoctEstablished],
    },
    Question {
        id: Q::AdaptNotCopy,
        theme: T::CapacityBuilding,
        prompt: "When countries trade lessons learned, why should they adapt a partner's good idea rather than copy it?",
        answer: Answer::Choice {
            options: &[
                "Copying is banned by international law",
                "Every country's situation differs",
                "Lessons from other countries are usually wrong",
            ],
            correct: 1,
        },
        feedback: "A tactic or legal model that worked in one place may not fit another. Countries learn from each other's successes and failures, then tailor what they take to their own conditions.",
        cards: &[C::BestPractices],
        events: &[],
    },
    // ---- Technology and cyber ------------------------------------------
    Question {
        id: Q::ChristchurchCall,
        theme: T::TechnologyCyber,
        prompt: "What was the Christchurch Call, launched in Paris in May 2019?",
        answer: Answer::Choice {
            options: &[
                "A NATO treaty on cyber defence",
                "A Security Council resolution on foreign fighters",
                "A pledge by governments and tech companies to act against terrorist content online",
                "An ASEAN agreement on border surveillance",
            ],
            correct: 2,
        },
        feedback: "New Zealand and France launched it, and governments and technology firms signed up to remove terrorist and violent extremist material from the internet.",
        cards: &[C::OnlineExtremism],
        events: &[E::ChristchurchCall],
    },
    Question {
        id: Q::BlockchainAnalysis,
        theme: T::TechnologyCyber,
        prompt: "The military-diplomacy essay credits blockchain technology with fighting terrorist financing. What actually helps?",
        answer: Answer::Choice {
            options: &[
                "The ledger itself, which blocks payments to terrorists",
                "Blockchain analysis, which traces payments recorded on public ledgers",
                "A worldwide ban on cryptocurrencies",
            ],
            correct: 1,
        },
        feedback: "A ledger only records payments; it does not stop them. Investigators use blockchain analysis to follow those records back to the people behind the money.",
        cards: &[C::Technology, C::TerroristFinancing],
        events: &[],
    },
    Question {
        id: Q::FutureTechnology,
        theme: T::TechnologyCyber,
        prompt: "What kind of technology does the military-diplomacy essay propose investing in for the future?",
        answer: Answer::Choice {
            options: &[
                "Real-time analytics and AI-based threat detection",
                "Paper records kept apart from any network",
                "Public release of all surveillance data",
            ],
            correct: 0,
        },
        feedback: "The essay wants more cybersecurity and surveillance capability, including real-time analytics and AI tools that aim at sharper threat assessments, used with respect for rights.",
        cards: &[C::FutureTechCapacity],
        events: &[],
    },
    Question {
        id: Q::NewThreat,
        theme: T::TechnologyCyber,
        prompt: "The overview essay closes by looking ahead. Which new threat does it say calls for planning in advance?",
        answer: Answer::Choice {
            options: &["Piracy at sea", "Hostage-taking", "Aircraft hijacking", "Cyberterrorism"],
            correct: 3,
        },
        feedback: "The conclusion names cyberterrorism as a threat to prepare for. Hijacking and hostage-taking are old problems, covered by treaties since 1970 and 1979.",
        cards: &[C::EvaluatingProspects],
        events: &[],
    },
    // ---- Humanitarian and legal concerns -------------------------------
    Question {
        id: Q::GctsPillar,
        theme: T::HumanitarianLegal,
        prompt: "Which of these is one of the four pillars of the UN Global Counter-Terrorism Strategy of 2006?",
        answer: Answer::Choice {
            options: &[
                "Military intervention in failed states",
                "A single UN police force",
                "Respect for human rights and the rule of law",
                "Sanctions on every conflict zone",
            ],
            correct: 2,
        },
        feedback: "The four pillars are tackling conditions that help terrorism spread, preventing and combating it, building capacity, and respecting human rights and the rule of law. Rights are a pillar in their own right.",
        cards: &[C::Unoct, C::HumanRights],
        events: &[E::UnGctStrategy],
    },
    Question {
        id: Q::DetentionProcedures,
        theme: T::HumanitarianLegal,
        prompt: "What does the military-diplomacy essay call for so that partners do not abuse the people they hold?",
        answer: Answer::Choice {
            options: &[
                "Shared procedures on detention, questioning and prosecution",
                "Closing every detention facility",
                "Leaving each soldier to decide case by case",
            ],
            correct: 0,
        },
        feedback: "Common rules on how suspects are held, questioned and tried help prevent abuse. Respecting rights is also what keeps counterterrorism legitimate.",
        cards: &[C::HumanRights],
        events: &[],
    },
    Question {
        id: Q::Rehabilitation,
        theme: T::HumanitarianLegal,
        prompt: "Why do countries add rehabilitation and reintegration to the prosecution of returning fighters?",
        answer: Answer::Choice {
            options: &[
                "Prosecution is forbidden under international law",
                "To lower the risk that they return to violence",
                "To recruit them as intelligence officers",
            ],
            correct: 1,
        },
        feedback: "Trials alone do not stop someone from going back to violence. Rehabilitation and reintegration aim to cut that risk of recidivism.",
        cards: &[C::Returnees],
        events: &[],
    },
    Question {
        id: Q::SuspectTreatment,
        theme: T::HumanitarianLegal,
        prompt: "How can worries about fair trials and the treatment of suspects affect a joint case between countries?",
        answer: Answer::Choice {
            options: &[
                "They have no effect, since all partners apply the same law",
                "They automatically end the partnership",
                "They can cause delays and diplomatic friction",
            ],
            correct: 2,
        },
        feedback: "Disagreements over rights, fair trials and how suspects are handled can hold up joint cases and cause friction between governments.",
        cards: &[C::ChallengesMeansRights],
        events: &[],
    },
    // ---- Regional cooperation ------------------------------------------
    Question {
        id: Q::AseanOrder,
        theme: T::RegionalCooperation,
        prompt: "Put these steps in ASEAN's cooperation in date order, earliest first.",
        answer: Answer::Order {
            events: &[
                E::AseanFounded,
                E::ManilaDeclaration,
                E::AcctSigned,
                E::AcctInForce,
            ],
        },
        feedback: "ASEAN was founded in 1967 and agreed to tackle cross-border crime in Manila in 1997. Its counterterrorism treaty was signed in Cebu in 2007 and became binding in 2011.",
        cards: &[C::Asean, C::Acct],
        events: &[
            E::AseanFounded,
            E::ManilaDeclaration,
            E::AcctSigned,
            E::AcctInForce,
        ],
    },
    Question {
        id: Q::EuStrands,
        theme: T::RegionalCooperation,
        prompt: "What are the four strands of the EU Counter-Terrorism Strategy of 2005?",
        answer: Answer::Choice {
            options: &[
                "Detect, Deter, Defend, Destroy",
                "Prevent, Protect, Pursue, Respond",
                "Prevent, Prosecute, Punish, Pardon",
            ],
            correct: 1,
        },
        feedback: "The strategy aims to prevent radicalisation, protect people and infrastructure, pursue terrorists across borders and respond when an attack happens.",
        cards: &[C::EuStrategy],
        events: &[E::EuCtStrategy],
    },
    Question {
        id: Q::MadridDeclaration,
        theme: T::RegionalCooperation,
        prompt: "After the Madrid train bombings of March 2004, EU leaders issued a declaration. Which post did it create?",
        answer: Answer::Choice {
            options: &[
                "Commander of a European army",
                "EU Counter-Terrorism Coordinator",
                "An EU seat on the UN Security Council",
            ],
            correct: 1,
        },
        feedback: "The 2004 declaration set up the EU Counter-Terrorism Coordinator, who keeps an overview of EU work. National governments still lead on their own security.",
        cards: &[C::EuMachinery],
        events: &[E::EuDeclaration],
    },
    Question {
        id: Q::Ammtc,
        theme: T::RegionalCooperation,
        prompt: "What is the AMMTC in ASEAN?",
        answer: Answer::Choice {
            options: &[
                "A joint ASEAN army command",
                "A regional court for terrorism cases",
                "Regular meetings of interior ministers on cross-border crime, terrorism included",
                "ASEAN's financial intelligence unit",
            ],
            correct: 2,
        },
        feedback: "The AMMTC brings ASEAN's interior and home affairs ministers together to coordinate against transnational crime. It grew out of the 1997 Manila declaration.",
        cards: &[C::Asean],
        events: &[E::ManilaDeclaration],
    },
    Question {
        id: Q::BilateralPairs,
        theme: T::RegionalCooperation,
        prompt: "Which two pairs of countries does the overview essay use as examples of bilateral partnerships?",
        answer: Answer::Choice {
            options: &[
                "USA and UK; Australia and New Zealand",
                "France and Germany; Japan and South Korea",
                "USA and Canada; UK and Ireland",
            ],
            correct: 0,
        },
        feedback: "The essay holds up the United States with the United Kingdom and Australia with New Zealand. Both pairs share intelligence, run joint work and also sit inside wider groups.",
        cards: &[C::Bilateral, C::UsaUk, C::AustraliaNz],
        events: &[],
    },
    Question {
        id: Q::DebateRenditionSecretDetentionQuestion,
        theme: T::IntelligenceSharing,
        prompt: "In El-Masri (2012), what did the European Court of Human Rights decide?",
        answer: Answer::Choice {
            options: &["The European state that handed El-Masri to CIA agents was responsible for his torture and unlawful detention.", "The CIA programme was lawful because it produced useful intelligence.", "Only the United States could be held responsible, so the case failed.", "The complaint was rejected because it was brought too late."],
            correct: 0,
        },
        feedback: "The Grand Chamber found the handing-over state responsible under Articles 3, 5, 8 and 13. Helping a partner's secret transfer can make a state liable too.",
        cards: &[C::DebateRenditionSecretDetention],
        events: &[],
    },
    Question {
        id: Q::DebateBulkSurveillancePartnershipsQuestion,
        theme: T::IntelligenceSharing,
        prompt: "Which statement matches the 2021 Grand Chamber judgment in Big Brother Watch v. the United Kingdom?",
        answer: Answer::Choice {
            options: &["Bulk interception is always forbidden by the European Convention on Human Rights.", "Bulk interception can be lawful, but the UK's old regime lacked end-to-end safeguards.", "The UK may no longer receive any intelligence from the United States.", "The Court approved the UK regime without any criticism."],
            correct: 1,
        },
        feedback: "The Court accepted bulk interception in principle and found no violation in the intelligence-sharing regime. It still found Articles 8 and 10 breached because key safeguards were missing.",
        cards: &[C::DebateBulkSurveillancePartnerships],
        events: &[],
    },
    Question {
        id: Q::DebateInterpolRedNoticeMisuseQuestion,
        theme: T::IntelligenceSharing,
        prompt: "Under INTERPOL's 2017 refugee resolution, what happens once a member country confirms that a person has refugee status?",
        answer: Answer::Choice {
            options: &["INTERPOL publishes a new Red Notice so the person can be found.", "INTERPOL deletes notices or diffusions about the person from the country where he or she fears persecution.", "The person is automatically extradited to the requesting country.", "INTERPOL sends the case to the UN Security Council."],
            correct: 1,
        },
        feedback: "The resolution aims to stop INTERPOL's channels being used against refugees by the state they fled, while still letting police share data on real criminals.",
        cards: &[C::DebateInterpolRedNoticeMisuse],
        events: &[],
    },
    Question {
        id: Q::DebateUnSanctionsListingDueProcessQuestion,
        theme: T::TerroristFinancing,
        prompt: "What did UN Security Council resolution 1904 (2009) create?",
        answer: Answer::Choice {
            options: &["An Office of the Ombudsperson to consider requests to be removed from the Al-Qaida sanctions list.", "A UN court with power to annul EU laws.", "The first UN sanctions list against al-Qaida and the Taliban.", "INTERPOL's Red Notice system."],
            correct: 0,
        },
        feedback: "The Ombudsperson was the Council's response to complaints, including court cases such as Kadi, that listed people had no fair way to challenge their listing.",
        cards: &[C::DebateUnSanctionsListingDueProcess],
        events: &[],
    },
    Question {
        id: Q::DebateCoalitionCivilianHarmQuestion,
        theme: T::HumanitarianLegal,
        prompt: "How did the coalition's task force (CJTF-OIR) decide that a report of civilian deaths was \"credible\"?",
        answer: Answer::Choice {
            options: &["Only when a court had confirmed the deaths", "When the evidence showed it was more likely than not that a coalition strike caused the deaths", "When at least two charities had reported the same incident", "Only when coalition soldiers had visited the site"],
            correct: 1,
        },
        feedback: "The task force used a \"more likely than not\" standard. It admitted it often could not visit sites or interview witnesses, and critics said its totals were far too low.",
        cards: &[C::DebateCoalitionCivilianHarm],
        events: &[],
    },
    Question {
        id: Q::DebateCharitiesTerroristFinancingQuestion,
        theme: T::TerroristFinancing,
        prompt: "What did UN Security Council resolution 2664 (2022) do?",
        answer: Answer::Choice {
            options: &["It abolished the ISIL and Al-Qaida sanctions list", "It said funds and goods needed for humanitarian aid do not breach UN asset freezes", "It required every charity to register with the FATF", "It banned banks from closing charities' accounts"],
            correct: 1,
        },
        feedback: "Resolution 2664 created a standing humanitarian carve-out from UN asset freezes. It still asks aid providers to take reasonable steps so that listed people or groups do not benefit.",
        cards: &[C::DebateCharitiesTerroristFinancing],
        events: &[],
    },
    Question {
        id: Q::DebateTerroristContentRemovalOrdersQuestion,
        theme: T::TechnologyCyber,
        prompt: "Which kind of material does Regulation (EU) 2021/784 say should NOT be treated as terrorist content?",
        answer: Answer::Choice {
            options: &["Any video that shows violence", "Material shared for educational, journalistic, artistic or research purposes", "All content uploaded from outside the EU", "Posts that have been online for more than one hour"],
            correct: 1,
        },
        feedback: "Article 1(3) protects educational, journalistic, artistic and research material, and material used to counter terrorism. Critics doubt that fast, automated moderation can always tell the difference.",
        cards: &[C::DebateTerroristContentRemovalOrders],
        events: &[],
    },
    Question {
        id: Q::DebateRepatriatingCampFamiliesQuestion,
        theme: T::ForeignFighters,
        prompt: "What did the Grand Chamber of the European Court of Human Rights decide in H.F. and Others v. France (2022)?",
        answer: Answer::Choice {
            options: &["France must immediately bring home every French national held in Syria", "There is no general right to be repatriated, but refusals must be open to independent review against arbitrariness", "France had no legal link at all with its nationals in the camps", "The camps were under French military control"],
            correct: 1,
        },
        feedback: "The Court did not order mass repatriation. It required France to re-examine the requests promptly, with safeguards and an independent check on its decisions.",
        cards: &[C::DebateRepatriatingCampFamilies],
        events: &[],
    },
    // ---- Second edition: attacks, bodies and regions beyond the essays ----
    Question {
        id: Q::AttacksOrder,
        theme: T::RegionalCooperation,
        prompt: "Put these attacks in date order, earliest first. Each one changed how countries work together.",
        answer: Answer::Order {
            events: &[E::BaliBombings, E::MadridBombings, E::LondonBombings, E::ChristchurchAttacks],
        },
        feedback: "Bali came in October 2002, Madrid in March 2004 and London in July 2005; the Christchurch mosque attacks followed in March 2019 and led to the Christchurch Call.",
        cards: &[C::AttacksThatDroveCooperation],
        events: &[E::BaliBombings, E::MadridBombings, E::LondonBombings, E::ChristchurchAttacks],
    },
    Question {
        id: Q::MadridAttribution,
        theme: T::LegalFrameworks,
        prompt: "On the day of the Madrid train bombings in 2004, the Security Council condemned them in a resolution that named a culprit. What does the record show?",
        answer: Answer::Choice {
            options: &[
                "The Council named ETA at Spain's request, but the bombers were an al-Qaida-inspired cell",
                "The Council named no one until a court had ruled",
                "ETA was convicted of the attack in 2007",
                "INTERPOL identified the bombers before the vote",
            ],
            correct: 0,
        },
        feedback: "Resolution 1530 blamed ETA within hours, on Spain's word. The attack was carried out by a cell inspired by al-Qaida, and Spain's National Court found no ETA role in 2007: a lesson in how haste can mislead even the Council.",
        cards: &[C::AttacksThatDroveCooperation, C::EuMachinery],
        events: &[E::MadridBombings],
    },
    Question {
        id: Q::CtedRole,
        theme: T::CapacityBuilding,
        prompt: "What is the job of CTED, the Counter-Terrorism Committee Executive Directorate set up in 2004?",
        answer: Answer::Choice {
            options: &[
                "Keeping the UN list of sanctioned terrorists",
                "Assessing how countries apply the Council's counterterrorism resolutions and steering help to them",
                "Commanding UN counterterrorism troops",
                "Training INTERPOL's officers",
            ],
            correct: 1,
        },
        feedback: "CTED is the Counter-Terrorism Committee's expert staff: it studies countries' laws and practice, visits them and connects them with technical help. The sanctions list belongs to the 1267 committee, and the UN has no counterterrorism troops.",
        cards: &[C::CtcCted],
        events: &[E::Res1535],
    },
    Question {
        id: Q::FatfStandardNature,
        theme: T::TerroristFinancing,
        prompt: "Which description of the FATF Recommendations is right?",
        answer: Answer::Choice {
            options: &[
                "A treaty that every UN member has ratified",
                "A Security Council resolution",
                "A standard that is not a treaty, against which every country is peer-reviewed",
                "Rules that bind only the banks of the G-7",
            ],
            correct: 2,
        },
        feedback: "The FATF Recommendations are not a treaty, but the FATF reviews every country against them, and the Security Council urges all states to apply them.",
        cards: &[C::Fatf],
        events: &[E::FatfSpecialRecommendations],
    },
    Question {
        id: Q::AseanSoftLaw,
        theme: T::RegionalCooperation,
        prompt: "Scholars describe most of ASEAN's counterterrorism instruments as \"soft law\". What do they mean?",
        answer: Answer::Choice {
            options: &[
                "ASEAN has no treaty on terrorism at all",
                "Most are declarations and plans rather than binding rules, shaped by the principle of non-interference",
                "ASEAN's own court enforces them only lightly",
                "They were written by non-governmental groups",
            ],
            correct: 1,
        },
        feedback: "Most of ASEAN's instruments are declarations, work plans and forums, reflecting its principle of non-interference. The ASEAN Convention on Counter Terrorism is the exception: it binds the states that ratified it. ASEAN has no court to enforce either.",
        cards: &[C::RegionalOrganisations, C::AseanForums, C::Acct],
        events: &[],
    },
    Question {
        id: Q::EuToolsOrder,
        theme: T::LegalFrameworks,
        prompt: "Put these EU tools in the order they were adopted or switched on, earliest first.",
        answer: Answer::Order {
            events: &[E::EuropeanArrestWarrant, E::SisII, E::PnrDirective, E::TcoRegulation],
        },
        feedback: "The European Arrest Warrant was adopted in 2002, the second-generation Schengen Information System went live in 2013, the passenger data directive came in 2016 and the regulation on terrorist content online in 2021.",
        cards: &[C::EuJusticeBorders, C::DebateTerroristContentRemovalOrders],
        events: &[E::EuropeanArrestWarrant, E::SisII, E::PnrDirective, E::TcoRegulation],
    },
];
