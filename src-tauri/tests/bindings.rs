//! The committed TypeScript bindings must match what the Rust types generate today.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed step in a test panics

use std::path::Path;

#[test]
fn committed_bindings_match_the_rust_types() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(cairn_desktop_lib::BINDINGS_PATH);
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("bindings.ts");
    cairn_desktop_lib::export_bindings(&fresh).unwrap();
    let fresh = std::fs::read_to_string(&fresh).unwrap();
    if std::env::var_os("CAIRN_UPDATE_BINDINGS").is_some() {
        std::fs::write(&committed, &fresh).unwrap();
        return;
    }
    let current = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        current == fresh,
        "{} is stale: run `CAIRN_UPDATE_BINDINGS=1 cargo test -p cairn-desktop --test bindings` \
         and commit the result",
        committed.display()
    );
}
