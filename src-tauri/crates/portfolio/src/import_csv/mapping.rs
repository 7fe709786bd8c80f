//! Which column of the spreadsheet holds which part of an activity, guessed from the headers
//! and changed by the user as they see fit.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::durations::DurationUnit;

/// The column (0-based, in the header's order) holding each part of an activity; `None` when
/// no column does.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Mapping {
    pub date: Option<u32>,
    pub end_date: Option<u32>,
    pub title: Option<u32>,
    pub kind: Option<u32>,
    pub mode: Option<u32>,
    pub hours: Option<u32>,
    pub participatory: Option<u32>,
    pub provider: Option<u32>,
    pub location: Option<u32>,
    pub description: Option<u32>,
    pub outcomes: Option<u32>,
    pub impact: Option<u32>,
    pub tags: Option<u32>,
    /// What a plain number ("1.5", "90") in the hours and participatory columns counts:
    /// guessed from the hours column's header ("Duration (mins)" counts minutes).
    pub duration_unit: DurationUnit,
    /// Keeps what is in columns mapped to nothing at the end of the description, each under
    /// its header, so that nothing in the file is lost.
    pub keep_unmapped: bool,
}

/// One part of an activity a column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum MappedField {
    Date,
    EndDate,
    Title,
    Kind,
    Mode,
    Hours,
    Participatory,
    Provider,
    Location,
    Description,
    Outcomes,
    Impact,
    Tags,
}

/// A field the mapping step offers, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldChoice {
    pub field: MappedField,
    pub label: String,
    /// Every row needs a column for it.
    pub required: bool,
}

impl MappedField {
    /// Every field, in the order the mapping step offers them.
    pub const ALL: &'static [MappedField] = &[
        Self::Date,
        Self::EndDate,
        Self::Title,
        Self::Kind,
        Self::Mode,
        Self::Hours,
        Self::Participatory,
        Self::Provider,
        Self::Location,
        Self::Description,
        Self::Outcomes,
        Self::Impact,
        Self::Tags,
    ];

    /// The field as the user reads it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Date => "Date",
            Self::EndDate => "End date",
            Self::Title => "Activity",
            Self::Kind => "Type",
            Self::Mode => "Mode",
            Self::Hours => "Hours",
            Self::Participatory => "Participatory",
            Self::Provider => "Provider",
            Self::Location => "Location",
            Self::Description => "Description",
            Self::Outcomes => "What I learned",
            Self::Impact => "Impact on practice",
            Self::Tags => "Tags",
        }
    }

    /// Whether an activity cannot be made without it.
    pub fn required(self) -> bool {
        matches!(self, Self::Date | Self::Title | Self::Hours)
    }

    /// Header names meaning this field, normalised (lower case, words only).
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Self::Date => &[
                "date",
                "start",
                "start date",
                "date of activity",
                "activity date",
                "date started",
                "date from",
                "from",
                "when",
                "day",
            ],
            Self::EndDate => &[
                "end",
                "end date",
                "date to",
                "to",
                "finish",
                "finish date",
                "date ended",
                "date finished",
                "until",
            ],
            Self::Title => &[
                "activity",
                "title",
                "description of activity",
                "what",
                "activity title",
                "activity name",
                "name",
                "event",
                "course",
                "subject",
                "topic",
                "cpd activity",
            ],
            Self::Kind => &[
                "type",
                "kind",
                "category",
                "activity type",
                "type of activity",
                "cpd type",
                "type of cpd",
                "format",
            ],
            Self::Mode => &["mode", "learning mode", "mode of learning"],
            Self::Hours => &[
                "hours",
                "duration",
                "time",
                "time spent",
                "cpd hours",
                "hours spent",
                "total hours",
                "time taken",
                "cpd time",
                "length",
                "hrs",
                "minutes",
                "mins",
            ],
            Self::Participatory => &[
                "participatory",
                "participatory hours",
                "participatory time",
                "participatory minutes",
                "participatory cpd",
                "participatory y n",
                "with others",
            ],
            Self::Provider => &[
                "provider",
                "organiser",
                "organizer",
                "organisation",
                "organization",
                "training provider",
                "delivered by",
                "run by",
                "host",
                "facilitator",
            ],
            Self::Location => &["location", "where", "venue", "place"],
            Self::Description => &[
                "description",
                "details",
                "notes",
                "summary",
                "comments",
                "content",
            ],
            Self::Outcomes => &[
                "what i learned",
                "what i learnt",
                "what did i learn",
                "what did you learn",
                "learning",
                "outcomes",
                "learning outcomes",
                "key learning",
                "learning points",
            ],
            Self::Impact => &[
                "impact",
                "impact on practice",
                "impact on my practice",
                "how it changed my practice",
                "how has it changed my practice",
                "how has this changed your practice",
                "changes to practice",
                "application to practice",
            ],
            Self::Tags => &["tags", "tag", "keywords", "keyword", "labels"],
        }
    }

    /// Words that, anywhere in a header no synonym matched, suggest this field.
    fn hints(self) -> &'static [&'static str] {
        match self {
            Self::Participatory => &["particip"],
            Self::EndDate => &["end", "finish", "until"],
            Self::Date => &["date", "start", "when"],
            Self::Kind => &["type", "kind", "category"],
            Self::Mode => &["mode"],
            Self::Hours => &["hour", "hrs", "duration", "minutes", "mins", "time"],
            Self::Outcomes => &["learn", "outcome"],
            Self::Impact => &["impact", "practice"],
            Self::Provider => &["provider", "organis", "organiz", "facilitat", "host"],
            Self::Location => &["location", "venue", "where", "place"],
            Self::Tags => &["tag", "keyword"],
            Self::Title => &["title", "activity", "event", "course", "topic", "what"],
            Self::Description => &["description", "detail", "notes", "summary", "comment"],
        }
    }
}

