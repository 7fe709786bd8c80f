//! The reflective models as data: the stages each one offers, with a prompt and trigger
//! questions for every stage, and the re-filing of sections when a reflection changes model.
//!
//! Stage keys are stored in the journal (in [`Section::stage`]) and, like the models' stored
//! values, are kept forever: a title, prompt or question may be reworded, a key never.

use serde::Serialize;
use specta::Type;

use crate::reflection::Section;
use crate::vocab::ReflectionModel;

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

static GIBBS: ModelData = ModelData {
    summary: "A six-stage cycle from what happened to a plan for next time; a good all-round \
              choice for reflecting on a single event or experience.",
    stages: &[
        Stage {
            key: "description",
            title: "Description",
            prompt: "Set the scene. Say what happened, plainly, without judging it yet.",
            questions: &[
                "What happened, where and when?",
                "Who was involved, and what was your part in it?",
                "What was the outcome?",
            ],
        },
        Stage {
            key: "feelings",
            title: "Feelings",
            prompt: "Be honest about what you were thinking and feeling, at the time and since. \
                     There are no wrong feelings here.",
            questions: &[
                "How did you feel before, during and after?",
                "What were you thinking at the time?",
                "How do you think other people felt?",
                "How do you feel about it now?",
            ],
        },
        Stage {
            key: "evaluation",
            title: "Evaluation",
            prompt: "Weigh the experience up: what went well, and what went less well.",
            questions: &[
                "What was good about the experience?",
                "What was difficult, or did not go so well?",
                "How did you and others contribute to the way it went?",
            ],
        },
        Stage {
            key: "analysis",
            title: "Analysis",
            prompt: "Make sense of it. Explore why things went as they did, drawing on your \
                     knowledge, on theory and on what others have found.",
            questions: &[
                "Why did things go well, or not so well?",
                "What helped, and what got in the way?",
                "What do theory, research or guidance say about situations like this?",
                "How does this compare with other experiences you have had?",
            ],
        },
        Stage {
            key: "conclusion",
            title: "Conclusion",
            prompt: "Draw together what you have learned, about the situation and about \
                     yourself.",
            questions: &[
                "What have you learned from this?",
                "What else could you have done?",
                "What skills or knowledge would have helped?",
            ],
        },
        Stage {
            key: "action_plan",
            title: "Action plan",
            prompt: "Look ahead. Decide what you will do if something similar happens, and how \
                     you will prepare for it.",
            questions: &[
                "If it happened again, what would you do differently, and what the same?",
                "What will you do to build the skills or knowledge you need?",
                "What is your first step, and by when?",
            ],
        },
    ],
};

static ROLFE: ModelData = ModelData {
    summary: "Three short questions for a quick, focused reflection when time is tight, moving \
              from describing to understanding to acting.",
    stages: &[
        Stage {
            key: "what",
            title: "What?",
            prompt: "Describe the situation and your part in it.",
            questions: &[
                "What happened?",
                "What was I trying to achieve?",
                "What did I do, and how did others respond?",
                "What was good or difficult about it?",
            ],
        },
        Stage {
            key: "so_what",
            title: "So what?",
            prompt: "Think about what it means: what it tells you about yourself, your practice \
                     and the people you work with.",
            questions: &[
                "So what does this tell me about my practice, or about me?",
                "So what was I thinking and feeling, and how did that shape what I did?",
                "So what knowledge or ideas help me make sense of it?",
                "So what else could I have done?",
            ],
        },
        Stage {
            key: "now_what",
            title: "Now what?",
            prompt: "Decide what comes next, so that the learning carries into your practice.",
            questions: &[
                "Now what do I need to do to make things better?",
                "Now what will I do differently next time?",
                "Now what might the wider effects of my choices be?",
                "Now what do I need to learn or find out?",
            ],
        },
    ],
};

