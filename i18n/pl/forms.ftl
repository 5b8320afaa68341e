# Tandem: the service's forms in polski (Polish): version 1 of each form (the template in
# tandem_domain::assessments::FormKind::template), question by question, in plain words.
# A form a manager has changed since is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## My self-assessment
self_assessment-title = Moja samoocena
self_assessment-purpose = Żeby Twój opiekun wiedział, jak Ci się żyje, Twoimi słowami, przed Twoją oceną. Możesz przerwać i wrócić później.
self_assessment-audience = Twój opiekun, żeby planować razem z Tobą
self_assessment-family = Jak układa się teraz w Twojej rodzinie? 0 to bardzo źle, 10 to bardzo dobrze.
    .easier = Jak jest w Twojej rodzinie? 0 to źle. 10 to dobrze.
    .section = Ja i moja rodzina
self_assessment-family_words = Opowiedz nam o sobie i swojej rodzinie.
    .easier = Opowiedz nam o swojej rodzinie.
self_assessment-home = Jak bardzo podoba Ci się miejsce, w którym mieszkasz?
    .easier = Czy lubisz miejsce, w którym mieszkasz?
    .section = Gdzie mieszkam
self_assessment-home_words = Jak jest tam, gdzie mieszkasz?
    .easier = Jaki jest Twój dom?
self_assessment-school = Jak idzie Ci w szkole, na szkoleniu albo w pracy?
    .easier = Jak jest w szkole albo w pracy?
    .section = Szkoła, szkolenie albo praca
self_assessment-school_words = Co idzie dobrze, a co źle w szkole, na szkoleniu albo w pracy?
    .easier = Co jest dobre, a co złe w szkole albo w pracy?
self_assessment-friends = Jak układa Ci się z przyjaciółmi?
    .easier = Jak jest z Twoimi przyjaciółmi?
    .section = Przyjaciele
self_assessment-friends_words = Opowiedz nam o swoich przyjaciołach i o tym, z kim spędzasz czas.
    .easier = Z kim spędzasz czas?
self_assessment-feelings = Jak się ostatnio czujesz?
    .easier = Jak się teraz czujesz?
    .section = Jak się czuję
self_assessment-feelings_words = Czy coś Cię martwi?
    .easier = Czy coś Cię martwi?
self_assessment-happened = Co się stało, Twoimi słowami?
    .easier = Co się stało? Powiedz to po swojemu.
    .section = Co się stało
self_assessment-happened_think = Co o tym teraz myślisz?
    .easier = Co o tym teraz myślisz?
self_assessment-good_at = W czym jesteś dobry albo dobra?
    .easier = W czym jesteś dobry albo dobra?
    .section = Moje mocne strony i co by mi pomogło
self_assessment-would_help = Co by Ci pomogło?
    .easier = Co by Ci pomogło?

## How things are at home
carer_view-title = Jak jest w domu
carer_view-purpose = Żeby opiekun Twojej rodziny usłyszał od Ciebie, jak jest, do tej samej oceny.
carer_view-audience = Opiekun Twojej rodziny
carer_view-home = Jak jest teraz w domu? 0 to bardzo źle, 10 to bardzo dobrze.
    .easier = Jak jest w domu? 0 to źle. 10 to dobrze.
carer_view-home_words = Co idzie dobrze w domu, a co jest trudne?
    .easier = Co jest dobre w domu? Co jest trudne?
carer_view-relationship = Jak układa się między Tobą a młodą osobą?
    .easier = Jak dogadujesz się ze swoim dzieckiem?
carer_view-school = Jak Twoim zdaniem idzie im w szkole, na szkoleniu albo w pracy?
    .easier = Jak jest im w szkole albo w pracy?
carer_view-worries = Co martwi Cię najbardziej?
    .easier = Co Cię martwi?
carer_view-strengths = W czym są dobrzy?
    .easier = W czym są dobrzy?
carer_view-would_help = Co pomogłoby Twojej rodzinie?
    .easier = Co pomogłoby Twojej rodzinie?

## About me
about_me-title = O mnie
about_me-purpose = Żeby Twój opiekun od początku robił wszystko dobrze dla Ciebie. Czyta to tylko Twój opiekun.
about_me-audience = Tylko Twój opiekun
about_me-communicate = Jak lubisz, żeby ludzie z Tobą rozmawiali, i co pomaga Ci zrozumieć?
    .easier = Jak mamy z Tobą rozmawiać? Co pomaga Ci zrozumieć?
about_me-languages = Jakimi językami mówisz w domu?
    .easier = Jakimi językami mówisz w domu?
about_me-faith = Czy masz wiarę albo religię, o której chcesz nam powiedzieć?
    .easier = Czy masz swoją wiarę?
about_me-identity = Jak opisujesz siebie?
    .easier = Jak opisał(a)byś siebie?
about_me-needs = Czy masz niepełnosprawność albo potrzebę zdrowotną, o której ma wiedzieć ta służba?
    .easier = Czy jest coś o Twoim zdrowiu, co powinniśmy wiedzieć?
about_me-important_people = Kto jest dla Ciebie ważny?
    .easier = Kto jest dla Ciebie ważny?

## Getting ready for my review
review_prep-title = Przygotowanie do mojego przeglądu
review_prep-purpose = Żeby na spotkaniu przeglądowym mówić o tym, co jest dla Ciebie ważne, i żebyś brał(a) w nim udział tak, jak chcesz.
review_prep-audience = Twój opiekun i osoby na Twoim spotkaniu przeglądowym
review_prep-going_well = Co idzie dobrze?
    .easier = Co jest teraz dobre?
review_prep-hard = Co jest teraz trudne?
    .easier = Co jest teraz trudne?
review_prep-talk_about = O czym chcesz porozmawiać na spotkaniu?
    .easier = O czym chcesz porozmawiać?
review_prep-who_there = Kto ma być na spotkaniu?
    .easier = Kogo chcesz na spotkaniu?
review_prep-take_part = Jak chcesz wziąć udział w spotkaniu?
    .easier = Jak chcesz się włączyć?
review_prep-take_part-speak = Sam(a) powiem, co myślę
    .easier = Będę mówić
review_prep-take_part-read_out = Chcę, żeby ktoś przeczytał moje słowa
    .easier = Ktoś czyta moje słowa
review_prep-take_part-write = Napiszę to wcześniej
    .easier = Najpierw to napiszę
review_prep-overall = Jak Twoim zdaniem idzie wszystko razem? 0 to bardzo źle, 10 to bardzo dobrze.
    .easier = Jak idzie? 0 to źle. 10 to dobrze.
