//! The professional frameworks shipped with Cairn, as data. They are put in every journal
//! when it opens, with stable ids, and are read-only: the user links entries to their items.

use rusqlite::{Connection, params};
use uuid::Uuid;

use crate::error::Result;
use crate::row;

/// The namespace of preset ids: a framework's id is `v5(NAMESPACE, key)`, an item's is
/// `v5(NAMESPACE, "key/code")`. Never change it: links to preset items depend on it.
const NAMESPACE: Uuid = Uuid::from_u128(0x08b9_cfb7_0316_4a8c_9df8_21ee_eb4c_7dbd);

/// The keys of the shipped frameworks, in the order they are listed.
pub const PRESET_KEYS: &[&str] = &["cld", "nmc", "hcpc", "gtcs"];

/// The id of the shipped framework with `key` ("cld", "nmc", "hcpc", "gtcs").
pub fn preset_framework_id(key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, key.as_bytes())
}

/// The id of the item with `code` in the shipped framework with `key` ("cld", "C1").
pub fn preset_item_id(key: &str, code: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{key}/{code}").as_bytes())
}

/// Where a framework comes in the list: presets in shipped order, then the user's.
/// The preset framework a professional body's profile is measured against.
pub(crate) fn key_for(body: crate::ProfileBody) -> Option<&'static str> {
    match body {
        crate::ProfileBody::Cld => Some("cld"),
        crate::ProfileBody::Nmc => Some("nmc"),
        crate::ProfileBody::Hcpc => Some("hcpc"),
        crate::ProfileBody::Gtcs => Some("gtcs"),
        crate::ProfileBody::Custom => None,
    }
}

pub(crate) fn rank(preset: Option<&str>) -> usize {
    preset
        .and_then(|key| PRESET_KEYS.iter().position(|k| *k == key))
        .unwrap_or(PRESET_KEYS.len())
}

/// A shipped framework.
struct Preset {
    key: &'static str,
    name: &'static str,
    body: &'static str,
    description: &'static str,
    /// Parents before their children.
    items: &'static [Item],
}

/// One item of a shipped framework; `parent` is the parent's code.
struct Item {
    code: &'static str,
    title: &'static str,
    description: &'static str,
    parent: Option<&'static str>,
}

const fn item(
    code: &'static str,
    title: &'static str,
    parent: Option<&'static str>,
    description: &'static str,
) -> Item {
    Item {
        code,
        title,
        description,
        parent,
    }
}

const PRESETS: &[Preset] = &[CLD, NMC, HCPC, GTCS];

const CLD: Preset = Preset {
    key: "cld",
    name: "CLD competences and values",
    body: "CLD Standards Council Scotland",
    description: "The competent practitioner framework for community learning and development \
        in Scotland: the seven competences of CLD practice and the five values that underpin \
        them. Registration is renewed every three years with a record of professional learning \
        and a critical review with a verifier.",
    items: &[
        item(
            "C",
            "Competences",
            None,
            "What a competent CLD practitioner is able to do.",
        ),
        item(
            "C1",
            "Know and understand the community in which we work",
            Some("C"),
            "Understanding the people, groups, needs, assets and issues of the community, and \
             the wider context that shapes them.",
        ),
        item(
            "C2",
            "Build and maintain relationships with individuals and groups",
            Some("C"),
            "Making and keeping relationships of trust with individuals and groups, based on \
             the values of CLD.",
        ),
        item(
            "C3",
            "Provide learning and development opportunities in a range of contexts",
            Some("C"),
            "Planning, offering and reviewing learning that starts from where learners are.",
        ),
        item(
            "C4",
            "Facilitate and promote community empowerment",
            Some("C"),
            "Supporting people to take action together on the issues that affect them.",
        ),
        item(
            "C5",
            "Organise and manage resources",
            Some("C"),
            "Using people, time, money and materials well and accountably.",
        ),
        item(
            "C6",
            "Develop and support collaborative working",
            Some("C"),
            "Working in partnership with other practitioners, agencies and communities.",
        ),
        item(
            "C7",
            "Evaluate and inform practice",
            Some("C"),
            "Reviewing what was done and what difference it made, and using that to improve \
             practice and inform others.",
        ),
        item(
            "V",
            "Values",
            None,
            "The values that underpin all CLD practice.",
        ),
        item(
            "V1",
            "Self-determination",
            Some("V"),
            "Respecting individuals and their right to make their own choices.",
        ),
        item(
            "V2",
            "Inclusion",
            Some("V"),
            "Valuing equality of opportunity and of outcome, and challenging discrimination.",
        ),
        item(
            "V3",
            "Empowerment",
            Some("V"),
            "Increasing the ability of individuals and groups to influence the issues that \
             affect them and their communities, alone or together.",
        ),
        item(
            "V4",
            "Working collaboratively",
            Some("V"),
            "Making the most of working relationships between the many partners in CLD, \
             including learners, participants and communities.",
        ),
        item(
            "V5",
            "Promotion of learning as a lifelong activity",
            Some("V"),
            "Making sure people know about learning opportunities and can take them up at any \
             stage of life.",
        ),
    ],
};

