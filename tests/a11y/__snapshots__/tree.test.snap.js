/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots['faq-collapsed'] = `heading "Questions people often ask before starting therapy" level=2
searchbox "Search the questions"
group "Show questions about"
  button "All topics" pressed=true
  button "Getting started" pressed=false
  button "Cost and insurance" pressed=false
  button "Sessions" pressed=false
  button "Privacy" pressed=false
  button "Online therapy" pressed=false
  button "Feelings and fit" pressed=false
button "Open all answers"
button "Close all answers"
status
heading "Getting started" level=3
heading "How do I book a first session?" level=4
  button "How do I book a first session?" expanded=false
heading "What happens in the first session?" level=4
  button "What happens in the first session?" expanded=false
heading "What should I bring to my first session?" level=4
  button "What should I bring to my first session?" expanded=false
heading "What do I say? What if I don't know where to start?" level=4
  button "What do I say? What if I don't know where to start?" expanded=false
heading "I feel nervous about starting. Is that normal?" level=4
  button "I feel nervous about starting. Is that normal?" expanded=false
heading "Do I need to have goals before I start?" level=4
  button "Do I need to have goals before I start?" expanded=false
heading "How do I know my therapist is qualified?" level=4
  button "How do I know my therapist is qualified?" expanded=false
heading "Have you worked with problems like mine?" level=4
  button "Have you worked with problems like mine?" expanded=false
heading "What type of therapy will I get?" level=4
  button "What type of therapy will I get?" expanded=false
heading "Cost and insurance" level=3
heading "How much does therapy cost?" level=4
  button "How much does therapy cost?" expanded=false
heading "Can I use my insurance or health plan?" level=4
  button "Can I use my insurance or health plan?" expanded=false
heading "Can I claim some of the cost back from my insurance?" level=4
  button "Can I claim some of the cost back from my insurance?" expanded=false
heading "Do you offer lower fees if I can't afford the full cost?" level=4
  button "Do you offer lower fees if I can't afford the full cost?" expanded=false
heading "Can I get an estimate of what therapy will cost?" level=4
  button "Can I get an estimate of what therapy will cost?" expanded=false
heading "What if I need to cancel or miss a session?" level=4
  button "What if I need to cancel or miss a session?" expanded=false
heading "Sessions" level=3
heading "How long is a session?" level=4
  button "How long is a session?" expanded=false
heading "How often will I come?" level=4
  button "How often will I come?" expanded=false
heading "How many sessions will I need?" level=4
  button "How many sessions will I need?" expanded=false
heading "How will I know if therapy is helping?" level=4
  button "How will I know if therapy is helping?" expanded=false
heading "Can my therapist prescribe medication?" level=4
  button "Can my therapist prescribe medication?" expanded=false
heading "Privacy" level=3
heading "Is what I say kept private?" level=4
  button "Is what I say kept private?" expanded=false
heading "Who can see my records?" level=4
  button "Who can see my records?" expanded=false
heading "Will you talk to my doctor?" level=4
  button "Will you talk to my doctor?" expanded=false
heading "Online therapy" level=3
heading "What is online therapy like, and is it private?" level=4
  button "What is online therapy like, and is it private?" expanded=false
heading "What if the connection drops during an online session?" level=4
  button "What if the connection drops during an online session?" expanded=false
heading "Feelings and fit" level=3
heading "What if my therapist doesn't feel like a good fit?" level=4
  button "What if my therapist doesn't feel like a good fit?" expanded=false
heading "What if I cry in a session?" level=4
  button "What if I cry in a session?" expanded=false
heading "Do I have to talk about trauma right away?" level=4
  button "Do I have to talk about trauma right away?" expanded=false
heading "Will my therapist understand my culture and background?" level=4
  button "Will my therapist understand my culture and background?" expanded=false
heading "Can I take a break or stop therapy?" level=4
  button "Can I take a break or stop therapy?" expanded=false
heading "What should I do if I am in crisis between sessions?" level=4
  button "What should I do if I am in crisis between sessions?" expanded=false
heading "Ready when you are" level=3
link "Book a session"`;
/* end snapshot faq-collapsed */

