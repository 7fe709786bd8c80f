//! Closed vocabularies (activity kinds, modes, reflection models, privacy), stored as text.

use serde::Serialize;
use specta::Type;

/// Declares an enum stored as text, with a human label for each value.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize, ::specta::Type)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant,)+ }

        impl $name {
            /// Every value, in the order the UI offers them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value as stored in the journal.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }

            /// The value as a person reads it.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Reads a stored value back.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl ::rusqlite::ToSql for $name {
            fn to_sql(&self) -> ::rusqlite::Result<::rusqlite::types::ToSqlOutput<'_>> {
                Ok(::rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl ::rusqlite::types::FromSql for $name {
            fn column_result(value: ::rusqlite::types::ValueRef<'_>) -> ::rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Self::parse(text).ok_or_else(|| {
                    ::rusqlite::types::FromSqlError::Other(format!("unknown {} {text:?}", stringify!($name)).into())
                })
            }
        }
    };
}

pub(crate) use vocabulary;

vocabulary! {
    /// What sort of learning an activity was.
    ActivityKind {
        Course = "course", "Course";
        Conference = "conference", "Conference";
        Workshop = "workshop", "Workshop";
        ELearning = "e_learning", "E-learning";
        Reading = "reading", "Reading";
        Research = "research", "Research";
        JobShadowing = "job_shadowing", "Job shadowing";
        MentoringGiven = "mentoring_given", "Mentoring (given)";
        MentoringReceived = "mentoring_received", "Mentoring (received)";
        Supervision = "supervision", "Supervision";
        PeerDiscussion = "peer_discussion", "Peer discussion";
        CommunityOfPractice = "community_of_practice", "Community-of-practice meeting";
        OnlineNetwork = "online_network", "Online network";
        Project = "project", "Project";
        TeachingOthers = "teaching_others", "Teaching others";
        InformalConversation = "informal_conversation", "Informal conversation";
        Other = "other", "Other";
    }
}

vocabulary! {
    /// How the learning was organised.
    ActivityMode {
        Formal = "formal", "Formal";
        Informal = "informal", "Informal";
        SelfDirected = "self_directed", "Self-directed";
    }
}

vocabulary! {
    /// The reflective model a reflection is written with.
    ReflectionModel {
        Free = "free", "Free writing";
        Gibbs = "gibbs", "Gibbs' reflective cycle";
        Rolfe = "rolfe", "Rolfe: What? So what? Now what?";
        Driscoll = "driscoll", "Driscoll's What? model";
        Kolb = "kolb", "Kolb's learning cycle";
        Schon = "schon", "Schön: in and on action";
        Johns = "johns", "Johns' structured reflection";
        Brookfield = "brookfield", "Brookfield's four lenses";
        NmcAccount = "nmc_account", "NMC reflective account";
        CommunityHealth = "community_health", "Community health check";
    }
}

vocabulary! {
    /// Who may see a reflection. Private unless the user decides otherwise.
    Privacy {
        Private = "private", "Private";
        Shareable = "shareable", "Shareable";
    }
}

/// One choice of a vocabulary, as the UI offers it.
#[derive(Debug, Clone, Serialize, Type)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

/// An activity kind as the UI offers it, with the mode most activities of that kind have.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KindChoice {
    pub value: ActivityKind,
    pub label: String,
    pub usual_mode: ActivityMode,
}

impl ActivityKind {
    /// How activities of this kind are usually organised; the user can always change it.
    pub fn usual_mode(self) -> ActivityMode {
        match self {
            Self::Reading | Self::Research | Self::ELearning | Self::OnlineNetwork => {
                ActivityMode::SelfDirected
            }
            Self::InformalConversation
            | Self::PeerDiscussion
            | Self::CommunityOfPractice
            | Self::MentoringGiven
            | Self::MentoringReceived => ActivityMode::Informal,
            _ => ActivityMode::Formal,
        }
    }
}

/// Every closed vocabulary with its labels, so the UI never spells a label itself.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    pub activity_kinds: Vec<KindChoice>,
    pub activity_modes: Vec<Choice<ActivityMode>>,
    pub privacy: Vec<Choice<Privacy>>,
    pub goal_statuses: Vec<Choice<crate::GoalStatus>>,
    pub participation_levels: Vec<Choice<crate::ParticipationLevel>>,
    pub profile_bodies: Vec<Choice<ProfileBody>>,
}

impl Vocabulary {
    /// The vocabularies of this version of Cairn.
    pub fn current() -> Self {
        Self {
            activity_kinds: ActivityKind::ALL
                .iter()
                .map(|&kind| KindChoice {
                    value: kind,
                    label: kind.label().to_owned(),
                    usual_mode: kind.usual_mode(),
                })
                .collect(),
            activity_modes: choices(ActivityMode::ALL, ActivityMode::label),
            privacy: choices(Privacy::ALL, Privacy::label),
            goal_statuses: choices(crate::GoalStatus::ALL, crate::GoalStatus::label),
            participation_levels: choices(
                crate::ParticipationLevel::ALL,
                crate::ParticipationLevel::label,
            ),
            profile_bodies: choices(ProfileBody::ALL, ProfileBody::label),
        }
    }
}

fn choices<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<Choice<T>> {
    all.iter()
        .map(|&value| Choice {
            value,
            label: label(value).to_owned(),
        })
        .collect()
}

vocabulary! {
    /// The professional body whose requirements a profile follows.
    ProfileBody {
        Cld = "cld", "CLD Standards Council Scotland";
        Nmc = "nmc", "NMC revalidation";
        Hcpc = "hcpc", "HCPC";
        Gtcs = "gtcs", "GTCS Professional Update";
        Custom = "custom", "Custom";
    }
}
