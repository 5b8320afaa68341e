# Tandem: English (complete). Every other language falls back to these, message by message.
# Plain words, short sentences, reading age about 9.
# A message's `.easier` is its wording when "Easier words" is on: fewer words, one idea a sentence.

app-name = Tandem
skip-to-content = Skip to main content
quick-exit = Quick exit
quick-exit-help = Leaves this app straight away and opens a weather page.
language-label = Language
loading = Loading…
go-home = Go to the start

## Sync status (bottom of every page)
sync-all-sent = Everything you sent has arrived.
sync-waiting = { $count ->
    [one] 1 answer is waiting to be sent.
   *[other] { $count } answers are waiting to be sent.
}
sync-offline-waiting = { $count ->
    [one] You are offline. 1 answer is saved on this phone. It will be sent when you are back online.
   *[other] You are offline. { $count } answers are saved on this phone. They will be sent when you are back online.
}
sync-refused = { $count ->
    [one] 1 answer could not be sent. It is still saved on this phone.
   *[other] { $count } answers could not be sent. They are still saved on this phone.
}
sync-store-failed = This phone is not letting Tandem save things. Please do not close the app until you see that your answers have arrived.

## Home
home-title = Welcome to Tandem
home-intro = Tandem is where you and your worker plan things together, and where you tell us what you think.
    .easier = Plan things with your worker. Tell us what you think.
home-nav-label = What you can do
home-feedback-link = What do you think of this app?
home-feedback-hint = Tell us in one minute. You do not need to give your name.
    .easier = It takes one minute. No name needed.
home-staff-link = For staff: read what people think of the app

## A staff page opened in the phone build
staff-offline-title = This page needs a connection
staff-offline-body = Staff pages open only when this device is online. Everything for young people and carers works offline.
piece-missing-title = This page needs a connection the first time
piece-missing-body = This phone has not opened this page before, so it is not saved here yet. When you have signal, try again. After that it opens with no signal too.
piece-missing-again = Try again

## Not found
not-found-title = We could not find that page
not-found-body = The link may be old. You can go back to the start.

## The 0-10 scale
scale-low = 0 = really bad
scale-high = 10 = really good
scale-option-low = { $score }, really bad
scale-option-high = { $score }, really good

## App feedback form
feedback-title = What do you think of this app?
feedback-intro = Your answer helps us make Tandem better.
    .easier = Your answer helps us.
feedback-score-legend = Pick a number from 0 to 10.
feedback-comment-label = Anything else you want to tell us? (you can leave this empty)
feedback-comment-hint = Please do not write your name or anyone else's name.
    .easier = Do not write any names.
chars-left = { $count } letters left
feedback-anonymous = We do not know who sent this. It works without internet too.
    .easier = We do not know who you are.
feedback-send = Send
feedback-thanks-title = Thank you!
feedback-thanks-sent = We got your answer.
feedback-thanks-saved = Your answer is saved on this phone. It will be sent when you are online.
feedback-audience = The Tandem team reads every answer and uses them to make the app better.
feedback-again = Give more feedback

## Joining with a code (young people and carers)
home-join-link = I have a code from my worker
home-join-hint = Use it to join. You do not need an email.
    .easier = Type the code to start. No email needed.
home-staff-sign-in = Staff sign in
join-title = Join with your code
join-intro = Your worker gave you a code. Type it in below. Then you will choose a PIN to keep your things safe.
    .easier = Type the code from your worker. Then pick a PIN.
# Beside the label of a box that must be filled in.
field-required = (must be filled in)
join-code-label = Your code
join-code-hint = 12 letters and numbers, like ACDE-FGHJ-KMNP.
    .easier = 12 letters and numbers.
join-device-label = A name for this phone (you can leave this empty)
join-submit = Join
read-aloud = Read this out loud
read-page-aloud = Read this page out loud
easier-words = Easier words
read-aloud-no-voice = This phone has no voice for { $language }, so it cannot read this out loud.
read-aloud-in-english = Show Tandem in English to listen

## PIN
pin-choose-title = Choose a PIN
pin-choose-intro = Choose 4 to 6 numbers. You will use them to open Tandem. Do not tell anyone.
    .easier = Pick 4 to 6 numbers. Keep them secret.
