//! The reflective models as data: the stages each one offers, with a prompt and trigger
//! questions for every stage, and the re-filing of sections when a reflection changes model.
//!
//! Stage keys are stored in the journal (in [`Section::stage`]) and, like the models' stored
//! values, are kept forever: a title, prompt or question may be reworded, a key never.

use serde::Serialize;
use specta::Type;

use crate::reflection::Section;
use crate::vocab::ReflectionModel;

mod classic;
mod professional;
mod structured;
#[cfg(test)]
mod tests;

use classic::{DRISCOLL, GIBBS, KOLB, ROLFE};
use professional::{COMMUNITY_HEALTH, NMC_ACCOUNT};
use structured::{BROOKFIELD, JOHNS, SCHON};

/// A reflective model as the writing surface offers it.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ModelGuide {
    pub model: ReflectionModel,
    /// The model's name, as in the model dropdown.
    pub label: String,
    /// One sentence: when to use this model.
    pub summary: String,
    /// The model's stages, in the order they are written.
    pub stages: Vec<StageGuide>,
}

/// One stage of a reflective model.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StageGuide {
    /// Stable snake_case id, stored with the section written under this stage.
    pub key: String,
    /// The stage's heading, e.g. "Description".
    pub title: String,
    /// One or two inviting sentences about what to write here.
    pub prompt: String,
    /// Trigger questions to help the writer start (two to five).
    pub questions: Vec<String>,
}

/// The guide to one reflective model.
pub fn guide(model: ReflectionModel) -> ModelGuide {
    let data = data(model);
    ModelGuide {
        model,
        label: model.label().to_owned(),
        summary: data.summary.to_owned(),
        stages: data
            .stages
            .iter()
            .map(|stage| StageGuide {
                key: stage.key.to_owned(),
                title: stage.title.to_owned(),
                prompt: stage.prompt.to_owned(),
                questions: stage.questions.iter().map(|&q| q.to_owned()).collect(),
            })
            .collect(),
    }
}

/// The guides to every reflective model, in [`ReflectionModel::ALL`] order.
pub fn guides() -> Vec<ModelGuide> {
    ReflectionModel::ALL
        .iter()
        .map(|&model| guide(model))
        .collect()
}

/// Re-files sections written under one model into the stages of another. Text under a stage
/// key the new model shares stays under it; text under stages the new model lacks is kept,
/// never dropped: appended as new sections after the model's stages, preserving their
/// original key so switching back restores them exactly.
///
/// The result begins with one section per stage of `to`, in order, holding the text of the
/// first input section with that key (empty when there is none). Every other input section
/// whose text is not blank follows, in its original order; blank ones are dropped. With no
/// sections at all, this gives the empty sections a new reflection in `to` starts with.
pub fn rearrange(sections: &[Section], to: ReflectionModel) -> Vec<Section> {
    let stages = data(to).stages;
    let mut used = vec![false; sections.len()];
    let mut out = Vec::with_capacity(stages.len() + sections.len());
    for stage in stages {
        let found = sections
            .iter()
            .enumerate()
            .find(|&(i, section)| !used[i] && section.stage == stage.key);
        let text = match found {
            Some((i, section)) => {
                used[i] = true;
                section.text.clone()
            }
            None => String::new(),
        };
        out.push(Section {
            stage: stage.key.to_owned(),
            text,
        });
    }
    out.extend(
        sections
            .iter()
            .zip(used)
            .filter(|(section, used)| !used && !section.text.trim().is_empty())
            .map(|(section, _)| section.clone()),
    );
    out
}

/// A model's fixed content; the public guide is built from it.
struct ModelData {
    summary: &'static str,
    stages: &'static [Stage],
}

/// One stage's fixed content.
struct Stage {
    key: &'static str,
    title: &'static str,
    prompt: &'static str,
    questions: &'static [&'static str],
}

fn data(model: ReflectionModel) -> &'static ModelData {
    match model {
        ReflectionModel::Free => &FREE,
        ReflectionModel::Gibbs => &GIBBS,
        ReflectionModel::Rolfe => &ROLFE,
        ReflectionModel::Driscoll => &DRISCOLL,
        ReflectionModel::Kolb => &KOLB,
        ReflectionModel::Schon => &SCHON,
        ReflectionModel::Johns => &JOHNS,
        ReflectionModel::Brookfield => &BROOKFIELD,
        ReflectionModel::NmcAccount => &NMC_ACCOUNT,
        ReflectionModel::CommunityHealth => &COMMUNITY_HEALTH,
    }
}

static FREE: ModelData = ModelData {
    summary: "Write freely in your own words, when no structure fits or you simply want to get \
              your thoughts down.",
    stages: &[Stage {
        key: "body",
        title: "Reflection",
        prompt: "Write whatever comes to mind about this experience. There is no right way to \
                 do it: start anywhere and see where your thinking takes you.",
        questions: &[
            "What stands out for you as you think back?",
            "What surprised you, or stayed with you afterwards?",
            "What might you do differently, or keep doing, because of it?",
        ],
    }],
};
