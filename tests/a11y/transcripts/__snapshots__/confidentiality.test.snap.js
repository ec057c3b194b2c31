/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots['therapy-confidentiality-reading'] = `heading, Your privacy in therapy, level 2
paragraph
Most people want to know what stays private in therapy. Many think everything does. Most of it does, but there are a few limits. This page explains them in plain words, so there are no surprises. Read at your own pace, and ask about anything here.
end of paragraph
paragraph
Last reviewed: November 2026.
end of paragraph
heading, What stays between you and your therapist, level 3
button, What stays between you and your therapist, 1 control, not expanded
end of heading, What stays between you and your therapist, level 3
paragraph
What you say in therapy is kept private. This is called confidentiality. It is a big part of what makes therapy feel safe.
end of paragraph
paragraph
In most cases, your therapist will not share what you talk about unless you agree. That includes your family, your friends, your school and your job. Your therapist will not even say that you are a client.
end of paragraph
paragraph
You choose what to share, and when. You do not have to tell your therapist everything. You can ask what would happen to something before you share it.
end of paragraph
paragraph
There are a few limits, explained below. Your therapist should talk about them with you at the start.
end of paragraph
heading, When information may be shared, level 3
button, When information may be shared, 1 control, not expanded
end of heading, When information may be shared, level 3
paragraph
In the UK, therapists follow the law. They also follow the rules of a professional body such as the BACP, or of a regulator such as the HCPC. Without your consent, they may share information only when the law requires it, or in the public interest, such as to prevent serious harm. Even then, they share as little as they can. The main limits are:
end of paragraph
list
listitem, level 1, position 1, set size 6
Serious harm. If you or others could be badly hurt, your therapist may share what is needed to stop it.
end of listitem, level 1, position 1, set size 6
listitem, level 1, position 2, set size 6
Safeguarding. If a child or an adult at risk may not be safe, your therapist may tell the right services.
end of listitem, level 1, position 2, set size 6
listitem, level 1, position 3, set size 6
Terrorism. Anyone with information that may help prevent terrorism must tell the police. This is set out in section 38B of the Terrorism Act 2000.
end of listitem, level 1, position 3, set size 6
listitem, level 1, position 4, set size 6
Child sexual abuse in England. A new law, the Crime and Policing Act 2026, creates a duty to report child sexual abuse. It is for people who work with children in certain roles. It applies once it comes into force.
end of listitem, level 1, position 4, set size 6
listitem, level 1, position 5, set size 6
Northern Ireland. Here the law is different. Under section 5 of the Criminal Law Act (Northern Ireland) 1967, anyone who knows of a serious crime may have to tell the police. This does not apply if they have a reasonable excuse.
end of listitem, level 1, position 5, set size 6
listitem, level 1, position 6, set size 6
Courts. A court may order a therapist to share records.
end of listitem, level 1, position 6, set size 6
end of list
paragraph
Where it is safe and lawful, your therapist will normally talk with you first, before sharing anything. They would share only what is needed. And they would share it only with the people who need to know.
end of paragraph
paragraph
Talking about thoughts of suicide does not by itself mean anything is shared. Your therapist wants to hear about these thoughts. Most often, you make a safety plan together. If you need help right now, please call your local emergency number or a crisis line.
end of paragraph
paragraph
You are welcome to ask how these limits work at Calm Harbour Therapy. You can ask before you share anything.
end of paragraph
heading, Your records, level 3
button, Your records, 1 control, not expanded
end of heading, Your records, level 3
paragraph
Your therapist keeps a record of your sessions. It usually holds your contact details, the dates you met and short notes about what you worked on. It is kept safe, on paper or on a secure computer system.
end of paragraph
paragraph
Only people who need your record for your care can usually see it. This may be your therapist and a few office staff. Others usually need your agreement, except in the rare cases where information may be shared.
end of paragraph
paragraph
How long records are kept varies by place and profession. You can ask how long they are kept at Calm Harbour Therapy.
end of paragraph
paragraph
In NHS services, it is common to share some information with your GP, such as a short letter after you are assessed. In private practice, your therapist may ask you first.
end of paragraph
paragraph
If you claim on private health insurance, the insurer may ask for some details, such as the dates you met. You can ask what is shared before you start.
end of paragraph
heading, Your rights, level 3
button, Your rights, 1 control, not expanded
end of heading, Your rights, level 3
paragraph
Under UK GDPR, you have the right to see the information held about you. This is called a subject access request.
end of paragraph
list
listitem, level 1, position 1, set size 5
It is free.
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
You should get an answer within one month. For complex requests, this can be extended by up to two more months.
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
Some information can be held back in certain cases. For example, this may be health information that is likely to cause serious harm, or details about another person.
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
You can ask for mistakes to be put right.
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
If you are unhappy, you can complain to the practice. You can then complain to the ICO, the Information Commissioner’s Office.
end of listitem, level 1, position 5, set size 5
end of list
heading, How your therapist gets support, level 3
button, How your therapist gets support, 1 control, not expanded
end of heading, How your therapist gets support, level 3
paragraph
Most therapists talk about their work with a supervisor or a trusted colleague. This is a normal part of good, safe practice. It helps your therapist give you the best care they can.
end of paragraph
paragraph
When they do this, they usually leave out details that could identify you, like your name. The supervisor must also keep what they hear private.
end of paragraph
paragraph
You can ask your therapist who they talk with and how it works.
end of paragraph
heading, Privacy in online sessions, level 3
button, Privacy in online sessions, 1 control, not expanded
end of heading, Privacy in online sessions, level 3
paragraph
Online sessions can be private too. Your therapist should use a secure video platform and join from a private room.
end of paragraph
paragraph
There are also things you can do on your side:
end of paragraph
list
listitem, level 1, position 1, set size 5
Find a space where others cannot hear you. Some people use a parked car.
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
Use headphones, so only you can hear your therapist.
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
Use your own device if you can.
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
On a shared device, do not save your password, and log out when you finish.
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
Agree on a word or sign you can use if someone walks in.
end of listitem, level 1, position 5, set size 5
end of list
paragraph
If privacy at home is hard, tell your therapist. Together you can find a way that feels safe.
end of paragraph
heading, Would this stay private?, level 3
paragraph
Choose a situation to see what usually happens. These are general answers. Your therapist can tell you how things work at Calm Harbour Therapy.
end of paragraph
group, Choose a situation, Choose a situation, and the answer will show here.
Choose a situation
radio, I tell my therapist I used drugs., not checked, position 1, set size 14
I tell my therapist I used drugs.
radio, I have thoughts of ending my life., not checked, position 2, set size 14
I have thoughts of ending my life.
radio, I have thoughts of hurting someone., not checked, position 3, set size 14
I have thoughts of hurting someone.
radio, I’m worried a child is being hurt., not checked, position 4, set size 14
I’m worried a child is being hurt.
radio, I tell my therapist I was hurt or abused as a child., not checked, position 5, set size 14
I tell my therapist I was hurt or abused as a child.
radio, I tell my therapist about a crime from my past., not checked, position 6, set size 14
I tell my therapist about a crime from my past.
radio, My partner or a family member calls to ask about me., not checked, position 7, set size 14
My partner or a family member calls to ask about me.
radio, My employer calls to ask if I’m a client., not checked, position 8, set size 14
My employer calls to ask if I’m a client.
radio, My parent asks what I said. (I am under 18.), not checked, position 9, set size 14
My parent asks what I said. (I am under 18.)
radio, My doctor asks how my therapy is going., not checked, position 10, set size 14
My doctor asks how my therapy is going.
radio, My insurer asks for information., not checked, position 11, set size 14
My insurer asks for information.
radio, A court asks for my records., not checked, position 12, set size 14
A court asks for my records.
radio, My therapist talks about my case with a supervisor., not checked, position 13, set size 14
My therapist talks about my case with a supervisor.
radio, I have my session online from home., not checked, position 14, set size 14
I have my session online from home.
end of group, Choose a situation, Choose a situation, and the answer will show here.
group, The answer
paragraph
Choose a situation, and the answer will show here.
end of paragraph
end of group, The answer
paragraph
This is general information, not legal advice. Rules vary by place and profession, and they can change. The privacy notice from Calm Harbour Therapy explains its own policy.
end of paragraph
paragraph
Questions about privacy are welcome. You can ask your therapist about any of this at any time. You can ask before your first session, too.
end of paragraph
list
listitem, level 1, position 1, set size 2
link, Book a session
end of listitem, level 1, position 1, set size 2
listitem, level 1, position 2, set size 2
link, Call +44 20 7946 0000
end of listitem, level 1, position 2, set size 2
end of list
status
heading, Your privacy in therapy, level 2
paragraph
Most people want to know what stays private in therapy. Many think everything does. Most of it does, but there are a few limits. This page explains them in plain words, so there are no surprises. Read at your own pace, and ask about anything here.
end of paragraph
paragraph
Last reviewed: November 2026.
end of paragraph
heading, What stays between you and your therapist, level 3
button, What stays between you and your therapist, 1 control, not expanded
end of heading, What stays between you and your therapist, level 3
paragraph
What you say in therapy is kept private. This is called confidentiality. It is a big part of what makes therapy feel safe.
end of paragraph
paragraph
In most cases, your therapist will not share what you talk about unless you agree. That includes your family, your friends, your school and your job. Your therapist will not even say that you are a client.
end of paragraph
paragraph
You choose what to share, and when. You do not have to tell your therapist everything. You can ask what would happen to something before you share it.
end of paragraph
paragraph
There are a few limits, explained below. Your therapist should talk about them with you at the start.
end of paragraph
heading, When information may be shared, level 3
button, When information may be shared, 1 control, not expanded
end of heading, When information may be shared, level 3
paragraph
In the UK, therapists follow the law. They also follow the rules of a professional body such as the BACP, or of a regulator such as the HCPC. Without your consent, they may share information only when the law requires it, or in the public interest, such as to prevent serious harm. Even then, they share as little as they can. The main limits are:
end of paragraph
list
listitem, level 1, position 1, set size 6
Serious harm. If you or others could be badly hurt, your therapist may share what is needed to stop it.
end of listitem, level 1, position 1, set size 6
listitem, level 1, position 2, set size 6
Safeguarding. If a child or an adult at risk may not be safe, your therapist may tell the right services.
end of listitem, level 1, position 2, set size 6
listitem, level 1, position 3, set size 6
Terrorism. Anyone with information that may help prevent terrorism must tell the police. This is set out in section 38B of the Terrorism Act 2000.
end of listitem, level 1, position 3, set size 6
listitem, level 1, position 4, set size 6
Child sexual abuse in England. A new law, the Crime and Policing Act 2026, creates a duty to report child sexual abuse. It is for people who work with children in certain roles. It applies once it comes into force.
end of listitem, level 1, position 4, set size 6
listitem, level 1, position 5, set size 6
Northern Ireland. Here the law is different. Under section 5 of the Criminal Law Act (Northern Ireland) 1967, anyone who knows of a serious crime may have to tell the police. This does not apply if they have a reasonable excuse.
end of listitem, level 1, position 5, set size 6
listitem, level 1, position 6, set size 6
Courts. A court may order a therapist to share records.
end of listitem, level 1, position 6, set size 6
end of list
paragraph
Where it is safe and lawful, your therapist will normally talk with you first, before sharing anything. They would share only what is needed. And they would share it only with the people who need to know.
end of paragraph
paragraph
Talking about thoughts of suicide does not by itself mean anything is shared. Your therapist wants to hear about these thoughts. Most often, you make a safety plan together. If you need help right now, please call your local emergency number or a crisis line.
end of paragraph
paragraph
You are welcome to ask how these limits work at Calm Harbour Therapy. You can ask before you share anything.
end of paragraph
heading, Your records, level 3
button, Your records, 1 control, not expanded
end of heading, Your records, level 3
paragraph
Your therapist keeps a record of your sessions. It usually holds your contact details, the dates you met and short notes about what you worked on. It is kept safe, on paper or on a secure computer system.
end of paragraph
paragraph
Only people who need your record for your care can usually see it. This may be your therapist and a few office staff. Others usually need your agreement, except in the rare cases where information may be shared.
end of paragraph
paragraph
How long records are kept varies by place and profession. You can ask how long they are kept at Calm Harbour Therapy.
end of paragraph
paragraph
In NHS services, it is common to share some information with your GP, such as a short letter after you are assessed. In private practice, your therapist may ask you first.
end of paragraph
paragraph
If you claim on private health insurance, the insurer may ask for some details, such as the dates you met. You can ask what is shared before you start.
end of paragraph
heading, Your rights, level 3
button, Your rights, 1 control, not expanded
end of heading, Your rights, level 3
paragraph
Under UK GDPR, you have the right to see the information held about you. This is called a subject access request.
end of paragraph
list
listitem, level 1, position 1, set size 5
It is free.
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
You should get an answer within one month. For complex requests, this can be extended by up to two more months.
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
Some information can be held back in certain cases. For example, this may be health information that is likely to cause serious harm, or details about another person.
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
You can ask for mistakes to be put right.
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
If you are unhappy, you can complain to the practice. You can then complain to the ICO, the Information Commissioner’s Office.
end of listitem, level 1, position 5, set size 5
end of list
heading, How your therapist gets support, level 3
button, How your therapist gets support, 1 control, not expanded
end of heading, How your therapist gets support, level 3
paragraph
Most therapists talk about their work with a supervisor or a trusted colleague. This is a normal part of good, safe practice. It helps your therapist give you the best care they can.
end of paragraph
paragraph
When they do this, they usually leave out details that could identify you, like your name. The supervisor must also keep what they hear private.
end of paragraph
paragraph
You can ask your therapist who they talk with and how it works.
end of paragraph
heading, Privacy in online sessions, level 3
button, Privacy in online sessions, 1 control, not expanded
end of heading, Privacy in online sessions, level 3
paragraph
Online sessions can be private too. Your therapist should use a secure video platform and join from a private room.
end of paragraph
paragraph
There are also things you can do on your side:
end of paragraph
list
listitem, level 1, position 1, set size 5
Find a space where others cannot hear you. Some people use a parked car.
end of listitem, level 1, position 1, set size 5
listitem, level 1, position 2, set size 5
Use headphones, so only you can hear your therapist.
end of listitem, level 1, position 2, set size 5
listitem, level 1, position 3, set size 5
Use your own device if you can.
end of listitem, level 1, position 3, set size 5
listitem, level 1, position 4, set size 5
On a shared device, do not save your password, and log out when you finish.
end of listitem, level 1, position 4, set size 5
listitem, level 1, position 5, set size 5
Agree on a word or sign you can use if someone walks in.
end of listitem, level 1, position 5, set size 5
end of list
paragraph
If privacy at home is hard, tell your therapist. Together you can find a way that feels safe.
end of paragraph
heading, Would this stay private?, level 3
paragraph
Choose a situation to see what usually happens. These are general answers. Your therapist can tell you how things work at Calm Harbour Therapy.
end of paragraph
group, Choose a situation, Choose a situation, and the answer will show here.
Choose a situation
radio, I tell my therapist I used drugs., not checked, position 1, set size 14
I tell my therapist I used drugs.
radio, I have thoughts of ending my life., not checked, position 2, set size 14
I have thoughts of ending my life.
radio, I have thoughts of hurting someone., not checked, position 3, set size 14
I have thoughts of hurting someone.
radio, I’m worried a child is being hurt., not checked, position 4, set size 14
I’m worried a child is being hurt.
radio, I tell my therapist I was hurt or abused as a child., not checked, position 5, set size 14
I tell my therapist I was hurt or abused as a child.
radio, I tell my therapist about a crime from my past., not checked, position 6, set size 14
I tell my therapist about a crime from my past.
radio, My partner or a family member calls to ask about me., not checked, position 7, set size 14
My partner or a family member calls to ask about me.
radio, My employer calls to ask if I’m a client., not checked, position 8, set size 14
My employer calls to ask if I’m a client.
radio, My parent asks what I said. (I am under 18.), not checked, position 9, set size 14
My parent asks what I said. (I am under 18.)
radio, My doctor asks how my therapy is going., not checked, position 10, set size 14
My doctor asks how my therapy is going.
radio, My insurer asks for information., not checked, position 11, set size 14
My insurer asks for information.
radio, A court asks for my records., not checked, position 12, set size 14
A court asks for my records.
radio, My therapist talks about my case with a supervisor., not checked, position 13, set size 14
My therapist talks about my case with a supervisor.
radio, I have my session online from home., not checked, position 14, set size 14
I have my session online from home.
end of group, Choose a situation, Choose a situation, and the answer will show here.
group, The answer
paragraph
Choose a situation, and the answer will show here.
end of paragraph
end of group, The answer
paragraph
This is general information, not legal advice. Rules vary by place and profession, and they can change. The privacy notice from Calm Harbour Therapy explains its own policy.
end of paragraph
paragraph
Questions about privacy are welcome. You can ask your therapist about any of this at any time. You can ask before your first session, too.
end of paragraph
list
listitem, level 1, position 1, set size 2
link, Book a session
end of listitem, level 1, position 1, set size 2
listitem, level 1, position 2, set size 2
link, Call +44 20 7946 0000
end of listitem, level 1, position 2, set size 2
end of list
status
heading, Your privacy in therapy, level 2
paragraph
Most people want to know what stays private in therapy. Many think everything does. Most of it does, but there are a few limits. This page explains them in plain words, so there are no surprises. Read at your own pace, and ask about anything here.
end of paragraph
paragraph
Last reviewed: November 2026.
end of paragraph
heading, What stays between you and your therapist, level 3
button, What stays between you and your therapist, 1 control, not expanded
end of heading, What stays between you and your therapist, level 3
paragraph
What you say in therapy is kept private. This is called confidentiality. It is a big part of what makes therapy feel safe.
end of paragraph`;
/* end snapshot therapy-confidentiality-reading */

snapshots['therapy-confidentiality-tabbing-chromium'] = `heading, Your privacy in therapy, level 2
button, What stays between you and your therapist, 1 control, not expanded
button, When information may be shared, 1 control, not expanded
button, Your records, 1 control, not expanded
button, Your rights, 1 control, not expanded
button, How your therapist gets support, 1 control, not expanded
button, Privacy in online sessions, 1 control, not expanded
radio, I tell my therapist I used drugs., not checked, position 1, set size 14
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-confidentiality-tabbing-chromium */

snapshots['therapy-confidentiality-tabbing-webkit'] = `heading, Your privacy in therapy, level 2
button, What stays between you and your therapist, 1 control, not expanded
button, When information may be shared, 1 control, not expanded
button, Your records, 1 control, not expanded
button, Your rights, 1 control, not expanded
button, How your therapist gets support, 1 control, not expanded
button, Privacy in online sessions, 1 control, not expanded
radio, I tell my therapist I used drugs., not checked, position 1, set size 14
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-confidentiality-tabbing-webkit */
