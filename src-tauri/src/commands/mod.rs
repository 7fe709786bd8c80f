//! Thin commands: arguments in, one call into the journal, a typed result out.

pub mod activities;
pub mod app;
pub mod reflections;
