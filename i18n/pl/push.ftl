# Notification text in Polish (polski), for i18n/en/push.ftl. Discreet by default: never the
# service, the court, offending or the purpose. Awaits review by a native speaker.

push-title = Przypomnienie
push-appointment-today = Coś dzisiaj o { $time }
push-appointment-tomorrow = Coś jutro o { $time }
push-appointment-later = Coś niedługo o { $time }
push-appointment-today-detailed = { $title } dzisiaj o { $time }, { $place }
push-appointment-tomorrow-detailed = { $title } jutro o { $time }, { $place }
push-appointment-later-detailed = { $title } o { $time }, { $place }
push-appointment-default-title = Spotkanie
push-plan-waiting = Coś czeka, aż na to spojrzysz.
push-plan-waiting-detailed = Twój plan się zmienił. Zobacz go i powiedz, czy się zgadzasz.
push-score-missing = Czeka na ciebie jedno krótkie pytanie.
push-score-missing-detailed = Twoja sesja się kończy. Jak było? Daj swoją ocenę.
push-form-due = Coś czeka, aż to wypełnisz.
push-form-due-detailed = Twój pracownik poprosił cię o wypełnienie formularza do jutra. Możesz to zrobić w Tandem.
push-form-overdue = Coś, o co prosiłeś, jeszcze nie wróciło.
push-form-overdue-detailed = Formularz, o którego wypełnienie prosiłeś młodą osobę lub opiekuna, jest spóźniony.
push-safety-title = Tandem
push-safety-alert = Ktoś cię teraz potrzebuje. Otwórz Tandem.
push-safety-escalated = Nikt nie odpowiedział komuś, kto potrzebuje pomocy. Otwórz teraz Tandem.
push-voice-news = Są wieści o czymś, w czym zabrałeś głos.
push-voice-news-detailed = Powiedzieliście, zrobiliśmy: wieści o „{ $title }”.
push-voice-reply = { $count ->
    [one] Jest odpowiedź na coś, co powiedziałeś.
   *[other] Są odpowiedzi na to, co powiedziałeś.
}
push-voice-reply-detailed = Powiedzieliście, zrobiliśmy: odpowiedź o „{ $about }” w „{ $title }”.
push-voice-replies-detailed = Powiedzieliście, zrobiliśmy: odpowiedzi na to, co powiedziałeś w „{ $title }”: { $count }.
push-complaint-news = Są wieści o czymś, co nam wysłałeś.
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] Dziękujemy: twoja pochwała została przeczytana.
       *[complaint] Twoja skarga została przeczytana.
    }
    [investigating] Twoja skarga jest sprawdzana.
    [resolved] { $kind ->
        [compliment] Dziękujemy: twoja pochwała została przekazana dalej.
       *[complaint] Jest odpowiedź na twoją skargę. Otwórz Tandem, żeby ją przeczytać.
    }
   *[received] To, co nam wysłałeś, dotarło.
}
