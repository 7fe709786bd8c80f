//! Taking a backup: every user table read out as plain rows.

use std::collections::BTreeMap;

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde_json::{Map, Number, Value};

use super::{BACKUP_TABLES, BackupRow, BackupTables, Column, columns, filter, quoted};
use crate::Journal;
use crate::error::{JournalError, Result};

fn dump(conn: &Connection, table: &str) -> Result<Vec<BackupRow>> {
    let columns = columns(conn, table)?;
    let mut keys: Vec<&Column> = columns.iter().filter(|c| c.pk > 0).collect();
    keys.sort_by_key(|c| c.pk);
    let order: Vec<String> = if keys.is_empty() {
        columns.iter().map(|c| quoted(&c.name)).collect()
    } else {
        keys.iter().map(|c| quoted(&c.name)).collect()
    };
    let list: Vec<String> = columns.iter().map(|c| quoted(&c.name)).collect();
    let sql = format!(
        "SELECT {} FROM {}{} ORDER BY {}",
        list.join(", "),
        quoted(table),
        filter(table),
        order.join(", ")
    );
    let mut statement = conn.prepare(&sql)?;
    let mut rows = statement.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut object = Map::new();
        for (index, column) in columns.iter().enumerate() {
            let value = match row.get_ref(index)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::from(i),
                ValueRef::Real(r) => Number::from_f64(r).map_or(Value::Null, Value::Number),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => {
                    return Err(JournalError::invalid(
                        "backup",
                        format!("{table}.{} holds bytes Cairn cannot back up.", column.name),
                    ));
                }
            };
            object.insert(column.name.clone(), value);
        }
        out.push(object);
    }
    Ok(out)
}

impl Journal {
    /// Every user record, table by table, as plain rows (see [`BACKUP_TABLES`]).
    pub fn backup_rows(&self) -> Result<BackupTables> {
        let tx = self.conn.unchecked_transaction()?;
        let mut tables = BTreeMap::new();
        for table in BACKUP_TABLES {
            tables.insert((*table).to_owned(), dump(&tx, table)?);
        }
        tx.commit()?;
        Ok(BackupTables { tables })
    }
}
