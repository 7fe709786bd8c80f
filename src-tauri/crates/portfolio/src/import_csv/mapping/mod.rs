//! Which column of the spreadsheet holds which part of an activity, guessed from the headers
//! and changed by the user as they see fit.

mod guess;
mod synonyms;

use serde::{Deserialize, Serialize};
use specta::Type;

use super::durations::DurationUnit;

pub use guess::guess_mapping;
pub(crate) use guess::normalise;

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
}

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