pin-confirm-title = Type your PIN again
pin-confirm-intro = Type the same numbers again to check.
    .easier = Type the same numbers again.
pin-mismatch = The two PINs were different. Please choose your PIN again.
    .easier = The numbers were not the same. Try again.
pin-entered = { $count ->
    [one] 1 number typed
   *[other] { $count } numbers typed
}
pin-delete = Delete the last number
pin-done = Done
home-my-data-link = What Tandem keeps about me
home-my-data-hint = What is kept, who sees it, and for how long
    .easier = What we keep about you.
my-data-title = What Tandem keeps about me
my-data-intro = { $who ->
    [carer] Tandem keeps some things about you, so you can take part in the plan and appointments. Here is what, who can see it, and for how long.
   *[other] Tandem keeps some things about you, so you and your worker can work together. Here is what, who can see it, and for how long.
}
my-data-kept-title = What Tandem keeps
my-data-kept-1 = { $who ->
    [carer] Your name, as your family's worker wrote it. Which young person you are linked to.
   *[other] Your name, as your worker wrote it. Your plan and every change to it. Your scores from sessions.
}
my-data-kept-2 = { $who ->
    [carer] Your answers to the plan and to appointments. Surveys and ideas you sent with your name. Complaints and compliments you sent with your name.
   *[other] Your appointments and your answers to them. Surveys and ideas you sent with your name. Complaints and compliments you sent with your name. If you pressed "I don't feel safe".
}
my-data-kept-phone = The phones you use Tandem on. This phone keeps only what you need when there is no signal. It is all removed when you sign out. Things you send without your name are not linked to you.
my-data-who-title = Who can see it
my-data-who-1 = { $who ->
    [carer] You, the young person's worker and their managers.
   *[other] You, your worker and their managers.
}
my-data-who-2 = { $who ->
    [carer] The young person sees their own plan. You see only the parts of the plan shared with parents and carers.
   *[other] Your parent or carer sees only the parts of your plan that are shared with them. They do not see your scores, surveys or complaints.
}
my-data-who-3 = What you send also goes into your record at the service. That is the service's own record, kept by its rules. Every time staff look at your things in Tandem, it is written down.
my-data-how-long-title = How long it is kept
my-data-how-long-1 = Once something you sent has reached your record at the service, Tandem removes its own copy of the message after { $days } days.
my-data-how-long-2 = When your time with the service ends, your worker closes your case. Your phone then sends anything still waiting and signs out. A phone that is not used signs out after { $days } days.
my-data-how-long-3 = { $months } months after your case closes, Tandem removes everything it keeps about you. Only numbers with no name on them stay, like how many people answered a survey.
my-data-how-long-usual = These are the usual times. Your service may have chosen others: this page will say so next time your phone has signal.
my-data-ask-title = Asking to see it, or to have it removed
my-data-ask-1 = You can ask to see everything Tandem keeps about you. You can also ask for it to be changed if it is wrong, or removed.
my-data-ask-2 = Tell your worker, or send a message with your name. The service must answer you within one month.
    .easier = Tell your worker, or send us a message. We must answer within one month.
my-data-ask-link = Send a message
case-closed-title = Your time with the service has ended
case-closed-body = Thank you for working with us. This phone will now sign out, and Tandem will remove what it kept on it. If you still need help, talk to your worker.
    .easier = Your time with us has ended. Thank you. This phone will sign out. Need help? Talk to your worker.
case-closed-sending = { $count ->
    [one] 1 thing you wrote is still being sent. Keep Tandem open when you have signal. The phone signs out once it is sent.
   *[other] { $count } things you wrote are still being sent. Keep Tandem open when you have signal. The phone signs out once they are sent.
}
case-closed-try-now = Try again now
lock-warning = Tandem will lock in a minute, to keep your things private. Your PIN opens it again.
    .easier = Tandem locks in one minute. Your PIN opens it.
lock-still-here = I'm still here
lock-title = Enter your PIN
lock-intro = Tandem locked itself to keep your things safe. Type your PIN to carry on.
    .easier = Tandem is locked. Type your PIN.
