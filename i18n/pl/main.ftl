# Tandem: polski (Polish). Every message of i18n/en/main.ftl, in plain words.
# Awaits review by a native speaker before use with young people.

app-name = Tandem
skip-to-content = Przejdź do treści
quick-exit = Szybkie wyjście
quick-exit-help = Od razu zamyka tę aplikację i otwiera stronę z pogodą.
language-label = Język
loading = Ładowanie…
go-home = Wróć na start

## Sync status (bottom of every page)
sync-all-sent = Wszystko, co wysłałeś, dotarło.
sync-waiting = { $count ->
    [one] 1 odpowiedź czeka na wysłanie.
    [few] { $count } odpowiedzi czekają na wysłanie.
   *[other] { $count } odpowiedzi czeka na wysłanie.
}
sync-offline-waiting = { $count ->
    [one] Nie masz internetu. 1 odpowiedź jest zapisana na tym telefonie. Zostanie wysłana, gdy wrócisz do sieci.
    [few] Nie masz internetu. { $count } odpowiedzi są zapisane na tym telefonie. Zostaną wysłane, gdy wrócisz do sieci.
   *[other] Nie masz internetu. { $count } odpowiedzi jest zapisanych na tym telefonie. Zostaną wysłane, gdy wrócisz do sieci.
}
sync-refused = { $count ->
    [one] Nie udało się wysłać 1 odpowiedzi. Nadal jest zapisana na tym telefonie.
   *[other] Nie udało się wysłać { $count } odpowiedzi. Nadal są zapisane na tym telefonie.
}
sync-store-failed = Ten telefon nie pozwala Tandemowi nic zapisać. Nie zamykaj aplikacji, dopóki nie zobaczysz, że twoje odpowiedzi dotarły.

## Home
home-title = Witaj w Tandemie
home-intro = W Tandemie ty i twój opiekun planujecie rzeczy razem, a ty mówisz nam, co myślisz.
    .easier = Planuj razem z opiekunem. Powiedz nam, co myślisz.
home-nav-label = Co możesz zrobić
home-feedback-link = Co myślisz o tej aplikacji?
home-feedback-hint = Powiedz nam w minutę. Nie musisz podawać imienia.
    .easier = To zajmie minutę. Nie musisz podawać imienia.
home-staff-link = Dla personelu: co ludzie myślą o aplikacji

## A staff page opened in the phone build
staff-offline-title = Ta strona potrzebuje internetu
staff-offline-body = Strony dla personelu otwierają się tylko, gdy urządzenie jest w sieci. Wszystko dla młodych ludzi i opiekunów działa bez internetu.
piece-missing-title = Za pierwszym razem ta strona potrzebuje internetu
piece-missing-body = Ten telefon nie otwierał jeszcze tej strony, więc nie jest tu zapisana. Gdy będziesz mieć zasięg, spróbuj jeszcze raz. Potem otworzy się też bez zasięgu.
piece-missing-again = Spróbuj jeszcze raz

## Not found
not-found-title = Nie znaleźliśmy tej strony
not-found-body = Link może być stary. Możesz wrócić na start.

## The 0-10 scale
scale-low = 0 = bardzo źle
scale-high = 10 = bardzo dobrze
scale-option-low = { $score }, bardzo źle
scale-option-high = { $score }, bardzo dobrze

## App feedback form
feedback-title = Co myślisz o tej aplikacji?
feedback-intro = Twoja odpowiedź pomoże nam ulepszyć Tandem.
    .easier = Twoja odpowiedź nam pomaga.
feedback-score-legend = Wybierz liczbę od 0 do 10.
feedback-comment-label = Chcesz nam coś jeszcze powiedzieć? (możesz to zostawić puste)
feedback-comment-hint = Nie wpisuj swojego imienia ani imienia nikogo innego.
    .easier = Nie pisz żadnych imion.
chars-left = Zostało znaków: { $count }
feedback-anonymous = Nie wiemy, kto to wysłał. Działa też bez internetu.
    .easier = Nie wiemy, kim jesteś.
feedback-send = Wyślij
feedback-thanks-title = Dziękujemy!
feedback-thanks-sent = Mamy twoją odpowiedź.
feedback-thanks-saved = Twoja odpowiedź jest zapisana na tym telefonie. Zostanie wysłana, gdy będziesz w sieci.
feedback-audience = Zespół Tandemu czyta każdą odpowiedź i dzięki nim ulepsza aplikację.
feedback-again = Daj więcej opinii

## Joining with a code (young people and carers)
home-join-link = Mam kod od mojego opiekuna
home-join-hint = Użyj go, żeby dołączyć. Nie potrzebujesz e-maila.
    .easier = Wpisz kod, żeby zacząć. Nie potrzebujesz e-maila.
home-staff-sign-in = Logowanie dla personelu
join-title = Dołącz ze swoim kodem
join-intro = Twój opiekun dał ci kod. Wpisz go poniżej. Potem wybierzesz PIN, żeby chronić swoje rzeczy.
    .easier = Wpisz kod od opiekuna. Potem wybierz PIN.
field-required = (trzeba wypełnić)
join-code-label = Twój kod
join-code-hint = 12 liter i cyfr, na przykład ACDE-FGHJ-KMNP.
    .easier = 12 liter i cyfr.
join-device-label = Nazwa tego telefonu (możesz to zostawić puste)
join-submit = Dołącz
read-aloud = Przeczytaj na głos
read-page-aloud = Przeczytaj tę stronę na głos
easier-words = Prostsze słowa
read-aloud-no-voice = Ten telefon nie ma głosu dla języka: { $language }, więc nie może przeczytać tego na głos.
read-aloud-in-english = Pokaż Tandem po angielsku, żeby posłuchać

## PIN
pin-choose-title = Wybierz PIN
pin-choose-intro = Wybierz od 4 do 6 cyfr. Będziesz ich używać, żeby otworzyć Tandem. Nikomu ich nie mów.
    .easier = Wybierz od 4 do 6 cyfr. Nikomu ich nie mów.
pin-confirm-title = Wpisz PIN jeszcze raz
pin-confirm-intro = Wpisz te same cyfry jeszcze raz, żeby sprawdzić.
    .easier = Wpisz te same cyfry jeszcze raz.