/// The hints in the order they are tried: the most specific first.
const HINT_ORDER: [MappedField; 13] = [
    MappedField::Participatory,
    MappedField::EndDate,
    MappedField::Date,
    MappedField::Kind,
    MappedField::Mode,
    MappedField::Hours,
    MappedField::Outcomes,
    MappedField::Impact,
    MappedField::Provider,
    MappedField::Location,
    MappedField::Tags,
    MappedField::Title,
    MappedField::Description,
];

impl Mapping {
    /// The column mapped to `field`.
    pub fn get(&self, field: MappedField) -> Option<u32> {
        *self.slot(field)
    }

    /// Maps `field` to `column` (or to nothing).
    pub fn set(&mut self, field: MappedField, column: Option<u32>) {
        *self.slot_mut(field) = column;
    }

    fn slot(&self, field: MappedField) -> &Option<u32> {
        match field {
            MappedField::Date => &self.date,
            MappedField::EndDate => &self.end_date,
            MappedField::Title => &self.title,
            MappedField::Kind => &self.kind,
            MappedField::Mode => &self.mode,
            MappedField::Hours => &self.hours,
            MappedField::Participatory => &self.participatory,
            MappedField::Provider => &self.provider,
            MappedField::Location => &self.location,
            MappedField::Description => &self.description,
            MappedField::Outcomes => &self.outcomes,
            MappedField::Impact => &self.impact,
            MappedField::Tags => &self.tags,
        }
    }

    fn slot_mut(&mut self, field: MappedField) -> &mut Option<u32> {
        match field {
            MappedField::Date => &mut self.date,
            MappedField::EndDate => &mut self.end_date,
            MappedField::Title => &mut self.title,
            MappedField::Kind => &mut self.kind,
            MappedField::Mode => &mut self.mode,
            MappedField::Hours => &mut self.hours,
            MappedField::Participatory => &mut self.participatory,
            MappedField::Provider => &mut self.provider,
            MappedField::Location => &mut self.location,
            MappedField::Description => &mut self.description,
            MappedField::Outcomes => &mut self.outcomes,
            MappedField::Impact => &mut self.impact,
            MappedField::Tags => &mut self.tags,
        }
    }

    /// Whether some field reads `column`.
    pub fn uses(&self, column: u32) -> bool {
        MappedField::ALL
            .iter()
            .any(|&field| self.get(field) == Some(column))
    }
}

/// The fields the mapping step offers, with their labels.
pub fn mapping_fields() -> Vec<FieldChoice> {
    MappedField::ALL
        .iter()
        .map(|&field| FieldChoice {
            field,
            label: field.label().to_owned(),
            required: field.required(),
        })
        .collect()
}