lock-new-code = I forgot my PIN
lock-tries-left = { $count ->
    [one] You can try 1 more time. After that, Tandem signs out on this phone.
   *[other] You can try { $count } more times. After that, Tandem signs out on this phone.
}

## Devices
devices-title = Your phones
devices-intro = These are the phones where you are signed in to Tandem. If one is not yours any more, sign it out.
    .easier = These phones use Tandem as you. Sign out any that are not yours.
devices-unnamed = A phone
devices-this-one = This phone
devices-last-used = Last used { $date }
devices-sign-out = Sign this phone out
devices-carers-title = Your parents and carers on Tandem
devices-carers-intro = These people can see the things you choose to share with them.
devices-no-carers = Nobody yet.
devices-shared-title = Other people use this phone
devices-shared-label = This phone is shared
devices-shared-hint = Tandem then keeps nothing on this phone except what you have written and not sent yet, and asks for your PIN every time you come back to it.
    .easier = Tandem then keeps almost nothing on this phone. It asks for your PIN every time.

## Account menu
nav-account-label = Your account
nav-signed-in-as = Signed in as { $name }
# Beside the name on every page of the demo service.
nav-demo = Demo: the people here are made up
nav-staff-home = My work
nav-devices = My phones
nav-sign-out = Sign out
sign-out-unsent = { $count ->
    [one] 1 thing you wrote has not reached Tandem yet. Signing out deletes it from this phone.
   *[other] { $count } things you wrote have not reached Tandem yet. Signing out deletes them from this phone.
}
sign-out-stay = Stay signed in and send them later
sign-out-anyway = Sign out and delete them

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = Something went wrong sending this. Please try again.
error-unsupported_media_type = Something went wrong sending this. Please try again.
error-payload_too_large = This is too long to send. Please make it shorter.
error-not_found = We could not find that.
error-method_not_allowed = That cannot be done here.
error-unauthorized = Please sign in first.
error-forbidden = You are not allowed to see this.
error-missing_operation_id = Something went wrong sending this. Please try again.
error-invalid_operation_id = Something went wrong sending this. Please try again.
error-operation_id_reused = This was already sent with different answers. Please write it again.
error-score_out_of_range = Please pick a number from 0 to 10.
error-text_too_long = That is too long. Please make it shorter.
error-text_has_control_characters = Some of the letters cannot be saved. Please type them again.
error-invalid_invite_code = That code is not right. Check it with your worker.
error-offline = You are offline. What you wrote is saved on this phone and will be sent when you are back online.
error-storage_unavailable = Tandem is having a problem right now. What you wrote is safe. Please try again soon.
error-internal = Something went wrong on our side. What you wrote is safe. Please try again.
error-invite_used_or_expired = That code has been used or is too old. Ask your worker for a new one.
error-invalid_pin = Your PIN must be 4, 5 or 6 numbers.
error-wrong_pin = That PIN is not right. Try again.
error-pin_required = Enter your PIN to carry on.
error-pin_not_set = Choose a PIN first.
error-device_session_ended = This phone has been signed out to keep you safe. Ask your worker for a new code.
error-invalid_email = Please enter a whole email address, like name@example.org.
error-password_too_short = The password must be at least 12 characters long.
error-wrong_credentials = The email or password is not right.
error-session_expired = You have been signed out. Please sign in again.
error-name_required = Please enter a name.
error-email_taken = Someone already has an account with that email.
error-cannot_disable_yourself = You cannot disable your own account. Ask another admin.
error-wrong_current_password = Your current password is not right.
error-passkey_required = Use your passkey to finish signing in.
error-passkey_setup_required = Your service asks managers and admins to add a passkey before anything else.
error-passkey_not_accepted = That passkey could not be used. Try again, or sign in with your email and password.
error-passkey_timed_out = That took too long. Please try again.
error-passkey_already_added = That passkey is already on an account.
error-last_passkey_needed = Your service needs you to keep a passkey. Add another before you remove this one.
error-cross_site_request = This came from another website, so we did not do it.
error-rate_limited = Too many tries. Please wait a little and try again.
error-pin_already_set = This phone already has a PIN.
error-link_used_or_expired = That link has been used or is too old. Ask for a new one.
error-not_a_young_person = That person is not a young person.
error-not_a_carer = That person is not a parent or carer.
error-not_a_worker = That person is not a worker.
error-invalid_parameter = Something went wrong with that link. Please go back and try again.
error-join_code_not_found = There is no open session with that code. Check the code with your worker.
error-session_closed = This session has finished, so scores can no longer be given.
error-already_joined = You have already joined this session.
error-already_scored = You have already given this score.
error-end_scores_not_open = Your worker has not asked for end scores yet. Give this score when they do.
error-sign_in_to_join = This session is for young people who are signed in. Ask your worker.
error-implausible_device_time = This phone's clock looks wrong, so the score could not be placed. Check the time on the phone.
error-phase_cannot_go_back = A session only moves forward: start, then end, then closed.
error-measure_not_in_session = That question is not part of this session.
error-topic_not_in_programme = Choose a topic from this programme.
error-invalid_phone_number = Please give a phone number: digits and spaces, with + at the start if needed.
error-text_required = Please write something in this box.
error-invalid_follow_token = This phone could not make its code for following what you send. Please close Tandem and open it again.
error-invalid_participant_token = This phone could not make its code for this session. Please close Tandem and open it again.
error-free_time_gone = That time has just been taken or removed. Please choose another, or say what would suit you.
error-topics_required = Add at least one session topic.
error-too_many_topics = A programme can have at most 52 topics.
error-invalid_time = Please enter a real time, like 16:00.
error-appointment_in_past = That time has already passed. Choose a time still to come.
error-due_date_out_of_range = Choose a day from today to a year from now.
error-form_not_for_person = This form is for someone else: young people get their own forms, and parents and carers theirs.
error-invalid_link = A map link must be a whole web address starting with https://.
error-reason_required = Please say what needs to change, so your worker can sort it out.
error-appointment_over = This appointment has already happened or was cancelled, so it cannot be answered now.
error-invalid_push_subscription = This phone could not be set up for reminders. Please try again.
error-invalid_signature = The request's signature is missing, wrong or too old.
error-questions_required = Add at least one question.
error-too_many_questions = A survey can have at most 60 questions.
error-invalid_survey = Something in this survey does not fit together: check each question's options and when it is shown.
error-answer_not_in_survey = That answer is for a question this survey does not have. Please start the survey again.
error-choice_required = Please choose one of these first.
error-answer_required = Please answer this question.
error-invalid_answer = That answer does not fit this question.
error-survey_not_open = This survey is not open for answers now.
error-already_answered = You have already answered this survey. Thank you!
error-outcome_required = Say what was decided before marking this resolved.
error-out_of_range = That number is outside what is allowed here.
error-closes_before_opens = The closing day is before the opening day.
error-invalid_consultation = Something in this consultation does not fit together: check each activity has words, at least two issues on a ballot, and no id used twice.
error-consultation_not_open = This consultation is not open now, so this could not be counted.
error-already_voted = You have already voted on this. Each person votes once.
error-too_few_to_show = Fewer than five anonymous answers match this, so they are not shown: so few could tell someone who said what. Choose a wider filter.
error-ranked_twice = You picked the same issue twice. Choose a different one for each place.
error-statement_not_approved = That statement is not open for votes.
error-voice_note_too_large = That voice note is too long. Keep it under about two minutes, or write your answer instead.
error-already_published = This consultation is published, so its activities can no longer change.
error-reminder_times_clash = Quiet hours must run overnight, and the evening reminder must come before them.
error-relay_event_state = That event cannot be changed that way now. Only a failed event can be sent again, and only one not yet in the record can be marked as recorded.
error-target_required = Write the target first: what do you want to work on?
error-too_many_targets = A plan can have at most 20 targets.
error-not_your_column = That part of the plan is someone else's to write.
error-invalid_date = Please enter a real date.
error-closure_in_future = A case can be closed today or on a day already past, not on a day still to come.
error-case_closed = This case is closed, so nothing new can be added. Reopen the case first.
error-events_waiting = Some of what this person sent has not reached the case record yet. Send or record it on the relay page first, so nothing is lost.
error-plan_version_not_current = The plan has changed since you read it. Read it again before you say if you agree.
error-plan_edit_conflict = Someone else changed this box while you were writing. Choose which words to keep.

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = My plan
home-plan-hint = Your targets, in your own words. Read them, write your part, and say if you agree.
    .easier = Your goals. Write your part. Say if it is OK.
