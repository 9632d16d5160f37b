//! The two source essays, their sections (headings kept exactly, as citation
//! anchors) and their bullet-list items (restated as short labels).

use crate::model::*;

use BulletId as B;
use SectionId as S;
use SourceId::{Military, Overview};

pub static SOURCES: &[Source] = &[
    Source {
        id: Military,
        file: "000_ca439b41babfe02c.txt",
        title: "Military diplomacy and counterterrorism cooperation",
    },
    Source {
        id: Overview,
        file: "002_db8201843b0cc0af.txt",
        title: "An overview of international counterterrorism cooperation",
    },
];

const fn sec(id: SectionId, source: SourceId, heading: &'static str) -> Section {
    Section {
        id,
        source,
        heading,
    }
}

pub static SECTIONS: &[Section] = &[
    // Essay 000: military diplomacy.
    sec(S::MilIntro, Military, "Introduction"),
    sec(
        S::MilRole,
        Military,
        "The Role of Military Diplomacy in Enhancing Counterterrorism Cooperation Internationally",
    ),
    sec(
        S::MilLegal,
        Military,
        "International Legal Frameworks Facilitating Counterterrorism Efforts",
    ),
    sec(
        S::MilTaskForces,
        Military,
        "The Impact of Multinational Task Forces on Counterterrorism Success",
    ),
    sec(
        S::MilChallenges,
        Military,
        "Challenges in Counterterrorism Cooperation Across Borders",
    ),
    sec(
        S::MilIntelAgencies,
        Military,
        "The Role of Intelligence Agencies in International Counterterrorism Efforts",
    ),
    sec(
        S::MilIntelGathering,
        Military,
        "Intelligence Gathering and Analysis",
    ),
    sec(
        S::MilFinancing,
        Military,
        "Disruption of Terrorist Financing Networks",
    ),
    sec(
        S::MilForeignFighters,
        Military,
        "Countering Foreign Terrorist Fighters",
    ),
    sec(
        S::MilTechnology,
        Military,
        "Technology and Innovation in Supporting Global Counterterrorism Initiatives",
    ),
    sec(
        S::MilCapacity,
        Military,
        "The Significance of Capacity Building and Training Programs",
    ),
    sec(
        S::MilPartnerNations,
        Military,
        "Educating and Equipping Partner Nations",
    ),
    sec(
        S::MilBestPractices,
        Military,
        "Sharing Best Practices and Lessons Learned",
    ),
    sec(
        S::MilHumanitarian,
        Military,
        "Addressing Humanitarian and Legal Concerns",
    ),
    sec(
        S::MilCaseStudies,
        Military,
        "Case Studies of Successful International Cooperation in Counterterrorism",
    ),
    sec(
        S::MilCoalition,
        Military,
        "The Global Coalition against ISIS",
    ),
    sec(
        S::MilInterpol,
        Military,
        "Interpol\u{2019}s Role in Counterterrorism",
    ),
    sec(
        S::MilEvolving,
        Military,
        "The Effectiveness of Evolving Counterterrorism Strategies",
    ),
    sec(
        S::MilFuture,
        Military,
        "Future Directions for Counterterrorism Cooperation Internationally",
    ),
    sec(
        S::MilEvaluating,
        Military,
        "Evaluating the Effectiveness and Limitations of Current Efforts",
    ),
    sec(
        S::MilInterplay,
        Military,
        "The Interplay of Military Diplomacy and International Relations in Counterterrorism",
    ),
    // Essay 002: overview.
    sec(S::OvIntro, Overview, "Introduction"),
    sec(
        S::OvOverview,
        Overview,
        "International Counterterrorism Cooperation: An Overview",
    ),
    sec(S::OvUn, Overview, "United Nations and Counterterrorism"),
    sec(
        S::OvInterpol,
        Overview,
        "Interpol\u{2019}s Role in International Cooperation",
    ),
    sec(
        S::OvInfoExchange,
        Overview,
        "Information Exchange Mechanisms",
    ),
    sec(
        S::OvJointTaskForces,
        Overview,
        "Joint Task Forces with Member Countries",
    ),
    sec(
        S::OvNato,
        Overview,
        "NATO\u{2019}s Contribution to Counterterrorism",
    ),
    sec(
        S::OvRegional,
        Overview,
        "Regional Organizations Combating Terrorism Together",
    ),
    sec(
        S::OvEu,
        Overview,
        "European Union\u{2019}s Counterterrorism Strategy",
    ),
    sec(
        S::OvAsean,
        Overview,
        "ASEAN\u{2019}s Initiatives on Regional Security",
    ),
    sec(
        S::OvBilateral,
        Overview,
        "Bilateral Partnerships in Counterterrorism Efforts",
    ),
    sec(S::OvUsaUk, Overview, "USA and UK Collaboration"),
    sec(
        S::OvAusNz,
        Overview,
        "Australia and New Zealand Counterterrorism Cooperation",
    ),
    sec(
        S::OvFius,
        Overview,
        "Financial Intelligence Units in the Fight Against Terrorism",
    ),
    sec(
        S::OvExercises,
        Overview,
        "Multinational Military Exercises and Training Programs",
    ),
    sec(
        S::OvCyber,
        Overview,
        "Cybersecurity Cooperation in Countering Online Extremism",
    ),
    sec(
        S::OvEvaluating,
        Overview,
        "Evaluating Effectiveness and Future Prospects",
    ),
];

