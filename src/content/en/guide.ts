import type { GuideContent, Rich } from '../types.js';

// Shared blocks, so the jurisdiction variants below only add to the generic text.

const beforeHappens: Rich = [
  'First, you look for a therapist who feels right for you. You might search online, ask your doctor, or ask someone you trust.',
  'Many therapists offer a short call before you book. It is often free. It is a chance to ask questions and get a feel for them. You do not have to decide anything on the call.',
  'Before your first session, you may get some forms to fill in. They may ask about your health and what brings you to therapy. There is often a consent form too. It sets out how therapy works and what you agree to.',
];

const ongoingHappens: Rich = [
  'You keep working towards your goals. Sessions may look different from week to week.',
  'From time to time, you and your therapist look back at how things are going. You can change your goals if they no longer fit.',
  'Some types of therapy, like CBT, use small tasks between sessions. This might mean trying something new, or noting how you feel during the week.',
];

export const guide: GuideContent = {
  title: 'What to expect in therapy',
  intro:
    'Therapy can feel new and a bit scary. This guide walks you through it, one step at a time. Go at your own pace, and read as much or as little as you like.',
  stages: [
    {
      id: 'before',
      title: 'Before you start',
      summary: 'Finding the right person and getting ready to start.',
      happens: {
        generic: beforeHappens,
        uk: [
          ...beforeHappens,
          'In England, you can also refer yourself to NHS Talking Therapies. The first step is a talk of about 30 minutes, called an assessment. It is often by phone. It helps you and the service work out what might suit you.',
          'In other parts of the UK, services work in different ways. Your GP can tell you what is on offer near you.',
        ],
        us: [
          ...beforeHappens,
          'If you plan to use insurance, you may want to check what your plan covers first.',
          'If you pay for therapy yourself, you usually have the right to a Good Faith Estimate. This is a written estimate of what your care may cost. You can ask for one before you start.',
        ],
      },
      therapist: [
        'Your therapist, or someone at {practice}, answers your first message or call.',
        'On a first call, they may ask a little about what brings you. They can tell you how they work, what it costs and what happens next. You only share what you want to.',
        'They send any forms ahead of time. They can explain any part that is not clear.',
        'If they think another service would suit you better, they may tell you and help you find it.',
      ],
      you: [
        'It is fine to ask who a therapist is licensed or registered with. You can then check this for yourself.',
        'You can write down a few things you want to ask. The "Prepare for your first session" list in this guide can help.',
        'You do not need to bring anything. Some people bring their questions, a notebook, or a list of any medicines they take.',
        {
          format: 'online',
          block:
            'For your sessions, try to find a quiet, private spot. Headphones can help. Check your device, charger and internet a little before you start.',
          both: 'If you meet online, try to find a quiet, private spot. Headphones can help. Check your device, charger and internet a little before you start.',
        },
      ],
      feelings: [
        'It is normal to feel nervous or unsure. Some people even want to cancel. Many people feel this way before they start.',
        'Reaching out can take a lot. You can take your time, and you can change your mind at any point.',
        'If you feel unsafe while you wait, please do not wait to get help. You can call a crisis line or your local emergency number.',
      ],
      questions: [
        'Who are you licensed or registered with?',
        'Can we have a short call before I book?',
        'What do you charge, and what if I need to cancel?',
        { format: 'both', line: 'Do you see people in person, online, or both?' },
        'Have you worked with people with worries like mine?',
      ],
    },
    {
      id: 'first-session',
      title: 'First session',
      summary: 'Getting to know each other and talking about what you want.',
      happens: [
        'The first session is mostly about getting to know each other. It may feel like a chat with some questions.',
        'Your therapist may ask what brings you to therapy, and a little about your life and health. You can answer as much or as little as you like.',
        'You may also talk about what you hope will change. These are your goals. They do not need to be clear yet.',
      ],
      therapist: [
        'Your therapist explains how therapy will work. They may talk about these things.',
        {
          list: [
            'What training they have, and the professional body they belong to.',
            'What stays private, and the few times it may not.',
            'The type of therapy they offer, and how it works.',
            'How many sessions you might have. Sessions at {practice} often last about {minutes} minutes.',
            'What happens if you miss a session or need to cancel.',
            'The fees, and how and when to pay.',
          ],
        },
        'They may ask if there is anything that would make sessions easier for you. This might be about access, language or timing.',
      ],
      you: [
        'You can ask any question, at any time. No question is silly.',
        'It works both ways. You are also deciding if this therapist feels right for you.',
        'You set the pace. You do not have to share everything, or talk about hard things, until you are ready.',
        'It is fine to say "I don\'t know" or "I\'m not ready to talk about that."',
        'If it does not feel right, you can say so, try one more session, or look for someone else. The choice is yours.',
      ],
      feelings: [
        'Many people feel nervous, shy or unsure what to say. Your therapist is used to this and can help you start.',
        'You might feel relief after talking. Or you might feel tired or a bit raw. Both are normal.',
        'It is fine if the first session feels awkward. It often gets easier.',
      ],
      questions: [
        'What stays private, and when might you need to share something?',
        'What type of therapy do you use, and how does it work?',
        'How many sessions do you think I might need?',
        'What happens if I miss a session?',
        'What if I am not ready to talk about some things?',
      ],
    },
    {
      id: 'early-sessions',
      title: 'Early sessions',
      summary: 'Building trust and agreeing on how you will work.',
      happens: [
        'In the first few weeks, you and your therapist get to know each other. Trust takes time, and you build it together.',
        'Sessions are often once a week. You agree on your goals and on how you will work on them.',
        'Your therapist may plan regular reviews. This is a time to look at how things are going, together.',
      ],
      therapist: [
        'Your therapist works to help you feel safe. In practice, it may look like this.',
        {
          list: [
            'Active listening: they pay close attention, and check that they have understood you.',
            'Empathy: they try to see things from your side, without judging you.',
            'Privacy: they keep what you say private, within the limits they told you about.',
            'Being steady: they are on time, keep to what you agreed, and tell you about any changes.',
          ],
        },
        'Many therapists talk about their work with a supervisor. This is a skilled colleague who helps them give good care. It is a normal part of good practice. They usually leave out details that would show who you are.',
      ],
      you: [
        'You can go slowly. It is fine to take time before you talk about hard things.',
        'You can ask to pause, take a break or change the subject at any time.',
        'After a session, it can help to plan something gentle, like a walk, a rest or a warm drink.',
        'If you feel unsafe between sessions, you do not have to wait. You can call a crisis line or your local emergency number.',
      ],
      feelings: [
        'Feeling tired or emotional after a session is normal. Some people cry. This is common, and it does not mean anything is wrong.',
        'Some weeks may feel harder before things feel easier.',
        'You might not be sure yet if it is working. That is common early on, and you can talk about it in your next session.',
      ],
      questions: [
        'How will we know if therapy is helping?',
        'What are we working on, and how?',
        'What do you share with your supervisor?',
        'Can we go more slowly?',
        'What can I do if I feel low between sessions?',
      ],
    },
    {
      id: 'ongoing',
      title: 'Ongoing therapy',
      summary: 'Working towards your goals and checking how it is going.',
      happens: {
        generic: ongoingHappens,
        uk: [
          ...ongoingHappens,
          'NHS services often offer 6 to 10 sessions. Private therapy may be shorter or longer. It depends on what you need.',
        ],
      },
      therapist: [
        'Your therapist helps you notice what is changing, and what still feels stuck.',
        'They ask for your feedback and they welcome it, even when it is hard to say.',
        'If there are tasks between sessions, they plan them with you. The tasks should fit your life. You can say if one feels like too much.',
        'They keep checking that the plan still suits you.',
      ],
      you: [
        'You can give feedback at any time. For example, "That helped" or "That did not feel right."',
        'Trust can be hard if people have hurt you or let you down in the past. That makes sense. You can say so, and your therapist can go at your pace.',
        'You can ask how things are going, or ask to change the plan.',
        'You can take a break, stop, or see someone else. You do not need to give a reason, but it can help to talk it through.',
      ],
      feelings: [
        'Change is often not a straight line. Good weeks and hard weeks are both part of it.',
        'At times you may feel close to your therapist, or cross with them. Both are normal, and both are fine to talk about.',
        'If it feels like nothing is changing, you can bring that up. It helps your therapist to know.',
      ],
      questions: [
        'How are we doing with my goals?',
        'Can we try a different way of working?',
        'What is this task for, and can we change it?',
        'How many more sessions do you think I need?',
        'What if I find it hard to trust you?',
      ],
    },
    {
      id: 'ending',
      title: 'Ending',
      summary: 'Looking back at how far you have come, and planning ahead.',
      happens: [
        'Often, the end of therapy is planned. You and your therapist agree on it together, with time to get ready.',
        'You look back at what has changed, and what you have learned.',
        'You make a plan for hard times. It may list signs to watch for, and things that help.',
        'Some therapists offer a follow-up session a few weeks or months later.',
      ],
      therapist: [
        'Your therapist helps you see how far you have come.',
        'They help you plan for setbacks, so you know what to do if things get hard again.',
        'They talk with you about other support in your life.',
        'They tell you if, and how, you can come back.',
      ],
      you: [
        'You can say when you feel ready to stop. You can also ask to keep going for a while, or to have sessions less often.',
        'You can choose how you want to end. Some people like to talk about what the work has meant to them.',
        'You can end sooner than planned. If you can, tell your therapist, so they can help you plan your next steps.',
        'Coming back later is fine. Many people come back when life changes.',
      ],
      feelings: [
        'Ending can bring mixed feelings. You might feel proud, sad, relieved or a bit worried. All of these are normal.',
        'A setback after therapy does not mean it failed. Your plan is there to help you.',
      ],
      questions: [
        'How will we know it is time to end?',
        'What should I do if things get hard again?',
        'Can we have a follow-up session?',
        'Can I come back later if I need to?',
      ],
    },
  ],
  blockHeadings: {
    happens: 'What happens',
    therapist: 'What your therapist does',
    you: 'What you can do',
    feelings: 'Common feelings',
    questions: 'Questions you might ask',
  },
  prep: {
    title: 'Prepare for your first session',
    intro:
      'Tick the questions you want to ask. You do not have to ask them all. Questions are always welcome.',
    questions: [
      {
        id: 'qualifications',
        text: 'What training do you have, and who are you licensed or registered with?',
      },
      { id: 'experience', text: 'Have you worked with people with worries like mine?' },
      { id: 'approach', text: 'What type of therapy do you use, and how does it work?' },
      {
        id: 'confidentiality-limits',
        text: 'What stays private, and when might you have to share something?',
      },
      { id: 'session-count', text: 'How many sessions might I need, and how often?' },
      {
        id: 'fees-cancellation',
        text: 'What are your fees, and what happens if I need to cancel?',
      },
      { id: 'contact-between', text: 'Can I contact you between sessions, and how?' },
      { id: 'online-privacy', text: 'If we meet online, how do you keep our sessions private?' },
    ],
    hopesLabel: 'What do you hope will change?',
    hopesHint: 'A few words are enough. It is fine if you are not sure yet.',
    privacyNote:
      'What you write here stays on this page. It is not saved or sent anywhere, and if you reload the page it is cleared.',
  },
};