home-plan-link-carer = The plan
home-plan-hint-carer = Your young person's targets. Read them, write what you will do to help, and say if you agree.
    .easier = Your young person's goals. Write how you will help. Say if it is OK.
plan-title = Plan
plan-mine = My plan
plan-of = { $name }'s plan
plan-none = There is no plan here yet. Your worker will start it with you.
    .easier = No plan yet. Your worker will help you start it.
plan-empty = No targets yet. Your worker will write them with you.
    .easier = No goals yet. Your worker will help you.
plan-offline-copy = You have no signal, so this is the plan as it was last time. What you write is kept on this phone and sent later.
    .easier = No signal. This is your plan from last time. What you write is saved and sent later.
plan-field-target = Target
    .easier = Goal
plan-field-i-will = To do this I will...
    .easier = What I will do
plan-field-carer-will = Parent or carer will...
    .easier = What my parent or carer will do
plan-field-worker-will = Worker will...
    .easier = What my worker will do
plan-field-how-i-know = How will I know I am successful?
    .easier = How will I know it worked?
plan-party-young-person = young person
plan-party-carer = parent or carer
plan-party-worker = worker
plan-not-written = Not written yet
plan-write = Write this
plan-change = Change
# A box's button as a screen reader names it: "Change: How I'll do it, for Get to school".
plan-box-action = { $action }: { $box }, for { $target }
plan-change-target = Change the target
plan-save = Save
plan-cancel = Cancel
plan-saved-box = Saved: { $box }.
plan-waiting-to-send = Saved on this phone. It will be sent when there is signal.
    .easier = Saved. It is sent when there is signal.