pin-mismatch = Oba PIN-y były różne. Wybierz PIN jeszcze raz.
    .easier = Cyfry nie były takie same. Spróbuj jeszcze raz.
pin-entered = { $count ->
    [one] Wpisano 1 cyfrę
    [few] Wpisano { $count } cyfry
   *[other] Wpisano { $count } cyfr
}
pin-delete = Usuń ostatnią cyfrę
pin-done = Gotowe
home-my-data-link = Co Tandem o mnie przechowuje
home-my-data-hint = Co jest przechowywane, kto to widzi i jak długo
    .easier = Co o tobie przechowujemy.
my-data-title = Co Tandem o mnie przechowuje
my-data-intro = { $who ->
    [carer] Tandem przechowuje o tobie kilka rzeczy, żebyś mógł brać udział w planie i spotkaniach. Oto co, kto może to widzieć i jak długo.
   *[other] Tandem przechowuje o tobie kilka rzeczy, żebyś ty i twój opiekun mogli razem pracować. Oto co, kto może to widzieć i jak długo.
}
my-data-kept-title = Co przechowuje Tandem
my-data-kept-1 = { $who ->
    [carer] Twoje imię, tak jak zapisał je opiekun twojej rodziny. Z którym młodym człowiekiem jesteś powiązany.
   *[other] Twoje imię, tak jak zapisał je twój opiekun. Twój plan i każda jego zmiana. Twoje oceny z sesji.
}
my-data-kept-2 = { $who ->
    [carer] Twoje odpowiedzi na plan i na spotkania. Ankiety i pomysły wysłane z twoim imieniem. Skargi i pochwały wysłane z twoim imieniem.
   *[other] Twoje spotkania i twoje odpowiedzi na nie. Ankiety i pomysły wysłane z twoim imieniem. Skargi i pochwały wysłane z twoim imieniem. To, czy naciśnięto „Nie czuję się bezpiecznie”.
}
my-data-kept-phone = Telefony, na których używasz Tandemu. Ten telefon przechowuje tylko to, czego potrzebujesz, gdy nie ma zasięgu. Wszystko jest usuwane, gdy się wylogujesz. Rzeczy wysłane bez imienia nie są z tobą powiązane.
my-data-who-title = Kto może to widzieć
my-data-who-1 = { $who ->
    [carer] Ty, opiekun młodego człowieka i jego kierownicy.
   *[other] Ty, twój opiekun i jego kierownicy.
}
my-data-who-2 = { $who ->
    [carer] Młody człowiek widzi swój własny plan. Ty widzisz tylko te części planu, które są udostępnione rodzicom i opiekunom.
   *[other] Twój rodzic lub opiekun widzi tylko te części planu, które mu udostępniono. Nie widzi twoich ocen, ankiet ani skarg.
}
my-data-who-3 = To, co wysyłasz, trafia też do twojej dokumentacji w placówce. To jest własna dokumentacja placówki, prowadzona według jej zasad. Za każdym razem, gdy personel ogląda twoje rzeczy w Tandemie, zostaje to zapisane.
my-data-how-long-title = Jak długo jest przechowywane
my-data-how-long-1 = Gdy coś, co wysłałeś, trafi do twojej dokumentacji w placówce, Tandem usuwa swoją kopię wiadomości po { $days } dniach.
my-data-how-long-2 = Gdy twój czas w placówce się kończy, twój opiekun zamyka twoją sprawę. Wtedy telefon wysyła wszystko, co jeszcze czeka, i się wylogowuje. Nieużywany telefon wylogowuje się po { $days } dniach.
my-data-how-long-3 = Po { $months } mies. od zamknięcia twojej sprawy Tandem usuwa wszystko, co o tobie przechowuje. Zostają tylko liczby bez imion, na przykład ile osób odpowiedziało na ankietę.
my-data-how-long-usual = To są zwykłe terminy. Twoja placówka mogła wybrać inne: ta strona to pokaże, gdy telefon następnym razem będzie mieć zasięg.
my-data-ask-title = Prośba o wgląd lub usunięcie
my-data-ask-1 = Możesz poprosić, żeby zobaczyć wszystko, co Tandem o tobie przechowuje. Możesz też poprosić o poprawienie, jeśli coś jest źle, albo o usunięcie.
my-data-ask-2 = Powiedz swojemu opiekunowi albo wyślij wiadomość ze swoim imieniem. Placówka musi ci odpowiedzieć w ciągu miesiąca.
    .easier = Powiedz opiekunowi albo wyślij nam wiadomość. Musimy odpowiedzieć w ciągu miesiąca.
my-data-ask-link = Wyślij wiadomość
case-closed-title = Twój czas w placówce się skończył
case-closed-body = Dziękujemy za wspólną pracę. Ten telefon się teraz wyloguje, a Tandem usunie to, co na nim przechowywał. Jeśli nadal potrzebujesz pomocy, porozmawiaj ze swoim opiekunem.
    .easier = Twój czas z nami się skończył. Dziękujemy. Ten telefon się wyloguje. Potrzebujesz pomocy? Porozmawiaj z opiekunem.
case-closed-sending = { $count ->
    [one] 1 rzecz, którą napisałeś, wciąż jest wysyłana. Trzymaj Tandem otwarty, gdy masz zasięg. Telefon wyloguje się, gdy zostanie wysłana.
   *[other] Rzeczy, które napisałeś, wciąż są wysyłane: { $count }. Trzymaj Tandem otwarty, gdy masz zasięg. Telefon wyloguje się, gdy zostaną wysłane.
}
case-closed-try-now = Spróbuj teraz
lock-warning = Za minutę Tandem się zablokuje, żeby chronić twoje rzeczy. Twój PIN znowu go otworzy.
    .easier = Tandem zablokuje się za minutę. Twój PIN go otworzy.
lock-still-here = Nadal tu jestem
lock-title = Wpisz swój PIN
lock-intro = Tandem sam się zablokował, żeby chronić twoje rzeczy. Wpisz PIN, żeby kontynuować.
    .easier = Tandem jest zablokowany. Wpisz swój PIN.
