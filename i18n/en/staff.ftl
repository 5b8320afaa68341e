# Messages only the staff build carries (the phone build leaves them out to stay small).

## Staff: feedback answers
answers-title = What people think of the app
answers-token-label = Admin token
answers-token-hint = The server prints this when it starts. You only need it until staff sign-in arrives.
answers-token-submit = Show answers
answers-count = Answers
answers-average = Average score (0 to 10)
answers-no-average = none yet
answers-chart-title = How many people gave each score
answers-score = Score
answers-how-many = How many
answers-older = Older comments
answers-newest = Back to the newest comments
answers-comments = What people wrote
answers-comment-score = Score { $score }

## A day typed in three boxes (every date field at the desk)
date-hint = For example, 27 3 2027
date-day = Day
date-month = Month
date-year = Year

## Staff sign-in
sign-in-title = Staff sign in
sign-in-intro = For workers, participation officers, managers and admins.
sign-in-email = Email
sign-in-password = Password
sign-in-submit = Sign in
sign-in-join-instead = Young person or carer? Join with your code instead.
set-password-title = Set your password
set-password-label = New password
set-password-hint = At least 12 characters. A few words together are easy to remember and hard to guess.
set-password-submit = Save password
set-password-done = Your password is saved. You can sign in now.

## Caseload
caseload-title = My young people
staff-links-label = Your pages
caseload-empty = No young people yet.
caseload-closed = Case closed on { $day }
caseload-overdue-forms = { $count ->
    [one] 1 form overdue
   *[other] { $count } forms overdue
}
caseload-add-title = Add a young person
caseload-add-name = Name they like to be called
caseload-add-submit = Add
young-person-carers = Parents and carers
young-person-add-carer = Add a parent or carer (their name)
young-person-add-carer-submit = Add and link
young-person-workers = Workers
young-person-unlink = Unlink { $name }
young-person-carer-data = What Tandem holds about { $name }
invite-make = Make a joining code for { $name }
invite-for = Joining code for { $name }
invite-read-out = Read this code out, or let them scan the square with their phone camera. It works once.
invite-qr-label = QR code that opens the joining page with this code filled in
invite-expires = Use by { $when }.

young-person-allocate = Allocate a worker
young-person-allocate-submit = Allocate
retention-title = Keeping data no longer than needed
retention-intro = Tandem is not the record of the case. Once an event has reached the case record, Tandem removes its own copy of what was said after the days set here. The log above still shows that the event happened and when it reached the record. When a case has been closed for the months set here, Tandem erases the young person, and their carers if they are linked to no one else, once everything of theirs has reached the case record; figures that need no name (session averages, survey counts, votes) still count them. Answers kept so that a phone's resend is not counted twice are removed after a month. Tandem does all this once a day.
retention-delivered-days = Days to keep what reached the case record
retention-delivered-days-hint = From 7 to 365 days. 30 unless you change it.
retention-closed-months = Months to keep a closed case
retention-closed-months-hint = From 3 to 84 months. 12 unless you change it: this covers follow-up at 3, 6, 9 and 12 months.
retention-audit-years = Years to keep the audit log
retention-audit-years-hint = From 3 to 25 years. 6 unless you change it. Older entries are removed; the names of erased people are taken out of entries at once.
retention-save = Save
retention-saved = Saved.
subject-access-title = What Tandem holds
subject-access-intro = When { $name } (or someone for them) asks to see what Tandem holds about them, download it here: everything, as a page to read or print and as a file. Each download is written in the audit log. Answer within one month.
subject-access-page = Open as a page
subject-access-json = Download as a file (JSON)
erase-title = Erase { $name }
erase-intro = When a young person or carer asks for what Tandem keeps about them to be removed, erase them here. Everything of theirs goes: their name, plan, answers, replies, complaints, phones. Figures that need no name (session averages, survey counts, votes) still count them. This cannot be undone. Anything of theirs not yet in the case record must be sent or recorded first.
erase-reason = Why (kept in the audit log)
erase-reason-hint = For example: "Asked in writing on 1 December". Do not write their name.
erase-sure = I understand that everything of { $name } will be removed and cannot be brought back.
erase-submit = Erase { $name }
case-closure-title = Closing the case
case-closure-hint = When the work with { $name } ends, close the case. Their phones, and their carers' phones (unless a carer has another open case), send what they still hold and then sign out. Appointments still to come are cancelled and reminders stop. The plan and scores stay, and you can reopen the case.
case-closure-day = Day the case closed
case-closure-reason = Why it closed
case-closure-reason-work_completed = The work or order is finished
case-closure-reason-support_declined = They no longer want support
case-closure-reason-moved_away = They moved out of the area
case-closure-reason-transferred = Another service or team took the case on
case-closure-reason-other = Another reason
case-closure-submit = Close { $name }'s case
case-closure-closed = The case closed on { $day }: { $reason }. Closed by { $by }.
case-closure-reopen = Reopen the case


