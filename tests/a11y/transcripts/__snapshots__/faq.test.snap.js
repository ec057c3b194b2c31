/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["therapy-faq-reading"] = 
`heading, Questions people often ask before starting therapy, level 2
paragraph
Starting therapy can bring up a lot of questions. Here are plain answers to the ones we hear most, and you are always welcome to ask us anything else.
end of paragraph
Search the questions
searchbox, Search the questions, placeholder For example: cost, online
group, Show questions about
button, All topics, pressed
button, Getting started, not pressed
button, Cost and insurance, not pressed
button, Sessions, not pressed
button, Privacy, not pressed
button, Online therapy, not pressed
button, Feelings and fit, not pressed
end of group, Show questions about
button, Open all answers
button, Close all answers
status
heading, Getting started, level 3
heading, How do I book a first session?, level 4
button, How do I book a first session?, 1 control, not expanded
end of heading, How do I book a first session?, level 4
paragraph
You can get in touch with Calm Harbour Therapy in the way that suits you best, and we will find a time together.
end of paragraph
paragraph
Many practices offer a short, free call first. It is a chance to ask questions and see how it feels to talk. You do not have to decide anything on that call.
end of paragraph
paragraph
Before the first session, you may get some forms to fill in. If a question feels hard, you can ask about it first.
end of paragraph
paragraph
In England, you can also refer yourself to NHS Talking Therapies, which is free. You do not need to see your GP first. The first step is often a talk of about 30 minutes, often by phone. There may be a wait.
end of paragraph
paragraph
In other parts of the UK, services work in different ways. Your GP can tell you what is on offer near you.
end of paragraph
heading, What happens in the first session?, level 4
button, What happens in the first session?, 1 control, not expanded
end of heading, What happens in the first session?, level 4
paragraph
The first session is mostly a chance to get to know each other, talk about what brings you, and ask anything you like.
end of paragraph
paragraph
Your therapist may explain:
end of paragraph
list
listitem, level 1, position 1, set size 5
Their training, and who they are licensed or registered with
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
How privacy works, and its limits
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
The type of therapy they offer
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
How long and how often sessions are
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
Fees, and what happens if you miss a session
end of listitem, level 1, position 5, set size 5
end of list
paragraph
There is room for you too. You can share your hopes, your worries and anything that would make sessions easier for you.
end of paragraph
paragraph
It works both ways. You are also deciding if this therapist suits you. You set the pace, and you do not have to share everything.
end of paragraph
heading, What should I bring to my first session?, level 4
button, What should I bring to my first session?, 1 control, not expanded
end of heading, What should I bring to my first session?, level 4
paragraph
You do not need to bring anything, but a few notes can help if you tend to forget things when you feel nervous.
end of paragraph
paragraph
Some things people find useful:
end of paragraph
list
listitem, level 1, position 1, set size 5
Any forms you were asked to fill in
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
Your questions, written down
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
A list of any medicines you take
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
Details of any health plan or insurance you want to use
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
Water, glasses, or anything that helps you feel at ease
end of listitem, level 1, position 5, set size 5
end of list
paragraph
If you meet online, a charged device, headphones and a quiet spot can help.
end of paragraph
paragraph
If you forget something, that is fine. It can wait until next time.
end of paragraph
heading, What do I say? What if I don't know where to start?, level 4
button, What do I say? What if I don't know where to start?, 1 control, not expanded
end of heading, What do I say? What if I don't know where to start?, level 4
paragraph
You do not need to prepare anything, because your therapist will ask questions to help you begin.
end of paragraph
paragraph
Many people worry they will have nothing to say, or say it wrong. There is no wrong way to start. You can say, "I'm not sure where to begin." That is a fine place to start.
end of paragraph
paragraph
If you would like some ideas, you could talk about:
end of paragraph
list
listitem, level 1, position 1, set size 4
What made you look for help now
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
What a hard day is like for you
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
What you would like to be different
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
What worries you about therapy
end of listitem, level 1, position 4, set size 4
end of list
paragraph
You choose what to share, and when.
end of paragraph
heading, I feel nervous about starting. Is that normal?, level 4
button, I feel nervous about starting. Is that normal?, 1 control, not expanded
end of heading, I feel nervous about starting. Is that normal?, level 4
paragraph
Yes, feeling nervous is very common, and you can tell your therapist how you feel.
end of paragraph
paragraph
Meeting someone new and talking about personal things can feel like a lot. Many people feel worried before the first session. Some feel it for a few sessions.
end of paragraph
paragraph
Saying "I feel nervous" out loud can help. Your therapist can slow down, explain what comes next, or take a pause. You can ask questions at any point.
end of paragraph
paragraph
You are in charge of the pace. You can take a break, or choose not to answer a question.
end of paragraph
heading, Do I need to have goals before I start?, level 4
button, Do I need to have goals before I start?, 1 control, not expanded
end of heading, Do I need to have goals before I start?, level 4
paragraph
No, you do not need clear goals to start, because working them out together is part of therapy.
end of paragraph
paragraph
Some people come with a clear aim. Others just know that something does not feel right. Both are fine.
end of paragraph
paragraph
In early sessions, you and your therapist can agree on what you want to work on, and how. Goals can be small, like sleeping better or feeling less alone. They can change as you go.
end of paragraph
paragraph
A shared plan helps many people feel more settled. You can change it at any time.
end of paragraph
heading, How do I know my therapist is qualified?, level 4
button, How do I know my therapist is qualified?, 1 control, not expanded
end of heading, How do I know my therapist is qualified?, level 4
paragraph
You can ask about your therapist's training and who they are licensed or registered with, and they should be glad to tell you.
end of paragraph
paragraph
A therapist may be called a counsellor, psychotherapist or psychologist.
end of paragraph
paragraph
In the UK, the titles "counsellor" and "psychotherapist" are not protected by law. Anyone can use them. So it helps to check that your therapist is on an Accredited Register. These registers are approved by the Professional Standards Authority. Examples are the BACP, UKCP and NCPS registers.
end of paragraph
paragraph
Some titles are protected, such as clinical psychologist or counselling psychologist. People who use them must be registered with the HCPC. You can check its public register.
end of paragraph
paragraph
It is always fine to ask. Your therapist may also tell you about this in the first session.
end of paragraph
heading, Have you worked with problems like mine?, level 4
button, Have you worked with problems like mine?, 1 control, not expanded
end of heading, Have you worked with problems like mine?, level 4
paragraph
You can ask your therapist if they have worked with what you are facing, before or in the first session.
end of paragraph
paragraph
You might ask:
end of paragraph
list
listitem, level 1, position 1, set size 3
Have you worked with people facing something like this?
end of listitem, level 1, position 1, set size 3
listitem, level 1, position 2, set size 3
How do you tend to work with it?
end of listitem, level 1, position 2, set size 3
listitem, level 1, position 3, set size 3
What might therapy look like for me?
end of listitem, level 1, position 3, set size 3
end of list
paragraph
If a therapist does not have the right experience, they may suggest someone who does. That is not a rejection. It is part of helping you find the right support.
end of paragraph
heading, What type of therapy will I get?, level 4
button, What type of therapy will I get?, 1 control, not expanded
end of heading, What type of therapy will I get?, level 4
paragraph
That depends on your needs and on your therapist's training, and your therapist can explain their approach in plain words.
end of paragraph
paragraph
There are many kinds of talking therapy. Some, like CBT, focus on how thoughts, feelings and actions link. Some look at feelings, past events or relationships. Some mix a few ways of working.
end of paragraph
paragraph
Some types use small tasks between sessions, like trying a new skill. Others do not.
end of paragraph
paragraph
You can ask why your therapist suggests a type of therapy and what it involves. If something does not feel right, you can say so.
end of paragraph
heading, Where are you, and is it easy to get to?, level 4
button, Where are you, and is it easy to get to?, 1 control, not expanded
end of heading, Where are you, and is it easy to get to?, level 4
paragraph
You can ask us where sessions take place and how to get there.
end of paragraph
paragraph
You can ask about parking, steps, lifts, and buses or trains nearby.
end of paragraph
paragraph
If getting here is hard for you, please tell us. We can talk about what would help.
end of paragraph
heading, How soon can I start?, level 4
button, How soon can I start?, 1 control, not expanded
end of heading, How soon can I start?, level 4
paragraph
It depends on who is free, so please ask us how soon we can see you.
end of paragraph
paragraph
When you get in touch, we can tell you which times are free.
end of paragraph
paragraph
In England, NHS Talking Therapies is free, and you can refer yourself. There may be a wait.
end of paragraph
paragraph
If you feel unsafe while you wait, please do not wait to get help. You can call your local emergency number or a crisis line.
end of paragraph
heading, What happens on the free call?, level 4
button, What happens on the free call?, 1 control, not expanded
end of heading, What happens on the free call?, level 4
paragraph
Many practices offer a short free call before you book, so ask us if we do.
end of paragraph
paragraph
On the call, you can say a little about what brings you. You only share what you want to.
end of paragraph
paragraph
You can ask how the therapist works, what it costs and what happens next.
end of paragraph
paragraph
You do not have to decide anything on the call.
end of paragraph
heading, Do you see people in my language?, level 4
button, Do you see people in my language?, 1 control, not expanded
end of heading, Do you see people in my language?, level 4
paragraph
Please ask us which languages we offer sessions in.
end of paragraph
paragraph
It is fine to want therapy in the language that feels easiest for you. Your language and culture matter.
end of paragraph
paragraph
If we cannot help in your language, we may be able to suggest someone who can.
end of paragraph
heading, Do you see couples, families or teenagers?, level 4
button, Do you see couples, families or teenagers?, 1 control, not expanded
end of heading, Do you see couples, families or teenagers?, level 4
paragraph
Please ask us who we work with, because some therapists see only adults.
end of paragraph
paragraph
Some therapists see adults on their own. Others also see couples, families, teens or children.
end of paragraph
paragraph
For someone under 18, a parent or carer may need to agree to therapy. What a parent is told can depend on age and on where you live. Your therapist can explain how it works.
end of paragraph
heading, Can I bring someone with me?, level 4
button, Can I bring someone with me?, 1 control, not expanded
end of heading, Can I bring someone with me?, level 4
paragraph
You can ask us first, so we can plan it with you.
end of paragraph
paragraph
If you meet in person, you can ask if someone can come with you and wait nearby.
end of paragraph
paragraph
If you meet online, you can ask if someone can sit with you for part of the call.
end of paragraph
paragraph
A person you trust may be able to join for part of a session. But therapy is often just you and your therapist, so you can speak freely.
end of paragraph
paragraph
If you are under 18, you can ask how a parent or carer can be involved.
end of paragraph
heading, Cost and insurance, level 3
heading, How much does therapy cost?, level 4
button, How much does therapy cost?, 1 control, not expanded
end of heading, How much does therapy cost?, level 4
paragraph
Private fees vary, and Calm Harbour Therapy will tell you the cost before you start.
end of paragraph
paragraph
It is fine to ask about the fee for each session, how and when you pay, and if the first call or session costs anything.
end of paragraph
paragraph
If cost is a worry, please tell us. We can talk it through with you, with no pressure.
end of paragraph
paragraph
Some private health insurance may pay for therapy. Check with your insurer first.
end of paragraph
paragraph
In England, NHS Talking Therapies is free, and you can refer yourself. There may be a wait.
end of paragraph
heading, Can I use my insurance or health plan?, level 4
button, Can I use my insurance or health plan?, 1 control, not expanded
end of heading, Can I use my insurance or health plan?, level 4
paragraph
Some private health cover may pay for therapy, so check with your insurer first.
end of paragraph
paragraph
Plans differ. Some need a GP referral first. Some only pay for certain types of therapist. Ask your insurer what is covered, and for how many sessions.
end of paragraph
paragraph
You can also ask us if we work with your insurer.
end of paragraph
paragraph
In England, NHS Talking Therapies is free, so you do not need insurance for it.
end of paragraph
heading, Can I claim some of the cost back from my insurance?, level 4
button, Can I claim some of the cost back from my insurance?, 1 control, not expanded
end of heading, Can I claim some of the cost back from my insurance?, level 4
paragraph
You may be able to, so ask us for a receipt with the details your plan or insurer needs.
end of paragraph
paragraph
Some health plans pay back part of the cost when you see a therapist they do not work with directly. You pay us, and then send a receipt to your plan.
end of paragraph
paragraph
Whether you get money back, and how much, is up to your plan. Check with your plan before you start, so you know what to expect.
end of paragraph
heading, Do you offer lower fees if I can't afford the full cost?, level 4
button, Do you offer lower fees if I can't afford the full cost?, 1 control, not expanded
end of heading, Do you offer lower fees if I can't afford the full cost?, level 4
paragraph
Some practices keep a few lower-fee places, often called a sliding scale, so please ask us what we can offer.
end of paragraph
paragraph
A sliding scale means the fee is set by what you can afford. Not every practice has one, and places may be limited.
end of paragraph
paragraph
You will not be judged for asking. If we cannot help, we may be able to suggest free or lower-cost options near you.
end of paragraph
paragraph
In England, NHS Talking Therapies is free, and you can refer yourself.
end of paragraph
heading, Can I get an estimate of what therapy will cost?, level 4
button, Can I get an estimate of what therapy will cost?, 1 control, not expanded
end of heading, Can I get an estimate of what therapy will cost?, level 4
paragraph
Yes, you can ask Calm Harbour Therapy for a written estimate of what your sessions may cost.
end of paragraph
paragraph
It is hard to know at the start how many sessions you will want. So an estimate may cover a set number of sessions, and it can be updated later.
end of paragraph
paragraph
Ask us to explain anything that is not clear, such as fees for missed sessions.
end of paragraph
heading, What if I need to cancel or miss a session?, level 4
button, What if I need to cancel or miss a session?, 1 control, not expanded
end of heading, What if I need to cancel or miss a session?, level 4
paragraph
Please tell us as soon as you can, and ask about our rules, because a late cancellation may have a fee.
end of paragraph
paragraph
Many practices ask for a set amount of notice, such as 24 or 48 hours. A missed or late-cancelled session may be charged in full or in part. Your therapist should explain this before you start.
end of paragraph
paragraph
Illness, caring duties and emergencies are part of life. You can ask us how we handle these.
end of paragraph
paragraph
If it gets hard to come, or you want to pause, you can say so. We can talk about it without blame.
end of paragraph
heading, Sessions, level 3
heading, How long is a session?, level 4
button, How long is a session?, 1 control, not expanded
end of heading, How long is a session?, level 4
paragraph
Many sessions last about 45 to 60 minutes, and Calm Harbour Therapy will tell you how long yours will be.
end of paragraph
paragraph
Many therapists work in sessions of about 45 to 60 minutes. The first session may be a little longer or shorter, so it is worth asking.
end of paragraph
paragraph
Your therapist keeps an eye on the time. Near the end, they may help you slow down, so you leave feeling steady.
end of paragraph`;
/* end snapshot therapy-faq-reading */