lock-new-code = Nie pamiętam PIN-u
lock-tries-left = { $count ->
    [one] Możesz spróbować jeszcze 1 raz. Potem Tandem wyloguje się na tym telefonie.
   *[other] Możesz spróbować jeszcze { $count } razy. Potem Tandem wyloguje się na tym telefonie.
}

## Devices
devices-title = Twoje telefony
devices-intro = To są telefony, na których jesteś zalogowany do Tandemu. Jeśli któryś nie jest już twój, wyloguj go.
    .easier = Na tych telefonach jesteś w Tandemie. Wyloguj te, które nie są twoje.
devices-unnamed = Telefon
devices-this-one = Ten telefon
devices-last-used = Ostatnio używany: { $date }
devices-sign-out = Wyloguj ten telefon
devices-carers-title = Twoi rodzice i opiekunowie w Tandemie
devices-carers-intro = Te osoby widzą rzeczy, które postanowisz im udostępnić.
devices-no-carers = Jeszcze nikt.
devices-shared-title = Z tego telefonu korzystają też inne osoby
devices-shared-label = Ten telefon jest wspólny
devices-shared-hint = Wtedy Tandem nie przechowuje na tym telefonie niczego poza tym, co napisałeś i jeszcze nie wysłałeś, i pyta o PIN za każdym razem, gdy do niego wracasz.
    .easier = Wtedy Tandem prawie nic nie trzyma na tym telefonie. Za każdym razem pyta o PIN.