## Staff accounts (admins)
staff-title = Staff accounts
staff-add-title = Add a member of staff
staff-name = Name
staff-role = Role
staff-add-submit = Add
staff-link-intro = Send this link to them. They use it once, within 72 hours, to set their own password:
staff-accounts-caption = Everyone on the staff of this service, and what you can do for each
staff-state = State
staff-state-active = Can sign in
staff-state-disabled = Disabled
staff-actions = Actions
staff-this-is-you = This is you. Change your password from My account.
staff-disable = Disable
staff-disable-named = Disable { $name }
staff-enable = Enable again
staff-enable-named = Enable again: { $name }
staff-reset = New password link
staff-reset-named = New password link for { $name }
staff-disabled-done = { $name } is disabled. They are signed out everywhere and cannot sign in.
staff-disabled-nobody = No young people were allocated to them.
staff-disabled-reallocate = These young people were allocated to them. Give each one to someone else:
staff-enabled-done = { $name } can sign in again.
staff-reset-intro = Send this link to { $name }. It works once, within 72 hours. Their older links no longer work, and they have been signed out everywhere:
my-account-title = My account
password-change-title = Change my password
password-current = My password now
password-new = My new password
password-change-submit = Change my password
password-change-done = Your password is changed. You are signed out on other computers and phones.
role-young_person = Young person
role-carer = Parent or carer
role-worker = Worker
role-participation_officer = Participation officer
role-manager = Manager
role-admin = Admin

## Audit log
audit-title = Audit log
audit-caption = Who read or changed young people's records, newest first
audit-filter-person = Young person
audit-everyone = Everyone
audit-when = When
audit-who = Who
audit-what = What
audit-about = About
# Shown as "Who" for what Tandem did by itself, such as sending an alert on to the managers.
audit-by-tandem = Tandem, by itself

