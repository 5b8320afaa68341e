# Tandem: the staff pages in Cymraeg (Welsh). Messages only the staff build carries.
# Awaits review by a native speaker before use with staff. A message missing here is shown in
# English.

## Staff: feedback answers
answers-title = Beth mae pobl yn ei feddwl am yr ap
answers-token-label = Tocyn gweinyddu
answers-token-hint = Mae'r gweinydd yn argraffu hwn pan mae'n dechrau. Dim ond nes bydd mewngofnodi staff ar gael y mae ei angen arnoch chi.
answers-token-submit = Dangos yr atebion
answers-count = Atebion
answers-average = Sgôr cyfartalog (0 i 10)
answers-no-average = dim eto
answers-chart-title = Faint o bobl roddodd bob sgôr
answers-score = Sgôr
answers-how-many = Faint
answers-older = Sylwadau hŷn
answers-newest = Yn ôl i'r sylwadau diweddaraf
answers-comments = Beth ysgrifennodd pobl
answers-comment-score = Sgôr { $score }

## A day typed in three boxes (every date field at the desk)
date-hint = Er enghraifft, 27 3 2027
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn

## Staff sign-in
sign-in-title = Mewngofnodi staff
sign-in-intro = Ar gyfer gweithwyr, swyddogion cyfranogiad, rheolwyr a gweinyddwyr.
sign-in-email = E-bost
sign-in-password = Cyfrinair
sign-in-submit = Mewngofnodi
sign-in-join-instead = Person ifanc neu ofalwr? Ymunwch â'ch cod yn lle hynny.
set-password-title = Gosod eich cyfrinair
set-password-label = Cyfrinair newydd
set-password-hint = O leiaf 12 nod. Mae ychydig o eiriau gyda'i gilydd yn hawdd eu cofio ac yn anodd eu dyfalu.
set-password-submit = Cadw'r cyfrinair
set-password-done = Mae eich cyfrinair wedi'i gadw. Gallwch chi fewngofnodi nawr.

## Caseload
caseload-title = Fy mhobl ifanc
staff-links-label = Eich tudalennau
caseload-empty = Dim pobl ifanc eto.
caseload-closed = Achos wedi'i gau ar { $day }
caseload-overdue-forms = { $count ->
    [one] 1 ffurflen yn hwyr
   *[other] { $count } o ffurflenni yn hwyr
}
caseload-add-title = Ychwanegu person ifanc
caseload-add-name = Yr enw maen nhw'n hoffi cael eu galw
caseload-add-submit = Ychwanegu
young-person-carers = Rhieni a gofalwyr
young-person-add-carer = Ychwanegu rhiant neu ofalwr (eu henw)
young-person-add-carer-submit = Ychwanegu a chysylltu
young-person-workers = Gweithwyr
young-person-unlink = Datgysylltu { $name }
young-person-carer-data = Beth mae Tandem yn ei gadw am { $name }
invite-make = Gwneud cod ymuno i { $name }
invite-for = Cod ymuno i { $name }
invite-read-out = Darllenwch y cod hwn yn uchel, neu gadewch iddyn nhw sganio'r sgwâr gyda chamera eu ffôn. Mae'n gweithio unwaith.
invite-qr-label = Cod QR sy'n agor y dudalen ymuno gyda'r cod hwn wedi'i lenwi
invite-expires = Defnyddiwch erbyn { $when }.

young-person-allocate = Dyrannu gweithiwr
young-person-allocate-submit = Dyrannu
retention-title = Cadw data ddim hirach nag sydd angen
retention-intro = Nid Tandem yw cofnod yr achos. Unwaith mae digwyddiad wedi cyrraedd cofnod yr achos, mae Tandem yn dileu ei gopi ei hun o'r hyn a ddywedwyd ar ôl y dyddiau a osodir yma. Mae'r log uchod yn dal i ddangos bod y digwyddiad wedi digwydd a phryd y cyrhaeddodd y cofnod. Pan mae achos wedi bod ar gau am y misoedd a osodir yma, mae Tandem yn dileu'r person ifanc, a'u gofalwyr os nad ydyn nhw'n gysylltiedig ag unrhyw un arall, unwaith mae popeth sy'n perthyn iddyn nhw wedi cyrraedd cofnod yr achos; mae ffigurau nad oes angen enw arnyn nhw (cyfartaleddau sesiynau, cyfrifon arolygon, pleidleisiau) yn dal i'w cyfrif. Mae atebion sy'n cael eu cadw fel nad yw ffôn sy'n anfon eto yn cael ei gyfrif ddwywaith yn cael eu dileu ar ôl mis. Mae Tandem yn gwneud hyn i gyd unwaith y dydd.
retention-delivered-days = Dyddiau i gadw'r hyn a gyrhaeddodd gofnod yr achos
retention-delivered-days-hint = O 7 i 365 diwrnod. 30 oni bai eich bod chi'n ei newid.
retention-closed-months = Misoedd i gadw achos sydd ar gau
retention-closed-months-hint = O 3 i 84 mis. 12 oni bai eich bod chi'n ei newid: mae hyn yn cynnwys dilyn i fyny ar ôl 3, 6, 9 a 12 mis.
retention-audit-years = Blynyddoedd i gadw'r log archwilio
retention-audit-years-hint = O 3 i 25 mlynedd. 6 oni bai eich bod chi'n ei newid. Mae cofnodion hŷn yn cael eu dileu; mae enwau pobl sydd wedi'u dileu yn cael eu tynnu o gofnodion ar unwaith.
retention-save = Cadw
retention-saved = Wedi'i gadw.
subject-access-title = Beth mae Tandem yn ei gadw
subject-access-intro = Pan mae { $name } (neu rywun ar eu rhan) yn gofyn am weld beth mae Tandem yn ei gadw amdanyn nhw, lawrlwythwch e yma: popeth, fel tudalen i'w darllen neu ei hargraffu ac fel ffeil. Mae pob lawrlwythiad yn cael ei ysgrifennu yn y log archwilio. Atebwch o fewn mis.
subject-access-page = Agor fel tudalen
subject-access-json = Lawrlwytho fel ffeil (JSON)
erase-title = Dileu { $name }
erase-intro = Pan mae person ifanc neu ofalwr yn gofyn i'r hyn mae Tandem yn ei gadw amdanyn nhw gael ei ddileu, dilëwch nhw yma. Mae popeth sy'n perthyn iddyn nhw yn mynd: eu henw, eu cynllun, eu hatebion, eu hymatebion, eu cwynion, eu ffonau. Mae ffigurau nad oes angen enw arnyn nhw (cyfartaleddau sesiynau, cyfrifon arolygon, pleidleisiau) yn dal i'w cyfrif. Does dim modd dadwneud hyn. Rhaid anfon neu gofnodi unrhyw beth sy'n perthyn iddyn nhw nad yw yng nghofnod yr achos eto yn gyntaf.
erase-reason = Pam (yn cael ei gadw yn y log archwilio)
erase-reason-hint = Er enghraifft: "Gofynnwyd yn ysgrifenedig ar 1 Rhagfyr". Peidiwch ag ysgrifennu eu henw.
erase-sure = Rwy'n deall y bydd popeth sy'n perthyn i { $name } yn cael ei ddileu ac na ellir dod ag e yn ôl.
erase-submit = Dileu { $name }
case-closure-title = Cau'r achos
case-closure-hint = Pan mae'r gwaith gyda { $name } yn dod i ben, caewch yr achos. Mae eu ffonau, a ffonau eu gofalwyr (oni bai bod gan ofalwr achos arall ar agor), yn anfon yr hyn maen nhw'n dal i'w gadw ac yna'n allgofnodi. Mae apwyntiadau sydd i ddod yn cael eu canslo ac mae nodiadau atgoffa yn stopio. Mae'r cynllun a'r sgorau yn aros, a gallwch chi ailagor yr achos.
case-closure-day = Y diwrnod y caeodd yr achos
case-closure-reason = Pam y caeodd
case-closure-reason-work_completed = Mae'r gwaith neu'r gorchymyn wedi gorffen
case-closure-reason-support_declined = Dydyn nhw ddim eisiau cymorth mwyach
case-closure-reason-moved_away = Maen nhw wedi symud o'r ardal
case-closure-reason-transferred = Mae gwasanaeth neu dîm arall wedi cymryd yr achos
case-closure-reason-other = Rheswm arall
case-closure-submit = Cau achos { $name }
case-closure-closed = Caeodd yr achos ar { $day }: { $reason }. Wedi'i gau gan { $by }.
case-closure-reopen = Ailagor yr achos


