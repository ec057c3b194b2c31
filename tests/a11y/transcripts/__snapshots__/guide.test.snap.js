/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots['therapy-guide-reading'] = `heading, What to expect in therapy, level 2
paragraph
Therapy can feel new and a bit scary. This guide walks you through it, one step at a time. Go at your own pace, and read as much or as little as you like.
end of paragraph
tablist, Stages of therapy, orientated horizontally
tab, Before you start, selected, 1 control, position 1, set size 5
Before you start
end of tab, Before you start, selected, 1 control, position 1, set size 5
tab, First session, not selected, 1 control, position 2, set size 5
First session
end of tab, First session, not selected, 1 control, position 2, set size 5
tab, Early sessions, not selected, 1 control, position 3, set size 5
Early sessions
end of tab, Early sessions, not selected, 1 control, position 3, set size 5
tab, Ongoing therapy, not selected, 1 control, position 4, set size 5
Ongoing therapy
end of tab, Ongoing therapy, not selected, 1 control, position 4, set size 5
tab, Ending, not selected, 1 control, position 5, set size 5
Ending
end of tab, Ending, not selected, 1 control, position 5, set size 5
end of tablist, Stages of therapy, orientated horizontally
paragraph
Stage 1 of 5
end of paragraph
tabpanel, Before you start
heading, Before you start, Stage 1 of 5, level 3
paragraph
Finding the right person and getting ready to start.
end of paragraph
heading, What happens, level 4
paragraph
First, you look for a therapist who feels right for you. You might search online, ask your doctor, or ask someone you trust.
end of paragraph
paragraph
Many therapists offer a short call before you book. It is often free. It is a chance to ask questions and get a feel for them. You do not have to decide anything on the call.
end of paragraph
paragraph
Before your first session, you may get some forms to fill in. They may ask about your health and what brings you to therapy. There is often a consent form too. It sets out how therapy works and what you agree to.
end of paragraph
paragraph
In England, you can also refer yourself to NHS Talking Therapies. The first step is a talk of about 30 minutes, called an assessment. It is often by phone. It helps you and the service work out what might suit you.
end of paragraph
paragraph
In other parts of the UK, services work in different ways. Your GP can tell you what is on offer near you.
end of paragraph
heading, What your therapist does, level 4
paragraph
Your therapist, or someone at Calm Harbour Therapy, answers your first message or call.
end of paragraph
paragraph
On a first call, they may ask a little about what brings you. They can tell you how they work, what it costs and what happens next. You only share what you want to.
end of paragraph
paragraph
They send any forms ahead of time. They can explain any part that is not clear.
end of paragraph
paragraph
If they think another service would suit you better, they may tell you and help you find it.
end of paragraph
heading, What you can do, level 4
paragraph
It is fine to ask who a therapist is licensed or registered with. You can then check this for yourself.
end of paragraph
paragraph
You can write down a few things you want to ask. The "Prepare for your first session" list in this guide can help.
end of paragraph
paragraph
You do not need to bring anything. Some people bring their questions, a notebook, or a list of any medicines they take.
end of paragraph
paragraph
If your sessions are online, try to find a quiet, private spot. Headphones can help. Check your device, charger and internet a little before you start.
end of paragraph
heading, Common feelings, level 4
paragraph
It is normal to feel nervous or unsure. Some people even want to cancel. Many people feel this way before they start.
end of paragraph
paragraph
Reaching out can take a lot. You can take your time, and you can change your mind at any point.
end of paragraph
paragraph
If you feel unsafe while you wait, please do not wait to get help. You can call a crisis line or your local emergency number.
end of paragraph
heading, Questions you might ask, level 4
list
listitem, level 1, position 1, set size 5
Who are you licensed or registered with?
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
Can we have a short call before I book?
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
What do you charge, and what if I need to cancel?
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
Do you see people in person, online, or both?
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
Have you worked with people with worries like mine?
end of listitem, level 1, position 5, set size 5
end of list
end of tabpanel, Before you start
heading, First session, level 3
paragraph
Getting to know each other and talking about what you want.
end of paragraph
heading, What happens, level 4
paragraph
The first session is mostly about getting to know each other. It may feel like a chat with some questions.
end of paragraph
paragraph
Your therapist may ask what brings you to therapy, and a little about your life and health. You can answer as much or as little as you like.
end of paragraph
paragraph
You may also talk about what you hope will change. These are your goals. They do not need to be clear yet.
end of paragraph
heading, What your therapist does, level 4
paragraph
Your therapist explains how therapy will work. They may talk about these things.
end of paragraph
list
listitem, level 1, position 1, set size 6
What training they have, and the professional body they belong to.
end of listitem, level 1, position 1, set size 6
listitem, level 1, position 2, set size 6
What stays private, and the few times it may not.
end of listitem, level 1, position 2, set size 6
listitem, level 1, position 3, set size 6
The type of therapy they offer, and how it works.
end of listitem, level 1, position 3, set size 6
listitem, level 1, position 4, set size 6
How many sessions you might have. Sessions at Calm Harbour Therapy often last about 50 minutes.
end of listitem, level 1, position 4, set size 6
listitem, level 1, position 5, set size 6
What happens if you miss a session or need to cancel.
end of listitem, level 1, position 5, set size 6
listitem, level 1, position 6, set size 6
The fees, and how and when to pay.
end of listitem, level 1, position 6, set size 6
end of list
paragraph
They may ask if there is anything that would make sessions easier for you. This might be about access, language or timing.
end of paragraph
heading, What you can do, level 4
paragraph
You can ask any question, at any time. No question is silly.
end of paragraph
paragraph
It works both ways. You are also deciding if this therapist feels right for you.
end of paragraph
paragraph
You set the pace. You do not have to share everything, or talk about hard things, until you are ready.
end of paragraph
paragraph
It is fine to say "I don't know" or "I'm not ready to talk about that."
end of paragraph
paragraph
If it does not feel right, you can say so, try one more session, or look for someone else. The choice is yours.
end of paragraph
heading, Common feelings, level 4
paragraph
Many people feel nervous, shy or unsure what to say. Your therapist is used to this and can help you start.
end of paragraph
paragraph
You might feel relief after talking. Or you might feel tired or a bit raw. Both are normal.
end of paragraph
paragraph
It is fine if the first session feels awkward. It often gets easier.
end of paragraph
heading, Questions you might ask, level 4
list
listitem, level 1, position 1, set size 5
What stays private, and when might you need to share something?
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
What type of therapy do you use, and how does it work?
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
How many sessions do you think I might need?
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
What happens if I miss a session?
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
What if I am not ready to talk about some things?
end of listitem, level 1, position 5, set size 5
end of list
heading, Early sessions, level 3
paragraph
Building trust and agreeing on how you will work.
end of paragraph
heading, What happens, level 4
paragraph
In the first few weeks, you and your therapist get to know each other. Trust takes time, and you build it together.
end of paragraph
paragraph
Sessions are often once a week. You agree on your goals and on how you will work on them.
end of paragraph
paragraph
Your therapist may plan regular reviews. This is a time to look at how things are going, together.
end of paragraph
heading, What your therapist does, level 4
paragraph
Your therapist works to help you feel safe. In practice, it may look like this.
end of paragraph
list
listitem, level 1, position 1, set size 4
Active listening: they pay close attention, and check that they have understood you.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Empathy: they try to see things from your side, without judging you.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Privacy: they keep what you say private, within the limits they told you about.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
Being steady: they are on time, keep to what you agreed, and tell you about any changes.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Many therapists talk about their work with a supervisor. This is a skilled colleague who helps them give good care. It is a normal part of good practice. They usually leave out details that would show who you are.
end of paragraph
heading, What you can do, level 4
paragraph
You can go slowly. It is fine to take time before you talk about hard things.
end of paragraph
paragraph
You can ask to pause, take a break or change the subject at any time.
end of paragraph
paragraph
After a session, it can help to plan something gentle, like a walk, a rest or a warm drink.
end of paragraph
paragraph
If you feel unsafe between sessions, you do not have to wait. You can call a crisis line or your local emergency number.
end of paragraph
heading, Common feelings, level 4
paragraph
Feeling tired or emotional after a session is normal. Some people cry. This is common, and it does not mean anything is wrong.
end of paragraph
paragraph
Some weeks may feel harder before things feel easier.
end of paragraph
paragraph
You might not be sure yet if it is working. That is common early on, and you can talk about it in your next session.
end of paragraph
heading, Questions you might ask, level 4
list
listitem, level 1, position 1, set size 5
How will we know if therapy is helping?
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
What are we working on, and how?
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
What do you share with your supervisor?
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
Can we go more slowly?
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
What can I do if I feel low between sessions?
end of listitem, level 1, position 5, set size 5
end of list
heading, Ongoing therapy, level 3
paragraph
Working towards your goals and checking how it is going.
end of paragraph
heading, What happens, level 4
paragraph
You keep working towards your goals. Sessions may look different from week to week.
end of paragraph
paragraph
From time to time, you and your therapist look back at how things are going. You can change your goals if they no longer fit.
end of paragraph
paragraph
Some types of therapy, like CBT, use small tasks between sessions. This might mean trying something new, or noting how you feel during the week.
end of paragraph
paragraph
NHS services often offer 6 to 10 sessions. Private therapy may be shorter or longer. It depends on what you need.
end of paragraph
heading, What your therapist does, level 4
paragraph
Your therapist helps you notice what is changing, and what still feels stuck.
end of paragraph
paragraph
They ask for your feedback and they welcome it, even when it is hard to say.
end of paragraph
paragraph
If there are tasks between sessions, they plan them with you. The tasks should fit your life. You can say if one feels like too much.
end of paragraph
paragraph
They keep checking that the plan still suits you.
end of paragraph
heading, What you can do, level 4
paragraph
You can give feedback at any time. For example, "That helped" or "That did not feel right."
end of paragraph
paragraph
Trust can be hard if people have hurt you or let you down in the past. That makes sense. You can say so, and your therapist can go at your pace.
end of paragraph
paragraph
You can ask how things are going, or ask to change the plan.
end of paragraph
paragraph
You can take a break, stop, or see someone else. You do not need to give a reason, but it can help to talk it through.
end of paragraph
heading, Common feelings, level 4
paragraph
Change is often not a straight line. Good weeks and hard weeks are both part of it.
end of paragraph
paragraph
At times you may feel close to your therapist, or cross with them. Both are normal, and both are fine to talk about.
end of paragraph
paragraph
If it feels like nothing is changing, you can bring that up. It helps your therapist to know.
end of paragraph
heading, Questions you might ask, level 4
list
listitem, level 1, position 1, set size 5
How are we doing with my goals?
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
Can we try a different way of working?
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
What is this task for, and can we change it?
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
How many more sessions do you think I need?
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
What if I find it hard to trust you?
end of listitem, level 1, position 5, set size 5
end of list
heading, Ending, level 3
paragraph
Looking back at how far you have come, and planning ahead.
end of paragraph
heading, What happens, level 4
paragraph
Often, the end of therapy is planned. You and your therapist agree on it together, with time to get ready.
end of paragraph
paragraph
You look back at what has changed, and what you have learned.
end of paragraph
paragraph
You make a plan for hard times. It may list signs to watch for, and things that help.
end of paragraph
paragraph
Some therapists offer a follow-up session a few weeks or months later.
end of paragraph
heading, What your therapist does, level 4
paragraph
Your therapist helps you see how far you have come.
end of paragraph
paragraph
They help you plan for setbacks, so you know what to do if things get hard again.
end of paragraph
paragraph
They talk with you about other support in your life.
end of paragraph
paragraph
They tell you if, and how, you can come back.
end of paragraph
heading, What you can do, level 4
paragraph
You can say when you feel ready to stop. You can also ask to keep going for a while, or to have sessions less often.
end of paragraph
paragraph
You can choose how you want to end. Some people like to talk about what the work has meant to them.
end of paragraph
paragraph
You can end sooner than planned. If you can, tell your therapist, so they can help you plan your next steps.
end of paragraph
paragraph
Coming back later is fine. Many people come back when life changes.
end of paragraph
heading, Common feelings, level 4
paragraph
Ending can bring mixed feelings. You might feel proud, sad, relieved or a bit worried. All of these are normal.
end of paragraph
paragraph
A setback after therapy does not mean it failed. Your plan is there to help you.
end of paragraph
heading, Questions you might ask, level 4
list
listitem, level 1, position 1, set size 4
How will we know it is time to end?
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
What should I do if things get hard again?
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Can we have a follow-up session?
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
Can I come back later if I need to?
end of listitem, level 1, position 4, set size 4
end of list
button, Next stage: First session
Next stage
First session
end of button, Next stage: First session`;
/* end snapshot therapy-guide-reading */

