//! Wording the writers share, so that the Markdown, HTML and Word files say the same thing
//! the same way: part titles and order here, figures and dates in [`figures`], the facts
//! and texts shown for each entry in [`entries`], the cells of the tables in [`tables`].

mod entries;
mod figures;
mod tables;

pub(crate) use entries::*;
pub(crate) use figures::*;
pub(crate) use tables::*;

use crate::model::{Layout, Portfolio};

/// A major part of the portfolio; each starts on a new page when printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Summary,
    Activities,
    Reflections,
    Goals,
    Feedback,
    Reviews,
    Coverage,
}

impl Part {
    /// The part's heading in a layout.
    pub(crate) fn title(self, layout: Layout) -> &'static str {
        match (self, layout) {
            (Self::Summary, _) => "Summary",
            (Self::Activities, Layout::Hcpc) => "Chronological record of CPD",
            (Self::Activities, Layout::Cld) => "Professional learning record",
            (Self::Activities, _) => "Activity log",
            (Self::Reflections, Layout::Nmc) => "Reflective accounts",
            (Self::Reflections, Layout::Cld) => "Reflections on impact",
            (Self::Reflections, _) => "Reflections",
            (Self::Goals, Layout::Cld) => "Professional learning goals",
            (Self::Goals, _) => "Development goals",
            (Self::Feedback, Layout::Nmc) => "Practice-related feedback",
            (Self::Feedback, _) => "Feedback",
            (Self::Reviews, Layout::Nmc) => "Reflective discussion",
            (Self::Reviews, Layout::Cld) => "Critical review with a verifier",
            (Self::Reviews, _) => "Reviews and discussions",
            (Self::Coverage, _) => "Standards coverage",
        }
    }

    /// A fragment id for links to the part.
    pub(crate) fn anchor(self) -> &'static str {
        match self {
            Self::Summary => "summary",
            Self::Activities => "activities",
            Self::Reflections => "reflections",
            Self::Goals => "goals",
            Self::Feedback => "feedback",
            Self::Reviews => "reviews",
            Self::Coverage => "coverage",
        }
    }

    /// What the part says when the period holds nothing for it.
    pub(crate) fn empty(self) -> &'static str {
        match self {
            Self::Summary | Self::Coverage => "",
            Self::Activities => "No activities were logged in this period.",
            Self::Reflections => "No reflections are included for this period.",
            Self::Goals => "No development goals have been set.",
            Self::Feedback => "No feedback was recorded in this period.",
            Self::Reviews => "No reviews or discussions were recorded in this period.",
        }
    }
}

/// The parts in the order the portfolio's layout puts them; coverage only with a framework.
pub(crate) fn parts(portfolio: &Portfolio) -> Vec<Part> {
    use Part::*;
    let order: &[Part] = match portfolio.layout {
        Layout::General | Layout::Hcpc => &[
            Summary,
            Activities,
            Reflections,
            Goals,
            Feedback,
            Reviews,
            Coverage,
        ],
        // CLD asks for goals first, then what was done towards them and the review.
        Layout::Cld => &[
            Summary,
            Goals,
            Activities,
            Reflections,
            Reviews,
            Feedback,
            Coverage,
        ],
        Layout::Nmc => &[
            Summary,
            Activities,
            Reflections,
            Feedback,
            Reviews,
            Goals,
            Coverage,
        ],
    };
    order
        .iter()
        .copied()
        .filter(|part| *part != Coverage || portfolio.coverage.is_some())
        .collect()
}

/// The document's title, by layout.
pub(crate) fn title(portfolio: &Portfolio) -> &'static str {
    match portfolio.layout {
        Layout::General => "CPD portfolio",
        Layout::Cld => "CLD professional learning portfolio",
        Layout::Nmc => "NMC revalidation portfolio",
        Layout::Hcpc => "HCPC CPD portfolio",
    }
}

/// The title followed by the owner's name, when there is one.
pub(crate) fn full_title(portfolio: &Portfolio) -> String {
    let title = title(portfolio);
    match portfolio.owner.name.trim() {
        "" => title.to_owned(),
        name => format!("{title}: {name}"),
    }
}

/// The cover's facts about the owner and the period, leaving out what is not given.
pub(crate) fn cover_facts(portfolio: &Portfolio) -> Vec<(&'static str, String)> {
    let owner = &portfolio.owner;
    let mut facts = Vec::new();
    for (label, value) in [
        ("Name", &owner.name),
        ("Registration number", &owner.registration_number),
        ("Registered with", &owner.body),
    ] {
        if !value.trim().is_empty() {
            facts.push((label, value.trim().to_owned()));
        }
    }
    facts.push(("Period", period(portfolio)));
    facts.push(("Prepared", long_date(portfolio.generated_at.date_naive())));
    facts
}

/// "1 April 2024 to 31 March 2027".
pub(crate) fn period(portfolio: &Portfolio) -> String {
    format!(
        "{} to {}",
        long_date(portfolio.from),
        long_date(portfolio.to)
    )
}
