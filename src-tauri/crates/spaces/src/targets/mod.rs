//! The spaces Cairn posts to, each speaking its own documented protocol.

pub(crate) mod discourse;
pub(crate) mod email;
pub(crate) mod folder;
pub(crate) mod matrix;
pub(crate) mod webdav;
pub(crate) mod webhook;
