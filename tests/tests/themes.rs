//! The app follows the desktop's light or dark preference.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use cairn_e2e::Desktop;

/// The page background's brightness, 0 (black) to 255 (white).
const BACKGROUND_LIGHTNESS: &str = "
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number);
    return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);";

async fn lightness_with_theme(theme: &str, screenshot: &str) -> u64 {
    let data = tempfile::tempdir().unwrap();
    let desktop = Desktop::start_with(data.path(), &[("GTK_THEME", theme)]);
    let app = desktop.launch().await;
    app.type_into(
        "[data-testid=quick-add] input[name=title]",
        "Community of practice: youth work",
    )
    .await;
    app.click("[data-testid=quick-add] button[type=submit]")
        .await;
    app.text_where("[data-testid=activity-row]", |t| t.contains("youth work"))
        .await;
    app.screenshot(screenshot).await;
    let lightness = app.eval(BACKGROUND_LIGHTNESS).await.as_u64().unwrap();
    app.quit().await;
    lightness
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dark_desktop_gets_the_dark_theme_and_a_light_one_the_light() {
    let dark = lightness_with_theme("Adwaita:dark", "09-dark-theme").await;
    let light = lightness_with_theme("Adwaita", "10-light-theme").await;
    assert!(
        dark < 60,
        "the dark theme has a dark background (lightness {dark})"
    );
    assert!(
        light > 200,
        "the light theme has a light background (lightness {light})"
    );
}