## Account menu
nav-account-label = Twoje konto
nav-signed-in-as = Zalogowano jako { $name }
nav-demo = Wersja demo: te osoby są zmyślone
nav-staff-home = Moja praca
nav-devices = Moje telefony
nav-sign-out = Wyloguj
sign-out-unsent = { $count ->
    [one] 1 rzecz, którą napisałeś, jeszcze nie dotarła do Tandemu. Wylogowanie usunie ją z tego telefonu.
   *[other] Rzeczy, które napisałeś, jeszcze nie dotarły do Tandemu: { $count }. Wylogowanie usunie je z tego telefonu.
}
sign-out-stay = Zostań zalogowany i wyślij je później
sign-out-anyway = Wyloguj i usuń je

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = Coś poszło nie tak przy wysyłaniu. Spróbuj jeszcze raz.
error-unsupported_media_type = Coś poszło nie tak przy wysyłaniu. Spróbuj jeszcze raz.
error-payload_too_large = To jest za długie, żeby wysłać. Skróć to.
error-not_found = Nie znaleźliśmy tego.
error-method_not_allowed = Tego nie można tu zrobić.
error-unauthorized = Najpierw się zaloguj.
error-forbidden = Nie możesz tego oglądać.
error-missing_operation_id = Coś poszło nie tak przy wysyłaniu. Spróbuj jeszcze raz.
error-invalid_operation_id = Coś poszło nie tak przy wysyłaniu. Spróbuj jeszcze raz.
error-operation_id_reused = To zostało już wysłane z innymi odpowiedziami. Napisz to jeszcze raz.
error-score_out_of_range = Wybierz liczbę od 0 do 10.
error-text_too_long = To jest za długie. Skróć to.
error-text_has_control_characters = Niektórych znaków nie da się zapisać. Wpisz je jeszcze raz.
error-invalid_invite_code = Ten kod jest nieprawidłowy. Sprawdź go ze swoim opiekunem.
error-offline = Nie masz internetu. To, co napisałeś, jest zapisane na tym telefonie i zostanie wysłane, gdy wrócisz do sieci.
error-storage_unavailable = Tandem ma teraz problem. To, co napisałeś, jest bezpieczne. Spróbuj za chwilę.
error-internal = Coś poszło nie tak po naszej stronie. To, co napisałeś, jest bezpieczne. Spróbuj jeszcze raz.
error-invite_used_or_expired = Ten kod został już użyty albo jest za stary. Poproś opiekuna o nowy.
error-invalid_pin = PIN musi mieć 4, 5 albo 6 cyfr.
error-wrong_pin = Ten PIN jest nieprawidłowy. Spróbuj jeszcze raz.
error-pin_required = Wpisz PIN, żeby kontynuować.
error-pin_not_set = Najpierw wybierz PIN.
error-device_session_ended = Ten telefon został wylogowany dla twojego bezpieczeństwa. Poproś opiekuna o nowy kod.
error-invalid_email = Wpisz cały adres e-mail, na przykład imie@example.org.
error-password_too_short = Hasło musi mieć co najmniej 12 znaków.
error-wrong_credentials = E-mail albo hasło są nieprawidłowe.
error-session_expired = Zostałeś wylogowany. Zaloguj się jeszcze raz.
error-name_required = Wpisz imię.
error-email_taken = Ktoś ma już konto z tym adresem e-mail.
error-cannot_disable_yourself = Nie możesz wyłączyć własnego konta. Poproś innego administratora.
error-wrong_current_password = Obecne hasło jest nieprawidłowe.
error-passkey_required = Użyj klucza dostępu, żeby dokończyć logowanie.
error-passkey_setup_required = Twoja placówka prosi kierowników i administratorów, żeby najpierw dodali klucz dostępu.
error-passkey_not_accepted = Nie udało się użyć tego klucza dostępu. Spróbuj jeszcze raz albo zaloguj się e-mailem i hasłem.
error-passkey_timed_out = To trwało za długo. Spróbuj jeszcze raz.
error-passkey_already_added = Ten klucz dostępu jest już na jakimś koncie.
error-last_passkey_needed = Twoja placówka wymaga, żebyś miał klucz dostępu. Dodaj inny, zanim usuniesz ten.
error-cross_site_request = To przyszło z innej strony internetowej, więc tego nie zrobiliśmy.
error-rate_limited = Za dużo prób. Poczekaj chwilę i spróbuj jeszcze raz.
error-pin_already_set = Ten telefon ma już PIN.
error-link_used_or_expired = Ten link został już użyty albo jest za stary. Poproś o nowy.
error-not_a_young_person = Ta osoba nie jest młodym człowiekiem.
error-not_a_carer = Ta osoba nie jest rodzicem ani opiekunem.
error-not_a_worker = Ta osoba nie jest pracownikiem.
error-invalid_parameter = Coś jest nie tak z tym linkiem. Wróć i spróbuj jeszcze raz.
error-join_code_not_found = Nie ma otwartej sesji z tym kodem. Sprawdź kod ze swoim opiekunem.
error-session_closed = Ta sesja się skończyła, więc nie można już dawać ocen.
error-already_joined = Już dołączyłeś do tej sesji.
error-already_scored = Już dałeś tę ocenę.
error-end_scores_not_open = Twój opiekun jeszcze nie poprosił o oceny końcowe. Daj tę ocenę, gdy poprosi.
error-sign_in_to_join = Ta sesja jest dla zalogowanych młodych ludzi. Zapytaj swojego opiekuna.
error-implausible_device_time = Zegar tego telefonu wygląda na zły, więc nie dało się zapisać oceny. Sprawdź godzinę w telefonie.
error-phase_cannot_go_back = Sesja idzie tylko do przodu: początek, potem koniec, potem zamknięta.
error-measure_not_in_session = To pytanie nie jest częścią tej sesji.
error-topic_not_in_programme = Wybierz temat z tego programu.
error-invalid_phone_number = Podaj numer telefonu: cyfry i spacje, z + na początku, jeśli trzeba.
error-text_required = Napisz coś w tym polu.
error-invalid_follow_token = Ten telefon nie mógł zrobić swojego kodu do śledzenia tego, co wysyłasz. Zamknij Tandem i otwórz go jeszcze raz.
error-invalid_participant_token = Ten telefon nie mógł zrobić swojego kodu do tej sesji. Zamknij Tandem i otwórz go jeszcze raz.
error-free_time_gone = Ten termin został właśnie zajęty albo usunięty. Wybierz inny albo napisz, co by ci pasowało.
error-topics_required = Dodaj co najmniej jeden temat sesji.
error-too_many_topics = Program może mieć najwyżej 52 tematy.
error-invalid_time = Wpisz prawdziwą godzinę, na przykład 16:00.
error-appointment_in_past = Ta godzina już minęła. Wybierz godzinę, która dopiero będzie.
error-due_date_out_of_range = Wybierz dzień od dziś do roku od teraz.
error-form_not_for_person = Ten formularz jest dla kogoś innego: młodzi ludzie mają swoje formularze, a rodzice i opiekunowie swoje.
error-invalid_link = Link do mapy musi być całym adresem strony zaczynającym się od https://.
error-reason_required = Napisz, co trzeba zmienić, żeby twój opiekun mógł to załatwić.
error-appointment_over = To spotkanie już się odbyło albo zostało odwołane, więc nie można teraz na nie odpowiedzieć.
error-invalid_push_subscription = Nie udało się ustawić przypomnień na tym telefonie. Spróbuj jeszcze raz.
error-invalid_signature = Podpis żądania jest brakujący, błędny albo za stary.
error-questions_required = Dodaj co najmniej jedno pytanie.
error-too_many_questions = Ankieta może mieć najwyżej 60 pytań.
error-invalid_survey = Coś w tej ankiecie do siebie nie pasuje: sprawdź opcje każdego pytania i kiedy jest pokazywane.
error-answer_not_in_survey = Ta odpowiedź jest do pytania, którego nie ma w tej ankiecie. Zacznij ankietę od nowa.
error-choice_required = Najpierw wybierz jedną z tych opcji.
error-answer_required = Odpowiedz na to pytanie.
error-invalid_answer = Ta odpowiedź nie pasuje do tego pytania.
error-survey_not_open = Na tę ankietę nie można teraz odpowiadać.
error-already_answered = Już odpowiedziałeś na tę ankietę. Dziękujemy!
error-outcome_required = Napisz, co postanowiono, zanim oznaczysz to jako rozwiązane.
error-out_of_range = Ta liczba jest poza tym, co jest tu dozwolone.
error-closes_before_opens = Dzień zamknięcia jest przed dniem otwarcia.
error-invalid_consultation = Coś w tej konsultacji do siebie nie pasuje: sprawdź, czy każde działanie ma słowa, czy głosowanie ma co najmniej dwie sprawy i czy żaden identyfikator nie jest użyty dwa razy.
error-consultation_not_open = Ta konsultacja nie jest teraz otwarta, więc tego nie policzono.
error-already_voted = Już na to głosowałeś. Każdy głosuje raz.
error-too_few_to_show = Pasuje do tego mniej niż pięć anonimowych odpowiedzi, więc nie są pokazane: przy tak małej liczbie dałoby się poznać, kto co powiedział. Wybierz szerszy filtr.
error-ranked_twice = Wybrałeś tę samą sprawę dwa razy. Na każde miejsce wybierz inną.
error-statement_not_approved = Na to stwierdzenie nie można głosować.
error-voice_note_too_large = Ta notatka głosowa jest za długa. Niech trwa mniej niż około dwóch minut albo napisz odpowiedź.
error-already_published = Ta konsultacja jest opublikowana, więc jej działań nie można już zmienić.
error-reminder_times_clash = Godziny ciszy muszą trwać przez noc, a wieczorne przypomnienie musi być przed nimi.
error-relay_event_state = Tego zdarzenia nie można teraz tak zmienić. Ponownie można wysłać tylko zdarzenie nieudane, a jako zapisane oznaczyć tylko takie, którego nie ma jeszcze w dokumentacji.
error-target_required = Najpierw napisz cel: nad czym chcesz pracować?
error-too_many_targets = Plan może mieć najwyżej 20 celów.
error-not_your_column = Tę część planu pisze ktoś inny.
error-invalid_date = Wpisz prawdziwą datę.
error-closure_in_future = Sprawę można zamknąć dzisiaj albo w dniu, który już minął, a nie w dniu, który dopiero będzie.
error-case_closed = Ta sprawa jest zamknięta, więc nie można dodać nic nowego. Najpierw otwórz sprawę ponownie.
error-events_waiting = Część tego, co wysłała ta osoba, nie dotarła jeszcze do dokumentacji sprawy. Najpierw wyślij to albo zapisz na stronie przekazywania, żeby nic nie zginęło.
error-plan_version_not_current = Plan zmienił się, odkąd go przeczytałeś. Przeczytaj go jeszcze raz, zanim powiesz, czy się zgadzasz.
error-plan_edit_conflict = Ktoś inny zmienił to pole, kiedy pisałeś. Wybierz, które słowa zostawić.

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = Mój plan
home-plan-hint = Twoje cele, twoimi słowami. Przeczytaj je, napisz swoją część i powiedz, czy się zgadzasz.
    .easier = Twoje cele. Napisz swoją część. Powiedz, czy się zgadzasz.