static DRISCOLL: ModelData = ModelData {
    summary: "What? So what? Now what? with trigger questions that lead from an experience to \
              action; often used in clinical supervision.",
    stages: &[
        Stage {
            key: "what",
            title: "What?",
            prompt: "Return to the situation and describe it as it was, in your own words.",
            questions: &[
                "What is my purpose in returning to this situation?",
                "What exactly happened?",
                "What did I see, and what did I do?",
                "What was my reaction to it?",
                "What did other people do?",
            ],
        },
        Stage {
            key: "so_what",
            title: "So what?",
            prompt: "Step back and make sense of the event: what it meant then, and what it \
                     means to you now.",
            questions: &[
                "How did I feel at the time, and has that changed?",
                "What effect did my actions, or my not acting, have?",
                "What good came out of the situation, for me and for others?",
                "Is anything still troubling me, and if so, what?",
                "What past experiences does this bring back?",
            ],
        },
        Stage {
            key: "now_what",
            title: "Now what?",
            prompt: "Consider what you will do with what you have learned.",
            questions: &[
                "What are the implications for me, my colleagues, the people I work with?",
                "What needs to happen to change the situation?",
                "What difference does it make if I choose to do nothing?",
                "Where can I find out more to face a similar situation again?",
                "What is the main thing I take away from this?",
            ],
        },
    ],
};

static KOLB: ModelData = ModelData {
    summary: "A learning cycle that turns experience into ideas you can test; useful when you \
              want to try something new in practice and learn from how it goes.",
    stages: &[
        Stage {
            key: "concrete_experience",
            title: "Concrete experience",
            prompt: "Describe the experience itself: what you did, saw and heard.",
            questions: &[
                "What did you do or take part in?",
                "What happened, step by step?",
                "What was new or unfamiliar about it?",
            ],
        },
        Stage {
            key: "reflective_observation",
            title: "Reflective observation",
            prompt: "Look back on the experience from different angles before drawing any \
                     conclusions.",
            questions: &[
                "What did you notice, in yourself and in others?",
                "How might the other people involved see it?",
                "What went as you expected, and what did not?",
            ],
        },
        Stage {
            key: "abstract_conceptualisation",
            title: "Abstract conceptualisation",
            prompt: "Make sense of what you observed by linking it to ideas, theory or \
                     principles you know or have looked up.",
            questions: &[
                "What patterns or explanations can you see?",
                "What theory, research or guidance helps explain what happened?",
                "What general lesson could you draw from this?",
            ],
        },
        Stage {
            key: "active_experimentation",
            title: "Active experimentation",
            prompt: "Plan how you will put your new understanding to the test in practice.",
            questions: &[
                "What will you try next time?",
                "How will you know whether it has worked?",
                "When and where will you try it?",
            ],
        },
    ],
};

static SCHON: ModelData = ModelData {
    summary: "Separates the thinking you did in the moment from the thinking you do afterwards; \
              useful when you had to think on your feet.",
    stages: &[
        Stage {
            key: "in_action",
            title: "Reflection in action",
            prompt: "Go back to the moment itself. Recall how you noticed, thought and adjusted \
                     while things were happening.",
            questions: &[
                "What did you notice in the moment that made you stop and think?",
                "What did you draw on to decide what to do there and then?",
                "How did you change course as things unfolded?",
                "What surprised you?",
            ],
        },
        Stage {
            key: "on_action",
            title: "Reflection on action",
            prompt: "Now, with time to think, look back at what happened and at what you did.",
            questions: &[
                "Looking back, why did you act as you did?",
                "What would you do the same, or differently, now?",
                "What do you know now that you did not know then?",
                "What will you take into similar situations in future?",
            ],
        },
    ],
};

