//! Thin commands: arguments in, one call into the journal, a typed result out.

pub mod activities;
pub mod app;
pub mod evidence;
pub mod organise;
pub mod portfolio;
pub mod practice;
pub mod reflections;
pub mod settings;
pub mod spaces;
pub mod standards;
