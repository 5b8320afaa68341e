# Tandem: the service's survey templates in Polski (Polish), question by question, in plain
# words (the templates in tandem_domain::surveys::named_templates). A survey staff have put in
# other words is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## Before the programme
before_programme-title = Przed programem
before_programme-purpose = Żebyśmy wiedzieli, od czego zaczynasz, i mogli potem zobaczyć, co się zmieniło.
before_programme-audience = Twój opiekun i zespół programu
before_programme-confidence = Jak pewnie myślisz o przyszłości?
    .easier = Jak pewnie czujesz się z tym, co będzie dalej?
before_programme-safe = Jak bezpiecznie czujesz się tam, gdzie mieszkasz?
    .easier = Jak bezpiecznie czujesz się blisko domu?
before_programme-choices = Jak dobrze, twoim zdaniem, podejmujesz decyzje, kiedy robi się trudno?
    .easier = Kiedy jest trudno, jak dobre są twoje decyzje?
before_programme-hope = Co chcesz zyskać dzięki programowi?
    .easier = Czego chcesz od programu?

## After the programme
after_programme-title = Po programie
after_programme-purpose = Żebyśmy mogli zobaczyć, co się dla ciebie zmieniło i co pomogło.
after_programme-audience = Twój opiekun, zespół programu i kierownicy służby
after_programme-confidence = Jak pewnie myślisz teraz o przyszłości?
    .easier = Jak pewnie czujesz się teraz z tym, co będzie dalej?
after_programme-safe = Jak bezpiecznie czujesz się teraz tam, gdzie mieszkasz?
    .easier = Jak bezpiecznie czujesz się teraz blisko domu?
after_programme-choices = Jak dobrze podejmujesz teraz decyzje, kiedy robi się trudno?
    .easier = Kiedy jest trudno, jak dobre są teraz twoje decyzje?
after_programme-helped = Co pomogło ci najbardziej?
    .easier = Co było najlepsze?
after_programme-change = Co zmienił(a)byś w programie?
    .easier = Co powinniśmy robić lepiej?

## Parents' and carers' views at closure
carers_closure-title = Zdanie rodziców i opiekunów na zakończenie
carers_closure-purpose = Państwa zdanie pomaga nam lepiej pracować z rodzinami.
carers_closure-audience = Kierownicy służby i zespół, który pracował z Państwa rodziną
carers_closure-listened = Jak dobrze Państwa słuchaliśmy?
    .easier = Czy słuchaliśmy Państwa?
carers_closure-informed = Jak dobrze informowaliśmy Państwa na bieżąco?
    .easier = Czy mówiliśmy Państwu, co się dzieje?
carers_closure-difference = Czy praca z nami coś zmieniła dla Państwa dziecka?
    .easier = Czy Państwa dziecku jest teraz lepiej?
carers_closure-difference_how = Co się zmieniło?
    .easier = Co jest lepiej?
carers_closure-better = Co mogliśmy zrobić lepiej?
    .easier = Co powinniśmy robić lepiej?

## After custody
after_custody-title = Po wyjściu z zakładu
after_custody-purpose = Wyjście z zakładu to duża zmiana. Powiedz nam, jak ci idzie, żebyśmy mogli pomóc.
after_custody-audience = Twój opiekun
after_custody-feeling = Jak się czujesz, odkąd wyszedłeś/wyszłaś?
    .easier = Jak się czujesz?
after_custody-support = Co z tego pomogłoby ci teraz najbardziej?
    .easier = Co by ci teraz pomogło?
after_custody-support-housing = Miejsce do mieszkania
after_custody-support-education = Szkoła, college albo szkolenie
after_custody-support-work = Praca
after_custody-support-health = Zdrowie albo uczucia
after_custody-support-money = Pieniądze
after_custody-support-family = Rodzina
after_custody-worried = Czy coś cię martwi?
    .easier = Martwisz się czymś?
after_custody-worried_about = Co cię martwi?
    .easier = Czym się martwisz?

## How are we doing?
how_are_we_doing-title = Jak nam idzie?
how_are_we_doing-purpose = Chcemy wiedzieć, jak się z nami pracuje.
how_are_we_doing-audience = Kierownicy służby i rada młodzieży
how_are_we_doing-overall = Ogólnie, jak bardzo jesteś zadowolony/zadowolona z naszej pomocy?
    .easier = Czy jesteś z nas zadowolony/zadowolona?
how_are_we_doing-respect = Na ile pracownicy traktowali cię z szacunkiem?
    .easier = Czy byliśmy dla ciebie mili i uczciwi?
how_are_we_doing-best = Co było najlepsze?
    .easier = Co było najlepsze?
how_are_we_doing-best-talking = Ktoś, z kim można porozmawiać
how_are_we_doing-best-activities = Zajęcia i grupy
how_are_we_doing-best-help = Praktyczna pomoc
how_are_we_doing-best-other = Coś innego
how_are_we_doing-best_other = Co jeszcze było dobre?
    .easier = Co jeszcze?
how_are_we_doing-quote = Czy chcesz coś o nas powiedzieć?
    .easier = Coś jeszcze chcesz nam powiedzieć?

## Starting with us: how are things?
starting_with_us-title = Początek u nas: jak się masz?
starting_with_us-purpose = Każdy, kto u nas zaczyna, odpowiada na te pytania, żebyśmy widzieli, jaka pomoc pasuje.
starting_with_us-audience = Twój opiekun
starting_with_us-bounce = Kiedy coś pójdzie źle, jak szybko znów czujesz się dobrze?
    .easier = Kiedy jest źle, jak szybko znów jest ci dobrze?
starting_with_us-someone = Na ile masz kogoś, z kim możesz porozmawiać?
    .easier = Czy masz z kim porozmawiać?
starting_with_us-school = Jak idzie ci w szkole, w college'u albo w pracy?
    .easier = Jak jest w szkole, w college'u albo w pracy?
starting_with_us-calm = Jak dobrze umiesz się uspokoić, kiedy jesteś zły/zła?
    .easier = Czy umiesz się uspokoić, kiedy jesteś zły/zła?
starting_with_us-good_at = W czym jesteś dobry/dobra?
    .easier = W czym jesteś dobry/dobra?
