//! Lists come a page at a time: which slice to return, and the slice with the list's size.

use serde::{Deserialize, Serialize};
use specta::Type;

/// The most rows one page may hold.
pub const MAX_PAGE: u32 = 200;

/// Which slice of a list to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PageRequest {
    pub offset: u32,
    /// Capped at [`MAX_PAGE`].
    pub limit: u32,
}

impl PageRequest {
    /// The first `limit` rows.
    pub fn first(limit: u32) -> Self {
        Self { offset: 0, limit }
    }

    pub(crate) fn limit(self) -> u32 {
        self.limit.min(MAX_PAGE)
    }
}

/// One page of a list and the size of the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u32,
}
