//! Guessing the mapping from the header row.

use super::synonyms::HINT_ORDER;
use super::{DurationUnit, MappedField, Mapping};

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