const NMC: Preset = Preset {
    key: "nmc",
    name: "The Code",
    body: "Nursing and Midwifery Council (NMC)",
    description: "Professional standards of practice and behaviour for nurses, midwives and \
        nursing associates. Each written reflective account for revalidation says how the \
        learning relates to the Code's four themes.",
    items: &[
        item(
            "1",
            "Prioritise people",
            None,
            "Put the interests of people using or needing services first: treat them as \
             individuals and uphold their dignity, listen and respond to their preferences and \
             concerns, see that their physical, social and psychological needs are assessed \
             and met, act in their best interests, and respect their privacy and \
             confidentiality (standards 1 to 5).",
        ),
        item(
            "2",
            "Practise effectively",
            None,
            "Assess need and deliver or advise on care without undue delay, on the best \
             available evidence: communicate clearly, work cooperatively, share skills and \
             experience, keep clear and accurate records, be accountable for delegation and \
             have indemnity cover (standards 6 to 12).",
        ),
        item(
            "3",
            "Preserve safety",
            None,
            "Protect the safety of patients and the public: work within the limits of your \
             competence, be open and candid when things go wrong, help in an emergency, act \
             without delay on risks, raise concerns about people who are vulnerable, handle \
             medicines within your training and the law, and reduce the potential for harm \
             (standards 13 to 19).",
        ),
        item(
            "4",
            "Promote professionalism and trust",
            None,
            "Uphold the reputation of your profession: act with honesty and integrity, fulfil \
             registration requirements, cooperate with investigations and audits, respond to \
             complaints, and lead to protect people's wellbeing and improve their care \
             (standards 20 to 25).",
        ),
    ],
};

const HCPC: Preset = Preset {
    key: "hcpc",
    name: "Standards for continuing professional development",
    body: "Health and Care Professions Council (HCPC)",
    description: "The five standards a registrant's CPD must meet. At audit the registrant \
        sends a profile: a summary of their practice and a statement of how they meet the \
        standards, with evidence.",
    items: &[
        item(
            "1",
            "Keep a continuous, up-to-date and accurate record of CPD activities",
            None,
            "A dated, chronological record; gaps of three months or more are explained.",
        ),
        item(
            "2",
            "Show that CPD is a mixture of learning activities relevant to current or future \
             practice",
            None,
            "At least two kinds of activity: work-based, professional, formal or educational, \
             self-directed, or other.",
        ),
        item(
            "3",
            "Seek to ensure that CPD has contributed to the quality of practice and service \
             delivery",
            None,
            "",
        ),
        item(
            "4",
            "Seek to ensure that CPD benefits the service user",
            None,
            "",
        ),
        item(
            "5",
            "On request, present a written profile explaining how the standards have been met",
            None,
            "The profile must be the registrant's own work and supported by evidence.",
        ),
    ],
};

const GTCS: Preset = Preset {
    key: "gtcs",
    name: "Standard for Full Registration",
    body: "General Teaching Council for Scotland (GTCS)",
    description: "The Professional Standards for teachers in Scotland, by the three sections of \
        the Standard for Full Registration. Professional Update asks for an annual record of \
        professional learning and its impact, discussed at the PRD.",
    items: &[
        item(
            "1",
            "Professional values and personal commitment",
            None,
            "The values at the heart of teaching in Scotland and the commitment to \
             career-long professional learning.",
        ),
        item(
            "1.1",
            "Social justice",
            Some("1"),
            "Fair, inclusive and sustainable practice; respect for diversity and for the \
             rights of every learner.",
        ),
        item(
            "1.2",
            "Trust and respect",
            Some("1"),
            "Acting and providing opportunities for others to act in ways that respect \
             individuals and build trust.",
        ),
        item(
            "1.3",
            "Integrity",
            Some("1"),
            "Honesty, openness and critical questioning of one's own and others' assumptions \
             and practice.",
        ),
        item(
            "1.4",
            "Professional commitment",
            Some("1"),
            "Engaging with all aspects of professional practice and working collegiately, with \
             enquiry and reflection part of career-long learning.",
        ),
        item("2", "Professional knowledge and understanding", None, ""),
        item(
            "2.1",
            "Curriculum",
            Some("2"),
            "The nature and development of the curriculum, its areas and cross-curricular \
             responsibilities (literacy, numeracy, health and wellbeing), and assessment.",
        ),
        item(
            "2.2",
            "Education systems and professional responsibilities",
            Some("2"),
            "The Scottish education system, policy and the teacher's responsibilities within \
             it.",
        ),
        item(
            "2.3",
            "Pedagogical theories and practice",
            Some("2"),
            "Educational principles and theories of learning, and the place of research and \
             professional enquiry.",
        ),
        item("3", "Professional skills and abilities", None, ""),
        item(
            "3.1",
            "Teaching and learning",
            Some("3"),
            "Planning and teaching coherent, progressive and stimulating programmes with high \
             expectations of every learner.",
        ),
        item(
            "3.2",
            "Classroom organisation and management",
            Some("3"),
            "A safe, caring and purposeful learning environment and positive relationships \
             with learners.",
        ),
        item(
            "3.3",
            "Pupil assessment",
            Some("3"),
            "Using assessment, recording and reporting to improve learning and teaching.",
        ),
        item(
            "3.4",
            "Professional reflection and communication",
            Some("3"),
            "Reading and engaging critically with research and policy, and reflective practice \
             that develops career-long professional learning.",
        ),
    ],
};

