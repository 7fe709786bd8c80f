//! The running app as a test drives it: finding, clicking, typing and screenshots.

use std::path::Path;
use std::time::{Duration, Instant};

use thirtyfour::Key;
use thirtyfour::prelude::*;

use crate::{PATIENCE, screenshot_dir};

/// The running app, seen through its webview.
pub struct App {
    pub driver: WebDriver,
}

impl App {
    /// Waits until `css` matches a displayed element and returns it.
    pub async fn find(&self, css: &str) -> WebElement {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(found) = self.driver.find_all(By::Css(css)).await {
                for element in found {
                    if element.is_displayed().await.unwrap_or(false) {
                        return element;
                    }
                }
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("nothing matching {css:?} appeared");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Every element matching `css` right now.
    pub async fn all(&self, css: &str) -> Vec<WebElement> {
        self.driver.find_all(By::Css(css)).await.unwrap_or_default()
    }

    /// Waits until the text of an element matching `css` satisfies `test`, and returns it.
    pub async fn text_where(&self, css: &str, test: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.find(css).await;
            let mut last = String::new();
            for element in self.all(css).await {
                // innerText, not WebDriver's text: WebKitWebDriver leaves out ellipsised text.
                let text = element
                    .prop("innerText")
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default();
                if test(&text) {
                    return text;
                }
                last = text;
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("no {css:?} read as expected; the last read: {last:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until an attribute of the element matching `css` has `value`.
    pub async fn attribute_becomes(&self, css: &str, name: &str, value: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let element = self.find(css).await;
            let current = element.attr(name).await.ok().flatten();
            if current.as_deref() == Some(value) {
                return;
            }
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("{css:?} [{name}] never became {value:?}; last: {current:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Replaces the text of the input matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.find(css).await;
        input.clear().await.expect("the input clears");
        input.send_keys(text).await.expect("the input takes keys");
    }

    /// Types `keys` at the end of what the element matching `css` holds.
    pub async fn keys(&self, css: &str, keys: impl Into<thirtyfour::TypingData>) {
        let input = self.find(css).await;
        input.send_keys(keys).await.expect("the element takes keys");
    }

    /// Presses `key` while holding `modifier` (say Control and "n"), wherever the focus is.
    pub async fn chord(&self, modifier: Key, key: &str) {
        self.driver
            .action_chain()
            .key_down(modifier.clone())
            .send_keys(key)
            .key_up(modifier)
            .perform()
            .await
            .expect("the key chord is delivered");
    }

    /// Types `keys` wherever the focus is.
    pub async fn press(&self, keys: impl Into<thirtyfour::TypingData>) {
        self.driver
            .action_chain()
            .send_keys(keys)
            .perform()
            .await
            .expect("the keys are delivered");
    }

    /// Sets a date input as a date picker would: typing into WebKit's date field through
    /// WebDriver garbles the year.
    pub async fn set_date(&self, css: &str, iso: &str) {
        self.find(css).await;
        self.eval(&format!(
            "const input = document.querySelector(\"{css}\");
             input.value = '{iso}';
             input.dispatchEvent(new Event('input', {{ bubbles: true }}));
             input.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
    }

    /// Runs `script` in the page and returns its result as JSON.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        let ret = self
            .driver
            .execute(script, Vec::new())
            .await
            .expect("the script runs");
        ret.json().clone()
    }

    /// The `name` of the element that has the keyboard focus.
    pub async fn focused_name(&self) -> Option<String> {
        let element = self.driver.active_element().await.ok()?;
        match element.attr("name").await.ok().flatten() {
            Some(name) => Some(name),
            None => element.attr("data-name").await.ok().flatten(),
        }
    }

    /// Waits until nothing matches `css` any more.
    pub async fn gone(&self, css: &str) {
        let deadline = Instant::now() + PATIENCE;
        while !self.all(css).await.is_empty() {
            if Instant::now() > deadline {
                self.failure_screenshot().await;
                panic!("{css:?} is still there");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .expect("the element takes a click");
    }

    /// Saves a screenshot of the window as `screenshots/<name>.png`, after the page has painted.
    pub async fn screenshot(&self, name: &str) {
        self.driver
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                Vec::new(),
            )
            .await
            .expect("two animation frames pass");
        let png = self.driver.screenshot_as_png().await.expect("a screenshot");
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).expect("the screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("the screenshot is written");
    }

    /// Keeps what the window showed when a wait ran out, under `artifacts/` (not committed).
    async fn failure_screenshot(&self) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts");
        if let Ok(png) = self.driver.screenshot_as_png().await {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join("failure.png"), png);
            eprintln!(
                "the window at the failure: {}",
                dir.join("failure.png").display()
            );
        }
    }

    /// Ends the WebDriver session, which stops the app (abruptly: no close request reaches it).
    pub async fn quit(self) {
        self.driver
            .quit()
            .await
            .expect("the session ends and the app closes");
    }
}
