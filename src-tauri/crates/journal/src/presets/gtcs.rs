//! The GTCS Standard for Full Registration as shipped data.

use super::{Preset, item};

pub(super) const GTCS: Preset = Preset {
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