static JOHNS: ModelData = ModelData {
    summary: "Cue questions that look at an experience through several ways of knowing; suits \
              deeper reflection, often with a supervisor or mentor.",
    stages: &[
        Stage {
            key: "looking_in",
            title: "Looking in",
            prompt: "Find a quiet space and notice your own thoughts and feelings before you \
                     begin. Write them down as they come.",
            questions: &[
                "What thoughts and feelings am I bringing to this?",
                "What is on my mind as I start?",
                "What do I need in order to give this my attention?",
            ],
        },
        Stage {
            key: "looking_out",
            title: "Looking out",
            prompt: "Describe the situation, then pick out what seems to matter most.",
            questions: &[
                "What happened, as I would tell it to a colleague?",
                "Which parts of it seem significant, and why?",
            ],
        },
        Stage {
            key: "aesthetics",
            title: "Aesthetics",
            prompt: "Consider the art of what you did: what you were aiming for, how you \
                     responded, and the effect on others.",
            questions: &[
                "What was I trying to achieve?",
                "Why did I respond as I did?",
                "What were the consequences for the people involved, for others and for me?",
                "How were others feeling, and how did I know?",
            ],
        },
        Stage {
            key: "personal",
            title: "Personal",
            prompt: "Consider yourself within the situation.",
            questions: &[
                "Why did I feel the way I did?",
                "What in me, such as my values, history or mood, shaped how I acted?",
            ],
        },
        Stage {
            key: "ethics",
            title: "Ethics",
            prompt: "Consider whether you acted well, and what was pulling on you.",
            questions: &[
                "Did I act for the best?",
                "What influenced me, from within myself or from around me?",
                "Whose interests came first, and why?",
            ],
        },
        Stage {
            key: "empirics",
            title: "Empirics",
            prompt: "Consider the knowledge that informed you, or could have.",
            questions: &[
                "What knowledge did I draw on?",
                "What research, guidance or experience could have helped me?",
                "Where can I find out more?",
            ],
        },
        Stage {
            key: "reflexivity",
            title: "Reflexivity",
            prompt: "Connect this experience with others, and with how you want to practise \
                     from now on.",
            questions: &[
                "How does this connect with earlier experiences?",
                "How could I handle a situation like this better?",
                "What might have happened had I acted differently?",
                "How do I feel about this experience now?",
                "How can I better support myself and others as a result?",
            ],
        },
    ],
};

static BROOKFIELD: ModelData = ModelData {
    summary: "Looks at your practice through four lenses (your own experience, the people you \
              work with, colleagues and theory) to bring hidden assumptions to light.",
    stages: &[
        Stage {
            key: "autobiographical",
            title: "Your own experience",
            prompt: "Look at the situation through your own story, as a practitioner and as a \
                     learner yourself.",
            questions: &[
                "What in my own experience of learning shapes how I see this?",
                "What am I assuming, and where does that come from?",
                "When have I been in a position like that of the people I work with?",
            ],
        },
        Stage {
            key: "learners",
            title: "Learners' eyes",
            prompt: "See your practice through the eyes of the people you work with, whether \
                     learners, participants, patients or community members.",
            questions: &[
                "How might the people I work with have experienced this?",
                "What have they told me, in words or otherwise?",
                "What might they find hard to say to me?",
                "How could I find out more about how they see it?",
            ],
        },
        Stage {
            key: "colleagues",
            title: "Colleagues' eyes",
            prompt: "Invite the views of colleagues and peers, who may notice what you cannot.",
            questions: &[
                "What would a trusted colleague notice about how I handled this?",
                "How have colleagues dealt with similar situations?",
                "Who could I ask for honest feedback?",
            ],
        },
        Stage {
            key: "theory",
            title: "Theory and research",
            prompt: "Bring in reading, research and theory to name what is going on and to test \
                     your assumptions.",
            questions: &[
                "What theory or research helps explain this?",
                "Does what I have read confirm my assumptions, or challenge them?",
                "What new way of seeing this does it offer?",
            ],
        },
    ],
};

static NMC_ACCOUNT: ModelData = ModelData {
    summary: "The NMC's reflective account for revalidation, about a CPD activity, feedback or \
              an event in your practice; it must not include anything that could identify \
              anyone.",
    stages: &[
        Stage {
            key: "nature",
            title: "What was the nature of the CPD activity, practice-related feedback or \
                    event or experience in your practice?",
            prompt: "Briefly describe the activity, the feedback or the event. Leave out names \
                     and any detail that could identify a patient, a colleague or anyone else.",
            questions: &[
                "What did you take part in, or what happened?",
                "When was it, and what was your role?",
                "If it was feedback, where did it come from (a patient, a colleague, a \
                 manager) and what did it say?",
            ],
        },
        Stage {
            key: "learning",
            title: "What did you learn from the CPD activity and/or feedback and/or event or \
                    experience in your practice?",
            prompt: "Say what you learned, and why it matters to you and your practice.",
            questions: &[
                "What did you learn that was new, or see in a new light?",
                "What surprised or challenged you?",
                "How does it fit with what you already knew?",
            ],
        },
        Stage {
            key: "change",
            title: "How did you change or improve your practice as a result?",
            prompt: "Describe what you have done differently, or plan to do, because of what you \
                     learned.",
            questions: &[
                "What have you changed in your practice?",
                "What difference has it made to the people in your care, or to colleagues?",
                "What will you keep working on?",
            ],
        },
        Stage {
            key: "code",
            title: "How is this relevant to the Code?",
            prompt: "Link your learning to the Code's four themes: prioritise people, practise \
                     effectively, preserve safety, and promote professionalism and trust.",
            questions: &[
                "Which of the four themes does this relate to most closely?",
                "Which standards in the Code does it touch on?",
                "How does it help you uphold the Code day to day?",
            ],
        },
    ],
};