plan-suggestion = Your worker suggests words for "{ $column }":
plan-accept = Use these words
plan-decline = No thanks
plan-status-achieved = Done!
plan-status-dropped = Stopped: { $reason }
plan-review-on = Review on { $date }
plan-agree-title = Do you agree with this plan?
    .easier = Is this plan OK for you?
plan-agree = I agree
    .easier = Yes, it is OK
plan-disagree = I want to change something
    .easier = No, I want to change something
plan-change-wanted-label = What would you change?
plan-send = Send
plan-disagree-back = Go back
plan-state-waiting = You have not said yet.
plan-state-agreed = You agreed with this plan. Thank you.
plan-state-disagreed = You said you want to change something. Your worker has your words:
plan-state-reopened = The plan has changed since you agreed. Please read what changed and say again.
    .easier = The plan has changed. Please read it and say again.
plan-state-reopened-disagreed = The plan has changed since you said you want to change something. Please read what changed and say again. Your words were:
plan-change-added = (new)
plan-change-status = is now { $status ->
    [achieved] done
    [dropped] stopped
   *[active] active again
}
plan-conflict-title = Someone else changed this while you were writing
plan-conflict-yours = Your words
plan-conflict-theirs = The words there now
plan-keep-mine = Keep my words
plan-take-theirs = Keep their words
plan-merge = Write them together
plan-refused = This change could not be saved.
plan-discard = Remove it
plan-add-target-label = A new target, in your own words
plan-add-target = Add a target
plan-look = Symbol, and what your parent or carer sees
plan-icon-label = Symbol for this target
plan-icon-none = No symbol
plan-sharing-label = Your parent or carer sees
plan-sharing-whole = All of this target
plan-sharing-part = Only the target and their part
plan-sharing-hidden = Nothing: keep it private

## Session self-scaling: the young person's page
home-scaling-link = Session scores
home-scaling-hint = Join your session with the code your worker gives you
    .easier = Use the code from your worker.
scaling-title = Session scores
scaling-join-intro = Your worker will show a code, or a QR code to scan. Type the code here to join the session.
    .easier = Type the code your worker shows you.
scaling-code-label = Session code
scaling-code-hint = Six letters and numbers, like ACD 479
scaling-join = Join the session
scaling-start = At the start: how much do you know about this now? 0 is nothing, 10 is everything.
    .easier = How much do you know about this now? 0 is nothing. 10 is everything.
