//! The `profile` table: the professional bodies' requirements the user keeps to. Dual
//! registration means several profiles, of the same body or of different ones.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

use crate::error::{JournalError, Result};
use crate::vocab::ProfileBody;
use crate::{MAX_TITLE_CHARS, row};

/// Weekly hours of full-time practice (CLD's pro-rata basis, and the most `weeklyHours` means
/// for CLD).
pub const FULL_TIME_WEEKLY_HOURS: f64 = 35.0;
/// The longest cycle a profile may have, in years.
pub const MAX_CYCLE_YEARS: i32 = 10;
/// The most hours a target may ask for.
pub const MAX_HOURS_TARGET: f64 = 10_000.0;

/// What the user sets in a requirement profile. Which fields a body's rules read:
///
/// | field                | CLD | NMC | HCPC | GTCS | custom |
/// |----------------------|-----|-----|------|------|--------|
/// | `cycleYears`         | yes | yes | yes  | yes  | yes    |
/// | `weeklyHours`        | yes |     |      |      |        |
/// | `hoursTarget`        | opt | opt | opt  | opt  | yes    |
/// | `periodMonths`       |     |     |      |      | yes    |
/// | `participatoryShare` |     |     |      |      | yes    |
/// | `signoffOn`          |     |     |      | yes  |        |
///
/// `hoursTarget`, when set, replaces the figure the body's rule would use (CLD's pro-rata
/// figure for the cycle, NMC's 35 for the cycle, GTCS's 35 for the year); for HCPC, which sets
/// no hours, it adds an hours requirement over the cycle. Fields a body does not read are kept
/// as entered and ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ProfileFields {
    pub body: ProfileBody,
    /// How the user tells profiles apart ("NMC — adult nursing"); the body's name when blank.
    pub label: String,
    /// The first day of the first cycle (a registration or renewal date). Cycles repeat from
    /// it every `cycle_years` years.
    pub cycle_start: NaiveDate,
    /// 1 to [`MAX_CYCLE_YEARS`].
    pub cycle_years: i32,
    /// Hours of practice a week (CLD pro rata); full time ([`FULL_TIME_WEEKLY_HOURS`]) when
    /// `None`.
    pub weekly_hours: Option<f64>,
    /// Hours to do in the body's period; the body's own figure when `None`.
    pub hours_target: Option<f64>,
    /// Custom: the period `hours_target` applies to, in months (12 when `None`).
    pub period_months: Option<i32>,
    /// Custom: the fraction (0 to 1) of the hours that must be participatory.
    pub participatory_share: Option<f64>,
    /// GTCS: when sign-off is due; the end of the cycle when `None`.
    pub signoff_on: Option<NaiveDate>,
}

/// A stored requirement profile.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: Uuid,
    pub fields: ProfileFields,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ProfileFields {
    /// A body's usual profile for a cycle starting on `cycle_start`: CLD 3 years at full time
    /// (35 h a week); NMC 3 years; HCPC 2 years; GTCS 5 years with 35 hours a year; custom
    /// 1 year with 35 hours every 12 months.
    pub fn preset(body: ProfileBody, cycle_start: NaiveDate) -> Self {
        let blank = Self {
            body,
            label: body.label().to_owned(),
            cycle_start,
            cycle_years: 1,
            weekly_hours: None,
            hours_target: None,
            period_months: None,
            participatory_share: None,
            signoff_on: None,
        };
        match body {
            ProfileBody::Cld => Self {
                cycle_years: 3,
                weekly_hours: Some(FULL_TIME_WEEKLY_HOURS),
                ..blank
            },
            ProfileBody::Nmc => Self {
                cycle_years: 3,
                ..blank
            },
            ProfileBody::Hcpc => Self {
                cycle_years: 2,
                ..blank
            },
            ProfileBody::Gtcs => Self {
                cycle_years: 5,
                hours_target: Some(35.0),
                ..blank
            },
            ProfileBody::Custom => Self {
                cycle_years: 1,
                hours_target: Some(35.0),
                period_months: Some(12),
                ..blank
            },
        }
    }

    /// Checks every rule and returns the fields as they will be stored (the label trimmed, or
    /// the body's name when blank). The error names the first field that breaks a rule.
    pub fn validated(&self) -> Result<Self> {
        let label = self.label.trim();
        if label.chars().count() > MAX_TITLE_CHARS {
            return Err(JournalError::invalid(
                "label",
                format!("Keep the label under {MAX_TITLE_CHARS} characters."),
            ));
        }
        if !(1..=MAX_CYCLE_YEARS).contains(&self.cycle_years) {
            return Err(JournalError::invalid(
                "cycleYears",
                format!("A cycle lasts from 1 to {MAX_CYCLE_YEARS} years."),
            ));
        }
        if let Some(hours) = self.weekly_hours
            && !(hours.is_finite() && hours > 0.0 && hours <= 168.0)
        {
            return Err(JournalError::invalid(
                "weeklyHours",
                "Weekly hours must be more than 0 and at most 168 (every hour of the week).",
            ));
        }
        match self.hours_target {
            Some(hours) if !(hours.is_finite() && hours > 0.0 && hours <= MAX_HOURS_TARGET) => {
                return Err(JournalError::invalid(
                    "hoursTarget",
                    format!("The hours target must be more than 0 and at most {MAX_HOURS_TARGET}."),
                ));
            }
            None if self.body == ProfileBody::Custom => {
                return Err(JournalError::invalid(
                    "hoursTarget",
                    "A custom profile needs the hours to do each period.",
                ));
            }
            _ => {}
        }
        if let Some(months) = self.period_months
            && !(1..=self.cycle_years * 12).contains(&months)
        {
            return Err(JournalError::invalid(
                "periodMonths",
                "A period lasts at least 1 month and no longer than the cycle.",
            ));
        }
        if let Some(share) = self.participatory_share
            && !(share.is_finite() && (0.0..=1.0).contains(&share))
        {
            return Err(JournalError::invalid(
                "participatoryShare",
                "The participatory share is a fraction from 0 (none) to 1 (all of the hours).",
            ));
        }
        if let Some(signoff) = self.signoff_on
            && signoff <= self.cycle_start
        {
            return Err(JournalError::invalid(
                "signoffOn",
                "The sign-off date must fall after the cycle starts.",
            ));
        }
        Ok(Self {
            label: if label.is_empty() {
                self.body.label().to_owned()
            } else {
                label.to_owned()
            },
            ..self.clone()
        })
    }
}

