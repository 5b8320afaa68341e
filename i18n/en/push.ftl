# Notification text. Sent by the server in the person's words; the service worker shows it as
# it is. Discreet by default: never the service, the court, offending or the purpose. The
# detailed forms are used only when the person turned "detailed reminders" on.

push-title = Reminder
push-appointment-today = Something today at { $time }
push-appointment-tomorrow = Something tomorrow at { $time }
push-appointment-later = Something coming up at { $time }
push-appointment-today-detailed = { $title } today at { $time }, { $place }
push-appointment-tomorrow-detailed = { $title } tomorrow at { $time }, { $place }
push-appointment-later-detailed = { $title } at { $time }, { $place }
push-appointment-default-title = Appointment
push-plan-waiting = Something is waiting for you to look at.
push-plan-waiting-detailed = Your plan has changed. Have a look and say if you agree.
push-score-missing = One quick question is waiting for you.
push-score-missing-detailed = Your session is ending. How did it go? Give your score.
push-form-due = Something is waiting for you to fill in.
push-form-due-detailed = Your worker asked you to fill in a form by tomorrow. You can do it on Tandem.
push-form-overdue = Something you asked for has not come back yet.
push-form-overdue-detailed = A form you asked a young person or carer to fill in is overdue.
push-safety-title = Tandem
push-safety-alert = Someone needs you now. Open Tandem.
push-safety-escalated = Nobody has answered someone who needs help. Open Tandem now.
push-voice-news = There is news about something you had your say on.
push-voice-news-detailed = You said, we did: news about "{ $title }".
push-voice-reply = { $count ->
    [one] There is a reply to something you said.
   *[other] There are replies to things you said.
}
push-voice-reply-detailed = You said, we did: a reply about "{ $about }" in "{ $title }".
push-voice-replies-detailed = You said, we did: { $count } replies to what you said in "{ $title }".
push-complaint-news = There is news about something you sent us.
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] Thank you: your compliment has been read.
       *[complaint] Your complaint has been read.
    }
    [investigating] Your complaint is being looked into.
    [resolved] { $kind ->
        [compliment] Thank you: your compliment has been passed on.
       *[complaint] Your complaint has an answer. Open Tandem to read it.
    }
   *[received] What you sent us has been received.
}