## Staff accounts (admins)
staff-title = Cyfrifon staff
staff-add-title = Ychwanegu aelod o staff
staff-name = Enw
staff-role = Rôl
staff-add-submit = Ychwanegu
staff-link-intro = Anfonwch y ddolen hon atyn nhw. Maen nhw'n ei defnyddio unwaith, o fewn 72 awr, i osod eu cyfrinair eu hunain:
staff-accounts-caption = Pawb ar staff y gwasanaeth hwn, a beth gallwch chi ei wneud i bob un
staff-state = Cyflwr
staff-state-active = Yn gallu mewngofnodi
staff-state-disabled = Wedi'i analluogi
staff-actions = Camau
staff-this-is-you = Chi yw hwn. Newidiwch eich cyfrinair o Fy nghyfrif.
staff-disable = Analluogi
staff-disable-named = Analluogi { $name }
staff-enable = Galluogi eto
staff-enable-named = Galluogi eto: { $name }
staff-reset = Dolen cyfrinair newydd
staff-reset-named = Dolen cyfrinair newydd i { $name }
staff-disabled-done = Mae { $name } wedi'i analluogi. Maen nhw wedi'u hallgofnodi ym mhobman a dydyn nhw ddim yn gallu mewngofnodi.
staff-disabled-nobody = Doedd dim pobl ifanc wedi'u dyrannu iddyn nhw.
staff-disabled-reallocate = Roedd y bobl ifanc hyn wedi'u dyrannu iddyn nhw. Rhowch bob un i rywun arall:
staff-enabled-done = Mae { $name } yn gallu mewngofnodi eto.
staff-reset-intro = Anfonwch y ddolen hon at { $name }. Mae'n gweithio unwaith, o fewn 72 awr. Dyw eu dolenni hŷn ddim yn gweithio mwyach, ac maen nhw wedi'u hallgofnodi ym mhobman:
my-account-title = Fy nghyfrif
password-change-title = Newid fy nghyfrinair
password-current = Fy nghyfrinair nawr
password-new = Fy nghyfrinair newydd
password-change-submit = Newid fy nghyfrinair
password-change-done = Mae eich cyfrinair wedi'i newid. Rydych chi wedi'ch allgofnodi ar gyfrifiaduron a ffonau eraill.
role-young_person = Person ifanc
role-carer = Rhiant neu ofalwr
role-worker = Gweithiwr
role-participation_officer = Swyddog cyfranogiad
role-manager = Rheolwr
role-admin = Gweinyddwr

## Audit log
audit-title = Log archwilio
audit-caption = Pwy ddarllenodd neu newidiodd gofnodion pobl ifanc, y diweddaraf yn gyntaf
audit-filter-person = Person ifanc
audit-everyone = Pawb
audit-when = Pryd
audit-who = Pwy
audit-what = Beth
audit-about = Am bwy
# Shown as "Who" for what Tandem did by itself, such as sending an alert on to the managers.
audit-by-tandem = Tandem, ar ei ben ei hun

