/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["therapy-faq-chromium"] = 
`heading, Questions people often ask before starting therapy, level 2
searchbox, Search the questions, placeholder For example: cost, online, nervous
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
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-faq-chromium */

snapshots["therapy-confidentiality-chromium"] = 
`heading, Your privacy in therapy, level 2
button, What stays between you and your therapist, 1 control, not expanded
button, When information may be shared, 1 control, not expanded
button, Your records, 1 control, not expanded
button, Your rights, 1 control, not expanded
button, How your therapist gets support, 1 control, not expanded
button, Privacy in online sessions, 1 control, not expanded
radio, I tell my therapist I used drugs., not checked, position 1, set size 14
link, Book a session
link, Call +44 20 7946 0000`;
/* end snapshot therapy-confidentiality-chromium */

snapshots["therapy-crisis-chromium"] = 
`region, If you need help right now
link, Call 999
link, Call 116 123
link, Text SHOUT to 85258
link, Call 111`;
/* end snapshot therapy-crisis-chromium */