## Session self-scaling: staff
nav-sessions = Sessions
sessions-title = Sessions and programmes
sessions-recent = Recent sessions
sessions-none = No sessions yet.
sessions-joined = { $count ->
    [one] 1 joined
   *[other] { $count } joined
}
sessions-topic = Session topic
sessions-review-option = End-of-programme review (three questions)
sessions-kind = Kind of session
sessions-kind-group = Group
sessions-kind-one-to-one = One to one
sessions-cohort = Group name (for example, Autumn 2026)
sessions-anonymous = Young people may join with the code alone, without signing in (group sessions only)
sessions-open = Open a session
session-phase-start = Start scores
session-phase-end = End scores
session-phase-closed = Closed
programme-report-link = Programme report
programme-new-title = New programme
programme-name = Programme name
programme-description = What it is about (optional)
programme-topic-legend = Session { $number }
programme-topic-title = Topic
programme-topic-question = Question for scaling
programme-topic-easy = The same question in easy-read words
programme-add-topic = Add another session
programme-create = Save the programme
live-title = Live session
live-join-at = Join at
live-code-label = Session code { $code }
live-qr-label = QR code to join this session
live-averages = Answers so far
live-ask-end = Ask for end scores
live-close = Close the session
report-title = Session report
report-question = Question
report-start = Start
report-end = End
report-start-answers = Start answers
report-end-answers = End answers
report-start-mean = Average at start
report-end-mean = Average at end
report-pairs = Young people with both scores
report-score-pairs = Pairs of start and end scores
report-young-people = Young people
report-pairs-note = A pair is one young person's start and end score at one session: someone who came to four sessions gives four pairs.
report-change = Change
report-attendance = Attendance
report-sessions = Sessions
report-chart-title = Average score at the start and at the end
programme-chart-title = Average scores at the start and end of each session topic
report-changes-caption = Start and end, over the young people who gave both scores
report-participants-caption = Everyone's scores
report-person = Young person
report-csv = Download CSV
report-attendance-caption = Attendance at topic sessions
report-attended = Sessions attended
report-attended-of = { $attended } of { $of }
report-breakdowns = Breakdowns
report-suppression-note = Groups of fewer than 5 young people are hidden so that no one can be identified. When only one group would be hidden, the next smallest is hidden too.
report-by-age = By age band
report-by-sex = By sex
report-by-ethnicity = By ethnicity
report-group = Group
report-measure-learning = Learning (end of programme)
report-measure-future-risk = Future risk-taking (end of programme)
report-measure-consequences = Consequences of offending (end of programme)
report-suppressed = Hidden: fewer than 5 young people
report-anonymous = Anonymous { $number }
report-age-under-10 = Under 10
report-age-10-to-14 = 10 to 14
report-age-15-to-17 = 15 to 17
report-age-18-and-over = 18 and over
report-not-recorded = Not recorded
history-title = Session scores over time
history-date = Date
profile-title = For report breakdowns
profile-why = Reports compare groups by age band, sex and ethnicity, and hide any group of fewer than 5 young people. Leave a box empty if it is not known.
profile-birth-date = Date of birth
profile-sex = Sex
profile-ethnicity = Ethnicity
profile-save = Save
profile-saved = Saved.

## Relay to the case record
relay-title = Case record relay
relay-intro = Everything young people and carers send goes to the case record. Each contact must be recorded within 72 hours; the first figure should be 0.
relay-no-endpoint = No case-record endpoint is set up: events wait here. Download them from each young person's page, record them by hand, and mark them recorded.
relay-disabled = Relay is turned off for this service: events wait here.
relay-overdue-count = Older than 72 hours, not in the record
relay-log = Every event
relay-none = Nothing has been sent yet.
relay-no-person = Nobody's record: anonymous, or from a carer
relay-when = When
relay-kind = What
relay-status = Status
relay-attempts = Tries
relay-last-error = Last problem
relay-in-record = In the record
relay-actions = Actions
relay-overdue = over 72 hours
relay-status-queued = Waiting
relay-status-retrying = Trying again
relay-status-delivered = In the record
relay-status-recorded = Recorded by hand
relay-status-failed = Failed
relay-retry = Send again
relay-mark-recorded = Mark recorded
relay-mark-recorded-check = Only if someone has typed this into the case record by hand: Tandem will stop sending it.
relay-mark-recorded-yes = Yes, it is in the record
relay-mark-recorded-no = Cancel
relay-person-title = Case record
relay-case-record-id = Their identifier in the case record
relay-save-id = Save identifier
relay-alert = Case record: { $failed } failed, { $overdue } older than 72 hours and not recorded.
relay-waiting = { $count ->
    [0] Everything is in the case record.
    [one] 1 event is not in the case record yet.
   *[other] { $count } events are not in the case record yet.
}
relay-download-ndjson = Download (FHIR, NDJSON)
relay-download-csv = Download (CSV)
relay-switch-on = This service's events go to the case record.
relay-switch-off = Relay is off: this service's events wait here until it is turned on again.
relay-turn-off = Turn relay off
relay-turn-on = Turn relay on

