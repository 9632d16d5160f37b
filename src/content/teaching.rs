//! The teacher's lesson plan: objectives, a 45-minute sequence through the
//! views, a discussion prompt per theme and homework with what a good
//! answer covers. Every step, prompt and task cites the cards it rests on.

use crate::model::*;

use CardId as C;
use Theme as T;

pub static LESSON: LessonPlan = LessonPlan {
    objectives: &[
        "Explain why states cooperate against terrorism and name its main channels: the UN, INTERPOL, regional bodies, intelligence partnerships and financial networks.",
        "Place the main instruments and bodies in time, from the early treaties to the responses to ISIS.",
        "Tell binding rules (treaties, Security Council decisions) from soft law and informal forums.",
        "Weigh a contested practice with evidence from both sides.",
        "Check a claim against its primary reference, and say whether it comes from the essays or from beyond them.",
    ],
    steps: &[
        LessonStep {
            minutes: 5,
            title: "Why cooperate? (the guided tour)",
            fragment: "#/cards?card=why-cooperate",
            activity: "Press Guided tour in the header, at the board, and take its first three stops: the big picture, filtering by theme, and checking where a card comes from. Each student notes one example they already know for each of the four tools.",
            cards: &[C::WhyCooperate, C::FiveEyes],
        },
        LessonStep {
            minutes: 8,
            title: "After 11 September",
            fragment: "#/timeline?event=2001-unscr-1373&win=1995-2010",
            activity: "In pairs, step through the events from 1999 to 2006 with Next. Mark which ones answered an attack, and which body or instrument each created.",
            cards: &[C::Resolution1373, C::NatoAfter911, C::AttacksThatDroveCooperation],
        },
        LessonStep {
            minutes: 7,
            title: "Who works with whom",
            fragment: "#/map?node=a:interpol",
            activity: "Groups take one body each (INTERPOL, the FATF, the EU, ASEAN), select it on the map and report its ties in two sentences, using the relations list.",
            cards: &[C::Interpol, C::Fatf, C::EuStrategy, C::AseanForums],
        },
        LessonStep {
            minutes: 12,
            title: "Decide a case",
            fragment: "#/scenarios",
            activity: "Groups of three take one case each. Before pressing Decide, the group agrees on a choice and one reason for it. At the end each group tells the class its ending and the debrief, and checks one citation against its card.",
            cards: &[C::Returnees, C::Fius, C::DebateInterpolRedNoticeMisuse],
        },
        LessonStep {
            minutes: 8,
            title: "Both sides of a debate",
            fragment: "#/cards?card=debate-bulk-surveillance-partnerships",
            activity: "Start from this debate card; each group then opens one of the eight (filter by the kind Debate). One half presents the practice, the other the critique; then all read the answer and judge whether it meets the critique.",
            cards: &[
                C::DebateBulkSurveillancePartnerships,
                C::DebateUnSanctionsListingDueProcess,
                C::DebateRepatriatingCampFamilies,
            ],
        },
        LessonStep {
            minutes: 5,
            title: "Check yourself",
            fragment: "#/self-check",
            activity: "Each student answers the questions of one theme and follows a feedback link for a wrong answer.",
            cards: &[C::EvaluatingProspects],
        },
    ],
    prompts: &[
        Prompt {
            theme: T::IntelligenceSharing,
            question: "Close allies such as the Five Eyes still keep some intelligence from each other. Why, and what does it cost?",
            cards: &[C::FiveEyes, C::IntelligenceAgencies, C::ChallengesLawTrust],
        },
        Prompt {
            theme: T::TerroristFinancing,
            question: "The FATF's standards are not a treaty. Why do governments follow them anyway?",
            cards: &[C::Fatf, C::TerroristFinancing],
        },
        Prompt {
            theme: T::ForeignFighters,
            question: "Should a state bring home citizens who joined ISIS, and their children? What would prosecution and rehabilitation each need?",
            cards: &[C::Returnees, C::DebateRepatriatingCampFamilies],
        },
        Prompt {
            theme: T::LegalFrameworks,
            question: "How does a treaty a state chooses to join differ from a Security Council decision under Chapter VII?",
            cards: &[C::LegalFrameworks, C::Resolution1373, C::Icsft],
        },
        Prompt {
            theme: T::MilitaryDiplomacy,
            question: "What did NATO's first use of Article 5 change, and what did it leave as it was?",
            cards: &[C::NatoAfter911, C::Nato],
        },
        Prompt {
            theme: T::CapacityBuilding,
            question: "Why would a state pay to train another country's police, prosecutors and judges?",
            cards: &[C::CapacityBuilding, C::GctfHedayah],
        },
        Prompt {
            theme: T::TechnologyCyber,
            question: "Who should decide which terrorist content comes down online: governments, companies or courts?",
            cards: &[C::TechIndustry, C::DebateTerroristContentRemovalOrders],
        },
        Prompt {
            theme: T::HumanitarianLegal,
            question: "How can a person on a UN sanctions list challenge it, and is that enough?",
            cards: &[C::UnRightsOversight, C::DebateUnSanctionsListingDueProcess],
        },
        Prompt {
            theme: T::RegionalCooperation,
            question: "Is ASEAN's reliance on soft law a weakness or a strength next to the EU's binding law?",
            cards: &[C::RegionalOrganisations, C::AseanForums, C::EuJusticeBorders],
        },
    ],
    homework: &[
        Homework {
            task: "In about 400 words: how did the answer to the attacks of 11 September 2001 change international cooperation? Use at least three events from the timeline.",
            good_answer: &[
                "Resolution 1373's binding duties on every state, and the committee that checks them.",
                "NATO's first use of Article 5 and the eight measures that followed.",
                "New tools such as the FATF's special recommendations and the European Arrest Warrant.",
                "At least one cost or limit, such as rendition or due process in sanctions listing.",
            ],
            cards: &[
                C::Resolution1373,
                C::NatoAfter911,
                C::Fatf,
                C::EuJusticeBorders,
                C::DebateRenditionSecretDetention,
            ],
        },
        Homework {
            task: "Choose one debate card. Set out both sides in your own words, then give your own view with a reason.",
            good_answer: &[
                "The practice, with the source it rests on.",
                "The critique, with its own source.",
                "The answer, and whether it meets the critique.",
                "A view that weighs both sides rather than repeating one.",
            ],
            cards: &[
                C::DebateBulkSurveillancePartnerships,
                C::DebateCharitiesTerroristFinancing,
                C::DebateInterpolRedNoticeMisuse,
            ],
        },
        Homework {
            task: "Play a case scenario your group did not play in class. Write about 300 words on the decision you found hardest: what each option would have cost, and which you would defend now.",
            good_answer: &[
                "The decision and its options, stated in your own words.",
                "The rule or body behind each consequence, checked on its card.",
                "Why another path through the case can also be defended, as the debrief says.",
                "A choice of your own with a reason, not only the one marked well founded.",
            ],
            cards: &[C::Returnees, C::FiuNetwork, C::RedNotices],
        },
        Homework {
            task: "Compare two regional bodies: what can each make its members do, and what is left to them?",
            good_answer: &[
                "Binding instruments (an EU directive, the ACCT, the Algiers Convention) set against declarations and forums.",
                "ASEAN's principle of non-interference, and national security staying national in the EU.",
                "One example of cooperation in practice for each body.",
            ],
            cards: &[
                C::RegionalOrganisations,
                C::AseanForums,
                C::EuJusticeBorders,
                C::OtherRegions,
            ],
        },
    ],
};