scaling-end = At the end: how much do you know about this now? 0 is nothing, 10 is everything.
    .easier = How much do you know about this now, at the end? 0 is nothing. 10 is everything.
scaling-end-hint = You can give this score with no signal; it is sent later.
scaling-wait-for-end = Thank you. Your start score is saved. At the end of the session your worker will ask for your end score, and it will show here.
    .easier = Thank you. Your first score is saved. Wait for the end of the session.
scaling-no-signal-end = This phone has no signal, so it cannot hear when your worker asks.
scaling-worker-asked = My worker has asked for the end score
scaling-finished-before-end = This session has finished. Thank you for your start score.
scaling-low = 0 = know nothing
scaling-high = 10 = know everything
scaling-review-low = 0 = not at all
scaling-review-high = 10 = completely
scaling-show-start = Show my start score
scaling-your-start = At the start you said { $score }.
scaling-easier-words = Easier words
scaling-offline-question = How much do you know about today's topic? 0 is nothing, 10 is everything.
scaling-joined-offline = You joined with no signal. Your scores are kept on this phone and sent when it has signal.
scaling-send = Send my score
scaling-all-done = Thank you. Your scores are saved. Your worker sees them to plan the next sessions.
    .easier = Thank you. Your scores are saved.
scaling-leave = Finish
scaling-review-title = End of the programme
scaling-review-learning = How much have you learned on this programme?
scaling-review-future-risk = How well can you keep yourself away from risky situations?
scaling-review-consequences = How well do you understand what happens if someone offends?
scaling-review-before = When the programme started (0 is not at all, 10 is completely)
scaling-review-now = Now, at the end (0 is not at all, 10 is completely)
scaling-topic = Session topic

## Appointments
home-appointments-link = Appointments
home-appointments-hint = When and where you are meeting. Say if you can come, and get reminders.
    .easier = When and where we meet. Say if you can come.
home-appointments-hint-carer = When and where the meetings are. Say if you can come, and get reminders.
    .easier = When and where we meet. Say if you can come.
appointments-title = Appointments
appointments-offline-copy = You are offline. These are your appointments from the last time you were online.
    .easier = No signal. These are your appointments from last time.
appointments-coming-up = Coming up
appointments-none = No appointments coming up.
appointments-past = Past appointments
appointments-time = { $start } to { $end }
appointments-for = For { $name }
appointments-where = Where
appointments-what = What it is for
appointments-who = Who will be there
appointments-get-ready = Get ready for this meeting
appointments-got-ready = You have got ready for this meeting. Thank you.
appointments-open-map = Open the map
appointments-coming = I'll be there
appointments-change = I need to change this
appointments-change-label = What needs to change? For example, a better day or time.
    .easier = What needs to change?
appointments-change-label-optional = Anything to add? Say what would suit you if none of these times do.
appointments-free-times = Times your worker is free
appointments-free-time = { $day }, { $start } to { $end }
appointments-free-other = Another day or time (say which below)
appointments-change-send = Send to my worker
appointments-change-cancel = Cancel
appointments-reply-waiting = Your answer is saved on this phone and will be sent when you are online.
    .easier = Saved. It is sent when there is signal.
appointments-you-are-coming = You said you'll be there.
appointments-you-asked-change = You asked to change this: { $reason }
appointments-you-asked-time = You asked to move it to { $time }.
appointments-add-to-calendar = Add to my calendar
appointments-default-title = Appointment
appointments-calendar = Calendar
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] one appointment
   *[other] { $count } appointments
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = Coming up
appointment-state-attended = You came
appointment-state-missed = Missed
appointment-state-cancelled = Cancelled
remind-title = Reminders
remind-discreet = Reminders on your lock screen only say something like "Something tomorrow at 4pm", so nobody else can see what it is.
    .easier = Reminders do not say what the meeting is. Others cannot tell.
remind-button = Remind me before appointments
remind-again = Turn on reminders on this phone too
remind-on = Reminders are on.
remind-detailed = Say what and where in reminders (anyone who sees your screen could read it)
remind-unsupported = This phone or browser cannot show reminders. Add appointments to your calendar instead.
remind-denied = Reminders are blocked for this app. You can allow notifications in your phone's settings.
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-in-words = { $weekday } { $day } { $month } { $year }
time-in-words = { $date }, { $time }

