//! The guided tour: view states that walk a learner through the Cards,
//! Timeline and Map views, the self-check and the About page. Every fragment
//! must parse without notices (checked in `tests/questions.rs`).

use crate::model::*;

pub static TOUR: &[TourStop] = &[
    TourStop {
        title: "Start with the big picture",
        fragment: "#/cards?card=why-cooperate",
        caption: "This card sets out the basic problem: terrorist groups work across borders, while each government's powers mostly end at its own. Keep its four tools in mind (shared intelligence, common laws, joint operations and training), because every other card builds on one of them.",
    },
    TourStop {
        title: "Filter by theme",
        fragment: "#/cards?theme=terrorist-financing",
        caption: "The theme filter keeps only the cards about terrorist money. Notice how many different players meet here: UN treaties and resolutions, national financial intelligence units and their Egmont network. Try adding a search word or another theme to narrow or widen the set.",
    },
    TourStop {
        title: "Check the source",
        fragment: "#/cards?card=five-eyes",
        caption: "Open the note on the source at the bottom of this card. The essays name only four of the five members and leave out Canada. Notes like this show where an essay is loose about the public record, and which reference corrects it.",
    },
    TourStop {
        title: "The answer to 11 September",
        fragment: "#/timeline?event=2001-unscr-1373&win=1995-2010",
        caption: "The window is zoomed on the years around 2001, with resolution 1373 open. Within weeks of the attacks NATO used Article 5 for the first time and the Security Council laid binding duties on every state. Look at how the legal tools of the late 1990s became the base for that response.",
    },
    TourStop {
        title: "The ISIS years",
        fragment: "#/timeline?range=2014-2019&event=2014-unscr-2178",
        caption: "The year range now keeps only events from 2014 to 2019. The coalition against ISIS formed, the Security Council turned to foreign fighters leaving and then coming home, and the UN set up a new counterterrorism office. The same range also filters the cards and the map, so you can switch views and keep the period.",
    },
    TourStop {
        title: "INTERPOL on the map",
        fragment: "#/map?node=a:interpol",
        caption: "The map draws organisations and instruments as nodes and their ties as labelled lines. With INTERPOL selected, the panel lists what it issues, who it shares data with and which unit belongs to it. Note that it works alongside national police rather than above them.",
    },
    TourStop {
        title: "The map in words",
        fragment: "#/map?list=1&rel=shares-intelligence-with",
        caption: "The list view states every relation of the map as a sentence, which helps with screen readers and printing. Here only intelligence-sharing ties are shown. Compare the multilateral channels, INTERPOL and the financial intelligence units, with the two bilateral pairs, USA-UK and Australia-New Zealand.",
    },
    TourStop {
        title: "Check yourself",
        fragment: "#/self-check",
        caption: "Now test what you have seen. Some questions are multiple choice, others ask you to put events in date order. Each answer comes with a short explanation and links to the cards and events where you can read more.",
    },
    TourStop {
        title: "About and sources",
        fragment: "#/about",
        caption: "This page lists the two essays, every primary reference behind a date or a relation, the glossary and the data downloads. Use it to cite the explainer and to check any claim against its reference.",
    },
];