home-plan-link-carer = Plan
home-plan-hint-carer = Cele twojego młodego człowieka. Przeczytaj je, napisz, jak pomożesz, i powiedz, czy się zgadzasz.
    .easier = Cele twojego dziecka. Napisz, jak pomożesz. Powiedz, czy się zgadzasz.
plan-title = Plan
plan-mine = Mój plan
plan-of = Plan: { $name }
plan-none = Nie ma tu jeszcze planu. Twój opiekun zacznie go z tobą.
    .easier = Nie ma jeszcze planu. Opiekun pomoże ci go zacząć.
plan-empty = Nie ma jeszcze celów. Twój opiekun napisze je z tobą.
    .easier = Nie ma jeszcze celów. Opiekun ci pomoże.
plan-offline-copy = Nie masz zasięgu, więc to jest plan z ostatniego razu. To, co napiszesz, zostanie zapisane na tym telefonie i wysłane później.
    .easier = Brak zasięgu. To twój plan z ostatniego razu. To, co napiszesz, zostanie zapisane i wysłane później.
plan-field-target = Cel
    .easier = Cel
plan-field-i-will = Żeby to zrobić, ja...
    .easier = Co zrobię
plan-field-carer-will = Rodzic lub opiekun...
    .easier = Co zrobi mój rodzic lub opiekun prawny
plan-field-worker-will = Pracownik...
    .easier = Co zrobi mój opiekun
plan-field-how-i-know = Po czym poznam, że mi się udaje?
    .easier = Skąd będę wiedzieć, że się udało?
plan-party-young-person = młody człowiek
plan-party-carer = rodzic lub opiekun
plan-party-worker = pracownik
plan-not-written = Jeszcze nie napisane
plan-write = Napisz to
plan-change = Zmień
plan-box-action = { $action }: { $box }, dla celu { $target }
plan-change-target = Zmień cel
plan-save = Zapisz
plan-cancel = Anuluj
plan-saved-box = Zapisano: { $box }.
plan-waiting-to-send = Zapisane na tym telefonie. Zostanie wysłane, gdy będzie zasięg.
    .easier = Zapisane. Wyślemy, gdy będzie zasięg.
plan-suggestion = Twój opiekun proponuje słowa do „{ $column }”:
plan-accept = Użyj tych słów
plan-decline = Nie, dziękuję
plan-status-achieved = Zrobione!
plan-status-dropped = Przerwane: { $reason }
plan-review-on = Przegląd: { $date }
plan-agree-title = Czy zgadzasz się z tym planem?
    .easier = Czy ten plan ci pasuje?
plan-agree = Zgadzam się
    .easier = Tak, pasuje
plan-disagree = Chcę coś zmienić
    .easier = Nie, chcę coś zmienić
plan-change-wanted-label = Co byś zmienił?
plan-send = Wyślij
plan-disagree-back = Wróć
plan-state-waiting = Jeszcze nie odpowiedziałeś.
plan-state-agreed = Zgodziłeś się z tym planem. Dziękujemy.
plan-state-disagreed = Powiedziałeś, że chcesz coś zmienić. Twój opiekun ma twoje słowa:
plan-state-reopened = Plan zmienił się, odkąd się zgodziłeś. Przeczytaj, co się zmieniło, i odpowiedz jeszcze raz.
    .easier = Plan się zmienił. Przeczytaj go i powiedz jeszcze raz.
plan-state-reopened-disagreed = Plan zmienił się, odkąd powiedziałeś, że chcesz coś zmienić. Przeczytaj, co się zmieniło, i odpowiedz jeszcze raz. Twoje słowa to:
plan-change-added = (nowe)
plan-change-status = jest teraz { $status ->
    [achieved] zrobione
    [dropped] przerwane
   *[active] znowu aktywne
}
plan-conflict-title = Ktoś inny to zmienił, kiedy pisałeś
plan-conflict-yours = Twoje słowa
plan-conflict-theirs = Słowa, które są tam teraz
plan-keep-mine = Zostaw moje słowa
plan-take-theirs = Zostaw ich słowa
plan-merge = Napisz je razem
plan-refused = Nie udało się zapisać tej zmiany.
plan-discard = Usuń to
plan-add-target-label = Nowy cel, twoimi słowami
plan-add-target = Dodaj cel
plan-look = Symbol i to, co widzi twój rodzic lub opiekun
plan-icon-label = Symbol tego celu
plan-icon-none = Bez symbolu
plan-sharing-label = Twój rodzic lub opiekun widzi
plan-sharing-whole = Cały ten cel
plan-sharing-part = Tylko cel i swoją część
plan-sharing-hidden = Nic: zostaw to prywatne

## Session self-scaling: the young person's page
home-scaling-link = Oceny z sesji
home-scaling-hint = Dołącz do sesji kodem, który da ci opiekun
    .easier = Użyj kodu od opiekuna.
scaling-title = Oceny z sesji
scaling-join-intro = Twój opiekun pokaże kod albo kod QR do zeskanowania. Wpisz tu kod, żeby dołączyć do sesji.
    .easier = Wpisz kod, który pokaże opiekun.
scaling-code-label = Kod sesji
scaling-code-hint = Sześć liter i cyfr, na przykład ACD 479
scaling-join = Dołącz do sesji
scaling-start = Na początku: ile teraz o tym wiesz? 0 to nic, 10 to wszystko.
    .easier = Ile teraz o tym wiesz? 0 to nic. 10 to wszystko.
scaling-end = Na końcu: ile teraz o tym wiesz? 0 to nic, 10 to wszystko.
    .easier = Ile o tym wiesz teraz, na końcu? 0 to nic. 10 to wszystko.
