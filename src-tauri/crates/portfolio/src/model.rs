//! The portfolio as plain data: what was asked for, and what the journal holds for it.

use cairn_journal::{
    ActivityKind, ActivityMode, Feedback, Goal, ProfileProgress, ReflectionModel, Review,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

/// Which professional body's portfolio to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// Everything, in a neutral order.
    General,
    /// CLD Standards Council Scotland renewal.
    Cld,
    /// NMC revalidation: reflective accounts on the NMC form.
    Nmc,
    /// HCPC audit: the chronological record first.
    Hcpc,
}

/// Who the portfolio belongs to, for its cover.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Owner {
    pub name: String,
    /// An NMC PIN, an HCPC or GTCS registration number, a CLD membership number.
    pub registration_number: String,
    /// The body registered with, as the user writes it.
    pub body: String,
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ExportRequest {
    pub layout: Layout,
    pub owner: Owner,
    /// First and last day of the period, included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Private reflections stay out unless this is set.
    pub include_private: bool,
    /// Only these activities and reflections; every entry in the period when `None`.
    pub entries: Option<Vec<Uuid>>,
    /// Write a ZIP holding the document and the exported entries' attached files.
    #[serde(default)]
    pub with_evidence: bool,
    /// A PDF typeset by the user's own typst template at this path instead of Cairn's layout.
    #[serde(default)]
    pub template: Option<String>,
}

/// An activity as it appears in a portfolio.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioActivity {
    pub id: Uuid,
    pub title: String,
    pub kind: ActivityKind,
    pub kind_label: String,
    pub mode: ActivityMode,
    pub mode_label: String,
    pub started_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    pub minutes: i32,
    pub participatory_minutes: i32,
    pub provider: String,
    pub location: String,
    /// Markdown.
    pub description: String,
    pub outcomes: String,
    pub impact: String,
    pub tags: Vec<String>,
    /// Codes and titles of the standards it supports ("C4 Facilitate and promote…").
    pub standards: Vec<String>,
    /// Names of attached files.
    pub evidence: Vec<String>,
}

/// One stage of a reflection, under its model's title for it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioSection {
    pub title: String,
    /// Markdown.
    pub text: String,
}

/// A reflection as it appears in a portfolio.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioReflection {
    pub id: Uuid,
    pub title: String,
    pub model: ReflectionModel,
    pub model_label: String,
    pub written_on: NaiveDate,
    /// The activity it reflects on, by title.
    pub activity: Option<String>,
    pub private: bool,
    /// Stages with writing, in the model's order.
    pub sections: Vec<PortfolioSection>,
    pub standards: Vec<String>,
}

/// Hours in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub activities: u32,
    pub minutes: i32,
    pub participatory_minutes: i32,
    pub reflections: u32,
}

/// Everything a writer needs, read once from the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    pub layout: Layout,
    pub owner: Owner,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub totals: Totals,
    /// Progress against each requirement profile, as of the period's end.
    pub profiles: Vec<ProfileProgress>,
    /// Oldest first: a chronological record.
    pub activities: Vec<PortfolioActivity>,
    /// Oldest first.
    pub reflections: Vec<PortfolioReflection>,
    pub goals: Vec<Goal>,
    pub feedback: Vec<Feedback>,
    pub reviews: Vec<Review>,
    /// Standards of the layout's framework with how many entries support each, in the period.
    pub coverage: Option<cairn_journal::Coverage>,
}
