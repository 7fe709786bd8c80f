//! The classic cycles as data: Gibbs, Rolfe, Driscoll and Kolb.

use super::{ModelData, Stage};

pub(super) static GIBBS: ModelData = ModelData {
    summary: "A six-stage cycle from what happened to a plan for next time; a good all-round \
              choice for reflecting on a single event or experience.",
    stages: &[
        Stage {
            key: "description",
            title: "Description",
            prompt: "Set the scene. Say what happened, plainly, without judging it yet.",
            questions: &[
                "What happened, where and when?",
                "Who was involved, and what was your part in it?",
                "What was the outcome?",
            ],
        },
        Stage {
            key: "feelings",
            title: "Feelings",
            prompt: "Be honest about what you were thinking and feeling, at the time and since. \
                     There are no wrong feelings here.",
            questions: &[
                "How did you feel before, during and after?",
                "What were you thinking at the time?",
                "How do you think other people felt?",
                "How do you feel about it now?",
            ],
        },
        Stage {
            key: "evaluation",
            title: "Evaluation",
            prompt: "Weigh the experience up: what went well, and what went less well.",
            questions: &[
                "What was good about the experience?",
                "What was difficult, or did not go so well?",
                "How did you and others contribute to the way it went?",
            ],
        },
        Stage {
            key: "analysis",
            title: "Analysis",
            prompt: "Make sense of it. Explore why things went as they did, drawing on your \
                     knowledge, on theory and on what others have found.",
            questions: &[
                "Why did things go well, or not so well?",
                "What helped, and what got in the way?",
                "What do theory, research or guidance say about situations like this?",
                "How does this compare with other experiences you have had?",
            ],
        },
        Stage {
            key: "conclusion",
            title: "Conclusion",
            prompt: "Draw together what you have learned, about the situation and about \
                     yourself.",
            questions: &[
                "What have you learned from this?",
                "What else could you have done?",
                "What skills or knowledge would have helped?",
            ],
        },
        Stage {
            key: "action_plan",
            title: "Action plan",
            prompt: "Look ahead. Decide what you will do if something similar happens, and how \
                     you will prepare for it.",
            questions: &[
                "If it happened again, what would you do differently, and what the same?",
                "What will you do to build the skills or knowledge you need?",
                "What is your first step, and by when?",
            ],
        },
    ],
};

pub(super) static ROLFE: ModelData = ModelData {
    summary: "Three short questions for a quick, focused reflection when time is tight, moving \
              from describing to understanding to acting.",
    stages: &[
        Stage {
            key: "what",
            title: "What?",
            prompt: "Describe the situation and your part in it.",
            questions: &[
                "What happened?",
                "What was I trying to achieve?",
                "What did I do, and how did others respond?",
                "What was good or difficult about it?",
            ],
        },
        Stage {
            key: "so_what",
            title: "So what?",
            prompt: "Think about what it means: what it tells you about yourself, your practice \
                     and the people you work with.",
            questions: &[
                "So what does this tell me about my practice, or about me?",
                "So what was I thinking and feeling, and how did that shape what I did?",
                "So what knowledge or ideas help me make sense of it?",
                "So what else could I have done?",
            ],
        },
        Stage {
            key: "now_what",
            title: "Now what?",
            prompt: "Decide what comes next, so that the learning carries into your practice.",
            questions: &[
                "Now what do I need to do to make things better?",
                "Now what will I do differently next time?",
                "Now what might the wider effects of my choices be?",
                "Now what do I need to learn or find out?",
            ],
        },
    ],
};

pub(super) static DRISCOLL: ModelData = ModelData {
    summary: "What? So what? Now what? with trigger questions that lead from an experience to \
              action; often used in clinical supervision.",
    stages: &[
        Stage {
            key: "what",
            title: "What?",
            prompt: "Return to the situation and describe it as it was, in your own words.",
            questions: &[
                "What is my purpose in returning to this situation?",
                "What exactly happened?",
                "What did I see, and what did I do?",
                "What was my reaction to it?",
                "What did other people do?",
            ],
        },
        Stage {
            key: "so_what",
            title: "So what?",
            prompt: "Step back and make sense of the event: what it meant then, and what it \
                     means to you now.",
            questions: &[
                "How did I feel at the time, and has that changed?",
                "What effect did my actions, or my not acting, have?",
                "What good came out of the situation, for me and for others?",
                "Is anything still troubling me, and if so, what?",
                "What past experiences does this bring back?",
            ],
        },
        Stage {
            key: "now_what",
            title: "Now what?",
            prompt: "Consider what you will do with what you have learned.",
            questions: &[
                "What are the implications for me, my colleagues, the people I work with?",
                "What needs to happen to change the situation?",
                "What difference does it make if I choose to do nothing?",
                "Where can I find out more to face a similar situation again?",
                "What is the main thing I take away from this?",
            ],
        },
    ],
};

pub(super) static KOLB: ModelData = ModelData {
    summary: "A learning cycle that turns experience into ideas you can test; useful when you \
              want to try something new in practice and learn from how it goes.",
    stages: &[
        Stage {
            key: "concrete_experience",
            title: "Concrete experience",
            prompt: "Describe the experience itself: what you did, saw and heard.",
            questions: &[
                "What did you do or take part in?",
                "What happened, step by step?",
                "What was new or unfamiliar about it?",
            ],
        },
        Stage {
            key: "reflective_observation",
            title: "Reflective observation",
            prompt: "Look back on the experience from different angles before drawing any \
                     conclusions.",
            questions: &[
                "What did you notice, in yourself and in others?",
                "How might the other people involved see it?",
                "What went as you expected, and what did not?",
            ],
        },
        Stage {
            key: "abstract_conceptualisation",
            title: "Abstract conceptualisation",
            prompt: "Make sense of what you observed by linking it to ideas, theory or \
                     principles you know or have looked up.",
            questions: &[
                "What patterns or explanations can you see?",
                "What theory, research or guidance helps explain what happened?",
                "What general lesson could you draw from this?",
            ],
        },
        Stage {
            key: "active_experimentation",
            title: "Active experimentation",
            prompt: "Plan how you will put your new understanding to the test in practice.",
            questions: &[
                "What will you try next time?",
                "How will you know whether it has worked?",
                "When and where will you try it?",
            ],
        },
    ],
};