snapshots['faq-first-open'] = `heading "Questions people often ask before starting therapy" level=2
searchbox "Search the questions"
group "Show questions about"
  button "All topics" pressed=true
  button "Getting started" pressed=false
  button "Cost and insurance" pressed=false
  button "Sessions" pressed=false
  button "Privacy" pressed=false
  button "Online therapy" pressed=false
  button "Feelings and fit" pressed=false
button "Open all answers"
button "Close all answers"
status
heading "Getting started" level=3
heading "How do I book a first session?" level=4
  button "How do I book a first session?" expanded=true
button "Copy link to this question: How do I book a first session?"
heading "What happens in the first session?" level=4
  button "What happens in the first session?" expanded=false
heading "What should I bring to my first session?" level=4
  button "What should I bring to my first session?" expanded=false
heading "What do I say? What if I don't know where to start?" level=4
  button "What do I say? What if I don't know where to start?" expanded=false
heading "I feel nervous about starting. Is that normal?" level=4
  button "I feel nervous about starting. Is that normal?" expanded=false
heading "Do I need to have goals before I start?" level=4
  button "Do I need to have goals before I start?" expanded=false
heading "How do I know my therapist is qualified?" level=4
  button "How do I know my therapist is qualified?" expanded=false
heading "Have you worked with problems like mine?" level=4
  button "Have you worked with problems like mine?" expanded=false
heading "What type of therapy will I get?" level=4
  button "What type of therapy will I get?" expanded=false
heading "Cost and insurance" level=3
heading "How much does therapy cost?" level=4
  button "How much does therapy cost?" expanded=false
heading "Can I use my insurance or health plan?" level=4
  button "Can I use my insurance or health plan?" expanded=false
heading "Can I claim some of the cost back from my insurance?" level=4
  button "Can I claim some of the cost back from my insurance?" expanded=false
heading "Do you offer lower fees if I can't afford the full cost?" level=4
  button "Do you offer lower fees if I can't afford the full cost?" expanded=false
heading "Can I get an estimate of what therapy will cost?" level=4
  button "Can I get an estimate of what therapy will cost?" expanded=false
heading "What if I need to cancel or miss a session?" level=4
  button "What if I need to cancel or miss a session?" expanded=false
heading "Sessions" level=3
heading "How long is a session?" level=4
  button "How long is a session?" expanded=false
heading "How often will I come?" level=4
  button "How often will I come?" expanded=false
heading "How many sessions will I need?" level=4
  button "How many sessions will I need?" expanded=false
heading "How will I know if therapy is helping?" level=4
  button "How will I know if therapy is helping?" expanded=false
heading "Can my therapist prescribe medication?" level=4
  button "Can my therapist prescribe medication?" expanded=false
heading "Privacy" level=3
heading "Is what I say kept private?" level=4
  button "Is what I say kept private?" expanded=false
heading "Who can see my records?" level=4
  button "Who can see my records?" expanded=false
heading "Will you talk to my doctor?" level=4
  button "Will you talk to my doctor?" expanded=false
heading "Online therapy" level=3
heading "What is online therapy like, and is it private?" level=4
  button "What is online therapy like, and is it private?" expanded=false
heading "What if the connection drops during an online session?" level=4
  button "What if the connection drops during an online session?" expanded=false
heading "Feelings and fit" level=3
heading "What if my therapist doesn't feel like a good fit?" level=4
  button "What if my therapist doesn't feel like a good fit?" expanded=false
heading "What if I cry in a session?" level=4
  button "What if I cry in a session?" expanded=false
heading "Do I have to talk about trauma right away?" level=4
  button "Do I have to talk about trauma right away?" expanded=false
heading "Will my therapist understand my culture and background?" level=4
  button "Will my therapist understand my culture and background?" expanded=false
heading "Can I take a break or stop therapy?" level=4
  button "Can I take a break or stop therapy?" expanded=false
heading "What should I do if I am in crisis between sessions?" level=4
  button "What should I do if I am in crisis between sessions?" expanded=false
heading "Ready when you are" level=3
link "Book a session"`;
/* end snapshot faq-first-open */