const COLUMNS: &str = "id, body, label, cycle_start, cycle_years, weekly_hours, hours_target,
    period_months, participatory_share, signoff_on, created_at, updated_at";

/// Adds a profile.
pub(crate) fn insert(conn: &Connection, fields: &ProfileFields) -> Result<Profile> {
    let fields = fields.validated()?;
    let id = Uuid::new_v4().to_string();
    write(
        conn,
        "INSERT INTO profile (id, body, label, cycle_start, cycle_years, weekly_hours,
            hours_target, period_months, participatory_share, signoff_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        &id,
        &fields,
    )?;
    get(conn, &id)
}

/// Replaces a profile's fields; says whether anything changed.
pub(crate) fn update(
    conn: &Connection,
    id: Uuid,
    fields: &ProfileFields,
) -> Result<(Profile, bool)> {
    let fields = fields.validated()?;
    let id = id.to_string();
    let current = get(conn, &id)?;
    if current.fields == fields {
        return Ok((current, false));
    }
    write(
        conn,
        "UPDATE profile SET body = ?2, label = ?3, cycle_start = ?4, cycle_years = ?5,
            weekly_hours = ?6, hours_target = ?7, period_months = ?8, participatory_share = ?9,
            signoff_on = ?10, updated_at = ?11 WHERE id = ?1",
        &id,
        &fields,
    )?;
    Ok((get(conn, &id)?, true))
}

/// Runs an insert or update whose parameters are the id, the fields in column order and now.
fn write(conn: &Connection, sql: &str, id: &str, fields: &ProfileFields) -> Result<()> {
    conn.execute(
        sql,
        params![
            id,
            fields.body,
            fields.label,
            fields.cycle_start,
            fields.cycle_years,
            fields.weekly_hours,
            fields.hours_target,
            fields.period_months,
            fields.participatory_share,
            fields.signoff_on,
            row::now()
        ],
    )?;
    Ok(())
}

/// Deletes a profile.
pub(crate) fn delete(conn: &Connection, id: Uuid) -> Result<()> {
    let id = id.to_string();
    get(conn, &id)?;
    conn.execute("DELETE FROM profile WHERE id = ?1", [id])?;
    Ok(())
}

/// One profile.
pub(crate) fn get(conn: &Connection, id: &str) -> Result<Profile> {
    row::one(
        conn,
        &format!("SELECT {COLUMNS} FROM profile WHERE id = ?1"),
        "profile",
        id,
        read,
    )
}

/// Every profile, the first added first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Profile>> {
    row::all(
        conn,
        &format!("SELECT {COLUMNS} FROM profile ORDER BY created_at, id"),
        read,
    )
}

fn read(row: &Row<'_>) -> rusqlite::Result<Profile> {
    Ok(Profile {
        id: row::id(row, 0)?,
        fields: ProfileFields {
            body: row.get(1)?,
            label: row.get(2)?,
            cycle_start: row.get(3)?,
            cycle_years: row.get(4)?,
            weekly_hours: row.get(5)?,
            hours_target: row.get(6)?,
            period_months: row.get(7)?,
            participatory_share: row.get(8)?,
            signoff_on: row.get(9)?,
        },
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
    })
}