## Surveys on a phone
home-surveys-link = Surveys
home-surveys-hint = Tell us what you think. It helps us make things better.
    .easier = Answer some questions. It helps us.
home-voice-link = Have your say
home-voice-hint = Vote on what matters, and see what changed because of what young people said.
    .easier = Vote. See what changed.
surveys-title = Surveys for you
surveys-offline-copy = You are offline. These are the surveys this phone last saw.
    .easier = No signal. These are the surveys from last time.
surveys-none = There are no surveys for you right now. Thank you for checking!
    .easier = No surveys for you now.
surveys-closes = Open until { $date }
surveys-waiting = Your answers are saved on this phone. They will be sent when you are online.
    .easier = Saved. Your answers are sent when there is signal.
surveys-gone = This survey is not on this phone any more. It may have closed, or you may have answered it already.
surveys-back-to-list = Back to surveys
surveys-audience = Who will read your answers: { $audience }.
surveys-anonymous = Your name is not kept with your answers. Nobody can tell which answers are yours.
    .easier = We do not keep your name. Nobody knows which answers are yours.
surveys-named = Your name is kept with your answers, so your worker can see what you said.
    .easier = We keep your name. Your worker can see your answers.
surveys-how-many = { $count ->
    [one] There is 1 question.
   *[other] There are { $count } questions.
}
surveys-how-many-between = There are { $least } to { $most } questions: some are asked only after certain answers.
surveys-easy-words = Use easier words
surveys-start = Start
surveys-carry-on = Carry on where I stopped
surveys-progress = Question { $number } of { $count }
surveys-back = Back
surveys-next = Next
surveys-send = Send my answers
surveys-pick-any = Pick as many as you like.
surveys-yes = Yes
surveys-no = No
surveys-face-1 = Very unhappy
surveys-face-2 = Unhappy
surveys-face-3 = OK
surveys-face-4 = Happy
surveys-face-5 = Very happy
surveys-thanks-title = Thank you!
surveys-thanks-audience = Your answers will be read by: { $audience }.
home-forms-link = Forms to fill in
home-forms-hint = Things your worker asked you to fill in, like your self-assessment.
home-forms-hint-carer = Forms your family's worker asked you to fill in.
forms-title = Forms to fill in
forms-offline-copy = You are offline. These are the forms this phone last saw.
forms-none = There are no forms for you to fill in right now.
forms-gone = This form is not on this phone any more. You may have sent it already.
forms-back-to-list = Back to forms
forms-for-assessment = It is for the assessment.
forms-for-review-meeting = It is to get ready for the review meeting.
forms-for-closure = It is for the end of the work with the service.
forms-for-induction = It is for getting started with the service.
forms-reader = { $name } will read this.
forms-reader-only = Only { $name } will read this.
forms-due = Please finish it by { $date }.
forms-rather-not-say = I'd rather not say
forms-rather-not-say-kept = You chose not to say. That is fine.
forms-rather-not-say-any = You can say "I'd rather not say" to any question.
forms-kept-on-phone = You can stop and come back later. What you write stays on this phone until you send it.

## Complaints and compliments on a phone
say-link = Complaint or compliment
say-title = Tell us what you think
say-intro = You can tell us about something that went wrong, or something that went well. Use your own words.
    .easier = Tell us what went wrong, or what went well.
say-kind-legend = What do you want to tell us?
say-kind-complaint = Something went wrong (a complaint)
say-kind-compliment = Something went well (a compliment)
say-text-unchosen = Tell us in your own words
say-text-complaint = What went wrong?
say-text-compliment = What went well?
say-anonymous = Do not send my name
say-anonymous-hint = We will not know it was you. You can still see what happens on this phone.
    .easier = We will not know it was you.
say-named-hint = We will know it was you, so we can talk to you about it.
    .easier = We will know it was you. We can talk to you about it.
say-send = Send
say-thanks = Thank you for telling us. It is saved on this phone and will be sent when you are online.
    .easier = Thank you. It is saved. It is sent when there is signal.