snapshots['therapy-guide-tabbing-chromium'] = `heading, What to expect in therapy, level 2
tab, Before you start, selected, 1 control, position 1, set size 5
tabpanel, Before you start
button, Next stage: First session
checkbox, What training do you have, and who are you licensed or registered with?, not checked
checkbox, Have you worked with people with worries like mine?, not checked
checkbox, What type of therapy do you use, and how does it work?, not checked
checkbox, What stays private, and when might you have to share something?, not checked
checkbox, How many sessions might I need, and how often?, not checked
checkbox, What are your fees, and what happens if I need to cancel?, not checked
checkbox, Can I contact you between sessions, and how?, not checked
checkbox, If we meet online, how do you keep our sessions private?, not checked
textbox, What do you hope will change?, A few words are enough. It is fine if you are not sure yet. What you write here stays on this page. It is not saved or sent anywhere, and if you reload the page it is cleared.
button, Copy your list
button, Print the guide
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-guide-tabbing-chromium */

snapshots['therapy-guide-tabbing-webkit'] = `heading, What to expect in therapy, level 2
tab, Before you start, selected, 1 control, position 1, set size 5
tabpanel, Before you start
button, Next stage: First session
checkbox, What training do you have, and who are you licensed or registered with?, not checked
checkbox, Have you worked with people with worries like mine?, not checked
checkbox, What type of therapy do you use, and how does it work?, not checked
checkbox, What stays private, and when might you have to share something?, not checked
checkbox, How many sessions might I need, and how often?, not checked
checkbox, What are your fees, and what happens if I need to cancel?, not checked
checkbox, Can I contact you between sessions, and how?, not checked
checkbox, If we meet online, how do you keep our sessions private?, not checked
textbox, What do you hope will change?, A few words are enough. It is fine if you are not sure yet. What you write here stays on this page. It is not saved or sent anywhere, and if you reload the page it is cleared.
button, Copy your list
button, Print the guide
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-guide-tabbing-webkit */
