//! The NMC Code as shipped data.

use super::{Preset, item};

pub(super) const NMC: Preset = Preset {
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
