//! Tests of the guides and of re-filing sections between models.

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
