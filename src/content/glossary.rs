//! Glossary of terms used in the essays and cards. Each term, or one of its
//! aliases, appears in the text of at least one card.

use crate::model::*;

use TermId as T;

pub static TERMS: &[Term] = &[
    Term {
        id: T::Humint,
        term: "HUMINT",
        aliases: &["human intelligence"],
        definition: "Intelligence gathered from people: informants, agents, defectors or interviews.",
    },
    Term {
        id: T::Sigint,
        term: "SIGINT",
        aliases: &["signals intelligence"],
        definition: "Intelligence taken from intercepted signals, such as phone calls, messages and radio or radar traffic.",
    },
    Term {
        id: T::Osint,
        term: "Open-source intelligence",
        aliases: &["OSINT"],
        definition: "Intelligence drawn from material anyone can get, such as news, websites, social media and public records.",
    },
    Term {
        id: T::Fiu,
        term: "Financial intelligence unit",
        aliases: &["FIU", "FIUs", "financial intelligence units"],
        definition: "A national agency that receives reports of suspicious transactions, analyses them and passes the results to police and other authorities.",
    },
    Term {
        id: T::ForeignTerroristFighter,
        term: "Foreign terrorist fighter",
        aliases: &["foreign terrorist fighters", "FTF", "FTFs"],
        definition: "Someone who travels to another country to commit, plan or train for terrorist acts, often by joining a group in a war zone.",
    },
    Term {
        id: T::RedNotice,
        term: "Red Notice",
        aliases: &["Red Notices"],
        definition: "An INTERPOL request to police worldwide to find a wanted person and hold them provisionally until extradition. It is not an arrest warrant.",
    },
    Term {
        id: T::CapacityBuilding,
        term: "Capacity building",
        aliases: &["capacity-building"],
        definition: "Helping a country gain the skills, equipment, laws and organisation it needs to do a job, such as countering terrorism, by itself.",
    },
    Term {
        id: T::Interoperability,
        term: "Interoperability",
        aliases: &["interoperable"],
        definition: "The ability of forces or agencies from different countries to work together smoothly, using compatible equipment, procedures and language.",
    },
    Term {
        id: T::MilitaryDiplomacy,
        term: "Military diplomacy",
        aliases: &["defence diplomacy"],
        definition: "Using contacts between armed forces, such as visits, exchanges and joint exercises, to build trust and pursue foreign policy goals.",
    },
    Term {
        id: T::MultinationalTaskForce,
        term: "Multinational task force",
        aliases: &["multinational task forces", "joint task force", "joint task forces"],
        definition: "A temporary team made up of units from several countries, set up under one command or plan to deal with a specific threat.",
    },
    Term {
        id: T::MoneyLaundering,
        term: "Money laundering",
        aliases: &["laundering"],
        definition: "Hiding where criminal money came from, so that it looks legitimate and can be used openly.",
    },
    Term {
        id: T::TerroristFinancing,
        term: "Terrorist financing",
        aliases: &["terrorist funding", "financing of terrorism"],
        definition: "Collecting or providing money or other assets for terrorist acts, groups or individual terrorists. The money may come from legal or illegal sources.",
    },
    Term {
        id: T::AssetFreeze,
        term: "Asset freeze",
        aliases: &["asset freezes", "freeze", "freezing"],
        definition: "An order that stops a person or group from moving or using money and property, without taking ownership away.",
    },
    Term {
        id: T::Extradition,
        term: "Extradition",
        aliases: &["extradite"],
        definition: "The formal handing over of a suspect or convict by one country to another that wants to try or punish them.",
    },
    Term {
        id: T::MutualLegalAssistance,
        term: "Mutual legal assistance",
        aliases: &["MLA"],
        definition: "Formal help between countries in criminal cases, such as gathering evidence, questioning witnesses or tracing assets.",
    },
    Term {
        id: T::LiaisonOfficer,
        term: "Liaison officer",
        aliases: &["liaison officers"],
        definition: "An official posted to a partner agency or country to keep the two sides in direct, everyday contact.",
    },
    Term {
        id: T::Radicalisation,
        term: "Radicalisation",
        aliases: &["radicalization"],
        definition: "The process by which a person comes to support or use violence for extreme political or religious aims.",
    },
    Term {
        id: T::Sovereignty,
        term: "Sovereignty",
        aliases: &["sovereign"],
        definition: "A state's authority over its own territory and affairs, free from outside control. Foreign forces or police may not act there without its consent.",
    },
    Term {
        id: T::Recidivism,
        term: "Recidivism",
        aliases: &["reoffending"],
        definition: "Falling back into crime or violence after punishment or release.",
    },
    Term {
        id: T::BlockchainAnalysis,
        term: "Blockchain analysis",
        aliases: &["blockchain analytics"],
        definition: "Tracing cryptocurrency payments recorded on a public ledger to find out who sent and received money.",
    },
    Term {
        id: T::InformationSilo,
        term: "Information silo",
        aliases: &["information silos"],
        definition: "Data kept inside one agency or country and not shared with others who need it.",
    },
    Term {
        id: T::CollectiveDefence,
        term: "Collective defence",
        aliases: &["collective defense", "Article 5"],
        definition: "A promise among allies that an attack on one is treated as an attack on all. It is the core of NATO's Article 5.",
    },
    Term {
        id: T::Biometrics,
        term: "Biometrics",
        aliases: &["biometric"],
        definition: "Identifying people by body features such as fingerprints, faces or irises, for example at borders.",
    },
    Term {
        id: T::Rehabilitation,
        term: "Rehabilitation",
        aliases: &[],
        definition: "Work with a former fighter or offender, often in prison, to help them leave violence behind. A separate step from reintegration.",
    },
    Term {
        id: T::Reintegration,
        term: "Reintegration",
        aliases: &[],
        definition: "Helping a former fighter or offender return to society (housing, work, family) and live there safely. It may start in custody and goes on after release; resolution 2396 (2017) names it apart from rehabilitation.",
    },
];