snapshots['faq-filtered-insur'] = `heading "Questions people often ask before starting therapy" level=2
searchbox "Search the questions"
button "Clear search"
group "Show questions about"
  button "All topics" pressed=true
  button "Getting started" pressed=false
  button "Cost and insurance" pressed=false
  button "Sessions" pressed=false
  button "Privacy" pressed=false
  button "Online therapy" pressed=false
  button "Feelings and fit" pressed=false
button "Open all answers"
button "Close all answers"
status
heading "Getting started" level=3
heading "What should I bring to my first session?" level=4
  button "What should I bring to my first session?" expanded=false
heading "Cost and insurance" level=3
heading "How much does therapy cost?" level=4
  button "How much does therapy cost?" expanded=false
heading "Can I use my insurance or health plan?" level=4
  button "Can I use my insurance or health plan?" expanded=false
heading "Can I claim some of the cost back from my insurance?" level=4
  button "Can I claim some of the cost back from my insurance?" expanded=false
heading "Privacy" level=3
heading "Who can see my records?" level=4
  button "Who can see my records?" expanded=false
heading "Ready when you are" level=3
link "Book a session"`;
/* end snapshot faq-filtered-insur */

snapshots['faq-no-results'] = `heading "Questions people often ask before starting therapy" level=2
searchbox "Search the questions"
button "Clear search"
group "Show questions about"
  button "All topics" pressed=true
  button "Getting started" pressed=false
  button "Cost and insurance" pressed=false
  button "Sessions" pressed=false
  button "Privacy" pressed=false
  button "Online therapy" pressed=false
  button "Feelings and fit" pressed=false
button "Open all answers"
button "Close all answers"
status
button "Clear search"
heading "Ready when you are" level=3
link "Book a session"`;
/* end snapshot faq-no-results */

snapshots['guide-stage-before'] = `heading "What to expect in therapy" level=2
tablist "Stages of therapy" orientation=horizontal
  tab "Before you start" selected=true
  tab "First session" selected=false
  tab "Early sessions" selected=false
  tab "Ongoing therapy" selected=false
  tab "Ending" selected=false
tabpanel "Before you start"
  heading "Before you start" level=3
  heading "What happens" level=4
  heading "What your therapist does" level=4
  heading "What you can do" level=4
  heading "Common feelings" level=4
  heading "Questions you might ask" level=4
  list
    listitem
    listitem
    listitem
    listitem
    listitem
button "Next stage: First session"
heading "Prepare for your first session" level=3
group "Questions to ask"
  legend "Questions to ask"
  checkbox "What training do you have, and who are you licensed or registered with?" checked=false
  checkbox "Have you worked with people with worries like mine?" checked=false
  checkbox "What type of therapy do you use, and how does it work?" checked=false
  checkbox "What stays private, and when might you have to share something?" checked=false
  checkbox "How many sessions might I need, and how often?" checked=false
  checkbox "What are your fees, and what happens if I need to cancel?" checked=false
  checkbox "Can I contact you between sessions, and how?" checked=false
  checkbox "If we meet online, how do you keep our sessions private?" checked=false
textbox "What do you hope will change?"
button "Copy your list"
button "Print the guide"
status
link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"`;
/* end snapshot guide-stage-before */

snapshots['guide-stage-first-session'] = `heading "What to expect in therapy" level=2
tablist "Stages of therapy" orientation=horizontal
  tab "Before you start" selected=false
  tab "First session" selected=true
  tab "Early sessions" selected=false
  tab "Ongoing therapy" selected=false
  tab "Ending" selected=false
tabpanel "First session"
  heading "First session" level=3
  heading "What happens" level=4
  heading "What your therapist does" level=4
  list
    listitem
    listitem
    listitem
    listitem
    listitem
    listitem
  heading "What you can do" level=4
  heading "Common feelings" level=4
  heading "Questions you might ask" level=4
  list
    listitem
    listitem
    listitem
    listitem
    listitem
button "Previous stage: Before you start"
button "Next stage: Early sessions"
heading "Prepare for your first session" level=3
group "Questions to ask"
  legend "Questions to ask"
  checkbox "What training do you have, and who are you licensed or registered with?" checked=false
  checkbox "Have you worked with people with worries like mine?" checked=false
  checkbox "What type of therapy do you use, and how does it work?" checked=false
  checkbox "What stays private, and when might you have to share something?" checked=false
  checkbox "How many sessions might I need, and how often?" checked=false
  checkbox "What are your fees, and what happens if I need to cancel?" checked=false
  checkbox "Can I contact you between sessions, and how?" checked=false
  checkbox "If we meet online, how do you keep our sessions private?" checked=false
textbox "What do you hope will change?"
button "Copy your list"
button "Print the guide"
status
link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"`;
/* end snapshot guide-stage-first-session */