## Session self-scaling: staff
nav-sessions = Sesiynau
sessions-title = Sesiynau a rhaglenni
sessions-recent = Sesiynau diweddar
sessions-none = Dim sesiynau eto.
sessions-joined = { $count ->
    [one] 1 wedi ymuno
   *[other] { $count } wedi ymuno
}
sessions-topic = Pwnc y sesiwn
sessions-review-option = Adolygiad diwedd rhaglen (tri chwestiwn)
sessions-kind = Math o sesiwn
sessions-kind-group = Grŵp
sessions-kind-one-to-one = Un i un
sessions-cohort = Enw'r grŵp (er enghraifft, Hydref 2026)
sessions-anonymous = Caiff pobl ifanc ymuno gyda'r cod yn unig, heb fewngofnodi (sesiynau grŵp yn unig)
sessions-open = Agor sesiwn
session-phase-start = Sgorau dechrau
session-phase-end = Sgorau diwedd
session-phase-closed = Ar gau
programme-report-link = Adroddiad y rhaglen
programme-new-title = Rhaglen newydd
programme-name = Enw'r rhaglen
programme-description = Beth yw ei phwrpas (dewisol)
programme-topic-legend = Sesiwn { $number }
programme-topic-title = Pwnc
programme-topic-question = Cwestiwn ar gyfer graddio
programme-topic-easy = Yr un cwestiwn mewn geiriau hawdd eu darllen
programme-add-topic = Ychwanegu sesiwn arall
programme-create = Cadw'r rhaglen
live-title = Sesiwn fyw
live-join-at = Ymunwch yn
live-code-label = Cod y sesiwn { $code }
live-qr-label = Cod QR i ymuno â'r sesiwn hon
live-averages = Atebion hyd yma
live-ask-end = Gofyn am sgorau diwedd
live-close = Cau'r sesiwn
report-title = Adroddiad y sesiwn
report-question = Cwestiwn
report-start = Dechrau
report-end = Diwedd
report-start-answers = Atebion dechrau
report-end-answers = Atebion diwedd
report-start-mean = Cyfartaledd ar y dechrau
report-end-mean = Cyfartaledd ar y diwedd
report-pairs = Pobl ifanc gyda'r ddau sgôr
report-score-pairs = Parau o sgorau dechrau a diwedd
report-young-people = Pobl ifanc
report-pairs-note = Pâr yw sgôr dechrau a diwedd un person ifanc mewn un sesiwn: mae rhywun a ddaeth i bedair sesiwn yn rhoi pedwar pâr.
report-change = Newid
report-attendance = Presenoldeb
report-sessions = Sesiynau
report-chart-title = Sgôr cyfartalog ar y dechrau ac ar y diwedd
programme-chart-title = Sgorau cyfartalog ar ddechrau a diwedd pob pwnc sesiwn
report-changes-caption = Dechrau a diwedd, dros y bobl ifanc a roddodd y ddau sgôr
report-participants-caption = Sgorau pawb
report-person = Person ifanc
report-csv = Lawrlwytho CSV
report-attendance-caption = Presenoldeb mewn sesiynau pwnc
report-attended = Sesiynau a fynychwyd
report-attended-of = { $attended } o { $of }
report-breakdowns = Dadansoddiadau
report-suppression-note = Mae grwpiau o lai na 5 person ifanc yn cael eu cuddio fel na all neb gael ei adnabod. Pan mai dim ond un grŵp fyddai'n cael ei guddio, mae'r un lleiaf nesaf yn cael ei guddio hefyd.
report-by-age = Yn ôl band oedran
report-by-sex = Yn ôl rhyw
report-by-ethnicity = Yn ôl ethnigrwydd
report-group = Grŵp
report-measure-learning = Dysgu (diwedd y rhaglen)
report-measure-future-risk = Cymryd risg yn y dyfodol (diwedd y rhaglen)
report-measure-consequences = Canlyniadau troseddu (diwedd y rhaglen)
report-suppressed = Wedi'i guddio: llai na 5 person ifanc
report-anonymous = Dienw { $number }
report-age-under-10 = O dan 10
report-age-10-to-14 = 10 i 14
report-age-15-to-17 = 15 i 17
report-age-18-and-over = 18 a hŷn
report-not-recorded = Heb ei gofnodi
history-title = Sgorau sesiynau dros amser
history-date = Dyddiad
profile-title = Ar gyfer dadansoddiadau adroddiadau
profile-why = Mae adroddiadau'n cymharu grwpiau yn ôl band oedran, rhyw ac ethnigrwydd, ac yn cuddio unrhyw grŵp o lai na 5 person ifanc. Gadewch flwch yn wag os nad yw'n hysbys.
profile-birth-date = Dyddiad geni
profile-sex = Rhyw
profile-ethnicity = Ethnigrwydd
profile-save = Cadw
profile-saved = Wedi'i gadw.

## Relay to the case record
relay-title = Anfon i gofnod yr achos
relay-intro = Mae popeth mae pobl ifanc a gofalwyr yn ei anfon yn mynd i gofnod yr achos. Rhaid cofnodi pob cyswllt o fewn 72 awr; dylai'r ffigur cyntaf fod yn 0.
relay-no-endpoint = Does dim pwynt terfyn cofnod achos wedi'i osod: mae digwyddiadau'n aros yma. Lawrlwythwch nhw o dudalen pob person ifanc, cofnodwch nhw â llaw, a'u marcio wedi'u cofnodi.
relay-disabled = Mae anfon wedi'i ddiffodd ar gyfer y gwasanaeth hwn: mae digwyddiadau'n aros yma.
relay-overdue-count = Hŷn na 72 awr, ddim yn y cofnod
relay-log = Pob digwyddiad
relay-none = Does dim wedi'i anfon eto.
relay-no-person = Cofnod neb: dienw, neu gan ofalwr
relay-when = Pryd
relay-kind = Beth
relay-status = Statws
relay-attempts = Ymdrechion
relay-last-error = Problem olaf
relay-in-record = Yn y cofnod
relay-actions = Camau
relay-overdue = dros 72 awr
relay-status-queued = Yn aros
relay-status-retrying = Yn trio eto
relay-status-delivered = Yn y cofnod
relay-status-recorded = Wedi'i gofnodi â llaw
relay-status-failed = Wedi methu
relay-retry = Anfon eto
relay-mark-recorded = Marcio wedi'i gofnodi
relay-mark-recorded-check = Dim ond os oes rhywun wedi teipio hwn i gofnod yr achos â llaw: bydd Tandem yn stopio ei anfon.
relay-mark-recorded-yes = Ydy, mae yn y cofnod
relay-mark-recorded-no = Canslo
relay-person-title = Cofnod yr achos
relay-case-record-id = Eu dynodwr yng nghofnod yr achos
relay-save-id = Cadw'r dynodwr
relay-alert = Cofnod yr achos: { $failed } wedi methu, { $overdue } yn hŷn na 72 awr a heb eu cofnodi.
relay-waiting = { $count ->
    [0] Mae popeth yng nghofnod yr achos.
    [one] Dyw 1 digwyddiad ddim yng nghofnod yr achos eto.
   *[other] Dyw { $count } o ddigwyddiadau ddim yng nghofnod yr achos eto.
}
relay-download-ndjson = Lawrlwytho (FHIR, NDJSON)
relay-download-csv = Lawrlwytho (CSV)
relay-switch-on = Mae digwyddiadau'r gwasanaeth hwn yn mynd i gofnod yr achos.
relay-switch-off = Mae anfon wedi'i ddiffodd: mae digwyddiadau'r gwasanaeth hwn yn aros yma nes iddo gael ei droi ymlaen eto.
relay-turn-off = Diffodd anfon
relay-turn-on = Troi anfon ymlaen

