import type { ConfidentialityContent, Rich, Text } from '../types.js';

// Shared blocks, so the jurisdiction variants below only change what differs by law.

const talkFirst: Text =
  'Where it is safe and lawful, your therapist will normally talk with you first, before sharing anything. They would share only what is needed. And they would share it only with the people who need to know.';

const suicideNote: Text =
  'Talking about thoughts of suicide does not by itself mean anything is shared. Your therapist wants to hear about these thoughts. Most often, you make a safety plan together. If you need help right now, please call your local emergency number or a crisis line.';

const askLimits: Text =
  'You are welcome to ask how these limits work at {practice}. You can ask before you share anything.';

const courtLine: Text = 'Courts. A court may order a therapist to share records.';

const recordsBase: Rich = [
  'Your therapist keeps a record of your sessions. It usually holds your contact details, the dates you met and short notes about what you worked on. It is kept safe, on paper or on a secure computer system.',
  'Only people who need your record for your care can usually see it. This may be your therapist and a few office staff. Others usually need your agreement, except in the rare cases where information may be shared.',
  'How long records are kept varies by place and profession. You can ask how long they are kept at {practice}.',
];

const supervisionBody: Rich = [
  'Most therapists talk about their work with a supervisor or a trusted colleague. This is a normal part of good, safe practice. It helps your therapist give you the best care they can.',
  'When they do this, they usually leave out details that could identify you, like your name. The supervisor must also keep what they hear private.',
  'You can ask your therapist who they talk with and how it works.',
];

const onlineBody: Rich = [
  'Online sessions can be private too. Your therapist should use a secure video platform and join from a private room.',
  'There are also things you can do on your side:',
  {
    list: [
      'Find a space where others cannot hear you. Some people use a parked car.',
      'Use headphones, so only you can hear your therapist.',
      'Use your own device if you can.',
      'On a shared device, do not save your password, and log out when you finish.',
      'Agree on a word or sign you can use if someone walks in.',
    ],
  },
  'If privacy at home is hard, tell your therapist. Together you can find a way that feels safe.',
];

const parentAsk: Text =
  'You can ask your therapist what your parent can and cannot be told. It is a good question to ask early.';

const insurerAsk: Text = 'You can ask what would be shared before you decide how to pay.';

const doctorAsk: Text =
  'You can ask what is shared with doctors at {practice}, and you can say what you would prefer.';