snapshots["therapy-faq-tabbing-chromium"] = 
`heading, Questions people often ask before starting therapy, level 2
searchbox, Search the questions, placeholder For example: cost, online
button, All topics, pressed
button, Getting started, not pressed
button, Cost and insurance, not pressed
button, Sessions, not pressed
button, Privacy, not pressed
button, Online therapy, not pressed
button, Feelings and fit, not pressed
button, Open all answers
button, Close all answers
button, How do I book a first session?, 1 control, not expanded
button, What happens in the first session?, 1 control, not expanded
button, What should I bring to my first session?, 1 control, not expanded
button, What do I say? What if I don't know where to start?, 1 control, not expanded
button, I feel nervous about starting. Is that normal?, 1 control, not expanded
button, Do I need to have goals before I start?, 1 control, not expanded
button, How do I know my therapist is qualified?, 1 control, not expanded
button, Have you worked with problems like mine?, 1 control, not expanded
button, What type of therapy will I get?, 1 control, not expanded
button, Where are you, and is it easy to get to?, 1 control, not expanded
button, How soon can I start?, 1 control, not expanded
button, What happens on the free call?, 1 control, not expanded
button, Do you see people in my language?, 1 control, not expanded
button, Do you see couples, families or teenagers?, 1 control, not expanded
button, Can I bring someone with me?, 1 control, not expanded
button, How much does therapy cost?, 1 control, not expanded
button, Can I use my insurance or health plan?, 1 control, not expanded
button, Can I claim some of the cost back from my insurance?, 1 control, not expanded
button, Do you offer lower fees if I can't afford the full cost?, 1 control, not expanded
button, Can I get an estimate of what therapy will cost?, 1 control, not expanded
button, What if I need to cancel or miss a session?, 1 control, not expanded
button, How long is a session?, 1 control, not expanded
button, How often will I come?, 1 control, not expanded
button, How many sessions will I need?, 1 control, not expanded
button, How will I know if therapy is helping?, 1 control, not expanded
button, Can my therapist prescribe medication?, 1 control, not expanded
button, When can I have sessions?, 1 control, not expanded
button, Can I contact you between sessions?, 1 control, not expanded
button, What if I am late?, 1 control, not expanded
button, Will I get a diagnosis?, 1 control, not expanded
button, Is what I say kept private?, 1 control, not expanded
button, Who can see my records?, 1 control, not expanded
button, Will you talk to my doctor?, 1 control, not expanded
button, What is online therapy like, and is it private?, 1 control, not expanded
button, What if the connection drops during an online session?, 1 control, not expanded
button, What if my therapist doesn't feel like a good fit?, 1 control, not expanded
button, What if I cry in a session?, 1 control, not expanded
button, Do I have to talk about trauma right away?, 1 control, not expanded
button, Will my therapist understand my culture and background?, 1 control, not expanded
button, Can I take a break or stop therapy?, 1 control, not expanded
button, What should I do if I am in crisis between sessions?, 1 control, not expanded
button, What if I am unhappy with my therapist?, 1 control, not expanded
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-faq-tabbing-chromium */

snapshots["therapy-faq-tabbing-webkit"] = 
`heading, Questions people often ask before starting therapy, level 2
searchbox, Search the questions, placeholder For example: cost, online
button, All topics, pressed
button, Getting started, not pressed
button, Cost and insurance, not pressed
button, Sessions, not pressed
button, Privacy, not pressed
button, Online therapy, not pressed
button, Feelings and fit, not pressed
button, Open all answers
button, Close all answers
button, How do I book a first session?, 1 control, not expanded
button, What happens in the first session?, 1 control, not expanded
button, What should I bring to my first session?, 1 control, not expanded
button, What do I say? What if I don't know where to start?, 1 control, not expanded
button, I feel nervous about starting. Is that normal?, 1 control, not expanded
button, Do I need to have goals before I start?, 1 control, not expanded
button, How do I know my therapist is qualified?, 1 control, not expanded
button, Have you worked with problems like mine?, 1 control, not expanded
button, What type of therapy will I get?, 1 control, not expanded
button, Where are you, and is it easy to get to?, 1 control, not expanded
button, How soon can I start?, 1 control, not expanded
button, What happens on the free call?, 1 control, not expanded
button, Do you see people in my language?, 1 control, not expanded
button, Do you see couples, families or teenagers?, 1 control, not expanded
button, Can I bring someone with me?, 1 control, not expanded
button, How much does therapy cost?, 1 control, not expanded
button, Can I use my insurance or health plan?, 1 control, not expanded
button, Can I claim some of the cost back from my insurance?, 1 control, not expanded
button, Do you offer lower fees if I can't afford the full cost?, 1 control, not expanded
button, Can I get an estimate of what therapy will cost?, 1 control, not expanded
button, What if I need to cancel or miss a session?, 1 control, not expanded
button, How long is a session?, 1 control, not expanded
button, How often will I come?, 1 control, not expanded
button, How many sessions will I need?, 1 control, not expanded
button, How will I know if therapy is helping?, 1 control, not expanded
button, Can my therapist prescribe medication?, 1 control, not expanded
button, When can I have sessions?, 1 control, not expanded
button, Can I contact you between sessions?, 1 control, not expanded
button, What if I am late?, 1 control, not expanded
button, Will I get a diagnosis?, 1 control, not expanded
button, Is what I say kept private?, 1 control, not expanded
button, Who can see my records?, 1 control, not expanded
button, Will you talk to my doctor?, 1 control, not expanded
button, What is online therapy like, and is it private?, 1 control, not expanded
button, What if the connection drops during an online session?, 1 control, not expanded
button, What if my therapist doesn't feel like a good fit?, 1 control, not expanded
button, What if I cry in a session?, 1 control, not expanded
button, Do I have to talk about trauma right away?, 1 control, not expanded
button, Will my therapist understand my culture and background?, 1 control, not expanded
button, Can I take a break or stop therapy?, 1 control, not expanded
button, What should I do if I am in crisis between sessions?, 1 control, not expanded
button, What if I am unhappy with my therapist?, 1 control, not expanded
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-faq-tabbing-webkit */

