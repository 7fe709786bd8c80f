//! The Word document, read back: every part is well-formed XML with the expected headings,
//! styles and footer.

use std::io::{Cursor, Read};

use cairn_portfolio::ExportFormat;
use quick_xml::events::Event;

use crate::{export, fixture, hostile};

#[test]
fn docx_is_well_formed_with_headings_and_entry_titles() {
    let portfolio = hostile::hostile();
    let docx = export(&portfolio, ExportFormat::Docx);
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    for name in &names {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let xml = read(&mut archive, name);
            assert!(
                !xml.contains(['\u{0}', '\u{1}', '\u{b}', '\u{c}']),
                "{name} holds characters XML forbids"
            );
            texts(&xml, name);
        }
    }

    let document = read(&mut archive, "word/document.xml");
    let text = texts(&document, "word/document.xml").join("");
    for expected in [
        "NMC revalidation portfolio",
        "Summary",
        "Activity log",
        "Reflective accounts",
        "Practice-related feedback",
        "Reflective discussion",
        "Development goals",
        "Standards coverage",
        "Safeguarding adults: level 3",
        "Reflective account 1: Escalating a concern <script>alert(1)</script>",
        "What I learned",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the document"
        );
    }
    for (question, answer) in fixture::nmc_sections() {
        assert!(
            text.contains(question.as_str()),
            "NMC question {question:?}"
        );
        assert!(text.contains(answer.as_str()), "answer {answer:?}");
    }
    assert_eq!(
        document.matches("<w:pStyle w:val=\"Heading1\" />").count(),
        7,
        "one heading 1 per part"
    );
    assert!(
        document.contains("<w:shd w:val=\"clear\""),
        "shaded header rows"
    );

    let styles = read(&mut archive, "word/styles.xml");
    for level in 1..=4 {
        assert!(
            styles.contains(&format!("<w:name w:val=\"heading {level}\" />")),
            "heading {level} is a Word heading style"
        );
    }
    assert!(
        styles.contains("<w:outlineLvl w:val=\"0\" />"),
        "outline levels for the navigation pane"
    );
    assert!(
        styles.contains("w:after=\"120\""),
        "paragraph spacing in the styles"
    );

    let footer = names
        .iter()
        .find(|n| n.starts_with("word/footer"))
        .expect("a footer");
    let footer = read(&mut archive, &footer.clone());
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "page X of Y"
    );
}

fn read(archive: &mut zip::ZipArchive<Cursor<Vec<u8>>>, name: &str) -> String {
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// Parses `xml` to the end, failing on anything ill-formed; returns the text it holds.
fn texts(xml: &str, name: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0usize;
    let mut texts = Vec::new();
    loop {
        match reader.read_event() {
            Err(e) => panic!(
                "{name} is not well-formed at {}: {e}",
                reader.buffer_position()
            ),
            Ok(Event::Eof) => break,
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth = depth.checked_sub(1).expect("an unmatched end tag"),
            Ok(Event::Text(text)) => texts.push(text.xml10_content().into_owned()),
            Ok(Event::GeneralRef(reference)) => {
                let ch = match reference.resolve_char_ref().unwrap() {
                    Some(ch) => ch,
                    None => match reference.xml10_content().as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => panic!("{name}: undefined entity &{other};"),
                    },
                };
                texts.push(ch.to_string());
            }
            Ok(_) => {}
        }
    }
    assert_eq!(depth, 0, "{name}: unclosed elements");
    texts
}
