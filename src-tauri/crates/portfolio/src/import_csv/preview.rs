//! Previewing an import: every row read, duplicates within the file and in the journal marked.

use std::collections::HashMap;

use cairn_journal::Journal;
use chrono::NaiveDate;

use super::commit::import_key;
use super::row::RowReader;
use super::{CsvTable, DateOrder, MappedField, Mapping, Preview, PreviewRow, RowProblem};
use crate::error::Result;

/// Reads every row of `table` as `mapping` says, numeric dates in `order`; `today` tells a
/// date after today (worth a note: often day and month swapped). Writes nothing and does not
/// look at the journal: rows repeated within the file are marked duplicates, rows already in
/// the journal are not (see [`preview_against`]).
pub fn preview(table: &CsvTable, mapping: &Mapping, order: DateOrder, today: NaiveDate) -> Preview {
    let reader = RowReader {
        table,
        mapping,
        order,
        today,
    };
    let missing: Vec<MappedField> = MappedField::ALL
        .iter()
        .copied()
        .filter(|&field| field.required() && reader.column(field).is_none())
        .collect();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let (mut wrong_order, mut this_order_only) = (0, 0);
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let read = reader.read(row);
            wrong_order += u32::from(read.wrong_order);
            this_order_only += u32::from(read.this_order_only);
            let mut preview = PreviewRow {
                line: row.line,
                result: read.result,
                ambiguous_date: read.ambiguous,
                duplicate: false,
                notes: read.notes,
            };
            if let Ok(fields) = &preview.result {
                let key = import_key(fields);
                if let Some(first) = seen.get(&key) {
                    preview.duplicate = true;
                    preview.notes.push(RowProblem {
                        column: "Row".to_owned(),
                        message: format!("The same as line {first}: imported once."),
                    });
                } else {
                    seen.insert(key, row.line);
                }
            }
            preview
        })
        .collect();
    let mut preview = Preview {
        rows,
        good: 0,
        bad: 0,
        ambiguous: 0,
        duplicates: 0,
        missing,
        suggested_order: (wrong_order > 0 && this_order_only == 0).then_some(order.other()),
    };
    preview.recount();
    preview
}

/// [`preview`], with the rows the journal already holds marked as duplicates.
pub fn preview_against(
    journal: &Journal,
    table: &CsvTable,
    mapping: &Mapping,
    order: DateOrder,
    today: NaiveDate,
) -> Result<Preview> {
    let mut preview = preview(table, mapping, order, today);
    preview.mark_known(journal)?;
    Ok(preview)
}
