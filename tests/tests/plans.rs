//! Goals and communities of practice in the real app: a goal added and counted towards, a
//! community registered, its level changed (the same day, so the change replaces the first
//! level rather than adding to the history), and a health check started from it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_goal_and_a_community_take_shape() {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(data.path());
    let app = desktop.launch().await;
    app.find("[data-testid=empty-state]").await;

    app.click("[data-testid=nav-goals]").await;
    app.click("[data-testid=add-goal]").await;
    let form = "[data-testid=goal-form]";
    app.type_into(
        &format!("{form} [name=title]"),
        "Lead a trauma-informed session",
    )
    .await;
    app.type_into(
        &format!("{form} [name=successCriteria]"),
        "Co-facilitate one session and ask the group what felt safe.",
    )
    .await;
    app.click("[data-testid=goal-save]").await;
    let goal = app
        .text_where("[data-testid=goal-item]", |t| t.contains("trauma-informed"))
        .await;
    assert!(
        goal.contains("Nothing linked"),
        "a new goal has nothing yet: {goal:?}"
    );

    app.click("[data-testid=nav-activities]").await;
    app.type_into(
        "[data-testid=quick-add] input[name=title]",
        "Trauma-informed practice course",
    )
    .await;
    app.type_into("input[name=time-hours]", "3").await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    app.click("[data-testid=activity-row]").await;
    app.click("[data-testid=activity-form] select[name=goalId] option:nth-child(2)")
        .await;
    app.attribute_becomes("[data-testid=save-state]", "data-state", "saved")
        .await;
    app.click("[data-testid=nav-goals]").await;
    let counted = app
        .text_where("[data-testid=goal-progress]", |t| t.contains("activity"))
        .await;
    assert!(
        counted.contains("1 activity") && counted.contains("3 h"),
        "{counted:?}"
    );
    app.screenshot("24-goals").await;

    app.click("[data-testid=nav-communities]").await;
    app.click("[data-testid=add-community]").await;
    let form = "[data-testid=community-form]";
    app.type_into(&format!("{form} [name=name]"), "Tayside youth work network")
        .await;
    app.click(&format!(
        "{form} select[name=level] option[value=peripheral]"
    ))
    .await;
    app.click("[data-testid=community-save]").await;
    let item = app
        .text_where("[data-testid=community-item]", |t| t.contains("Tayside"))
        .await;
    assert!(item.contains("Peripheral"), "{item:?}");
    app.click("[data-testid=community-edit]").await;
    app.click(&format!("{form} select[name=level] option[value=core]"))
        .await;
    app.click("[data-testid=community-save]").await;
    let timeline = app
        .text_where("[data-testid=level-timeline]", |t| t.contains("Core"))
        .await;
    assert!(
        !timeline.contains("Peripheral"),
        "a second change on the same day replaces the first: {timeline:?}"
    );
    app.screenshot("25-communities").await;

    app.click("[data-testid=health-check]").await;
    app.find("[data-name=stage-evolution]").await;
    app.quit().await;
}