static COMMUNITY_HEALTH: ModelData = ModelData {
    summary: "Takes the pulse of a community of practice you belong to, using Wenger, McDermott \
              and Snyder's seven principles for cultivating communities.",
    stages: &[
        Stage {
            key: "evolution",
            title: "Design for evolution",
            prompt: "Think about how your community has grown and changed, and whether it can \
                     keep adapting.",
            questions: &[
                "How has our community changed since it began?",
                "Which ways of organising help it grow, and which hold it back?",
                "Is there room for new topics, people and ways of working?",
            ],
        },
        Stage {
            key: "perspectives",
            title: "Open a dialogue between inside and outside perspectives",
            prompt: "Consider how well your community combines its members' inside knowledge \
                     with fresh views from outside.",
            questions: &[
                "What do we understand about our practice that only insiders can?",
                "Who from outside could bring a fresh view?",
                "When did we last learn from another community or field?",
            ],
        },
        Stage {
            key: "participation",
            title: "Invite different levels of participation",
            prompt: "Think about the different ways people take part, from the core group to \
                     those on the edges.",
            questions: &[
                "Who are the core members, and who joins in now and then?",
                "Is it all right to watch and listen for a while before joining in?",
                "How do we welcome newcomers and people on the edges?",
                "Where do I sit, and is that where I want to be?",
            ],
        },
        Stage {
            key: "spaces",
            title: "Develop both public and private community spaces",
            prompt: "Look at where the community meets: its open gatherings, and the one-to-one \
                     conversations that happen between them.",
            questions: &[
                "What happens at our shared events and in our forums?",
                "What connections happen privately, between members?",
                "Do the public and private spaces feed each other?",
            ],
        },
        Stage {
            key: "value",
            title: "Focus on value",
            prompt: "Ask what the community gives its members and the organisations around it, \
                     and whether that is talked about openly.",
            questions: &[
                "What do I get from belonging?",
                "What difference has the community made to our practice?",
                "Do we talk openly about what is, and is not, worth our time?",
            ],
        },
        Stage {
            key: "familiarity",
            title: "Combine familiarity and excitement",
            prompt: "Consider the balance between comfortable routines and the spark of \
                     something new.",
            questions: &[
                "Which familiar activities make people feel at home?",
                "What has brought fresh energy lately?",
                "Is it time for something different to liven things up?",
            ],
        },
        Stage {
            key: "rhythm",
            title: "Create a rhythm for the community",
            prompt: "Think about the pace of the community's life: how often it meets and talks, \
                     and whether that suits its members.",
            questions: &[
                "How regular are our meetings and exchanges?",
                "Does the pace feel right, or too busy, or too quiet?",
                "Which events or habits give the community its heartbeat?",
            ],
        },
    ],
};

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn section(stage: &str, text: &str) -> Section {
        Section {
            stage: stage.to_owned(),
            text: text.to_owned(),
        }
    }

    fn keys(sections: &[Section]) -> Vec<&str> {
        sections.iter().map(|s| s.stage.as_str()).collect()
    }

    fn stage_keys(model: ReflectionModel) -> Vec<&'static str> {
        data(model).stages.iter().map(|s| s.key).collect()
    }

    /// The non-blank sections, as (key, text) pairs, sorted so order does not matter.
    fn written(sections: &[Section]) -> Vec<(String, String)> {
        let mut pairs: Vec<_> = sections
            .iter()
            .filter(|s| !s.text.trim().is_empty())
            .map(|s| (s.stage.clone(), s.text.clone()))
            .collect();
        pairs.sort();
        pairs
    }

    /// A reflection written in `model` with text in every stage, plus a leftover section.
    fn filled(model: ReflectionModel) -> Vec<Section> {
        let mut sections = rearrange(&[], model);
        for s in &mut sections {
            s.text = format!("{} written under {}", s.stage, model.as_str());
        }
        sections.push(section("leftover", "kept from an older model"));
        sections
    }

    #[test]
    fn every_model_has_stages_with_unique_snake_case_keys() {
        for &model in ReflectionModel::ALL {
            let keys = stage_keys(model);
            assert!(!keys.is_empty(), "{model:?} offers no stage");
            let unique: HashSet<_> = keys.iter().collect();
            assert_eq!(unique.len(), keys.len(), "{model:?} repeats a stage key");
            for key in keys {
                assert!(
                    !key.is_empty()
                        && !key.starts_with('_')
                        && !key.ends_with('_')
                        && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{model:?} stage key {key:?} is not snake_case"
                );
            }
        }
    }

    #[test]
    fn every_stage_has_a_title_a_prompt_and_two_to_five_questions() {
        for guide in guides() {
            assert!(
                !guide.label.trim().is_empty(),
                "{:?} has no label",
                guide.model
            );
            assert!(
                !guide.summary.trim().is_empty(),
                "{:?} has no summary",
                guide.model
            );
            for stage in &guide.stages {
                let at = format!("{:?} stage {}", guide.model, stage.key);
                assert!(!stage.title.trim().is_empty(), "{at} has no title");
                assert!(!stage.prompt.trim().is_empty(), "{at} has no prompt");
                assert!(
                    (2..=5).contains(&stage.questions.len()),
                    "{at} has {} questions, not two to five",
                    stage.questions.len()
                );
                for q in &stage.questions {
                    assert!(q.trim().ends_with('?'), "{at}: {q:?} is not a question");
                }
                for text in [&stage.title, &stage.prompt]
                    .into_iter()
                    .chain(&stage.questions)
                {
                    assert!(
                        !text.contains("  "),
                        "{at}: {text:?} has a double space from a broken line"
                    );
                }
            }
        }
    }

    #[test]
    fn guides_cover_all_models_in_order() {
        let models: Vec<_> = guides().iter().map(|g| g.model).collect();
        assert_eq!(
            models,
            ReflectionModel::ALL,
            "one guide per model, in ALL order"
        );
        for &model in ReflectionModel::ALL {
            assert_eq!(
                guide(model).model,
                model,
                "guide({model:?}) is for another model"
            );
            assert_eq!(
                guide(model).label,
                model.label(),
                "the dropdown label is reused"
            );
        }
    }

    #[test]
    fn stored_values_match_serialized_values() {
        for &model in ReflectionModel::ALL {
            assert_eq!(
                serde_json::to_value(model).unwrap(),
                serde_json::json!(model.as_str()),
                "IPC and the database must spell {model:?} the same way"
            );
            assert_eq!(ReflectionModel::parse(model.as_str()), Some(model));
        }
    }

    #[test]
    fn free_writing_is_one_body_section() {
        assert_eq!(stage_keys(ReflectionModel::Free), ["body"]);
    }

    #[test]
    fn nmc_account_reminds_not_to_identify_anyone() {
        let guide = guide(ReflectionModel::NmcAccount);
        assert!(
            guide.summary.contains("identify"),
            "the NMC summary must remind the writer that accounts must not identify anyone"
        );
        assert_eq!(
            stage_keys(ReflectionModel::NmcAccount),
            ["nature", "learning", "change", "code"]
        );
        let code = &guide.stages[3];
        for theme in [
            "prioritise people",
            "practise effectively",
            "preserve safety",
            "promote professionalism and trust",
        ] {
            assert!(
                code.prompt.contains(theme),
                "the Code prompt names {theme:?}"
            );
        }
    }

    #[test]
    fn guides_serialize_in_camel_case() {
        let json = serde_json::to_value(guide(ReflectionModel::Gibbs)).unwrap();
        assert_eq!(json["model"], "gibbs");
        assert_eq!(json["stages"][5]["key"], "action_plan");
        assert!(json["stages"][0]["questions"].is_array());
    }

    #[test]
    fn rearrange_with_no_sections_gives_the_empty_stages() {
        let sections = rearrange(&[], ReflectionModel::Kolb);
        assert_eq!(keys(&sections), stage_keys(ReflectionModel::Kolb));
        assert!(
            sections.iter().all(|s| s.text.is_empty()),
            "new stages start empty"
        );
    }

    #[test]
    fn rearrange_keeps_text_under_shared_keys() {
        let from = vec![
            section("what", "the session"),
            section("so_what", "it mattered"),
            section("now_what", "try again"),
        ];
        let to = rearrange(&from, ReflectionModel::Driscoll);
        assert_eq!(
            to, from,
            "Rolfe and Driscoll share every key, so nothing moves"
        );
    }

    #[test]
    fn rearrange_keeps_orphans_after_the_stages() {
        let from = vec![
            section("description", "what happened"),
            section("feelings", "nervous"),
            section("evaluation", ""),
            section("analysis", "   \n"),
            section("conclusion", "learned a lot"),
            section("action_plan", "practise"),
        ];
        let to = rearrange(&from, ReflectionModel::Rolfe);
        assert_eq!(
            keys(&to),
            [
                "what",
                "so_what",
                "now_what",
                "description",
                "feelings",
                "conclusion",
                "action_plan"
            ],
            "Rolfe's stages first, then every written Gibbs section in its order"
        );
        assert!(
            to[..3].iter().all(|s| s.text.is_empty()),
            "no shared keys, so empty"
        );
        assert_eq!(to[3].text, "what happened");
        assert_eq!(to[6].text, "practise");
    }

    #[test]
    fn rearrange_drops_blank_orphans() {
        let from = vec![
            section("in_action", ""),
            section("on_action", " \t\n "),
            section("stray", "kept"),
        ];
        let to = rearrange(&from, ReflectionModel::Free);
        assert_eq!(
            keys(&to),
            ["body", "stray"],
            "whitespace-only sections are not writing"
        );
    }

    #[test]
    fn free_to_gibbs_keeps_the_body_as_an_orphan() {
        let from = vec![section("body", "All my thoughts.")];
        let to = rearrange(&from, ReflectionModel::Gibbs);
        let mut expected: Vec<_> = stage_keys(ReflectionModel::Gibbs);
        expected.push("body");
        assert_eq!(keys(&to), expected);
        assert_eq!(
            to.last(),
            Some(&from[0]),
            "the free writing survives untouched"
        );
        assert_eq!(
            rearrange(&to, ReflectionModel::Free),
            from,
            "and comes back on return"
        );
    }

    #[test]
    fn round_trip_restores_the_original_for_every_pair_of_models() {
        for &a in ReflectionModel::ALL {
            let original = filled(a);
            for &b in ReflectionModel::ALL {
                let there = rearrange(&original, b);
                assert_eq!(
                    written(&there),
                    written(&original),
                    "{a:?} -> {b:?} lost or changed some writing"
                );
                let back = rearrange(&there, a);
                assert_eq!(
                    back, original,
                    "{a:?} -> {b:?} -> {a:?} is not the original"
                );
            }
        }
    }

    #[test]
    fn round_trip_restores_empty_stages_and_drops_nothing_written() {
        let mut original = rearrange(&[], ReflectionModel::Johns);
        original[2].text = "aims".to_owned();
        original[6].text = "next time".to_owned();
        let back = rearrange(
            &rearrange(&original, ReflectionModel::Schon),
            ReflectionModel::Johns,
        );
        assert_eq!(
            back, original,
            "written and empty stages come back where they were"
        );
    }

    #[test]
    fn rearrange_never_loses_text_from_a_repeated_key() {
        let from = vec![section("body", "first"), section("body", "second")];
        let to = rearrange(&from, ReflectionModel::Free);
        assert_eq!(to, from, "a duplicated key keeps both texts");
    }
}