scaling-end-hint = Możesz dać tę ocenę bez zasięgu; zostanie wysłana później.
scaling-wait-for-end = Dziękujemy. Twoja ocena na początek jest zapisana. Na końcu sesji opiekun poprosi o ocenę końcową i pojawi się ona tutaj.
    .easier = Dziękujemy. Pierwszy wynik jest zapisany. Poczekaj do końca spotkania.
scaling-no-signal-end = Ten telefon nie ma zasięgu, więc nie usłyszy, kiedy opiekun poprosi.
scaling-worker-asked = Mój opiekun poprosił o ocenę końcową
scaling-finished-before-end = Ta sesja się skończyła. Dziękujemy za ocenę na początek.
scaling-low = 0 = nic nie wiem
scaling-high = 10 = wiem wszystko
scaling-review-low = 0 = wcale
scaling-review-high = 10 = całkowicie
scaling-show-start = Pokaż moją ocenę z początku
scaling-your-start = Na początku dałeś { $score }.
scaling-easier-words = Prostsze słowa
scaling-offline-question = Ile wiesz o dzisiejszym temacie? 0 to nic, 10 to wszystko.
scaling-joined-offline = Dołączyłeś bez zasięgu. Twoje oceny są zapisane na tym telefonie i zostaną wysłane, gdy będzie zasięg.
scaling-send = Wyślij moją ocenę
scaling-all-done = Dziękujemy. Twoje oceny są zapisane. Opiekun je zobaczy, żeby zaplanować następne sesje.
    .easier = Dziękujemy. Twoje wyniki są zapisane.
scaling-leave = Zakończ
scaling-review-title = Koniec programu
scaling-review-learning = Ile nauczyłeś się w tym programie?
scaling-review-future-risk = Jak dobrze umiesz trzymać się z dala od ryzykownych sytuacji?
scaling-review-consequences = Jak dobrze rozumiesz, co się dzieje, gdy ktoś popełnia przestępstwo?
scaling-review-before = Kiedy program się zaczął (0 to wcale, 10 to całkowicie)
scaling-review-now = Teraz, na końcu (0 to wcale, 10 to całkowicie)
scaling-topic = Temat sesji

## Appointments
home-appointments-link = Spotkania
home-appointments-hint = Kiedy i gdzie się spotykacie. Powiedz, czy możesz przyjść, i dostawaj przypomnienia.
    .easier = Kiedy i gdzie się spotykamy. Powiedz, czy przyjdziesz.
home-appointments-hint-carer = Kiedy i gdzie są spotkania. Powiedz, czy możesz przyjść, i dostawaj przypomnienia.
    .easier = Kiedy i gdzie się spotykamy. Powiedz, czy przyjdziesz.
appointments-title = Spotkania
appointments-offline-copy = Nie masz internetu. To są twoje spotkania z ostatniego razu, gdy byłeś w sieci.
    .easier = Brak zasięgu. To twoje spotkania z ostatniego razu.
appointments-coming-up = Nadchodzące
appointments-none = Brak nadchodzących spotkań.
appointments-past = Minione spotkania
appointments-time = { $start } do { $end }
appointments-for = Dla: { $name }
appointments-where = Gdzie
appointments-what = Po co
appointments-who = Kto będzie
appointments-get-ready = Przygotuj się do tego spotkania
appointments-got-ready = Przygotowanie do tego spotkania jest gotowe. Dziękujemy.
appointments-open-map = Otwórz mapę
appointments-coming = Będę
appointments-change = Muszę to zmienić
appointments-change-label = Co trzeba zmienić? Na przykład lepszy dzień albo godzina.
    .easier = Co trzeba zmienić?
appointments-change-label-optional = Chcesz coś dodać? Napisz, co by ci pasowało, jeśli żaden z tych terminów nie pasuje.
appointments-free-times = Kiedy twój opiekun ma czas
appointments-free-time = { $day }, { $start } do { $end }
appointments-free-other = Inny dzień albo godzina (napisz jaki poniżej)
appointments-change-send = Wyślij do mojego opiekuna
appointments-change-cancel = Anuluj
appointments-reply-waiting = Twoja odpowiedź jest zapisana na tym telefonie i zostanie wysłana, gdy będziesz w sieci.
    .easier = Zapisane. Wyślemy, gdy będzie zasięg.
appointments-you-are-coming = Napisałeś, że będziesz.
appointments-you-asked-change = Poprosiłeś o zmianę: { $reason }
appointments-you-asked-time = Poprosiłeś o przeniesienie na { $time }.
appointments-add-to-calendar = Dodaj do mojego kalendarza
appointments-default-title = Spotkanie
appointments-calendar = Kalendarz
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] jedno spotkanie
    [few] { $count } spotkania
   *[other] { $count } spotkań
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = Nadchodzące
appointment-state-attended = Byłeś
appointment-state-missed = Nieobecność
appointment-state-cancelled = Odwołane
remind-title = Przypomnienia
remind-discreet = Przypomnienia na ekranie blokady mówią tylko coś w rodzaju „Coś jutro o 16:00”, żeby nikt inny nie wiedział, co to jest.
    .easier = Przypomnienia nie mówią, co to za spotkanie. Inni się nie dowiedzą.
remind-button = Przypominaj mi przed spotkaniami
remind-again = Włącz przypomnienia też na tym telefonie
remind-on = Przypomnienia są włączone.
remind-detailed = Pisz w przypomnieniach co i gdzie (każdy, kto zobaczy twój ekran, może to przeczytać)
remind-unsupported = Ten telefon albo przeglądarka nie może pokazywać przypomnień. Zamiast tego dodaj spotkania do kalendarza.
remind-denied = Przypomnienia są zablokowane dla tej aplikacji. Możesz zezwolić na powiadomienia w ustawieniach telefonu.
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
weekday-short-1 = pon.
weekday-short-2 = wt.
weekday-short-3 = śr.
weekday-short-4 = czw.
weekday-short-5 = pt.
weekday-short-6 = sob.
weekday-short-7 = niedz.
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-in-words = { $weekday }, { $day } { $month } { $year }
time-in-words = { $date }, { $time }

