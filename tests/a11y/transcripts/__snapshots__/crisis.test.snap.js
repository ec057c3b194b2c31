/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots['therapy-crisis-reading'] = `region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list
paragraph
Calm Harbour Therapy is not an emergency service, and messages may not be read straight away. These services can help at any hour.
end of paragraph
paragraph
Numbers last checked: November 2026.
end of paragraph
end of region, If you need help right now
region, If you need help right now
heading, If you need help right now, level 2
paragraph
If you are thinking about suicide, or you feel you might not be safe, you deserve support right now. You do not have to wait, and you do not have to face this alone. Feelings like this can change, and help works.
end of paragraph
list
listitem, level 1, position 1, set size 4
Emergency services
link, Call 999
If you or someone else is in danger right now.
end of listitem, level 1, position 1, set size 4
listitem, level 1, position 2, set size 4
Samaritans
link, Call 116 123
Free, at any hour.
end of listitem, level 1, position 2, set size 4
listitem, level 1, position 3, set size 4
Shout
link, Text SHOUT to 85258
Free support by text.
end of listitem, level 1, position 3, set size 4
listitem, level 1, position 4, set size 4
NHS 111
link, Call 111
In England, choose the mental health option.
end of listitem, level 1, position 4, set size 4
end of list`;
/* end snapshot therapy-crisis-reading */

snapshots['therapy-crisis-tabbing-chromium'] = `region, If you need help right now
link, Call 999
link, Call 116 123
link, Text SHOUT to 85258
link, Call 111`;
/* end snapshot therapy-crisis-tabbing-chromium */

snapshots['therapy-crisis-tabbing-webkit'] = `region, If you need help right now
link, Call 999
link, Call 116 123
link, Text SHOUT to 85258
link, Call 111`;
/* end snapshot therapy-crisis-tabbing-webkit */
