//! Helpers shared by the integration tests, one module per group of test files.

// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

pub mod frameworks;
pub mod history;