## Surveys on a phone
home-surveys-link = Ankiety
home-surveys-hint = Powiedz nam, co myślisz. To pomaga nam coś ulepszyć.
    .easier = Odpowiedz na kilka pytań. To nam pomaga.
home-voice-link = Zabierz głos
home-voice-hint = Głosuj na to, co ważne, i zobacz, co się zmieniło dzięki temu, co powiedzieli młodzi ludzie.
    .easier = Głosuj. Zobacz, co się zmieniło.
surveys-title = Ankiety dla ciebie
surveys-offline-copy = Nie masz internetu. To są ankiety, które ten telefon widział ostatnio.
    .easier = Brak zasięgu. To ankiety z ostatniego razu.
surveys-none = Nie ma teraz dla ciebie ankiet. Dziękujemy, że zajrzałeś!
    .easier = Teraz nie ma ankiet dla ciebie.
surveys-closes = Otwarta do { $date }
surveys-waiting = Twoje odpowiedzi są zapisane na tym telefonie. Zostaną wysłane, gdy będziesz w sieci.
    .easier = Zapisane. Odpowiedzi wyślemy, gdy będzie zasięg.
surveys-gone = Tej ankiety nie ma już na tym telefonie. Może się zamknęła albo już na nią odpowiedziałeś.
surveys-back-to-list = Wróć do ankiet
surveys-audience = Kto przeczyta twoje odpowiedzi: { $audience }.
surveys-anonymous = Twoje imię nie jest zapisywane z odpowiedziami. Nikt nie wie, które odpowiedzi są twoje.
    .easier = Nie zapisujemy twojego imienia. Nikt nie wie, które odpowiedzi są twoje.
surveys-named = Twoje imię jest zapisywane z odpowiedziami, żeby opiekun widział, co napisałeś.
    .easier = Zapisujemy twoje imię. Opiekun widzi twoje odpowiedzi.
surveys-how-many = { $count ->
    [one] Jest 1 pytanie.
    [few] Są { $count } pytania.
   *[other] Jest { $count } pytań.
}
surveys-how-many-between = Pytań jest od { $least } do { $most }: niektóre padają tylko po pewnych odpowiedziach.
surveys-easy-words = Użyj prostszych słów
surveys-start = Zacznij
surveys-carry-on = Kontynuuj od miejsca, w którym skończyłem
surveys-progress = Pytanie { $number } z { $count }
surveys-back = Wstecz
surveys-next = Dalej
surveys-send = Wyślij moje odpowiedzi
surveys-pick-any = Wybierz, ile chcesz.
surveys-yes = Tak
surveys-no = Nie
surveys-face-1 = Bardzo smutny
surveys-face-2 = Smutny
surveys-face-3 = Tak sobie
surveys-face-4 = Zadowolony
surveys-face-5 = Bardzo zadowolony
surveys-thanks-title = Dziękujemy!
surveys-thanks-audience = Twoje odpowiedzi przeczyta: { $audience }.
home-forms-link = Formularze do wypełnienia
home-forms-hint = Rzeczy, o których wypełnienie poprosił cię twój pracownik, na przykład twoja samoocena.
home-forms-hint-carer = Formularze, o których wypełnienie poprosił cię pracownik twojej rodziny.
forms-title = Formularze do wypełnienia
forms-offline-copy = Jesteś offline. To są formularze, które ten telefon widział ostatnio.
forms-none = Nie masz teraz żadnych formularzy do wypełnienia.
forms-gone = Tego formularza nie ma już na tym telefonie. Możliwe, że został już wysłany.
forms-back-to-list = Wróć do formularzy
forms-for-assessment = To jest do oceny.
forms-for-review-meeting = To jest, aby przygotować się do spotkania przeglądowego.
forms-for-closure = To jest na zakończenie pracy z serwisem.
forms-for-induction = To jest na początek pracy z serwisem.
forms-reader = { $name } to przeczyta.
forms-reader-only = Tylko { $name } to przeczyta.
forms-due = Skończ, proszę, do { $date }.
forms-rather-not-say = Wolę nie mówić
forms-rather-not-say-kept = Ta odpowiedź zostaje pusta. To w porządku.
forms-rather-not-say-any = Na każde pytanie możesz odpowiedzieć „Wolę nie mówić”.
forms-kept-on-phone = Możesz przerwać i wrócić później. To, co piszesz, zostaje na tym telefonie, dopóki tego nie wyślesz.

## Complaints and compliments on a phone
say-link = Skarga lub pochwała
say-title = Powiedz nam, co myślisz
say-intro = Możesz nam powiedzieć o czymś, co poszło źle, albo o czymś, co poszło dobrze. Użyj własnych słów.
    .easier = Powiedz nam, co poszło źle albo co poszło dobrze.
say-kind-legend = Co chcesz nam powiedzieć?
say-kind-complaint = Coś poszło źle (skarga)
say-kind-compliment = Coś poszło dobrze (pochwała)
say-text-unchosen = Powiedz nam własnymi słowami
say-text-complaint = Co poszło źle?
say-text-compliment = Co poszło dobrze?
say-anonymous = Nie wysyłaj mojego imienia
say-anonymous-hint = Nie będziemy wiedzieć, że to ty. Nadal zobaczysz na tym telefonie, co się dzieje.
    .easier = Nie będziemy wiedzieć, że to ty.
say-named-hint = Będziemy wiedzieć, że to ty, więc możemy z tobą o tym porozmawiać.
    .easier = Będziemy wiedzieć, że to ty. Możemy z tobą o tym porozmawiać.
say-send = Wyślij
say-thanks = Dziękujemy, że nam powiedziałeś. Jest zapisane na tym telefonie i zostanie wysłane, gdy będziesz w sieci.
    .easier = Dziękujemy. Zapisane. Wyślemy, gdy będzie zasięg.
