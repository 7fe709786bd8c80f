//! HCPC's standards for continuing professional development as shipped data.

use super::{Preset, item};

pub(super) const HCPC: Preset = Preset {
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
