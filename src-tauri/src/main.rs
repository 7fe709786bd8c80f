// Keeps a console window from opening alongside the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(error) = cairn_desktop_lib::run() {
        eprintln!("Cairn could not start: {error}");
        std::process::exit(1);
    }
}
