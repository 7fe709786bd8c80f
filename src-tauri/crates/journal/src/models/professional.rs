//! The professional models as data: the NMC reflective account and community health.

use super::{ModelData, Stage};

pub(super) static NMC_ACCOUNT: ModelData = ModelData {
    summary: "The NMC's reflective account for revalidation, about a CPD activity, feedback or \
              an event in your practice; it must not include anything that could identify \
              anyone.",
    stages: &[
        Stage {
            key: "nature",
            title: "What was the nature of the CPD activity, practice-related feedback or \
                    event or experience in your practice?",
            prompt: "Briefly describe the activity, the feedback or the event. Leave out names \
                     and any detail that could identify a patient, a colleague or anyone else.",
            questions: &[
                "What did you take part in, or what happened?",
                "When was it, and what was your role?",
                "If it was feedback, where did it come from (a patient, a colleague, a \
                 manager) and what did it say?",
            ],
        },
        Stage {
            key: "learning",
            title: "What did you learn from the CPD activity and/or feedback and/or event or \
                    experience in your practice?",
            prompt: "Say what you learned, and why it matters to you and your practice.",
            questions: &[
                "What did you learn that was new, or see in a new light?",
                "What surprised or challenged you?",
                "How does it fit with what you already knew?",
            ],
        },
        Stage {
            key: "change",
            title: "How did you change or improve your practice as a result?",
            prompt: "Describe what you have done differently, or plan to do, because of what you \
                     learned.",
            questions: &[
                "What have you changed in your practice?",
                "What difference has it made to the people in your care, or to colleagues?",
                "What will you keep working on?",
            ],
        },
        Stage {
            key: "code",
            title: "How is this relevant to the Code?",
            prompt: "Link your learning to the Code's four themes: prioritise people, practise \
                     effectively, preserve safety, and promote professionalism and trust.",
            questions: &[
                "Which of the four themes does this relate to most closely?",
                "Which standards in the Code does it touch on?",
                "How does it help you uphold the Code day to day?",
            ],
        },
    ],
};

pub(super) static COMMUNITY_HEALTH: ModelData = ModelData {
    summary: "Takes the pulse of a community of practice you belong to, using Wenger, McDermott \
              and Snyder's seven principles for cultivating communities.",
    stages: &[
        Stage {
            key: "evolution",
            title: "Design for evolution",
            prompt: "Think about how your community has grown and changed, and whether it can \
                     keep adapting.",
            questions: &[
                "How has our community changed since it began?",
                "Which ways of organising help it grow, and which hold it back?",
                "Is there room for new topics, people and ways of working?",
            ],
        },
        Stage {
            key: "perspectives",
            title: "Open a dialogue between inside and outside perspectives",
            prompt: "Consider how well your community combines its members' inside knowledge \
                     with fresh views from outside.",
            questions: &[
                "What do we understand about our practice that only insiders can?",
                "Who from outside could bring a fresh view?",
                "When did we last learn from another community or field?",
            ],
        },
        Stage {
            key: "participation",
            title: "Invite different levels of participation",
            prompt: "Think about the different ways people take part, from the core group to \
                     those on the edges.",
            questions: &[
                "Who are the core members, and who joins in now and then?",
                "Is it all right to watch and listen for a while before joining in?",
                "How do we welcome newcomers and people on the edges?",
                "Where do I sit, and is that where I want to be?",
            ],
        },
        Stage {
            key: "spaces",
            title: "Develop both public and private community spaces",
            prompt: "Look at where the community meets: its open gatherings, and the one-to-one \
                     conversations that happen between them.",
            questions: &[
                "What happens at our shared events and in our forums?",
                "What connections happen privately, between members?",
                "Do the public and private spaces feed each other?",
            ],
        },
        Stage {
            key: "value",
            title: "Focus on value",
            prompt: "Ask what the community gives its members and the organisations around it, \
                     and whether that is talked about openly.",
            questions: &[
                "What do I get from belonging?",
                "What difference has the community made to our practice?",
                "Do we talk openly about what is, and is not, worth our time?",
            ],
        },
        Stage {
            key: "familiarity",
            title: "Combine familiarity and excitement",
            prompt: "Consider the balance between comfortable routines and the spark of \
                     something new.",
            questions: &[
                "Which familiar activities make people feel at home?",
                "What has brought fresh energy lately?",
                "Is it time for something different to liven things up?",
            ],
        },
        Stage {
            key: "rhythm",
            title: "Create a rhythm for the community",
            prompt: "Think about the pace of the community's life: how often it meets and talks, \
                     and whether that suits its members.",
            questions: &[
                "How regular are our meetings and exchanges?",
                "Does the pace feel right, or too busy, or too quiet?",
                "Which events or habits give the community its heartbeat?",
            ],
        },
    ],
};
