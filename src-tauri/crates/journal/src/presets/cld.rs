//! The CLD Standards Council's competent practitioner framework as shipped data.

use super::{Preset, item};

pub(super) const CLD: Preset = Preset {
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
