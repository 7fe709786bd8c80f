//! Goals, communities of practice and search: what turns entries into a record.

use chrono::{Local, NaiveDate};
use uuid::Uuid;

use crate::Journal;
use crate::change::{ChangeAction, Entity};
use crate::community::{self, Community, CommunityFields};
use crate::error::Result;
use crate::goal::{self, Goal, GoalFields};
use crate::search::{self, SearchHit, SearchQuery};
use crate::stats::{self, Dashboard};

/// How many standards without evidence the dashboard names one by one.
const SHOWN_GAPS: usize = 3;

impl Journal {
    /// Today in the user's time zone, by the journal's clock.
    pub(crate) fn today(&self) -> NaiveDate {
        self.now().with_timezone(&Local).date_naive()
    }

    /// Adds a development goal.
    pub fn create_goal(&self, fields: &GoalFields) -> Result<Goal> {
        let created = goal::insert(&self.conn, fields)?;
        self.announce_if(true, Entity::Goal, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a goal's fields.
    pub fn update_goal(&self, id: Uuid, fields: &GoalFields) -> Result<Goal> {
        let (updated, changed) = goal::update(&self.conn, id, fields)?;
        self.announce_if(changed, Entity::Goal, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Moves a goal to the trash; what counted towards it keeps the link.
    pub fn trash_goal(&self, id: Uuid) -> Result<Goal> {
        let (trashed, changed) = goal::set_trashed(&self.conn, id, true)?;
        self.announce_if(changed, Entity::Goal, id, ChangeAction::Trashed);
        Ok(trashed)
    }

    /// Brings a goal back from the trash.
    pub fn restore_goal(&self, id: Uuid) -> Result<Goal> {
        let (restored, changed) = goal::set_trashed(&self.conn, id, false)?;
        self.announce_if(changed, Entity::Goal, id, ChangeAction::Restored);
        Ok(restored)
    }

    /// One goal, with what counts towards it.
    pub fn goal(&self, id: Uuid) -> Result<Goal> {
        goal::get(&self.conn, &id.to_string())
    }

    /// Goals not in the trash: those in progress first, soonest target first.
    pub fn goals(&self) -> Result<Vec<Goal>> {
        goal::list(&self.conn)
    }

    /// Adds a community of practice.
    pub fn create_community(&self, fields: &CommunityFields) -> Result<Community> {
        let created = community::insert(&self.conn, fields, self.today())?;
        self.announce_if(true, Entity::Community, created.id, ChangeAction::Created);
        Ok(created)
    }

    /// Replaces a community's fields; a change of level is kept in its history from today.
    pub fn update_community(&self, id: Uuid, fields: &CommunityFields) -> Result<Community> {
        let (updated, changed) = community::update(&self.conn, id, fields, self.today())?;
        self.announce_if(changed, Entity::Community, id, ChangeAction::Updated);
        Ok(updated)
    }

    /// Deletes a community; its activities and reflections stay, unlinked.
    pub fn delete_community(&self, id: Uuid) -> Result<()> {
        community::delete(&self.conn, id)?;
        self.announce_if(true, Entity::Community, id, ChangeAction::Deleted);
        Ok(())
    }

    /// One community.
    pub fn community(&self, id: Uuid) -> Result<Community> {
        community::get(&self.conn, &id.to_string())
    }

    /// Every community, by name.
    pub fn communities(&self) -> Result<Vec<Community>> {
        community::list(&self.conn)
    }

    /// Starts a community health check: a private reflection on the community, laid out in
    /// the seven principles.
    pub fn start_health_check(&self, community_id: Uuid) -> Result<crate::Reflection> {
        let about = self.community(community_id)?;
        let mut fields = crate::ReflectionFields::free(
            format!("Health check: {}", about.fields.name)
                .chars()
                .take(crate::MAX_TITLE_CHARS)
                .collect::<String>(),
            None,
        );
        fields.model = crate::ReflectionModel::CommunityHealth;
        fields.sections = crate::models::rearrange(&[], fields.model);
        fields.community_id = Some(community_id);
        self.create_reflection(&fields)
    }

    /// Entries matching `query`, best first, with highlighted snippets.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<SearchHit>> {
        search::search(&self.conn, query)
    }

    /// The dashboard's figures and hints as of today, with progress against every requirement
    /// profile and a hint for each standard of the profile's body that has no evidence this
    /// cycle.
    pub fn dashboard(&self) -> Result<Dashboard> {
        let today = self.today();
        let mut board = stats::dashboard(&self.conn, today)?;
        board.profiles = self.all_progress(today)?;
        for progress in &board.profiles {
            board.hints.extend(self.uncovered(progress, today)?);
        }
        Ok(board)
    }

    /// "CLD competence C5 (…) has no evidence this cycle", for each leaf item of the profile's
    /// own framework with nothing linked since the cycle began.
    fn uncovered(
        &self,
        progress: &crate::ProfileProgress,
        today: NaiveDate,
    ) -> Result<Vec<String>> {
        let Some(key) = crate::presets::key_for(progress.body) else {
            return Ok(Vec::new());
        };
        let coverage = self.coverage(
            crate::preset_framework_id(key),
            Some(progress.cycle_start),
            Some(today),
        )?;
        let items = &coverage.items;
        let bare: Vec<String> = items
            .iter()
            .filter(|item| {
                !items
                    .iter()
                    .any(|child| child.parent_id == Some(item.item_id))
            })
            .filter(|item| item.activities + item.reflections + item.goals == 0)
            .map(|item| format!("{} {}", item.code, item.title))
            .collect();
        let name = &coverage.framework.name;
        let mut hints: Vec<String> = bare
            .iter()
            .take(SHOWN_GAPS)
            .map(|item| format!("{name}: {item} has no evidence this cycle."))
            .collect();
        if bare.len() > SHOWN_GAPS {
            hints.push(format!(
                "{name}: {} more have no evidence this cycle; Standards shows them all.",
                bare.len() - SHOWN_GAPS
            ));
        }
        Ok(hints)
    }

    /// The reminders due now (local time), each recorded as sent so that it is sent once a day
    /// at most.
    pub fn take_due_reminders(&self) -> Result<Vec<crate::Reminder>> {
        let now = self.now().with_timezone(&Local).naive_local();
        crate::reminders::take_due(&self.conn, now)
    }
}