/// Puts every shipped framework into the journal, adding what is missing and bringing the
/// wording of what is there up to date; writes nothing when all is current. Returns the
/// connection so opening can chain it.
pub(crate) fn installed(conn: Connection) -> Result<Connection> {
    install(&conn)?;
    Ok(conn)
}

pub(crate) fn install(conn: &Connection) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    let now = row::now();
    for preset in PRESETS {
        let framework_id = preset_framework_id(preset.key).to_string();
        tx.execute(
            "INSERT INTO framework (id, preset, name, body, description, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, body = excluded.body,
                description = excluded.description, updated_at = excluded.updated_at
             WHERE name IS NOT excluded.name OR body IS NOT excluded.body
                OR description IS NOT excluded.description",
            params![
                framework_id,
                preset.key,
                preset.name,
                preset.body,
                preset.description,
                now
            ],
        )?;
        let mut upsert = tx.prepare_cached(
            "INSERT INTO framework_item (id, framework_id, parent_id, code, title, description,
                position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id,
                code = excluded.code, title = excluded.title,
                description = excluded.description, position = excluded.position
             WHERE parent_id IS NOT excluded.parent_id OR code IS NOT excluded.code
                OR title IS NOT excluded.title OR description IS NOT excluded.description
                OR position IS NOT excluded.position",
        )?;
        for (position, item) in preset.items.iter().enumerate() {
            upsert.execute(params![
                preset_item_id(preset.key, item.code).to_string(),
                framework_id,
                item.parent
                    .map(|parent| preset_item_id(preset.key, parent).to_string()),
                item.code,
                item.title,
                item.description,
                position as i64
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{self, FrameworkFields, ItemFields};

    #[test]
    fn every_preset_keeps_the_rules_of_user_frameworks() {
        for preset in PRESETS {
            let fields = FrameworkFields {
                name: preset.name.into(),
                body: preset.body.into(),
                description: preset.description.into(),
                items: preset
                    .items
                    .iter()
                    .map(|item| ItemFields {
                        id: None,
                        code: item.code.into(),
                        title: item.title.into(),
                        description: item.description.into(),
                        parent: item.parent.map(Into::into),
                    })
                    .collect(),
            };
            let checked = framework::check(&fields);
            assert!(checked.is_ok(), "{}: {checked:?}", preset.key);
            for (index, item) in preset.items.iter().enumerate() {
                if let Some(parent) = item.parent {
                    let before = preset.items[..index].iter().any(|p| p.code == parent);
                    assert!(
                        before,
                        "{}/{}: the parent comes first",
                        preset.key, item.code
                    );
                }
            }
        }
        let keys: Vec<&str> = PRESETS.iter().map(|p| p.key).collect();
        assert_eq!(keys, PRESET_KEYS, "the listed keys are the shipped presets");
    }

    #[test]
    fn preset_ids_never_change() {
        // Entries link to these ids: a different namespace or name scheme would orphan them.
        assert_eq!(
            preset_item_id("cld", "C1"),
            Uuid::new_v5(&NAMESPACE, b"cld/C1"),
            "an item's id is v5 of \"key/code\""
        );
        assert_eq!(
            NAMESPACE.to_string(),
            "08b9cfb7-0316-4a8c-9df8-21eeeb4c7dbd",
            "the namespace is fixed"
        );
    }
}