snapshots['guide-stage-early-sessions'] = `heading "What to expect in therapy" level=2
tablist "Stages of therapy" orientation=horizontal
  tab "Before you start" selected=false
  tab "First session" selected=false
  tab "Early sessions" selected=true
  tab "Ongoing therapy" selected=false
  tab "Ending" selected=false
tabpanel "Early sessions"
  heading "Early sessions" level=3
  heading "What happens" level=4
  heading "What your therapist does" level=4
  list
    listitem
    listitem
    listitem
    listitem
  heading "What you can do" level=4
  heading "Common feelings" level=4
  heading "Questions you might ask" level=4
  list
    listitem
    listitem
    listitem
    listitem
    listitem
button "Previous stage: First session"
button "Next stage: Ongoing therapy"
heading "Prepare for your first session" level=3
group "Questions to ask"
  legend "Questions to ask"
  checkbox "What training do you have, and who are you licensed or registered with?" checked=false
  checkbox "Have you worked with people with worries like mine?" checked=false
  checkbox "What type of therapy do you use, and how does it work?" checked=false
  checkbox "What stays private, and when might you have to share something?" checked=false
  checkbox "How many sessions might I need, and how often?" checked=false
  checkbox "What are your fees, and what happens if I need to cancel?" checked=false
  checkbox "Can I contact you between sessions, and how?" checked=false
  checkbox "If we meet online, how do you keep our sessions private?" checked=false
textbox "What do you hope will change?"
button "Copy your list"
button "Print the guide"
status
link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"`;
/* end snapshot guide-stage-early-sessions */

snapshots['guide-stage-ongoing'] = `heading "What to expect in therapy" level=2
tablist "Stages of therapy" orientation=horizontal
  tab "Before you start" selected=false
  tab "First session" selected=false
  tab "Early sessions" selected=false
  tab "Ongoing therapy" selected=true
  tab "Ending" selected=false
tabpanel "Ongoing therapy"
  heading "Ongoing therapy" level=3
  heading "What happens" level=4
  heading "What your therapist does" level=4
  heading "What you can do" level=4
  heading "Common feelings" level=4
  heading "Questions you might ask" level=4
  list
    listitem
    listitem
    listitem
    listitem
    listitem
button "Previous stage: Early sessions"
button "Next stage: Ending"
heading "Prepare for your first session" level=3
group "Questions to ask"
  legend "Questions to ask"
  checkbox "What training do you have, and who are you licensed or registered with?" checked=false
  checkbox "Have you worked with people with worries like mine?" checked=false
  checkbox "What type of therapy do you use, and how does it work?" checked=false
  checkbox "What stays private, and when might you have to share something?" checked=false
  checkbox "How many sessions might I need, and how often?" checked=false
  checkbox "What are your fees, and what happens if I need to cancel?" checked=false
  checkbox "Can I contact you between sessions, and how?" checked=false
  checkbox "If we meet online, how do you keep our sessions private?" checked=false
textbox "What do you hope will change?"
button "Copy your list"
button "Print the guide"
status
link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"`;
/* end snapshot guide-stage-ongoing */

snapshots['guide-stage-ending'] = `heading "What to expect in therapy" level=2
tablist "Stages of therapy" orientation=horizontal
  tab "Before you start" selected=false
  tab "First session" selected=false
  tab "Early sessions" selected=false
  tab "Ongoing therapy" selected=false
  tab "Ending" selected=true
tabpanel "Ending"
  heading "Ending" level=3
  heading "What happens" level=4
  heading "What your therapist does" level=4
  heading "What you can do" level=4
  heading "Common feelings" level=4
  heading "Questions you might ask" level=4
  list
    listitem
    listitem
    listitem
    listitem
button "Previous stage: Ongoing therapy"
heading "Prepare for your first session" level=3
group "Questions to ask"
  legend "Questions to ask"
  checkbox "What training do you have, and who are you licensed or registered with?" checked=false
  checkbox "Have you worked with people with worries like mine?" checked=false
  checkbox "What type of therapy do you use, and how does it work?" checked=false
  checkbox "What stays private, and when might you have to share something?" checked=false
  checkbox "How many sessions might I need, and how often?" checked=false
  checkbox "What are your fees, and what happens if I need to cancel?" checked=false
  checkbox "Can I contact you between sessions, and how?" checked=false
  checkbox "If we meet online, how do you keep our sessions private?" checked=false
textbox "What do you hope will change?"
button "Copy your list"
button "Print the guide"
status
link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"`;
/* end snapshot guide-stage-ending */

