//! Families of related bodies the map draws together in one frame: the UN
//! and the instruments its organs adopted, the EU, ASEAN, and the Five Eyes
//! with their members and founding agreement.

use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Un,
    Eu,
    Asean,
    FiveEyes,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Un, Group::Eu, Group::Asean, Group::FiveEyes];

    pub fn slug(self) -> &'static str {
        match self {
            Group::Un => "un",
            Group::Eu => "eu",
            Group::Asean => "asean",
            Group::FiveEyes => "five-eyes",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::Un => crate::i18n::ui::map::GROUP_UN,
            Group::Eu => crate::i18n::ui::map::GROUP_EU,
            Group::Asean => crate::i18n::ui::map::GROUP_ASEAN,
            Group::FiveEyes => crate::i18n::ui::map::GROUP_FIVE_EYES,
        }
    }

    pub fn members(self) -> &'static [NodeId] {
        use ActorId as A;
        use InstrumentId as I;
        use NodeId::{Actor as a, Instrument as i};
        match self {
            Group::Un => &[
                a(A::Un),
                a(A::UnSc),
                a(A::Ctc),
                a(A::Unoct),
                a(A::Cted),
                i(I::Icsft),
                i(I::Res1373),
                i(I::Res1267),
                i(I::Res2178),
                i(I::Res2396),
                i(I::Res2462),
                i(I::UnGctStrategy),
            ],
            Group::Eu => &[
                a(A::Eu),
                a(A::Europol),
                a(A::Eurojust),
                i(I::EuCtStrategy),
                i(I::EuropeanArrestWarrant),
                i(I::Directive2017541),
                i(I::TcoRegulation),
            ],
            Group::Asean => &[a(A::Asean), a(A::Ammtc), i(I::Acct)],
            Group::FiveEyes => &[
                a(A::FiveEyes),
                a(A::Usa),
                a(A::Uk),
                a(A::Australia),
                a(A::NewZealand),
                a(A::Canada),
                i(I::Ukusa),
            ],
        }
    }
}

/// The group a node is drawn in, if any.
pub fn group_of(n: NodeId) -> Option<Group> {
    Group::ALL.into_iter().find(|g| g.members().contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_node_is_in_two_groups() {
        for n in crate::graph::nodes() {
            let n_groups = Group::ALL
                .iter()
                .filter(|g| g.members().contains(&n))
                .count();
            assert!(n_groups <= 1, "{n:?} is in {n_groups} groups");
        }
    }
}
