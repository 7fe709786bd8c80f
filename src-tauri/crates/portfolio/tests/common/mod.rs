//! Fixtures and helpers shared by the integration tests.

#![allow(dead_code)] // each test file uses only some of these
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

pub mod backup;
pub mod csv;
pub mod leap2a;
pub mod pdf;