snapshots['confidentiality-collapsed'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=false
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-collapsed */

snapshots['confidentiality-first-open'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-first-open */

snapshots['confidentiality-scenario-drugs'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=true
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I tell my therapist I used drugs." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-drugs */

snapshots['confidentiality-scenario-suicidal-thoughts'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=true
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I have thoughts of ending my life." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-suicidal-thoughts */

snapshots['confidentiality-scenario-harm-others'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=true
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I have thoughts of hurting someone." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-harm-others */

snapshots['confidentiality-scenario-child-harm'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=true
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I’m worried a child is being hurt." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-child-harm */

snapshots['confidentiality-scenario-past-abuse'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=true
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I tell my therapist I was hurt or abused as a child." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-past-abuse */

snapshots['confidentiality-scenario-past-crime'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=true
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "I tell my therapist about a crime from my past." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-past-crime */

snapshots['confidentiality-scenario-family-member'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=true
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My partner or a family member calls to ask about me." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-family-member */

snapshots['confidentiality-scenario-employer'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=true
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My employer calls to ask if I’m a client." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-employer */

snapshots['confidentiality-scenario-parent'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=true
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My parent asks what I said. (I am under 18.)" level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-parent */

snapshots['confidentiality-scenario-doctor'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=true
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My doctor asks how my therapy is going." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-doctor */

snapshots['confidentiality-scenario-insurer'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=true
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My insurer asks for information." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-insurer */

snapshots['confidentiality-scenario-court'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=true
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=false
group "The answer"
  heading "A court asks for my records." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-court */

snapshots['confidentiality-scenario-supervision'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=true
  radio "I have my session online from home." checked=false
group "The answer"
  heading "My therapist talks about my case with a supervisor." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-supervision */

snapshots['confidentiality-scenario-online-session'] = `heading "Your privacy in therapy" level=2
heading "What stays between you and your therapist" level=3
  button "What stays between you and your therapist" expanded=true
heading "When information may be shared" level=3
  button "When information may be shared" expanded=false
heading "Your records" level=3
  button "Your records" expanded=false
heading "Your rights" level=3
  button "Your rights" expanded=false
heading "How your therapist gets support" level=3
  button "How your therapist gets support" expanded=false
heading "Privacy in online sessions" level=3
  button "Privacy in online sessions" expanded=false
heading "Would this stay private?" level=3
group "Choose a situation"
  legend "Choose a situation"
  radio "I tell my therapist I used drugs." checked=false
  radio "I have thoughts of ending my life." checked=false
  radio "I have thoughts of hurting someone." checked=false
  radio "I’m worried a child is being hurt." checked=false
  radio "I tell my therapist I was hurt or abused as a child." checked=false
  radio "I tell my therapist about a crime from my past." checked=false
  radio "My partner or a family member calls to ask about me." checked=false
  radio "My employer calls to ask if I’m a client." checked=false
  radio "My parent asks what I said. (I am under 18.)" checked=false
  radio "My doctor asks how my therapy is going." checked=false
  radio "My insurer asks for information." checked=false
  radio "A court asks for my records." checked=false
  radio "My therapist talks about my case with a supervisor." checked=false
  radio "I have my session online from home." checked=true
group "The answer"
  heading "I have my session online from home." level=4
list
  listitem
    link "Book a session"
link "Call 988"
link "Text 988"
link "Call 911"
status`;
/* end snapshot confidentiality-scenario-online-session */

snapshots['crisis'] = `region "If you need help right now"
  heading "If you need help right now" level=2
  list
    listitem
      link "Call 911"
    listitem
      link "Call 988"
      link "Text 988"
    listitem
      link "Text HOME to 741741"`;
/* end snapshot crisis */