export const confidentiality: ConfidentialityContent = {
  title: 'Your privacy in therapy',
  intro:
    'Most people want to know what stays private in therapy. Many think everything does. Most of it does, but there are a few limits. This page explains them in plain words, so there are no surprises. Read at your own pace, and ask about anything here.',
  sections: [
    {
      id: 'private',
      title: 'What stays between you and your therapist',
      body: [
        'What you say in therapy is kept private. This is called confidentiality. It is a big part of what makes therapy feel safe.',
        'In most cases, your therapist will not share what you talk about unless you agree. That includes your family, your friends, your school and your job. Your therapist will not even say that you are a client.',
        'You choose what to share, and when. You do not have to tell your therapist everything. You can ask what would happen to something before you share it.',
        'There are a few limits, explained below. Your therapist should talk about them with you at the start.',
      ],
    },
    {
      id: 'limits',
      title: 'When information may be shared',
      body: {
        generic: [
          'There are a few times when a therapist may share some information without your agreement. They are rare, and they are mostly about keeping people safe. The rules vary from place to place and between professions.',
          {
            list: [
              'If there is a serious risk that you or someone else could be badly hurt.',
              'If a child or a vulnerable adult may be at risk of harm.',
              'If a court orders it.',
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        us: [
          'In the US, both federal and state laws set the rules. If {practice} is a HIPAA covered entity, HIPAA also sets rules on how your health information may be shared. The main limits are:',
          {
            list: [
              'Serious risk. If there is a serious threat to you or someone else, your therapist may share what is needed to keep people safe. Some states require therapists to warn or protect a person at risk. Others allow it. The rules vary by state.',
              'Children. Every state has laws that say some workers must report signs that a child is being abused or neglected. These usually include therapists.',
              'Older and dependent adults. Most states also require reports of suspected abuse of older adults, or of adults who depend on others for care.',
              'Courts. A court order must be followed, but only for what it names. A subpoena from a lawyer is usually not enough on its own.',
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        uk: [
          'In the UK, therapists follow the law. They also follow the rules of a professional body such as the BACP, or of a regulator such as the HCPC. Without your consent, they may share information only when the law requires it, or in the public interest, such as to prevent serious harm. Even then, they share as little as they can. The main limits are:',
          {
            list: [
              'Serious harm. If you or others could be badly hurt, your therapist may share what is needed to stop it.',
              'Safeguarding. If a child or an adult at risk may not be safe, your therapist may tell the right services.',
              'Terrorism. Anyone with information that may help prevent terrorism must tell the police. This is set out in section 38B of the Terrorism Act 2000.',
              'Child sexual abuse in England. A new law, the Crime and Policing Act 2026, creates a duty to report child sexual abuse. It is for people who work with children in certain roles. It applies once it comes into force.',
              'Northern Ireland. Here the law is different. Under section 5 of the Criminal Law Act (Northern Ireland) 1967, anyone who knows of a serious crime may have to tell the police. This does not apply if they have a reasonable excuse.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        ca: [
          'In Canada, privacy laws set most of the rules. Many private therapists follow PIPEDA, the federal privacy law. Others follow provincial health-privacy law, or another law of their province. The details vary by province. The main limits are:',
          {
            list: [
              'Serious harm. If there is a real risk that someone will be badly hurt, your therapist may share what is needed.',
              'Children. Provincial law says when a worry that a child is being abused or neglected must be reported to child protection services. Age limits and details vary by province.',
              'Adults at risk. Some provinces, such as Nova Scotia, also require a report about an adult who is being abused and cannot protect themselves.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        au: [
          'In Australia, private health services such as therapists must follow the Privacy Act 1988. They must also follow the Australian Privacy Principles. The main limits are:',
          {
            list: [
              'Serious threat. If there is a serious threat to someone’s life, health or safety, your therapist may share what is needed to lessen it. This is allowed by the Act.',
              'Children. Your therapist may have to report a concern that a child is being harmed. The rules differ in each state and territory.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        ie: [
          'In Ireland, therapists follow the law and the code of their profession. The main limits are:',
          {
            list: [
              'Children. Some people must report certain worries about harm to children. They report to Tusla, the Child and Family Agency. Under the Children First Act 2015, they are called mandated persons. Counsellors, psychotherapists and psychologists are among them.',
              'Offences against children. Under a law from 2012, anyone who knows of a serious offence against a child or a vulnerable adult may have to tell the Gardaí. This does not apply if they have a reasonable excuse.',
              'Serious harm. If you or others could be badly hurt, your therapist may share what is needed to stop it.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
        nz: [
          'In New Zealand, the Health Information Privacy Code 2020 sets the rules for health information. The main limits are:',
          {
            list: [
              'Serious threat. If there is a serious threat to someone’s life or health, your therapist may share what is needed to stop or lower it. This is rule 11 of the Code.',
              'Children. For most people, reporting a concern about a child is allowed, but not required by law. Your therapist may still share a serious concern to keep a child safe.',
              courtLine,
            ],
          },
          talkFirst,
          suicideNote,
          askLimits,
        ],
      },
    },
    {
      id: 'records',
      title: 'Your records',
      body: {
        generic: [
          ...recordsBase,
          'If insurance or another funder pays for your sessions, they may get some details, such as the dates you met. You can ask what is shared before you start.',
        ],
        us: [
          ...recordsBase,
          {
            list: [
              'Insurance. If you use your health plan, some details usually go to the plan. These can include your diagnosis, the dates you met, your treatment plan and your progress.',
              'Paying yourself. If you pay in full yourself for a service, you can ask that your plan not be told about it. The practice must agree.',
              'Psychotherapy notes. Some therapists keep separate notes with their own thoughts about sessions. These notes have extra protection. Your diagnosis, dates and progress are not part of them.',
            ],
          },
        ],
        uk: [
          ...recordsBase,
          'In NHS services, it is common to share some information with your GP, such as a short letter after you are assessed. In private practice, your therapist may ask you first.',
          'If you claim on private health insurance, the insurer may ask for some details, such as the dates you met. You can ask what is shared before you start.',
        ],
      },
    },
    {
      id: 'rights',
      title: 'Your rights',
      body: {
        generic: [
          'You have rights over your information. In most places, you can:',
          {
            list: [
              'Ask to see your records, and often get a copy.',
              'Ask for a change if something is wrong or missing.',
              'Ask how to make a complaint if you are unhappy.',
            ],
          },
          'In rare cases, part of a record may be held back, for example if seeing it could cause serious harm. The rules vary by place. You can ask how it works at {practice}.',
        ],
        us: [
          'If {practice} is a HIPAA covered entity, you have these rights under HIPAA:',
          {
            list: [
              'To get a Notice of Privacy Practices. It explains how your information may be used and shared. You usually get it at your first visit.',
              'To see and get a copy of your records, generally within 30 days. This right does not cover psychotherapy notes.',
              'To ask us to contact you in a certain way, such as by your own phone or at another address. We must agree to a reasonable request, and you do not have to say why.',
              'To ask for changes if something is wrong.',
              'To get a list of some of the times your information was shared.',
              'To complain to the practice, or to the federal health department, HHS.',
            ],
          },
          'Apart from psychotherapy notes, access may be refused only in rare cases. One example is when it is likely to put someone’s life or safety at risk. If HIPAA does not apply, state law may still give you rights. You can ask how it works at {practice}.',
        ],
        uk: [
          'Under UK GDPR, you have the right to see the information held about you. This is called a subject access request.',
          {
            list: [
              'It is free.',
              'You should get an answer within one month. For complex requests, this can be extended by up to two more months.',
              'Some information can be held back in certain cases. For example, this may be health information that is likely to cause serious harm, or details about another person.',
              'You can ask for mistakes to be put right.',
              'If you are unhappy, you can complain to the practice. You can then complain to the ICO, the Information Commissioner’s Office.',
            ],
          },
        ],
        ca: [
          'In Canada, privacy law gives you rights over your health information. The details vary by province. You can usually:',
          {
            list: [
              'Ask to see your records, and often get a copy.',
              'Ask for a change if something is wrong.',
              'Make a complaint if you are unhappy.',
            ],
          },
          'In rare cases, part of a record may be held back. You can ask how all of this works at {practice}, and how to make a complaint.',
        ],
        au: [
          'Under the Privacy Act, you usually have the right to:',
          {
            list: [
              'Ask to see your health information, and often get a copy.',
              'Ask for a change if something is wrong, out of date or not complete.',
              'Make a complaint if you are unhappy.',
            ],
          },
          'In some cases, part of a record may be held back. You can ask how all of this works at {practice}, and how to make a complaint.',
        ],
        ie: [
          'Under data protection law (GDPR), you usually have the right to:',
          {
            list: [
              'Ask to see your information, and get a copy. This is called an access request.',
              'Ask for a change if something is wrong.',
              'Make a complaint if you are unhappy.',
            ],
          },
          'In rare cases, some health information may be held back. You can ask how all of this works at {practice}, and how to make a complaint.',
        ],
        nz: [
          'Under the Code, you usually have the right to:',
          {
            list: [
              'Ask to see your health information.',
              'Ask for a change if something is wrong.',
              'Make a complaint if you are unhappy.',
            ],
          },
          'In rare cases, some information may be held back. You can ask how all of this works at {practice}, and how to make a complaint.',
        ],
      },
    },
    {
      id: 'supervision',
      title: 'How your therapist gets support',
      body: supervisionBody,
    },
    {
      id: 'online',
      title: 'Privacy in online sessions',
      body: onlineBody,
    },
  ],
  scenariosTitle: 'Would this stay private?',
  scenariosIntro:
    'Choose a situation to see what usually happens. These are general answers. Your therapist can tell you how things work at {practice}.',
  scenarios: [
    {
      id: 'drugs',
      prompt: 'I tell my therapist I used drugs.',
      verdict: 'usually-private',
      explanation: [
        'Talking about drugs or alcohol usually stays private. Many people talk about this in therapy. Your therapist is there to help, not to judge you or report you.',
        'It may be shared only in rare cases, such as a serious risk to your life, or to someone else, like a child in your care.',
      ],
    },
    {
      id: 'suicidal-thoughts',
      prompt: 'I have thoughts of ending my life.',
      verdict: 'usually-private',
      explanation: [
        'You are welcome to talk about this. Many people have these thoughts. Saying them out loud can help. Talking about them does not by itself mean anything is shared.',
        'Your therapist will listen and ask some questions. You would usually make a safety plan together. Only in rare cases of serious danger right now might someone else be told. Even then, your therapist would usually talk with you first.',
        'If you need help right now, please call your local emergency number or a crisis line.',
      ],
    },
    {
      id: 'harm-others',
      prompt: 'I have thoughts of hurting someone.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a serious risk that you might really hurt someone, your therapist may need to act to keep people safe. Where it is safe, they would usually talk with you first.',
        ],
        us: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a serious threat that you might really hurt someone, your therapist may need to act. In some states, therapists must warn or protect the person at risk. In others, they may do so but do not have to. Where it is safe, they would usually talk with you first.',
        ],
        uk: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a serious risk that you might really hurt someone, your therapist may share what is needed to prevent it, in the public interest. They would share the least they can and, where they can, tell you first.',
        ],
        ca: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a real risk of serious bodily harm to someone, provincial law may allow your therapist to share what is needed to reduce it. Where it is safe, they would usually talk with you first.',
        ],
        au: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a serious threat to someone’s life, health or safety, your therapist may share what is needed to lessen it. Where it is safe, they would usually talk with you first.',
        ],
        nz: [
          'Many people have angry thoughts, or thoughts of hurting someone. Therapy is a safe place to talk about them. Having these thoughts does not by itself mean anything is shared.',
          'If there is a serious threat to someone’s life or health, your therapist may share what is needed to prevent or lessen it. Where it is safe, they would usually talk with you first.',
        ],
      },
    },
    {
      id: 'child-harm',
      prompt: 'I’m worried a child is being hurt.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'Concerns about a child’s safety may be shared with child protection services. The rules vary by place and profession. Where it is safe, your therapist would usually talk with you about it first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        us: [
          'In every state, some workers must report signs that a child is being abused or neglected. These usually include therapists. Where it is safe, your therapist would usually talk with you before making a report.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        uk: [
          'Safeguarding concerns about a child may be shared with the right services. Where the law allows, your therapist would usually talk with you first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        ca: [
          'Provincial law sets out when a concern about a child must be reported to child protection services. Your therapist may need to make a report. Where it is safe, they would usually talk with you first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        au: [
          'Your therapist may have to report concerns that a child is being harmed. The rules differ between states and territories. Where it is safe, they would usually talk with you first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        ie: [
          'Some people must report certain worries about harm to children to Tusla. Under the Children First Act 2015, they include counsellors, psychotherapists and psychologists. Where it is safe, your therapist would usually talk with you first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
        nz: [
          'For most people, reporting a concern about a child is allowed, but not required by law. Your therapist may still share a serious concern with Oranga Tamariki or the police. Where it is safe, they would usually talk with you first.',
          'Please do talk about it. Your therapist can help you think about what to do and how to keep the child safe.',
        ],
      },
    },
    {
      id: 'past-abuse',
      prompt: 'I tell my therapist I was hurt or abused as a child.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'Your story is yours to share, at your own pace. You never have to give details you are not ready to share. What you say about your own past usually stays private.',
          'If the person who hurt you may still be hurting a child now, your therapist may need to share that concern. They would usually talk it through with you first.',
        ],
        ie: [
          'Your story is yours to share, at your own pace. You never have to give details you are not ready to share. What you say about your own past usually stays private.',
          'If the person who hurt you may still be a risk to children now, your therapist may need to tell Tusla. They would usually talk it through with you first.',
          'Under a law from 2012, anyone who knows of a serious offence against a child may also have to tell the Gardaí. This does not apply if they have a reasonable excuse. You can ask how this works before you share details.',
        ],
      },
    },
    {
      id: 'past-crime',
      prompt: 'I tell my therapist about a crime from my past.',
      verdict: 'usually-private',
      explanation: {
        generic: [
          'What you share about your past usually stays private. Therapy is a place to talk about things you regret or feel ashamed of.',
          'The limits are mostly about stopping serious harm now or later, such as harm to a child. If you are unsure, you can ask your therapist before you share.',
        ],
        uk: [
          'What you share about your past usually stays private. Therapy is a place to talk about things you regret or feel ashamed of.',
          'The limits are mostly about stopping serious harm now or later, such as harm to a child. One rare exception is terrorism. Under the Terrorism Act 2000, anyone with information that may help prevent it must tell the police.',
          'If you are unsure, you can ask your therapist before you share.',
        ],
      },
    },
    {
      id: 'family-member',
      prompt: 'My partner or a family member calls to ask about me.',
      verdict: 'usually-private',
      explanation: [
        'Your therapist will not tell them anything, or even say that you are a client, unless you agree. Exceptions are rare. They are the cases explained above, such as a serious risk to someone’s safety, or if you are under 18.',
        'If you would like someone close to you to be involved, you can give your permission. You can choose what they may be told, and you can change your mind later.',
      ],
    },
    {
      id: 'employer',
      prompt: 'My employer calls to ask if I’m a client.',
      verdict: 'usually-private',
      explanation: [
        'Your therapist will not say if you are a client. They will not share anything about you unless you agree.',
        'Some jobs help pay for therapy through a staff support program. If yours does, you can ask what, if anything, your employer is told.',
      ],
    },
    {
      id: 'parent',
      prompt: 'My parent asks what I said. (I am under 18.)',
      verdict: { generic: 'may-be-shared', us: 'may-be-shared', uk: 'usually-private' },
      explanation: {
        generic: [
          'This can depend on your age, where you live and what was agreed at the start. Many therapists agree with you and your parent, early on, what will be shared.',
          'Often a parent may hear general things, like how therapy is going, but not the details of what you say. If you were at serious risk, a parent or carer may need to be told. Your therapist would usually talk with you first.',
          parentAsk,
        ],
        us: [
          'In the US, parents usually have the right to see their child’s health information. But state law sets exceptions, and they vary. In some cases, a young person can agree to their own care and keep it private.',
          'Many therapists agree with you and your parent at the start what will be shared. Often that means general updates, not the details of what you say.',
          parentAsk,
        ],
        uk: [
          'In the UK, what a parent is told may depend on your age and understanding. Your therapist will usually not share details without your agreement, and can explain how it works.',
          'If you were at serious risk, safeguarding concerns may be shared with the right services. Your therapist would usually talk with you first, where they can.',
          parentAsk,
        ],
      },
    },
    {
      id: 'doctor',
      prompt: 'My doctor asks how my therapy is going.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'This depends on the service. In some services, working with your doctor is a normal part of care, and your doctor may get a short update. In others, your therapist will ask you first.',
          'An update is usually short, like dates and general progress, not the details of what you say.',
          doctorAsk,
        ],
        us: [
          'If HIPAA applies, some information may be shared with your other health care providers for your care. Many therapists ask you first. Psychotherapy notes have extra protection.',
          doctorAsk,
        ],
        uk: [
          'In NHS services, it is common to share some information with your GP. This may be a short letter after your first assessment. In private practice, your therapist may ask you first.',
          'An update is usually short, like dates and general progress, not the details of what you say.',
          doctorAsk,
        ],
      },
    },
    {
      id: 'insurer',
      prompt: 'My insurer asks for information.',
      verdict: { generic: 'usually-private', us: 'may-be-shared' },
      explanation: {
        generic: [
          'If you pay for sessions yourself, your insurer is usually not involved at all.',
          'If insurance or another funder pays, they may need some details to pay a claim, like the dates you met. This usually happens only with your agreement. What you say in sessions usually stays private.',
          insurerAsk,
        ],
        us: [
          'If you use your health plan, some details usually go to the plan. These can include your diagnosis, the dates you met, your treatment plan and your progress.',
          'If you pay in full yourself for a service, you can ask that your plan not be told about it, and the practice must agree. Psychotherapy notes have extra protection.',
          insurerAsk,
        ],
      },
    },
    {
      id: 'court',
      prompt: 'A court asks for my records.',
      verdict: 'may-be-shared',
      explanation: {
        generic: [
          'A court may order a therapist to share records. This is rare. Your therapist would usually share only what the order asks for.',
          'Where the law allows, you would usually be told first. You may want to get legal advice. You can ask your therapist how they handle requests like this.',
        ],
        us: [
          'A court order must be followed, but only for what it names. A subpoena from a lawyer is usually not enough on its own. You would usually be told about it first, or a court would need to set limits.',
          'You may want to get legal advice. You can ask your therapist how they handle requests like this.',
        ],
        uk: [
          'A court can order records to be produced. This is rare. Your therapist would share only what is needed and, where they can, tell you first.',
          'You may want to get legal advice. You can ask your therapist how they handle requests like this.',
        ],
      },
    },
    {
      id: 'supervision',
      prompt: 'My therapist talks about my case with a supervisor.',
      verdict: 'usually-private',
      explanation: [
        'This is a normal part of good practice. It helps your therapist give you good care.',
        'Your therapist usually leaves out details that could identify you, like your name. The supervisor must also keep what they hear private. You can ask your therapist how this works.',
      ],
    },
    {
      id: 'online-session',
      prompt: 'I have my session online from home.',
      verdict: 'usually-private',
      explanation: [
        'Your therapist should use a secure video platform and join from a private room. What you say is treated the same as in person.',
        'Privacy on your side matters too. Find a space where others cannot hear you, use headphones, and use your own device if you can. If someone walks in, you can pause.',
        'If privacy at home is hard, tell your therapist. You can make a plan together.',
      ],
    },
  ],
  verdicts: {
    private: 'Stays private',
    'usually-private': 'Usually stays private',
    'may-be-shared': 'May be shared',
  },
  disclaimer:
    'This is general information, not legal advice. Rules vary by place and profession, and they can change. The privacy notice from {practice} explains its own policy.',
  askInvite:
    'Questions about privacy are welcome. You can ask your therapist about any of this at any time. You can ask before your first session, too.',
};
