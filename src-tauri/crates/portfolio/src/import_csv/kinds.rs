//! Activity kinds and modes as people write them in a spreadsheet.

use cairn_journal::{ActivityKind, ActivityMode};

use super::mapping::normalise;

/// How a cell's text was matched to a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KindMatch {
    /// The cell names the kind, or a usual name for it.
    Known(ActivityKind),
    /// The cell fits two kinds; this is the likelier ("Mentoring": given or received?).
    Guessed(ActivityKind),
    /// Nothing fits: imported as Other.
    Unknown,
}

/// Phrases (normalised, as whole words) and the kind they mean, most specific first:
/// "online course" is e-learning before "course" is a course.
const KIND_PHRASES: &[(&str, ActivityKind)] = &[
    ("e learning", ActivityKind::ELearning),
    ("elearning", ActivityKind::ELearning),
    ("online course", ActivityKind::ELearning),
    ("online learning", ActivityKind::ELearning),
    ("online module", ActivityKind::ELearning),
    ("online training", ActivityKind::ELearning),
    ("webinar", ActivityKind::ELearning),
    ("mooc", ActivityKind::ELearning),
    ("podcast", ActivityKind::ELearning),
    ("video", ActivityKind::ELearning),
    ("training others", ActivityKind::TeachingOthers),
    ("delivering training", ActivityKind::TeachingOthers),
    ("teaching", ActivityKind::TeachingOthers),
    ("presenting", ActivityKind::TeachingOthers),
    ("presentation", ActivityKind::TeachingOthers),
    ("mentoring received", ActivityKind::MentoringReceived),
    ("being mentored", ActivityKind::MentoringReceived),
    ("mentee", ActivityKind::MentoringReceived),
    ("coaching", ActivityKind::MentoringReceived),
    ("mentoring given", ActivityKind::MentoringGiven),
    ("mentoring others", ActivityKind::MentoringGiven),
    ("mentor", ActivityKind::MentoringGiven),
    ("job shadowing", ActivityKind::JobShadowing),
    ("shadowing", ActivityKind::JobShadowing),
    ("supervision", ActivityKind::Supervision),
    ("journal club", ActivityKind::PeerDiscussion),
    ("peer", ActivityKind::PeerDiscussion),
    ("discussion", ActivityKind::PeerDiscussion),
    ("literature review", ActivityKind::Research),
    ("research", ActivityKind::Research),
    ("audit", ActivityKind::Research),
    ("community of practice", ActivityKind::CommunityOfPractice),
    ("cop", ActivityKind::CommunityOfPractice),
    ("network meeting", ActivityKind::CommunityOfPractice),
    ("online network", ActivityKind::OnlineNetwork),
    ("online community", ActivityKind::OnlineNetwork),
    ("social media", ActivityKind::OnlineNetwork),
    ("forum", ActivityKind::OnlineNetwork),
    ("conference", ActivityKind::Conference),
    ("symposium", ActivityKind::Conference),
    ("congress", ActivityKind::Conference),
    ("summit", ActivityKind::Conference),
    ("workshop", ActivityKind::Workshop),
    ("masterclass", ActivityKind::Workshop),
    ("seminar", ActivityKind::Workshop),
    ("study day", ActivityKind::Course),
    ("training", ActivityKind::Course),
    ("course", ActivityKind::Course),
    ("module", ActivityKind::Course),
    ("lecture", ActivityKind::Course),
    ("qualification", ActivityKind::Course),
    ("reading", ActivityKind::Reading),
    ("journal", ActivityKind::Reading),
    ("article", ActivityKind::Reading),
    ("book", ActivityKind::Reading),
    ("literature", ActivityKind::Reading),
    ("project", ActivityKind::Project),
    ("informal", ActivityKind::InformalConversation),
    ("conversation", ActivityKind::InformalConversation),
    ("other", ActivityKind::Other),
];

/// Matches a cell to a kind: its label or stored value, else a usual name for it.
pub(crate) fn match_kind(text: &str) -> KindMatch {
    let name = normalise(text);
    if name.is_empty() {
        return KindMatch::Known(ActivityKind::Other);
    }
    if let Some(&kind) = ActivityKind::ALL.iter().find(|kind| {
        normalise(kind.label()) == name || normalise(&kind.as_str().replace('_', " ")) == name
    }) {
        return KindMatch::Known(kind);
    }
    if name == "mentoring" {
        return KindMatch::Guessed(ActivityKind::MentoringReceived);
    }
    let padded = format!(" {name} ");
    KIND_PHRASES
        .iter()
        .find(|(phrase, _)| padded.contains(&format!(" {phrase} ")))
        .map_or(KindMatch::Unknown, |&(_, kind)| KindMatch::Known(kind))
}

/// Matches a cell to a mode; `None` when nothing fits.
pub(crate) fn match_mode(text: &str) -> Option<ActivityMode> {
    let name = normalise(text);
    if let Some(&mode) = ActivityMode::ALL.iter().find(|mode| {
        normalise(mode.label()) == name || normalise(&mode.as_str().replace('_', " ")) == name
    }) {
        return Some(mode);
    }
    match name.as_str() {
        "structured" | "accredited" => Some(ActivityMode::Formal),
        "unstructured" | "work based" | "workplace" => Some(ActivityMode::Informal),
        "self" | "selfdirected" | "self study" | "independent" | "independent study" => {
            Some(ActivityMode::SelfDirected)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_values_and_usual_names_match() {
        let cases = [
            ("Course", ActivityKind::Course),
            ("job_shadowing", ActivityKind::JobShadowing),
            ("Mentoring (given)", ActivityKind::MentoringGiven),
            (
                "Community-of-practice meeting",
                ActivityKind::CommunityOfPractice,
            ),
            ("Training", ActivityKind::Course),
            ("Mandatory training", ActivityKind::Course),
            ("Conference", ActivityKind::Conference),
            ("Annual conference", ActivityKind::Conference),
            ("Reading", ActivityKind::Reading),
            ("E-learning", ActivityKind::ELearning),
            ("Online course", ActivityKind::ELearning),
            ("Webinar", ActivityKind::ELearning),
            ("Shadowing", ActivityKind::JobShadowing),
            ("Clinical supervision", ActivityKind::Supervision),
            ("Journal club", ActivityKind::PeerDiscussion),
            ("Teaching", ActivityKind::TeachingOthers),
        ];
        for (text, kind) in cases {
            assert_eq!(match_kind(text), KindMatch::Known(kind), "{text}");
        }
        assert_eq!(
            match_kind("Mentoring"),
            KindMatch::Guessed(ActivityKind::MentoringReceived)
        );
        assert_eq!(match_kind("Yoga retreat"), KindMatch::Unknown);
    }

    #[test]
    fn modes_match_by_label_or_usual_name() {
        assert_eq!(
            match_mode("Self-directed"),
            Some(ActivityMode::SelfDirected)
        );
        assert_eq!(
            match_mode("self_directed"),
            Some(ActivityMode::SelfDirected)
        );
        assert_eq!(match_mode("FORMAL"), Some(ActivityMode::Formal));
        assert_eq!(match_mode("sometimes"), None);
    }
}