const fn bullet(id: BulletId, section: SectionId, label: &'static str) -> Bullet {
    Bullet { id, section, label }
}

pub static BULLETS: &[Bullet] = &[
    // Essay 000, "Technology and Innovation ...": four applications.
    bullet(
        B::TechSatellite,
        S::MilTechnology,
        "Satellites and drones that watch borders",
    ),
    bullet(
        B::TechAnalytics,
        S::MilTechnology,
        "Data analysis that spots patterns in threats",
    ),
    bullet(
        B::TechSecureChannels,
        S::MilTechnology,
        "Protected channels for passing on intelligence",
    ),
    bullet(
        B::TechBlockchain,
        S::MilTechnology,
        "Blockchain tools against terrorist money flows",
    ),
    // Essay 000, "Future Directions ...": five strategies.
    bullet(
        B::FutureLaw,
        S::MilFuture,
        "Common legal rules so cooperation crosses borders smoothly",
    ),
    bullet(
        B::FutureSharing,
        S::MilFuture,
        "Better sharing platforms so no agency sits on its data",
    ),
    bullet(
        B::FutureTech,
        S::MilFuture,
        "Spending on new tools, such as cyber defence and surveillance",
    ),
    bullet(
        B::FutureCapacity,
        S::MilFuture,
        "Long-term training and support that respects human rights",
    ),
    bullet(
        B::FutureTaskForces,
        S::MilFuture,
        "Standing international task forces for new kinds of threat",
    ),
    // Essay 002, "Information Exchange Mechanisms": four components.
    bullet(
        B::InfoDatabases,
        S::OvInfoExchange,
        "Protected databases on suspects, groups and plots",
    ),
    bullet(
        B::InfoLiaison,
        S::OvInfoExchange,
        "Liaison officers who keep partners in touch day to day",
    ),
    bullet(
        B::InfoAgreements,
        S::OvInfoExchange,
        "Written agreements on what may be shared and how",
    ),
    bullet(
        B::InfoPlatforms,
        S::OvInfoExchange,
        "Secure technical platforms for swapping data",
    ),
    // Essay 002, "NATO's Contribution ...": three items.
    bullet(
        B::NatoIntel,
        S::OvNato,
        "Allies pool intelligence to spot threats early",
    ),
    bullet(
        B::NatoMilitary,
        S::OvNato,
        "Military help for allies: logistics, intelligence, training",
    ),
    bullet(
        B::NatoStrategy,
        S::OvNato,
        "Shared structures for joint decisions and planning",
    ),
];
