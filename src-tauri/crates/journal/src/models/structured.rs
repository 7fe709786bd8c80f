//! The structured models as data: Schön, Johns and Brookfield.

use super::{ModelData, Stage};

pub(super) static SCHON: ModelData = ModelData {
    summary: "Separates the thinking you did in the moment from the thinking you do afterwards; \
              useful when you had to think on your feet.",
    stages: &[
        Stage {
            key: "in_action",
            title: "Reflection in action",
            prompt: "Go back to the moment itself. Recall how you noticed, thought and adjusted \
                     while things were happening.",
            questions: &[
                "What did you notice in the moment that made you stop and think?",
                "What did you draw on to decide what to do there and then?",
                "How did you change course as things unfolded?",
                "What surprised you?",
            ],
        },
        Stage {
            key: "on_action",
            title: "Reflection on action",
            prompt: "Now, with time to think, look back at what happened and at what you did.",
            questions: &[
                "Looking back, why did you act as you did?",
                "What would you do the same, or differently, now?",
                "What do you know now that you did not know then?",
                "What will you take into similar situations in future?",
            ],
        },
    ],
};

pub(super) static JOHNS: ModelData = ModelData {
    summary: "Cue questions that look at an experience through several ways of knowing; suits \
              deeper reflection, often with a supervisor or mentor.",
    stages: &[
        Stage {
            key: "looking_in",
            title: "Looking in",
            prompt: "Find a quiet space and notice your own thoughts and feelings before you \
                     begin. Write them down as they come.",
            questions: &[
                "What thoughts and feelings am I bringing to this?",
                "What is on my mind as I start?",
                "What do I need in order to give this my attention?",
            ],
        },
        Stage {
            key: "looking_out",
            title: "Looking out",
            prompt: "Describe the situation, then pick out what seems to matter most.",
            questions: &[
                "What happened, as I would tell it to a colleague?",
                "Which parts of it seem significant, and why?",
            ],
        },
        Stage {
            key: "aesthetics",
            title: "Aesthetics",
            prompt: "Consider the art of what you did: what you were aiming for, how you \
                     responded, and the effect on others.",
            questions: &[
                "What was I trying to achieve?",
                "Why did I respond as I did?",
                "What were the consequences for the people involved, for others and for me?",
                "How were others feeling, and how did I know?",
            ],
        },
        Stage {
            key: "personal",
            title: "Personal",
            prompt: "Consider yourself within the situation.",
            questions: &[
                "Why did I feel the way I did?",
                "What in me, such as my values, history or mood, shaped how I acted?",
            ],
        },
        Stage {
            key: "ethics",
            title: "Ethics",
            prompt: "Consider whether you acted well, and what was pulling on you.",
            questions: &[
                "Did I act for the best?",
                "What influenced me, from within myself or from around me?",
                "Whose interests came first, and why?",
            ],
        },
        Stage {
            key: "empirics",
            title: "Empirics",
            prompt: "Consider the knowledge that informed you, or could have.",
            questions: &[
                "What knowledge did I draw on?",
                "What research, guidance or experience could have helped me?",
                "Where can I find out more?",
            ],
        },
        Stage {
            key: "reflexivity",
            title: "Reflexivity",
            prompt: "Connect this experience with others, and with how you want to practise \
                     from now on.",
            questions: &[
                "How does this connect with earlier experiences?",
                "How could I handle a situation like this better?",
                "What might have happened had I acted differently?",
                "How do I feel about this experience now?",
                "How can I better support myself and others as a result?",
            ],
        },
    ],
};

pub(super) static BROOKFIELD: ModelData = ModelData {
    summary: "Looks at your practice through four lenses (your own experience, the people you \
              work with, colleagues and theory) to bring hidden assumptions to light.",
    stages: &[
        Stage {
            key: "autobiographical",
            title: "Your own experience",
            prompt: "Look at the situation through your own story, as a practitioner and as a \
                     learner yourself.",
            questions: &[
                "What in my own experience of learning shapes how I see this?",
                "What am I assuming, and where does that come from?",
                "When have I been in a position like that of the people I work with?",
            ],
        },
        Stage {
            key: "learners",
            title: "Learners' eyes",
            prompt: "See your practice through the eyes of the people you work with, whether \
                     learners, participants, patients or community members.",
            questions: &[
                "How might the people I work with have experienced this?",
                "What have they told me, in words or otherwise?",
                "What might they find hard to say to me?",
                "How could I find out more about how they see it?",
            ],
        },
        Stage {
            key: "colleagues",
            title: "Colleagues' eyes",
            prompt: "Invite the views of colleagues and peers, who may notice what you cannot.",
            questions: &[
                "What would a trusted colleague notice about how I handled this?",
                "How have colleagues dealt with similar situations?",
                "Who could I ask for honest feedback?",
            ],
        },
        Stage {
            key: "theory",
            title: "Theory and research",
            prompt: "Bring in reading, research and theory to name what is going on and to test \
                     your assumptions.",
            questions: &[
                "What theory or research helps explain this?",
                "Does what I have read confirm my assumptions, or challenge them?",
                "What new way of seeing this does it offer?",
            ],
        },
    ],
};