## Co-produced plans: the worker's table
plan-open = Cynllun
plans-attention-title = Cynlluniau'n aros am gytundeb
plan-staff-title = Cynllun
plan-print = Argraffu'r cynllun (A4)
plan-version = Fersiwn { $version }
plan-status = Statws
plan-status-active = Ar waith
plan-status-stopped = Wedi stopio
plan-save-status = Cadw'r statws
plan-dropped-reason = Pam y stopiodd
plan-review-date = Dyddiad adolygu
plan-suggest = Awgrymu geiriau
plan-suggested = Wedi'i awgrymu, yn aros am ateb:
plan-agreements = Pwy sydd wedi cytuno
plan-who = Pwy
plan-answer = Ateb
plan-when = Pryd
plan-answer-waiting = Heb ateb eto
plan-answer-agreed = Wedi cytuno â fersiwn { $version }
plan-answer-disagreed = Ddim yn cytuno â fersiwn { $version }; byddai'n newid:
plan-answer-reopened = Wedi cytuno â fersiwn { $version }; wedi gofyn eto oherwydd:
plan-answer-asked-again = Wedi gofyn eto oherwydd:
plan-review-title = Cofnodi adolygiad
plan-last-review = Gosododd yr adolygiad diwethaf yr adolygiad nesaf ar gyfer { $date }.
plan-went-well = Beth aeth yn dda?
plan-progress = Pa mor bell ymlaen yw pob targed? (0 i 10, yng ngraddio'r person ifanc ei hun)
plan-next-review = Adolygiad nesaf
plan-review-save = Cadw'r adolygiad
plan-history = Llinell amser
plan-history-version = Fersiwn { $version } gan { $who }:
plan-history-agreed = Cytunodd { $who } â fersiwn { $version }.
plan-history-disagreed = Wnaeth { $who } ddim cytuno â fersiwn { $version }:
plan-history-review = Adolygiad gan { $who }; adolygiad nesaf { $date }.

## Appointments (staff)
staff-appointments-open = Apwyntiadau
staff-appointments-back = Yn ôl at y person ifanc
staff-appointments-list = Apwyntiadau o'r 90 diwrnod diwethaf a rhai i ddod
staff-appointments-when = Pryd a ble
staff-appointments-replies = Atebion
staff-appointments-outcome = Beth ddigwyddodd
staff-appointments-no-reply = Dim ateb eto
staff-appointments-coming = { $name }: bydd yno
staff-appointments-change = { $name }: angen newid: { $reason }
staff-appointments-asks-time = { $name }: yn gofyn am ei symud i'ch amser rhydd { $day }, { $start } i { $end }. { $reason }
free-title = Fy amseroedd rhydd
free-intro = Amseroedd y gallech chi weld person ifanc. Pan mae'n rhaid i apwyntiad newid, mae eu ffôn yn cynnig yr amseroedd hyn (yr 8 nesaf), fel eu bod nhw'n gallu dewis un y gallwch chi ei wneud. Mae ateb a ddewisodd un yn ei ddangos uchod.
free-none = Dydych chi ddim wedi gosod unrhyw amseroedd rhydd.
free-time = { $day }, { $start } i { $end }
free-remove = Tynnu
free-remove-label = Tynnu { $time }
free-date = Diwrnod rydych chi'n rhydd
free-start = Yn rhydd o (amser y DU)
free-minutes = Am faint, mewn munudau (15 i 480)
free-add = Ychwanegu'r amser rhydd hwn
staff-appointments-cancel = Ei ganslo
staff-appointments-new = Apwyntiad newydd
staff-appointments-date = Dyddiad
staff-appointments-start = Amser dechrau (amser y DU)
staff-appointments-minutes = Am faint, mewn munudau
staff-appointments-map = Dolen map (dewisol, https yn unig)
staff-appointments-purpose = Beth yw ei bwrpas, mewn geiriau syml
staff-appointments-title = Teitl cynnil
staff-appointments-title-hint = Yn cael ei ddangos mewn calendrau ac, os yw'r person ifanc yn dewis, ar sgrin clo ei ffôn. Peidiwch byth ag enwi'r gwasanaeth na'r llys.
staff-appointments-carers = Gwahodd eu rhieni neu eu gofalwyr hefyd
staff-appointments-review-meeting = Cyfarfod adolygu
staff-appointments-review-meeting-hint = Mae'r person ifanc yn cael ei ofyn i baratoi gyda'r ffurflen "Paratoi ar gyfer fy adolygiad", erbyn y diwrnod cynt. Rydych chi'n darllen eu hatebion ar y cyfarfod.
staff-appointments-preparation-waiting = Cyfarfod adolygu: yn paratoi, heb ddod yn ôl eto
staff-appointments-preparation-answered = Cyfarfod adolygu: maen nhw wedi paratoi
staff-appointments-preparation-read = Darllen eu hatebion
staff-appointments-repeat = Ailadrodd
staff-appointments-once = Ddim yn ailadrodd
staff-appointments-weekly = Bob wythnos
staff-appointments-fortnightly = Bob pythefnos
staff-appointments-times = Faint i gyd
staff-appointments-phases = Amserlen rhaglen, fesul cam
staff-phase-legend = Cam { $number }
staff-phase-weeks = Faint o wythnosau
staff-phase-days = Pa ddiwrnodau bob wythnos
staff-phase-every-other-week = Bob yn ail wythnos yn unig
staff-phase-remove = Tynnu cam { $number }
staff-phase-add = Ychwanegu cam
staff-phases-need-date = Dewiswch y dyddiad cyntaf i weld beth mae'r amserlen hon yn ei wneud.
staff-phases-make = { $count ->
    [one] Mae hyn yn gwneud 1 apwyntiad, ar { $last }.
   *[other] Mae hyn yn gwneud { $count } o apwyntiadau, yr olaf ar { $last }.
}
staff-appointments-make = Gwneud apwyntiad
staff-reminders-title = Pryd mae nodiadau atgoffa'n mynd allan (y gwasanaeth cyfan)
staff-reminders-hint = Mae apwyntiadau a wneir o hyn ymlaen yn dilyn yr amseroedd hyn. Dyw nodiadau atgoffa byth yn mynd allan yn ystod oriau tawel; mae un a fyddai'n gwneud hynny yn symud yn gynharach.
staff-reminders-evening = Y noson cynt, am
staff-reminders-hours = A hyn o oriau cyn (1 i 12)
staff-reminders-quiet-from = Mae oriau tawel yn dechrau am
staff-reminders-quiet-until = Mae oriau tawel yn gorffen am
staff-reminders-save = Cadw amseroedd atgoffa
staff-reminders-saved = Wedi'i gadw. Bydd apwyntiadau newydd yn dilyn yr amseroedd hyn.

## Surveys at the desk
survey-list-title = Arolygon
survey-list-empty = Dim arolygon eto. Dechreuwch un o dempled neu o dudalen wag.
survey-list-survey = Arolwg
survey-list-status = Statws
survey-list-dates = Ar agor
survey-list-responses = Atebion
survey-list-see-results = { $count ->
    [one] 1 ateb: gweld y canlyniadau
   *[other] { $count } o atebion: gweld y canlyniadau
}
survey-version = fersiwn { $version }
survey-new = Arolwg newydd
survey-status-draft = Heb ei gyhoeddi
survey-status-upcoming = Wedi'i gyhoeddi, ddim ar agor eto
survey-status-open = Ar agor
survey-status-closed = Ar gau
survey-builder-title = Arolwg newydd
survey-not-saved = Heb ei gadw eto.
survey-version-published = Mae fersiwn { $version } wedi'i chyhoeddi. Mae cadw newidiadau yn gwneud fersiwn newydd; mae atebion yn cadw'r fersiwn a atebwyd ganddyn nhw.
survey-version-unpublished = Fersiwn { $version }, wedi'i chadw a heb ei chyhoeddi eto.
survey-results-link = Gweld y canlyniadau
survey-template = Dechrau o dempled
survey-use-template = Defnyddio'r templed hwn
survey-field-title = Teitl
survey-field-purpose = Pam rydyn ni'n gofyn (yn cael ei ddangos cyn y cwestiwn cyntaf)
survey-field-audience = Pwy fydd yn darllen yr atebion
survey-field-audience-hint = Er enghraifft "Pennaeth y gwasanaeth a'r bwrdd rheoli, cyfarfod Mehefin". Yn cael ei ddangos cyn y cwestiwn cyntaf ac ar y sgrin diolch.
survey-field-respondents = Pwy sy'n cael eu gofyn
survey-respondents-young-people = Pobl ifanc
survey-respondents-carers = Rhieni a gofalwyr
survey-respondents-both = Pobl ifanc a'u rhieni a'u gofalwyr
survey-field-reach = O blith pwy
survey-reach-service = Y gwasanaeth cyfan
survey-reach-programme = Pawb a gymerodd ran yn { $name }
survey-reach-caseload = Llwyth achosion { $name }
survey-field-opens = Yn agor ar
survey-field-closes = Yn cau ar (y diwrnod olaf)
survey-field-anonymous = Dienw: peidio â chadw enw gyda'r atebion
survey-questions = Cwestiynau
survey-question-number = Cwestiwn { $number }
survey-question-kind = Math o ateb
survey-kind-scale = Graddfa 0 i 10
survey-kind-faces = Pum wyneb
survey-kind-single = Dewis un
survey-kind-multiple = Dewis unrhyw rai
survey-kind-yes-no = Ie neu na
survey-kind-short-text = Ychydig o eiriau
survey-kind-long-text = Eu geiriau eu hunain, cymaint ag y maen nhw'n ei hoffi
survey-question-section = Rhan newydd yn dechrau yma, o'r enw
survey-question-section-hint = Gadewch hwn yn wag i barhau â'r rhan gynt. Mae enw rhan yn cael ei ddangos uwchben ei chwestiynau.
survey-question-wording = Cwestiwn
survey-question-easy-read = Yr un cwestiwn mewn geiriau haws
survey-question-help = Testun help (dewisol)
survey-question-required = Mae angen ateb
survey-question-options = Dewisiadau
survey-option-number = Dewis { $number }
survey-remove-option = Tynnu dewis { $number }
survey-add-option = Ychwanegu dewis
survey-question-show-if = Dangos y cwestiwn hwn
survey-show-always = Bob amser
survey-move-up = Symud i fyny
survey-move-down = Symud i lawr
survey-remove-question = Tynnu'r cwestiwn hwn
survey-add-question = Ychwanegu cwestiwn
survey-save = Cadw
survey-publish = Cyhoeddi
survey-saved = Wedi'i gadw.
survey-draft-restored = Mae eich newidiadau o'r blaen yn ôl. Cadwch i'w cadw nhw.
survey-published = Wedi'i gyhoeddi: mae ffonau'n cael y fersiwn hon o hyn ymlaen.
survey-results-title = Canlyniadau
survey-results-audience = Pwy ddywedodd y bydden nhw'n darllen yr atebion: { $audience }
survey-filter-programme = Rhaglen
survey-filter-all = Y cyfan
survey-filter-from = O
survey-filter-to = I
survey-filter-apply = Dangos
survey-results-count = { $count ->
    [one] 1 ateb
   *[other] { $count } o atebion
}
survey-download-csv = Lawrlwytho CSV
survey-download-fhir = Lawrlwytho FHIR
survey-results-suppressed = Mae llai na 5 ateb yn cyfateb i'r hidlydd hwn, felly does dim un yn cael ei ddangos: gallai rhywun gael ei adnabod.
# Secret ballots, statement votes and anonymous answers are counted after the day they came.
secret-waiting = { $count ->
    [one] Dyw 1 bleidlais neu ateb dienw o heddiw ddim wedi'i gyfrif eto. Maen nhw'n cael eu cyfrif bob nos, fel na all neb ddweud pwy ddywedodd beth.
   *[other] Dyw { $count } o bleidleisiau neu atebion dienw o heddiw ddim wedi'u cyfrif eto. Maen nhw'n cael eu cyfrif bob nos, fel na all neb ddweud pwy ddywedodd beth.
}
survey-results-by-programme = Atebion yn ôl rhaglen
survey-results-programme = Rhaglen
survey-results-responses = Atebion
survey-results-no-programme = Ddim mewn rhaglen
survey-results-fewer-than-five = Llai na 5
survey-search-texts = Chwilio'r atebion ysgrifenedig
survey-results-answered = { $count ->
    [one] Atebodd 1 person.
   *[other] Atebodd { $count } o bobl.
}
survey-results-average = Cyfartaledd: { $average }
survey-results-answer = Ateb
survey-results-how-many = Faint
survey-results-texts-shown = Yn dangos { $shown } o { $count }.

## Complaints and compliments register
complaints-title = Cwynion a chanmoliaeth
complaints-none = Does dim wedi'i godi eto.
complaints-overdue = { $count ->
    [one] Mae 1 gŵyn wedi pasio ei dyddiad ateb.
   *[other] Mae { $count } o gwynion wedi pasio eu dyddiad ateb.
}
complaints-working-days = Mae pob cwyn yn cael ateb o fewn { $days } diwrnod gwaith.
complaints-settings-days = Diwrnodau gwaith i ateb cwyn
complaints-settings-save = Cadw
complaints-kind-complaint = Cwyn
complaints-kind-compliment = Canmoliaeth
complaints-from-young-person = Gan { $name } (person ifanc)
complaints-from-carer = Gan { $name } (rhiant neu ofalwr)
complaints-anonymous-young-person = Person ifanc na roddodd ei enw
complaints-anonymous-carer = Rhiant neu ofalwr na roddodd ei enw
complaints-respond-by = Ateb erbyn { $date }.
complaints-overdue-flag = Yn hwyr
complaints-status-received = Wedi'i derbyn
complaints-status-acknowledged = Wedi'i chydnabod
complaints-status-investigating = Yn ymchwilio
complaints-status-resolved = Wedi'i datrys
complaints-field-status = Statws
complaints-field-owner = Perchennog
complaints-no-owner = Neb eto
complaints-field-outcome = Canlyniad
complaints-outcome-hint = Mewn geiriau syml: mae'r person a'i cododd yn darllen hwn.
complaints-save = Cadw

## Consultations (voice and influence)
voice-staff-title = Ymgynghoriadau
voice-staff-none = Dim ymgynghoriadau eto.
voice-staff-new = Ymgynghoriad newydd
voice-staff-col-title = Teitl
voice-staff-col-status = Statws
voice-staff-col-participants = Wedi cymryd rhan
voice-staff-col-waiting = Datganiadau i'w gwirio
voice-staff-col-responses = Ymatebion
voice-staff-status-draft = Heb ei gyhoeddi
voice-staff-status-upcoming = Ddim ar agor eto
voice-staff-status-open = Ar agor
voice-staff-status-closed = Ar gau
voice-staff-field-title = Teitl
voice-staff-field-background = Beth yw ei bwrpas, mewn geiriau syml
voice-staff-field-audience = Pwy fydd yn clywed y canlyniadau
voice-staff-field-audience-hint = Er enghraifft: Pennaeth y gwasanaeth a'r bwrdd rheoli, cyfarfod Mehefin. Mae pobl ifanc yn gweld hyn cyn iddyn nhw ateb.
voice-staff-field-invited = Pwy sy'n cael eu gwahodd
voice-staff-invited-young_people = Pob person ifanc
voice-staff-invited-cabinet = Y cabinet ieuenctid
voice-staff-invited-carers = Rhieni a gofalwyr
voice-staff-invited-programme = Pobl ifanc rhaglen
voice-staff-field-programme = Pa raglen
voice-staff-choose-programme = Dewiswch raglen
voice-staff-field-opens = Yn agor ar
voice-staff-field-closes = Yn cau ar
voice-staff-field-anonymous = Dienw (dim enwau'n cael eu cadw; does dim yn mynd i gofnod neb)
voice-staff-ballot = Pleidlais blaenoriaethau
voice-staff-field-ballot-question = Cwestiwn y bleidlais (gadewch yn wag am ddim pleidlais)
voice-staff-field-options = Materion i ddewis ohonyn nhw
voice-staff-one-per-line = Un i bob llinell.
voice-staff-field-ranked = Gadael iddyn nhw osod hyd at dri mewn trefn
voice-staff-statements = Datganiadau
voice-staff-field-prompt = Beth i'w ofyn am y datganiadau (gadewch yn wag am ddim)
voice-staff-field-statements = Datganiadau
voice-staff-field-proposals = Gadael i'r cyfranogwyr gynnig eu rhai eu hunain (rydych chi'n eu cymeradwyo nhw'n gyntaf)
voice-staff-question = Cwestiwn agored
voice-staff-field-question = Cwestiwn (gadewch yn wag am ddim)
voice-staff-publish = Cadw a chyhoeddi
voice-staff-save = Cadw newidiadau
voice-staff-edit = Golygu'r ymgynghoriad hwn
voice-staff-edit-title = Golygu “{ $title }”
voice-staff-edit-published = Mae'r ymgynghoriad hwn wedi'i gyhoeddi, felly efallai bod pobl wedi'i ateb yn barod. Mae'r cwestiynau, y materion a'r datganiadau, pwy sy'n cael eu gwahodd ac a yw'n ddienw yn aros fel y maen nhw. Gall y teitl, beth yw ei bwrpas, pwy fydd yn clywed y canlyniadau a'r dyddiadau newid.
voice-staff-edit-back = Yn ôl at y canlyniadau
voice-staff-participants = Cymerodd { $count } ran
voice-staff-csv = Lawrlwytho CSV
voice-staff-col-rank = Safle
voice-staff-col-issue = Mater
voice-staff-col-points = Pwyntiau
voice-staff-col-first = Dewisiadau cyntaf
voice-staff-col-statement = Datganiad
voice-staff-method = Wedi'i gyfrif fesul pwyntiau: 3 am ddewis cyntaf, 2 am ail, 1 am drydydd; mae pwyntiau cyfartal yn cael eu gwahanu gan ddewisiadau cyntaf; mae materion sy'n gyfartal ar y ddau yn rhannu safle.
voice-staff-proposals = Datganiadau'n aros amdanoch chi
voice-staff-approve = Cymeradwyo
voice-staff-refuse = Peidio â dangos
voice-staff-answers = Beth ddywedon nhw
voice-staff-no-answers = Dim atebion eto.
voice-staff-voice-note = Nodyn llais
voice-staff-themes = Themâu (gwahanwch gyda choma)
voice-staff-responses = Dywedoch chi, gwnaethon ni
voice-staff-new-response = Cyhoeddi ymateb
voice-staff-field-about = Am
voice-staff-about-whole = Yr ymgynghoriad cyfan
voice-staff-field-we-did = Beth fydd yn newid, neu pam nad yw'n gallu
voice-staff-field-we-did-hint = Dywedwch e'n blaen. Os nad yw'n gallu newid, dywedwch pam.
voice-staff-field-by-when = Erbyn pryd (os yw wedi'i gynllunio)
voice-staff-field-decided-by = Pwy benderfynodd
voice-staff-field-status = Statws
voice-staff-publish-response = Cyhoeddi'r ymateb

## The youth cabinet: members and meetings
cabinet-title = Cabinet ieuenctid
cabinet-back = Yn ôl at ymgynghoriadau
cabinet-intro = Mae aelodau'n gweld ymgynghoriadau i'r cabinet yn gyntaf, a phob cyfarfod rydych chi'n ei drefnu yma fel apwyntiad ar eu ffôn, gyda'i nodiadau atgoffa.
cabinet-members = Aelodau
cabinet-no-members = Does gan y cabinet ieuenctid ddim aelodau eto.
cabinet-remove = Tynnu
cabinet-remove-named = Tynnu { $name } o'r cabinet ieuenctid
cabinet-add-label = Ychwanegu person ifanc
cabinet-choose = Dewiswch berson ifanc
cabinet-add = Ychwanegu at y cabinet
cabinet-everyone-is-member = Mae pob person ifanc yn y gwasanaeth yn aelod.
cabinet-meetings = Cyfarfodydd
cabinet-meetings-caption = Cyfarfodydd y cabinet ieuenctid sydd i ddod
cabinet-no-meetings = Does dim cyfarfodydd wedi'u cynllunio.
cabinet-invited = { $count ->
    [one] 1 aelod wedi'i wahodd
   *[other] { $count } o aelodau wedi'u gwahodd
}
cabinet-cancel-meeting = Canslo'r cyfarfod hwn
cabinet-new-meeting = Trefnu cyfarfod
cabinet-new-meeting-hint = Mae pob aelod yn ei gael fel apwyntiad; mae aelodau sy'n ymuno'n hwyrach yn cael y cyfarfodydd sydd dal i ddod.
cabinet-schedule = Trefnu i'r cabinet

## Safety alerts
safety-banner-title = { $count ->
    [one] Mae angen help ar rywun nawr
   *[other] Mae angen help ar { $count } o bobl ifanc nawr
}
safety-alert-asked = wedi gofyn am help am { $time }.
safety-alert-escalated = Doedd neb wedi gweld hwn mewn pryd, felly mae wedi mynd at y rheolwyr.
safety-seen-label = Beth wnaethoch chi?
safety-seen-submit = Rydw i wedi gweld hwn
safety-settings-title = Rhybuddion diogelwch
safety-duty-phone = Rhif ffôn dyletswydd mae pobl ifanc yn ei weld
safety-escalate-after = Munudau cyn i rybudd nad oes neb wedi'i weld fynd at y rheolwyr
safety-on-duty = Staff ar ddyletswydd (maen nhw'n cael pob rhybudd)
safety-settings-save = Cadw'r gosodiadau diogelwch
safety-settings-saved = Wedi'i gadw.
safety-push-title = Rhybuddion diogelwch ar y porwr hwn
safety-push-on = { $count ->
    [one] Mae 1 o'ch porwyr yn cael rhybuddion diogelwch.
   *[other] Mae { $count } o'ch porwyr yn cael rhybuddion diogelwch.
}
safety-push-off = Does dim un o'ch porwyr yn cael rhybuddion diogelwch eto. Trowch nhw ymlaen fel eich bod chi'n clywed ar unwaith pan mae person ifanc yn gofyn am help.
safety-push-turn-on = Cael rhybuddion diogelwch ar y porwr hwn

## Phones signed in (young person's page)
family-phones-title = Ffonau wedi'u mewngofnodi
family-phones-intro = Y ffonau mae'r person ifanc hwn a'u gofalwyr yn defnyddio Tandem arnyn nhw. Allgofnodwch un os yw ar goll neu wedi'i gymryd, neu os na ddylai gofalwr weld mwyach. Mae'r hyn a gadwodd y ffôn yn cael ei glirio y tro nesaf mae'n cysylltu.
family-phones-last-used = Defnyddiwyd ddiwethaf { $when }
family-phones-sign-out = Allgofnodi ffôn { $name }
family-phones-none = Does dim ffonau wedi'u mewngofnodi.

## Passkeys
passkey-sign-in = Mewngofnodi gydag allwedd mynediad
passkey-sign-in-intro = Neu defnyddiwch allwedd mynediad: mae eich ffôn neu eich cyfrifiadur yn gwirio mai chi sydd yno (ôl bys, wyneb neu PIN) a dydych chi'n teipio dim.
passkey-confirm-title = Defnyddio eich allwedd mynediad
passkey-confirm-intro = Roedd eich cyfrinair yn gywir. Nawr defnyddiwch allwedd mynediad ar eich cyfrif: mae eich ffôn, eich cyfrifiadur neu eich allwedd ddiogelwch yn gofyn am eich ôl bys, eich wyneb neu eich PIN.
passkey-confirm-submit = Defnyddio fy allwedd mynediad
passkey-add-first-title = Ychwanegu allwedd mynediad
passkey-add-first-intro = Mae eich gwasanaeth yn gofyn i reolwyr a gweinyddwyr gael allwedd mynediad. Ychwanegwch un nawr, ar y cyfrifiadur neu'r ffôn hwn neu ar allwedd ddiogelwch. O hynny ymlaen rydych chi'n mewngofnodi gyda'r allwedd mynediad yn unig, neu gyda'ch cyfrinair ac yna'r allwedd mynediad.
passkeys-title = Allweddi mynediad
passkeys-intro = Mae allwedd mynediad yn eich mewngofnodi heb gyfrinair: mae eich ffôn neu eich cyfrifiadur yn gwirio mai chi sydd yno. Unwaith bydd gennych chi un, dyw eich cyfrinair ar ei ben ei hun ddim yn eich mewngofnodi mwyach.
passkeys-none = Does gennych chi ddim allweddi mynediad eto.
passkeys-caption = Eich allweddi mynediad
passkey-name = Enw
passkey-added = Wedi'i hychwanegu
passkey-last-used = Defnyddiwyd ddiwethaf
passkey-never-used = Ddim eto
passkey-actions = Camau
passkey-new-name = Enw ar gyfer allwedd mynediad newydd
passkey-new-name-hint = Fel eich bod chi'n gwybod pa un yw hi wedyn, er enghraifft "Gliniadur gwaith".
passkey-add = Ychwanegu allwedd mynediad
passkey-added-done = Mae'r allwedd mynediad "{ $name }" wedi'i hychwanegu.
passkey-rename = Ailenwi
passkey-rename-named = Ailenwi { $name }
passkey-rename-field = Enw newydd ar gyfer { $name }
passkey-save-name = Cadw'r enw
passkey-remove = Tynnu
passkey-remove-named = Tynnu { $name }
passkey-removed-done = Mae'r allwedd mynediad "{ $name }" wedi'i thynnu.
passkey-unsupported = Dyw'r porwr hwn ddim yn gallu defnyddio allweddi mynediad. Rhowch gynnig ar borwr diweddar, yng nghyfeiriad gwe'r gwasanaeth ei hun.
passkey-cancelled = Chafodd dim allwedd mynediad ei defnyddio. Rhowch gynnig arall arni pan fyddwch chi'n barod.
passkey-waiting = Dilynwch beth mae eich porwr yn gofyn i chi ei wneud.
passkey-settings-title = Allweddi mynediad
passkey-settings-required = Mae angen allwedd mynediad ar reolwyr a gweinyddwyr
passkey-settings-hint = Pan mae hyn ymlaen, rhaid i reolwyr a gweinyddwyr heb allwedd mynediad ychwanegu un cyn gallu gwneud unrhyw beth arall, ac yna mewngofnodi gyda hi.
passkey-settings-save = Cadw
passkey-settings-saved = Wedi'i gadw.

## The browser's title of each staff page (no names of young people).
title-sign-in = Mewngofnodi
title-set-password = Gosod eich cyfrinair
title-caseload = Llwyth achosion
title-young-person = Person ifanc
title-staff-plan = Cynllun
title-staff-appointments = Apwyntiadau
title-staff-forms = Ffurflenni
title-staff-form-editor = Ffurflenni'r gwasanaeth
title-audit = Log archwilio
title-staff-accounts = Cyfrifon staff
title-my-account = Fy nghyfrif
title-sessions = Sesiynau
title-live-session = Sesiwn fyw
title-session-report = Adroddiad y sesiwn
title-programme-report = Adroddiad y rhaglen
title-relay = Anfon i gofnod yr achos
title-staff-surveys = Arolygon
title-survey-results = Canlyniadau'r arolwg
title-complaints = Cwynion a chanmoliaeth
title-staff-voice = Llais a dylanwad
title-cabinet = Cabinet ieuenctid
title-consultation-results = Canlyniadau'r ymgynghoriad
title-feedback-answers = Adborth am yr ap

## A case's forms at the desk
staff-forms-open = Ffurflenni a hunanasesiadau
staff-forms-title = Ffurflenni
staff-forms-heading = Ffurflenni: { $name }
staff-forms-back = Yn ôl at y person ifanc
staff-forms-none = Does dim ffurflenni wedi'u gofyn amdanyn nhw eto.
staff-forms-ask = Gofyn am ffurflen
staff-forms-person = Pwy sy'n ei llenwi
staff-forms-form = Ffurflen
staff-forms-purpose = Beth yw ei phwrpas
staff-forms-due = Llenwi erbyn
staff-forms-send = Gofyn am y ffurflen hon
staff-forms-asked = Wedi gofyn. Mae ar eu ffôn nawr, ac maen nhw'n cael nodyn atgoffa y noson cyn y dyddiad.
staff-forms-purpose-assessment = Asesiad
staff-forms-purpose-review_meeting = Cyfarfod adolygu
staff-forms-purpose-closure = Cau
staff-forms-purpose-induction = Cynefino
staff-forms-status-waiting = Yn aros: erbyn { $date }
staff-forms-status-overdue = Yn hwyr: roedd erbyn { $date }
staff-forms-status-answered = Atebwyd ar { $date }
staff-forms-by = { $title }: { $name }
staff-forms-withheld = Wedi'i hateb. Mae atebion "Amdanaf i" ar gyfer y gweithiwr a ddyrannwyd yn unig.
staff-forms-worker-only = Dim ond y gweithiwr a ddyrannwyd sy'n gweld yr atebion hyn.
staff-forms-declined = Gwell peidio â dweud
staff-forms-not-answered = Heb ei ateb
staff-forms-out-of-ten = { $score } allan o 10
staff-forms-changes = Beth newidiodd ers { $date }
staff-forms-change-up = I fyny o { $before } i { $after }: { $question }
staff-forms-change-down = I lawr o { $before } i { $after }: { $question }
staff-forms-change-same = Yr un fath, { $after }: { $question }
staff-forms-last-time = Y tro diwethaf: { $answer }

## The service's forms, changed by a manager
staff-form-editor-title = Ffurflenni'r gwasanaeth
staff-form-editor-intro = Mae gweithwyr yn gofyn i bobl ifanc a gofalwyr lenwi'r ffurflenni hyn. Newidiwch eiriau ffurflen yma.
staff-form-editor-edit = Newid "{ $title }"
staff-form-editor-version = Fersiwn { $version }
staff-form-editor-versions = Mae cadw yn gwneud y fersiwn nesaf. Mae ffurflenni sydd eisoes wedi'u gofyn amdanyn nhw yn cadw'r geiriau y gofynnwyd amdanyn nhw gyda nhw.
staff-form-editor-worker-only = Mae ei hatebion yn cael eu dangos i'r gweithiwr a ddyrannwyd yn unig.
staff-form-editor-back = Holl ffurflenni'r gwasanaeth
staff-form-editor-save = Cadw fel y fersiwn nesaf
staff-form-editor-saved = Wedi'i gadw. Mae ffurflenni y gofynnir amdanyn nhw o hyn ymlaen yn defnyddio'r geiriau hyn.
staff-form-editor-not-found = Does dim ffurflen o'r fath.