say-thanks-received = Thank you for telling us. We have got it, and you can follow it below.
say-yours = What you told us
say-waiting = Saved on this phone. It will be sent when you are online.
say-status-received = We got it
say-status-acknowledged = We have read it
say-status-investigating = We are looking into it
say-status-resolved = Sorted
say-respond-by = We will answer by { $date }.
say-owner = { $name } is looking after this.
say-outcome = What we did:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = Have your say
voice-intro = Your views can change how things are run. Vote, agree or disagree, and tell us in your own words.
    .easier = Your ideas can change things. Vote and tell us.
voice-offline-copy = You are offline. This is the last copy saved on this phone; what you give is sent when you are back online.
    .easier = No signal. This is from last time. What you give is sent later.
voice-none-open = Nothing is open for you right now.
voice-for-cabinet = Youth cabinet
voice-closes = Open until { $date }
voice-feed-title = You said, we did
voice-feed-none = Nothing yet. When the team answers what young people said, it shows here.
voice-heard-by = Who will hear this: { $audience }
voice-you-took-part = You took part
voice-ballots-cast = { $count ->
    [one] One vote
   *[other] { $count } votes
}
voice-agree-percent = { $percent }% agree
voice-you-said = You said:
voice-we-did = We did:
voice-by-when = By { $date }
voice-decided-by = Decided by { $who }
voice-status-planned = Planned
voice-status-in_progress = Being done now
voice-status-done = Done
voice-status-not_possible = We can't change this
voice-gone = This is not open any more.
voice-back = Back to Have your say
voice-audience-heading = Who will hear what you say
voice-anonymous = Your name is not kept with anything you give here.
    .easier = We do not keep your name.
voice-named = What you write is kept with your name and goes on your record. How you vote is never kept with your name.
    .easier = Your words have your name on them. Your vote never does.
voice-thanks = Thank you, we have got it. { $audience } will hear what young people said.
voice-thanks-waiting = Thank you. It is saved on this phone and will be sent when you are online. Then { $audience } will hear what young people said.
voice-waiting = Saved on this phone. It will be sent when you are online.
voice-done = Done, thank you
voice-agree = Agree
voice-disagree = Disagree
voice-pass = Not sure
voice-propose-label = Add your own statement
voice-propose-hint = Others will see it once the team has checked it.
voice-propose-send = Send my statement
voice-answer-send = Send my answer
voice-rank-hint = Choose up to three, most important first.
voice-first-choice = First choice
voice-second-choice = Second choice
voice-third-choice = Third choice
voice-no-choice = (none)
voice-ballot-send = Send my vote
voice-record = Record a voice note instead
voice-recording = Recording. Say what you want to say, then press Stop. It stops by itself after two minutes.
voice-record-stop = Stop recording
voice-recorded = Your voice note is ready ({ $seconds } seconds). You can add words too, then send.
voice-record-delete = Delete the voice note
voice-record-failed = Recording did not work on this phone. Please write your answer instead.

## Get help now ("I don't feel safe")
help-link = Get help now
lock-help = In danger now?
help-title = Get help now
help-intro = If you are in danger right now, call 999. You can also talk to someone free and in private, or tell your worker.
    .easier = In danger now? Call 999. You can also talk to someone, or tell your worker.
help-call-999 = Call 999 (emergency)
help-childline = Childline, free and private: { $number }
help-duty = Your service's duty worker: { $number }
help-tell-title = Tell your worker
help-words-label = What is happening? (you do not have to write anything)
help-send = Tell my worker now
help-sent = Your worker has been told. Someone will get back to you as soon as they can.
    .easier = Your worker knows now. Someone will get back to you soon.
help-waiting = This is saved on this phone. It goes to your worker the moment there is signal. If you are in danger, call 999.
    .easier = Saved. It goes to your worker when there is signal. In danger? Call 999.
help-history-title = What you asked for
help-asked-at = You asked for help on { $time }
help-seen-by = { $name } has seen this.
help-not-seen-yet = Waiting for someone to see this.

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – Tandem
title-join = Join
title-pin = Choose a PIN
title-help = Help
title-plan = Plan
title-session = Session
title-appointments = Appointments
title-surveys = Surveys
title-forms = Forms
title-voice = Have your say
title-say = Complaint or compliment
title-devices = My phones
title-my-data = What Tandem keeps
title-feedback = About this app
title-not-found = Page not found