/// Guesses the mapping from the header row: first headers that are a known name for a field
/// ("Date of activity", "What I learned"), then headers that contain a telling word
/// ("Hours (CPD)"). Each field takes the first column that fits; each column one field.
pub fn guess_mapping(headers: &[String]) -> Mapping {
    let names: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let mut mapping = Mapping {
        keep_unmapped: true,
        ..Mapping::default()
    };
    let mut taken = vec![false; names.len()];
    for (column, name) in names.iter().enumerate() {
        let found = MappedField::ALL
            .iter()
            .find(|&&field| mapping.get(field).is_none() && field.synonyms().contains(&&**name));
        if let Some(&field) = found {
            mapping.set(field, Some(column as u32));
            taken[column] = true;
        }
    }
    for (column, name) in names.iter().enumerate() {
        if taken[column] || name.is_empty() {
            continue;
        }
        let words: Vec<&str> = name.split(' ').collect();
        let found = HINT_ORDER.iter().find(|&&field| {
            mapping.get(field).is_none()
                && field.hints().iter().any(|hint| {
                    // Short hints must be whole words ("to" is not in "total").
                    if hint.len() <= 4 {
                        words.contains(hint)
                    } else {
                        name.contains(hint)
                    }
                })
        });
        if let Some(&field) = found {
            mapping.set(field, Some(column as u32));
            taken[column] = true;
        }
    }
    if let Some(hours) = mapping.hours.and_then(|c| names.get(c as usize)) {
        let words: Vec<&str> = hours.split(' ').collect();
        if ["minutes", "mins", "min", "minute"]
            .iter()
            .any(|unit| words.contains(unit))
        {
            mapping.duration_unit = DurationUnit::Minutes;
        }
    }
    mapping
}

/// Lower case, words only: "Time spent (hrs)" → "time spent hrs".
pub(crate) fn normalise(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(headers: &[&str]) -> Mapping {
        guess_mapping(&headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn the_usual_headers_are_recognised_whatever_their_case() {
        let mapping = guess(&[
            "DATE",
            "Activity",
            "Type",
            "Hours",
            "Provider",
            "What I learned",
            "Impact",
            "Participatory",
            "Venue",
            "Notes",
            "Keywords",
            "End date",
            "Mode",
        ]);
        let expected = [
            (MappedField::Date, 0),
            (MappedField::Title, 1),
            (MappedField::Kind, 2),
            (MappedField::Hours, 3),
            (MappedField::Provider, 4),
            (MappedField::Outcomes, 5),
            (MappedField::Impact, 6),
            (MappedField::Participatory, 7),
            (MappedField::Location, 8),
            (MappedField::Description, 9),
            (MappedField::Tags, 10),
            (MappedField::EndDate, 11),
            (MappedField::Mode, 12),
        ];
        for (field, column) in expected {
            assert_eq!(mapping.get(field), Some(column), "{field:?}");
        }
        assert_eq!(mapping.duration_unit, DurationUnit::Hours);
    }

    #[test]
    fn longer_names_and_telling_words_are_recognised() {
        let mapping = guess(&[
            "Date of activity",
            "Description of activity",
            "Activity type",
            "Time spent (mins)",
            "Participatory hours",
            "Organisation",
            "Where",
            "Details",
            "Learning outcomes",
            "How it changed my practice",
            "Tags",
            "Cost (£)",
        ]);
        let expected = [
            (MappedField::Date, Some(0)),
            (MappedField::Title, Some(1)),
            (MappedField::Kind, Some(2)),
            (MappedField::Hours, Some(3)),
            (MappedField::Participatory, Some(4)),
            (MappedField::Provider, Some(5)),
            (MappedField::Location, Some(6)),
            (MappedField::Description, Some(7)),
            (MappedField::Outcomes, Some(8)),
            (MappedField::Impact, Some(9)),
            (MappedField::Tags, Some(10)),
            (MappedField::EndDate, None),
        ];
        for (field, column) in expected {
            assert_eq!(mapping.get(field), column, "{field:?}");
        }
        assert!(!mapping.uses(11), "Cost maps to nothing");
        assert_eq!(mapping.duration_unit, DurationUnit::Minutes);
    }
}