## Co-produced plans: the worker's table
plan-open = Plan
plans-attention-title = Plans waiting for agreement
plan-staff-title = Plan
plan-print = Print the plan (A4)
plan-version = Version { $version }
plan-status = Status
plan-status-active = Active
plan-status-stopped = Stopped
plan-save-status = Save status
plan-dropped-reason = Why it stopped
plan-review-date = Review date
plan-suggest = Suggest words
plan-suggested = Suggested, waiting for an answer:
plan-agreements = Who has agreed
plan-who = Who
plan-answer = Answer
plan-when = When
plan-answer-waiting = Not answered yet
plan-answer-agreed = Agreed with version { $version }
plan-answer-disagreed = Does not agree with version { $version }; would change:
plan-answer-reopened = Agreed with version { $version }; asked again because of:
plan-answer-asked-again = Asked again because of:
plan-review-title = Record a review
plan-last-review = Last review set the next review for { $date }.
plan-went-well = What went well?
plan-progress = How far along is each target? (0 to 10, in the young person's own scaling)
plan-next-review = Next review
plan-review-save = Save the review
plan-history = Timeline
plan-history-version = Version { $version } by { $who }:
plan-history-agreed = { $who } agreed with version { $version }.
plan-history-disagreed = { $who } did not agree with version { $version }:
plan-history-review = Review by { $who }; next review { $date }.

## Appointments (staff)
staff-appointments-open = Appointments
staff-appointments-back = Back to the young person
staff-appointments-list = Appointments from the last 90 days and to come
staff-appointments-when = When and where
staff-appointments-replies = Replies
staff-appointments-outcome = What happened
staff-appointments-no-reply = No reply yet
staff-appointments-coming = { $name }: will be there
staff-appointments-change = { $name }: needs a change: { $reason }
staff-appointments-asks-time = { $name }: asks to move it to your free time { $day }, { $start } to { $end }. { $reason }
free-title = My free times
free-intro = Times you could see a young person. When an appointment has to change, their phone offers these times (the next 8), so they can choose one you can do. A reply that chose one shows it above.
free-none = You have not set any free times.
free-time = { $day }, { $start } to { $end }
free-remove = Remove
free-remove-label = Remove { $time }
free-date = Day you are free
free-start = Free from (UK time)
free-minutes = How long, in minutes (15 to 480)
free-add = Add this free time
staff-appointments-cancel = Cancel it
staff-appointments-new = New appointment
staff-appointments-date = Date
staff-appointments-start = Start time (UK time)
staff-appointments-minutes = How long, in minutes
staff-appointments-map = Map link (optional, https only)
staff-appointments-purpose = What it is for, in plain words
staff-appointments-title = Discreet title
staff-appointments-title-hint = Shown in calendars and, if the young person chooses, on their lock screen. Never name the service or court.
staff-appointments-carers = Invite their parents or carers too
staff-appointments-review-meeting = A review meeting
staff-appointments-review-meeting-hint = The young person is asked to get ready with the "Getting ready for my review" form, due the day before. You read their answers on the meeting.
staff-appointments-preparation-waiting = Review meeting: getting ready, not back yet
staff-appointments-preparation-answered = Review meeting: they have got ready
staff-appointments-preparation-read = Read their answers
staff-appointments-repeat = Repeat
staff-appointments-once = Does not repeat
staff-appointments-weekly = Every week
staff-appointments-fortnightly = Every two weeks
staff-appointments-times = How many in all
staff-appointments-phases = A programme's schedule, in phases
staff-phase-legend = Phase { $number }
staff-phase-weeks = How many weeks
staff-phase-days = Which days each week
staff-phase-every-other-week = Only every other week
staff-phase-remove = Remove phase { $number }
staff-phase-add = Add a phase
staff-phases-need-date = Choose the first date to see what this schedule makes.
staff-phases-make = { $count ->
    [one] This makes 1 appointment, on { $last }.
   *[other] This makes { $count } appointments, the last on { $last }.
}
staff-appointments-make = Make appointment
staff-reminders-title = When reminders go out (whole service)
staff-reminders-hint = Appointments made from now on follow these times. Reminders never go out in quiet hours; one that would moves earlier.
staff-reminders-evening = The evening before, at
staff-reminders-hours = And this many hours before (1 to 12)
staff-reminders-quiet-from = Quiet hours start at
staff-reminders-quiet-until = Quiet hours end at
staff-reminders-save = Save reminder times
staff-reminders-saved = Saved. New appointments will follow these times.

## Surveys at the desk
survey-list-title = Surveys
survey-list-empty = No surveys yet. Start one from a template or from a blank page.
survey-list-survey = Survey
survey-list-status = Status
survey-list-dates = Open
survey-list-responses = Answers
survey-list-see-results = { $count ->
    [one] 1 answer: see results
   *[other] { $count } answers: see results
}
survey-version = version { $version }
survey-new = New survey
survey-status-draft = Not published
survey-status-upcoming = Published, not open yet
survey-status-open = Open
survey-status-closed = Closed
survey-builder-title = New survey
survey-not-saved = Not saved yet.
survey-version-published = Version { $version } is published. Saving changes makes a new version; answers keep the version they answered.
survey-version-unpublished = Version { $version }, saved and not published yet.
survey-results-link = See the results
survey-template = Start from a template
survey-use-template = Use this template
survey-field-title = Title
survey-field-purpose = Why we are asking (shown before the first question)
survey-field-audience = Who will read the answers
survey-field-audience-hint = For example "Head of service and the management board, June meeting". Shown before the first question and on the thank-you screen.
survey-field-respondents = Who is asked
survey-respondents-young-people = Young people
survey-respondents-carers = Parents and carers
survey-respondents-both = Young people and their parents and carers
survey-field-reach = Of whom
survey-reach-service = The whole service
survey-reach-programme = Everyone who took part in { $name }
survey-reach-caseload = { $name }'s caseload
survey-field-opens = Opens on
survey-field-closes = Closes on (last day)
survey-field-anonymous = Anonymous: keep no name with the answers
survey-questions = Questions
survey-question-number = Question { $number }
survey-question-kind = Kind of answer
survey-kind-scale = Scale 0 to 10
survey-kind-faces = Five faces
survey-kind-single = Pick one
survey-kind-multiple = Pick any
survey-kind-yes-no = Yes or no
survey-kind-short-text = A few words
survey-kind-long-text = Their own words, as much as they like
survey-question-section = New part starts here, named
survey-question-section-hint = Leave it empty to carry on the part before. A part's name is shown above its questions.
survey-question-wording = Question
survey-question-easy-read = The same question in easier words
survey-question-help = Help text (optional)
survey-question-required = An answer is needed
survey-question-options = Options
survey-option-number = Option { $number }
survey-remove-option = Remove option { $number }
survey-add-option = Add an option
survey-question-show-if = Show this question
survey-show-always = Always
survey-move-up = Move up
survey-move-down = Move down
survey-remove-question = Remove this question
survey-add-question = Add a question
survey-save = Save
survey-publish = Publish
survey-saved = Saved.
survey-draft-restored = Your changes from before are back. Save to keep them.
survey-published = Published: phones are given this version from now on.
survey-results-title = Results
survey-results-audience = Who said they would read the answers: { $audience }
survey-filter-programme = Programme
survey-filter-all = All
survey-filter-from = From
survey-filter-to = To
survey-filter-apply = Show
survey-results-count = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
survey-download-csv = Download CSV
survey-download-fhir = Download FHIR
survey-results-suppressed = Fewer than 5 answers match this filter, so none are shown: someone could be picked out.
# Secret ballots, statement votes and anonymous answers are counted after the day they came.
secret-waiting = { $count ->
    [one] 1 vote or anonymous answer from today is not counted yet. They are counted each night, so that nobody can tell who said what.
   *[other] { $count } votes or anonymous answers from today are not counted yet. They are counted each night, so that nobody can tell who said what.
}
survey-results-by-programme = Answers by programme
survey-results-programme = Programme
survey-results-responses = Answers
survey-results-no-programme = Not in a programme
survey-results-fewer-than-five = Fewer than 5
survey-search-texts = Search the written answers
survey-results-answered = { $count ->
    [one] 1 person answered.
   *[other] { $count } people answered.
}
survey-results-average = Average: { $average }
survey-results-answer = Answer
survey-results-how-many = How many
survey-results-texts-shown = Showing { $shown } of { $count }.

## Complaints and compliments register
complaints-title = Complaints and compliments
complaints-none = Nothing has been raised yet.
complaints-overdue = { $count ->
    [one] 1 complaint is past its response date.
   *[other] { $count } complaints are past their response date.
}
complaints-working-days = Each complaint gets an answer within { $days } working days.
complaints-settings-days = Working days to answer a complaint
complaints-settings-save = Save
complaints-kind-complaint = Complaint
complaints-kind-compliment = Compliment
complaints-from-young-person = From { $name } (young person)
complaints-from-carer = From { $name } (parent or carer)
complaints-anonymous-young-person = A young person who did not give their name
complaints-anonymous-carer = A parent or carer who did not give their name
complaints-respond-by = Answer by { $date }.
complaints-overdue-flag = Overdue
complaints-status-received = Received
complaints-status-acknowledged = Acknowledged
complaints-status-investigating = Investigating
complaints-status-resolved = Resolved
complaints-field-status = Status
complaints-field-owner = Owner
complaints-no-owner = Nobody yet
complaints-field-outcome = Outcome
complaints-outcome-hint = In plain words: the person who raised it reads this.
complaints-save = Save

## Consultations (voice and influence)
voice-staff-title = Consultations
voice-staff-none = No consultations yet.
voice-staff-new = New consultation
voice-staff-col-title = Title
voice-staff-col-status = Status
voice-staff-col-participants = Took part
voice-staff-col-waiting = Statements to check
voice-staff-col-responses = Responses
voice-staff-status-draft = Not published
voice-staff-status-upcoming = Not open yet
voice-staff-status-open = Open
voice-staff-status-closed = Closed
voice-staff-field-title = Title
voice-staff-field-background = What it is about, in plain words
voice-staff-field-audience = Who will hear the results
voice-staff-field-audience-hint = For example: Head of service and the management board, June meeting. Young people see this before they answer.
voice-staff-field-invited = Who is invited
voice-staff-invited-young_people = All young people
voice-staff-invited-cabinet = The youth cabinet
voice-staff-invited-carers = Parents and carers
voice-staff-invited-programme = The young people of a programme
voice-staff-field-programme = Which programme
voice-staff-choose-programme = Choose a programme
voice-staff-field-opens = Opens on
voice-staff-field-closes = Closes on
voice-staff-field-anonymous = Anonymous (no names kept; nothing goes to anyone's record)
voice-staff-ballot = Priority ballot
voice-staff-field-ballot-question = Ballot question (leave empty for no ballot)
voice-staff-field-options = Issues to choose from
voice-staff-one-per-line = One per line.
voice-staff-field-ranked = Let them rank up to three
voice-staff-statements = Statements
voice-staff-field-prompt = What to ask about the statements (leave empty for none)
voice-staff-field-statements = Statements
voice-staff-field-proposals = Let participants propose their own (you approve them first)
voice-staff-question = Open question
voice-staff-field-question = Question (leave empty for none)
voice-staff-publish = Save and publish
voice-staff-save = Save changes
voice-staff-edit = Edit this consultation
voice-staff-edit-title = Edit “{ $title }”
voice-staff-edit-published = This consultation is published, so people may have answered it already. The questions, issues and statements, who is invited and whether it is anonymous stay as they are. The title, what it is about, who will hear the results and the dates can change.
voice-staff-edit-back = Back to the results
voice-staff-participants = { $count } took part
voice-staff-csv = Download CSV
voice-staff-col-rank = Rank
voice-staff-col-issue = Issue
voice-staff-col-points = Points
voice-staff-col-first = First choices
voice-staff-col-statement = Statement
voice-staff-method = Counted by points: 3 for a first choice, 2 for a second, 1 for a third; equal points are split by first choices; issues equal on both share a rank.
voice-staff-proposals = Statements waiting for you
voice-staff-approve = Approve
voice-staff-refuse = Do not show
voice-staff-answers = What they said
voice-staff-no-answers = No answers yet.
voice-staff-voice-note = Voice note
voice-staff-themes = Themes (separate with commas)
voice-staff-responses = You said, we did
voice-staff-new-response = Publish a response
voice-staff-field-about = About
voice-staff-about-whole = The whole consultation
voice-staff-field-we-did = What will change, or why it cannot
voice-staff-field-we-did-hint = Say it plainly. If it cannot change, say why.
voice-staff-field-by-when = By when (if planned)
voice-staff-field-decided-by = Who decided
voice-staff-field-status = Status
voice-staff-publish-response = Publish response

## The youth cabinet: members and meetings
cabinet-title = Youth cabinet
cabinet-back = Back to consultations
cabinet-intro = Members see consultations for the cabinet first, and each meeting you schedule here as an appointment on their phone, with its reminders.
cabinet-members = Members
cabinet-no-members = The youth cabinet has no members yet.
cabinet-remove = Remove
cabinet-remove-named = Remove { $name } from the youth cabinet
cabinet-add-label = Add a young person
cabinet-choose = Choose a young person
cabinet-add = Add to the cabinet
cabinet-everyone-is-member = Every young person of the service is a member.
cabinet-meetings = Meetings
cabinet-meetings-caption = Youth cabinet meetings still to come
cabinet-no-meetings = No meetings are planned.
cabinet-invited = { $count ->
    [one] 1 member invited
   *[other] { $count } members invited
}
cabinet-cancel-meeting = Cancel this meeting
cabinet-new-meeting = Schedule a meeting
cabinet-new-meeting-hint = Every member gets it as an appointment; members who join later get the meetings still to come.
cabinet-schedule = Schedule for the cabinet

## Safety alerts
safety-banner-title = { $count ->
    [one] Someone needs help now
   *[other] { $count } young people need help now
}
safety-alert-asked = asked for help on { $time }.
safety-alert-escalated = Nobody had seen this in time, so it has gone to the managers.
safety-seen-label = What did you do?
safety-seen-submit = I have seen this
safety-settings-title = Safety alerts
safety-duty-phone = Duty phone number young people see
safety-escalate-after = Minutes before an alert nobody has seen goes to the managers
safety-on-duty = Staff on duty (they get every alert)
safety-settings-save = Save safety settings
safety-settings-saved = Saved.
safety-push-title = Safety alerts on this browser
safety-push-on = { $count ->
    [one] 1 of your browsers gets safety alerts.
   *[other] { $count } of your browsers get safety alerts.
}
safety-push-off = None of your browsers gets safety alerts yet. Turn them on so you hear at once when a young person asks for help.
safety-push-turn-on = Get safety alerts on this browser

## Phones signed in (young person's page)
family-phones-title = Phones signed in
family-phones-intro = The phones this young person and their carers use Tandem on. Sign one out if it is lost or taken, or if a carer should no longer see. What the phone kept is wiped the next time it connects.
family-phones-last-used = Last used { $when }
family-phones-sign-out = Sign out { $name }'s phone
family-phones-none = No phones are signed in.

## Passkeys
passkey-sign-in = Sign in with a passkey
passkey-sign-in-intro = Or use a passkey: your phone or computer checks it is you (fingerprint, face or PIN) and you type nothing.
passkey-confirm-title = Use your passkey
passkey-confirm-intro = Your password was right. Now use a passkey on your account: your phone, computer or security key asks for your fingerprint, face or PIN.
passkey-confirm-submit = Use my passkey
passkey-add-first-title = Add a passkey
passkey-add-first-intro = Your service asks managers and admins to have a passkey. Add one now, on this computer or phone or on a security key. From then on you sign in with the passkey alone, or with your password and then the passkey.
passkeys-title = Passkeys
passkeys-intro = A passkey signs you in without a password: your phone or computer checks it is you. Once you have one, your password alone no longer signs you in.
passkeys-none = You have no passkeys yet.
passkeys-caption = Your passkeys
passkey-name = Name
passkey-added = Added
passkey-last-used = Last used
passkey-never-used = Not yet
passkey-actions = Actions
passkey-new-name = Name for a new passkey
passkey-new-name-hint = So you know which one it is later, for example "Work laptop".
passkey-add = Add a passkey
passkey-added-done = Passkey "{ $name }" added.
passkey-rename = Rename
passkey-rename-named = Rename { $name }
passkey-rename-field = New name for { $name }
passkey-save-name = Save name
passkey-remove = Remove
passkey-remove-named = Remove { $name }
passkey-removed-done = Passkey "{ $name }" removed.
passkey-unsupported = This browser cannot use passkeys. Try an up-to-date browser, at the service's own web address.
passkey-cancelled = No passkey was used. Try again when you are ready.
passkey-waiting = Follow what your browser asks you to do.
passkey-settings-title = Passkeys
passkey-settings-required = Managers and admins need a passkey
passkey-settings-hint = When this is on, managers and admins without a passkey must add one before they can do anything else, and then sign in with it.
passkey-settings-save = Save
passkey-settings-saved = Saved.

## The browser's title of each staff page (no names of young people).
title-sign-in = Sign in
title-set-password = Set your password
title-caseload = Caseload
title-young-person = Young person
title-staff-plan = Plan
title-staff-appointments = Appointments
title-staff-forms = Forms
title-staff-form-editor = The service's forms
title-audit = Audit log
title-staff-accounts = Staff accounts
title-my-account = My account
title-sessions = Sessions
title-live-session = Live session
title-session-report = Session report
title-programme-report = Programme report
title-relay = Case record relay
title-staff-surveys = Surveys
title-survey-results = Survey results
title-complaints = Complaints and compliments
title-staff-voice = Voice and influence
title-cabinet = Youth cabinet
title-consultation-results = Consultation results
title-feedback-answers = App feedback

## A case's forms at the desk
staff-forms-open = Forms and self-assessments
staff-forms-title = Forms
staff-forms-heading = Forms: { $name }
staff-forms-back = Back to the young person
staff-forms-none = No forms have been asked for yet.
staff-forms-ask = Ask for a form
staff-forms-person = Who fills it in
staff-forms-form = Form
staff-forms-purpose = What it is for
staff-forms-due = Fill in by
staff-forms-send = Ask for this form
staff-forms-asked = Asked. It is on their phone now, and they get a reminder the evening before it is due.
staff-forms-purpose-assessment = Assessment
staff-forms-purpose-review_meeting = Review meeting
staff-forms-purpose-closure = Closure
staff-forms-purpose-induction = Induction
staff-forms-status-waiting = Waiting: due { $date }
staff-forms-status-overdue = Overdue: was due { $date }
staff-forms-status-answered = Answered on { $date }
staff-forms-by = { $title }: { $name }
staff-forms-withheld = Answered. "About me" answers are for the allocated worker only.
staff-forms-worker-only = Only the allocated worker sees these answers.
staff-forms-declined = Rather not say
staff-forms-not-answered = Not answered
staff-forms-out-of-ten = { $score } out of 10
staff-forms-changes = What changed since { $date }
staff-forms-change-up = Up from { $before } to { $after }: { $question }
staff-forms-change-down = Down from { $before } to { $after }: { $question }
staff-forms-change-same = The same, { $after }: { $question }
staff-forms-last-time = Last time: { $answer }

## The service's forms, changed by a manager
staff-form-editor-title = The service's forms
staff-form-editor-intro = Workers ask young people and carers to fill in these forms. Change a form's words here.
staff-form-editor-edit = Change "{ $title }"
staff-form-editor-version = Version { $version }
staff-form-editor-versions = Saving makes the next version. Forms already asked for keep the words they were asked with.
staff-form-editor-worker-only = Its answers are shown to the allocated worker only.
staff-form-editor-back = All the service's forms
staff-form-editor-save = Save as the next version
staff-form-editor-saved = Saved. Forms asked for from now on use these words.
staff-form-editor-not-found = There is no such form.