say-thanks-received = Dziękujemy, że nam powiedziałeś. Dostaliśmy to i możesz to śledzić poniżej.
say-yours = Co nam powiedziałeś
say-waiting = Zapisane na tym telefonie. Zostanie wysłane, gdy będziesz w sieci.
say-status-received = Dostaliśmy
say-status-acknowledged = Przeczytaliśmy
say-status-investigating = Sprawdzamy to
say-status-resolved = Załatwione
say-respond-by = Odpowiemy do { $date }.
say-owner = Zajmuje się tym: { $name }.
say-outcome = Co zrobiliśmy:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = Zabierz głos
voice-intro = Twoje zdanie może zmienić to, jak wszystko działa. Głosuj, zgadzaj się albo nie i mów nam własnymi słowami.
    .easier = Twoje pomysły mogą coś zmienić. Głosuj i powiedz nam.
voice-offline-copy = Nie masz internetu. To ostatnia kopia zapisana na tym telefonie; to, co dasz, zostanie wysłane, gdy wrócisz do sieci.
    .easier = Brak zasięgu. To z ostatniego razu. To, co dasz, wyślemy później.
voice-none-open = Nic nie jest teraz dla ciebie otwarte.
voice-for-cabinet = Rada młodzieżowa
voice-closes = Otwarte do { $date }
voice-feed-title = Powiedzieliście, zrobiliśmy
voice-feed-none = Jeszcze nic. Gdy zespół odpowie na to, co powiedzieli młodzi ludzie, pojawi się to tutaj.
voice-heard-by = Kto to usłyszy: { $audience }
voice-you-took-part = Wziąłeś udział
voice-ballots-cast = { $count ->
    [one] Jeden głos
    [few] { $count } głosy
   *[other] { $count } głosów
}
voice-agree-percent = { $percent }% się zgadza
voice-you-said = Powiedzieliście:
voice-we-did = Zrobiliśmy:
voice-by-when = Do { $date }
voice-decided-by = Zdecydował: { $who }
voice-status-planned = Zaplanowane
voice-status-in_progress = Właśnie robione
voice-status-done = Zrobione
voice-status-not_possible = Nie możemy tego zmienić
voice-gone = To nie jest już otwarte.
voice-back = Wróć do „Zabierz głos”
voice-audience-heading = Kto usłyszy, co powiesz
voice-anonymous = Twoje imię nie jest zapisywane z niczym, co tu dasz.
    .easier = Nie zapisujemy twojego imienia.
voice-named = To, co napiszesz, jest zapisywane z twoim imieniem i trafia do twojej dokumentacji. To, jak głosujesz, nigdy nie jest zapisywane z twoim imieniem.
    .easier = Twoje słowa mają twoje imię. Twój głos nigdy go nie ma.
voice-thanks = Dziękujemy, dostaliśmy to. { $audience } usłyszy, co powiedzieli młodzi ludzie.
voice-thanks-waiting = Dziękujemy. Jest zapisane na tym telefonie i zostanie wysłane, gdy będziesz w sieci. Potem { $audience } usłyszy, co powiedzieli młodzi ludzie.
voice-waiting = Zapisane na tym telefonie. Zostanie wysłane, gdy będziesz w sieci.
voice-done = Gotowe, dziękujemy
voice-agree = Zgadzam się
voice-disagree = Nie zgadzam się
voice-pass = Nie wiem
voice-propose-label = Dodaj własne stwierdzenie
voice-propose-hint = Inni je zobaczą, gdy zespół je sprawdzi.
voice-propose-send = Wyślij moje stwierdzenie
voice-answer-send = Wyślij moją odpowiedź
voice-rank-hint = Wybierz do trzech, najważniejsze najpierw.
voice-first-choice = Pierwszy wybór
voice-second-choice = Drugi wybór
voice-third-choice = Trzeci wybór
voice-no-choice = (brak)
voice-ballot-send = Wyślij mój głos
voice-record = Nagraj zamiast tego notatkę głosową
voice-recording = Nagrywanie. Powiedz, co chcesz, potem naciśnij Stop. Samo się zatrzyma po dwóch minutach.
voice-record-stop = Zatrzymaj nagrywanie
voice-recorded = Twoja notatka głosowa jest gotowa (sekundy: { $seconds }). Możesz też dopisać słowa, a potem wysłać.
voice-record-delete = Usuń notatkę głosową
voice-record-failed = Nagrywanie nie zadziałało na tym telefonie. Napisz zamiast tego odpowiedź.

## Get help now ("I don't feel safe")
help-link = Pomoc teraz
lock-help = Grozi ci teraz niebezpieczeństwo?
help-title = Pomoc teraz
help-intro = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod 999. Możesz też porozmawiać z kimś za darmo i prywatnie albo powiedzieć swojemu opiekunowi.
    .easier = Grozi ci niebezpieczeństwo? Zadzwoń pod 999. Możesz też z kimś porozmawiać albo powiedzieć opiekunowi.
help-call-999 = Zadzwoń pod 999 (nagły wypadek)
help-childline = Childline, za darmo i prywatnie: { $number }
help-duty = Dyżurny pracownik twojej placówki: { $number }
help-tell-title = Powiedz swojemu opiekunowi
help-words-label = Co się dzieje? (nie musisz nic pisać)
help-send = Powiedz teraz mojemu opiekunowi
help-sent = Twój opiekun już wie. Ktoś odezwie się do ciebie najszybciej, jak się da.
    .easier = Twój opiekun już wie. Ktoś wkrótce się do ciebie odezwie.
help-waiting = To jest zapisane na tym telefonie. Trafi do twojego opiekuna, gdy tylko będzie zasięg. Jeśli grozi ci niebezpieczeństwo, zadzwoń pod 999.
    .easier = Zapisane. Trafi do opiekuna, gdy będzie zasięg. Grozi ci niebezpieczeństwo? Zadzwoń pod 999.
help-history-title = O co prosiłeś
help-asked-at = Poprosiłeś o pomoc: { $time }
help-seen-by = { $name } to widzi.
help-not-seen-yet = Czeka, aż ktoś to zobaczy.

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – Tandem
title-join = Dołącz
title-pin = Wybierz PIN
title-help = Pomoc
title-plan = Plan
title-session = Sesja
title-appointments = Spotkania
title-surveys = Ankiety
title-forms = Formularze
title-voice = Zabierz głos
title-say = Skarga lub pochwała
title-devices = Moje telefony
title-my-data = Co przechowuje Tandem
title-feedback = O aplikacji
title-not-found = Nie znaleziono strony
