# Tandem: Cymraeg (Welsh). Every message of i18n/en/main.ftl, in plain words.
# Awaits review by a native speaker before use with young people.

app-name = Tandem
skip-to-content = Neidio i'r prif gynnwys
quick-exit = Gadael yn gyflym
quick-exit-help = Mae'n gadael yr ap yma ar unwaith ac yn agor tudalen y tywydd.
language-label = Iaith
loading = Wrthi'n llwytho…
go-home = Mynd i'r dechrau

## Sync status (bottom of every page)
sync-all-sent = Mae popeth a anfonoch chi wedi cyrraedd.
sync-waiting = { $count ->
    [one] Mae 1 ateb yn aros i gael ei anfon.
   *[other] Mae { $count } ateb yn aros i gael eu hanfon.
}
sync-offline-waiting = { $count ->
    [one] Rydych chi all-lein. Mae 1 ateb wedi'i gadw ar y ffôn yma. Bydd yn cael ei anfon pan fyddwch chi ar-lein eto.
   *[other] Rydych chi all-lein. Mae { $count } ateb wedi'u cadw ar y ffôn yma. Byddan nhw'n cael eu hanfon pan fyddwch chi ar-lein eto.
}
sync-refused = { $count ->
    [one] Doedd dim modd anfon 1 ateb. Mae'n dal wedi'i gadw ar y ffôn yma.
   *[other] Doedd dim modd anfon { $count } ateb. Maen nhw'n dal wedi'u cadw ar y ffôn yma.
}
sync-store-failed = Dydy'r ffôn yma ddim yn gadael i Tandem gadw pethau. Peidiwch â chau'r ap nes i chi weld bod eich atebion wedi cyrraedd.

## Home
home-title = Croeso i Tandem
home-intro = Yn Tandem rydych chi a'ch gweithiwr yn cynllunio pethau gyda'ch gilydd, a chi'n dweud wrthon ni beth rydych chi'n ei feddwl.
    .easier = Cynllunio pethau gyda'ch gweithiwr. Dweud wrthon ni beth rydych chi'n ei feddwl.
home-nav-label = Beth gallwch chi ei wneud
home-feedback-link = Beth ydych chi'n ei feddwl o'r ap yma?
home-feedback-hint = Dywedwch wrthon ni mewn munud. Does dim rhaid i chi roi eich enw.
    .easier = Mae'n cymryd un munud. Does dim angen enw.
home-staff-link = I staff: darllen beth mae pobl yn ei feddwl o'r ap

## A staff page opened in the phone build
staff-offline-title = Mae angen cysylltiad ar y dudalen yma
staff-offline-body = Dim ond pan fydd y ddyfais ar-lein mae tudalennau staff yn agor. Mae popeth i bobl ifanc a gofalwyr yn gweithio all-lein.
piece-missing-title = Mae angen cysylltiad ar y dudalen yma y tro cyntaf
piece-missing-body = Dydy'r ffôn yma ddim wedi agor y dudalen yma o'r blaen, felly dydy hi ddim wedi'i chadw yma eto. Pan fydd gennych chi signal, rhowch gynnig arall arni. Ar ôl hynny mae'n agor heb signal hefyd.
piece-missing-again = Rhoi cynnig arall arni

## Not found
not-found-title = Doedden ni ddim yn gallu dod o hyd i'r dudalen yna
not-found-body = Efallai fod y ddolen yn hen. Gallwch chi fynd yn ôl i'r dechrau.

## The 0-10 scale
scale-low = 0 = gwael iawn
scale-high = 10 = da iawn
scale-option-low = { $score }, gwael iawn
scale-option-high = { $score }, da iawn

## App feedback form
feedback-title = Beth ydych chi'n ei feddwl o'r ap yma?
feedback-intro = Mae eich ateb yn ein helpu ni i wneud Tandem yn well.
    .easier = Mae eich ateb yn ein helpu ni.
feedback-score-legend = Dewiswch rif o 0 i 10.
feedback-comment-label = Unrhyw beth arall rydych chi eisiau ei ddweud? (gallwch chi adael hwn yn wag)
feedback-comment-hint = Peidiwch ag ysgrifennu eich enw chi nac enw neb arall.
    .easier = Peidiwch ag ysgrifennu unrhyw enwau.
chars-left = { $count } llythyren ar ôl
feedback-anonymous = Dydyn ni ddim yn gwybod pwy anfonodd hwn. Mae'n gweithio heb y we hefyd.
    .easier = Dydyn ni ddim yn gwybod pwy ydych chi.
feedback-send = Anfon
feedback-thanks-title = Diolch!
feedback-thanks-sent = Rydyn ni wedi cael eich ateb.
feedback-thanks-saved = Mae eich ateb wedi'i gadw ar y ffôn yma. Bydd yn cael ei anfon pan fyddwch chi ar-lein.
feedback-audience = Mae tîm Tandem yn darllen pob ateb ac yn eu defnyddio i wneud yr ap yn well.
feedback-again = Rhoi mwy o adborth

## Joining with a code (young people and carers)
home-join-link = Mae gen i god gan fy ngweithiwr
home-join-hint = Defnyddiwch y cod i ymuno. Does dim angen e-bost arnoch chi.
    .easier = Teipiwch y cod i ddechrau. Does dim angen e-bost.
home-staff-sign-in = Mewngofnodi staff
join-title = Ymuno â'ch cod
join-intro = Rhoddodd eich gweithiwr god i chi. Teipiwch y cod isod. Wedyn byddwch chi'n dewis PIN i gadw eich pethau'n ddiogel.
    .easier = Teipiwch y cod gan eich gweithiwr. Yna dewiswch PIN.
field-required = (rhaid ei lenwi)
join-code-label = Eich cod
join-code-hint = 12 llythyren a rhif, fel ACDE-FGHJ-KMNP.
    .easier = 12 llythyren a rhif.
join-device-label = Enw i'r ffôn yma (gallwch chi adael hwn yn wag)
join-submit = Ymuno
read-aloud = Darllen hwn yn uchel
read-page-aloud = Darllen y dudalen yma yn uchel
easier-words = Geiriau haws
read-aloud-no-voice = Does gan y ffôn yma ddim llais ar gyfer { $language }, felly dydy e ddim yn gallu darllen hwn yn uchel.
read-aloud-in-english = Dangos Tandem yn Saesneg i wrando

## PIN
pin-choose-title = Dewiswch PIN
pin-choose-intro = Dewiswch 4 i 6 rhif. Byddwch chi'n eu defnyddio i agor Tandem. Peidiwch â dweud wrth neb.
    .easier = Dewiswch 4 i 6 rhif. Cadwch nhw'n gyfrinach.
pin-confirm-title = Teipiwch eich PIN eto
pin-confirm-intro = Teipiwch yr un rhifau eto i wirio.
    .easier = Teipiwch yr un rhifau eto.
pin-mismatch = Roedd y ddau PIN yn wahanol. Dewiswch eich PIN eto.
    .easier = Doedd y rhifau ddim yr un fath. Rhowch gynnig arall.
pin-entered = { $count ->
    [one] 1 rhif wedi'i deipio
   *[other] { $count } rhif wedi'u teipio
}
pin-delete = Dileu'r rhif olaf
pin-done = Wedi gorffen
home-my-data-link = Beth mae Tandem yn ei gadw amdana i
home-my-data-hint = Beth sy'n cael ei gadw, pwy sy'n ei weld, ac am ba hyd
    .easier = Beth rydyn ni'n ei gadw amdanoch chi.
my-data-title = Beth mae Tandem yn ei gadw amdana i
my-data-intro = { $who ->
    [carer] Mae Tandem yn cadw rhai pethau amdanoch chi, er mwyn i chi gymryd rhan yn y cynllun a'r apwyntiadau. Dyma beth, pwy sy'n gallu ei weld, ac am ba hyd.
   *[other] Mae Tandem yn cadw rhai pethau amdanoch chi, er mwyn i chi a'ch gweithiwr weithio gyda'ch gilydd. Dyma beth, pwy sy'n gallu ei weld, ac am ba hyd.
}
my-data-kept-title = Beth mae Tandem yn ei gadw
my-data-kept-1 = { $who ->
    [carer] Eich enw, fel y cafodd ei ysgrifennu gan weithiwr eich teulu. Pa berson ifanc rydych chi'n gysylltiedig ag ef neu â hi.
   *[other] Eich enw, fel y cafodd ei ysgrifennu gan eich gweithiwr. Eich cynllun a phob newid iddo. Eich sgoriau o sesiynau.
}
my-data-kept-2 = { $who ->
    [carer] Eich atebion i'r cynllun ac i apwyntiadau. Arolygon a syniadau a anfonoch chi gyda'ch enw. Cwynion a chanmoliaeth a anfonoch chi gyda'ch enw.
   *[other] Eich apwyntiadau a'ch atebion iddyn nhw. Arolygon a syniadau a anfonoch chi gyda'ch enw. Cwynion a chanmoliaeth a anfonoch chi gyda'ch enw. Os gwnaethoch chi bwyso "Dydw i ddim yn teimlo'n ddiogel".
}
my-data-kept-phone = Y ffonau rydych chi'n defnyddio Tandem arnyn nhw. Dim ond beth sydd ei angen arnoch chi pan does dim signal mae'r ffôn yma'n ei gadw. Mae'r cyfan yn cael ei ddileu pan fyddwch chi'n allgofnodi. Dydy pethau rydych chi'n eu hanfon heb eich enw ddim yn gysylltiedig â chi.
my-data-who-title = Pwy sy'n gallu ei weld
my-data-who-1 = { $who ->
    [carer] Chi, gweithiwr y person ifanc a'i reolwyr.
   *[other] Chi, eich gweithiwr a'i reolwyr.
}
my-data-who-2 = { $who ->
    [carer] Mae'r person ifanc yn gweld ei gynllun ei hun. Dim ond y rhannau o'r cynllun sy'n cael eu rhannu â rhieni a gofalwyr rydych chi'n eu gweld.
   *[other] Dim ond y rhannau o'ch cynllun sy'n cael eu rhannu â'ch rhiant neu ofalwr maen nhw'n eu gweld. Dydyn nhw ddim yn gweld eich sgoriau, arolygon na chwynion.
}
my-data-who-3 = Mae beth rydych chi'n ei anfon hefyd yn mynd i'ch cofnod yn y gwasanaeth. Cofnod y gwasanaeth ei hun yw hwnnw, sy'n cael ei gadw yn ôl ei reolau. Bob tro mae staff yn edrych ar eich pethau yn Tandem, mae'n cael ei nodi.
my-data-how-long-title = Am ba hyd mae'n cael ei gadw
my-data-how-long-1 = Pan fydd rhywbeth a anfonoch chi wedi cyrraedd eich cofnod yn y gwasanaeth, mae Tandem yn dileu ei gopi ei hun o'r neges ar ôl { $days } diwrnod.
my-data-how-long-2 = Pan fydd eich amser gyda'r gwasanaeth yn dod i ben, mae eich gweithiwr yn cau eich achos. Wedyn mae eich ffôn yn anfon unrhyw beth sy'n dal i aros ac yn allgofnodi. Mae ffôn sydd ddim yn cael ei ddefnyddio yn allgofnodi ar ôl { $days } diwrnod.
my-data-how-long-3 = { $months } mis ar ôl i'ch achos gau, mae Tandem yn dileu popeth mae'n ei gadw amdanoch chi. Dim ond rhifau heb enw arnyn nhw sy'n aros, fel faint o bobl atebodd arolwg.
my-data-how-long-usual = Dyma'r amseroedd arferol. Efallai fod eich gwasanaeth wedi dewis rhai eraill: bydd y dudalen yma'n dweud hynny y tro nesaf y bydd signal gan eich ffôn.
my-data-ask-title = Gofyn am gael ei weld, neu am ei ddileu
my-data-ask-1 = Gallwch chi ofyn am weld popeth mae Tandem yn ei gadw amdanoch chi. Gallwch chi hefyd ofyn am ei newid os yw'n anghywir, neu am ei ddileu.
my-data-ask-2 = Dywedwch wrth eich gweithiwr, neu anfonwch neges gyda'ch enw. Rhaid i'r gwasanaeth eich ateb chi o fewn mis.
    .easier = Dywedwch wrth eich gweithiwr, neu anfonwch neges aton ni. Rhaid i ni ateb o fewn mis.
my-data-ask-link = Anfon neges
case-closed-title = Mae eich amser gyda'r gwasanaeth wedi dod i ben
case-closed-body = Diolch am weithio gyda ni. Bydd y ffôn yma'n allgofnodi nawr, a bydd Tandem yn dileu beth roedd wedi'i gadw arno. Os oes angen help arnoch chi o hyd, siaradwch â'ch gweithiwr.
    .easier = Mae eich amser gyda ni wedi dod i ben. Diolch. Bydd y ffôn hwn yn allgofnodi. Angen help? Siaradwch â'ch gweithiwr.
case-closed-sending = { $count ->
    [one] Mae 1 peth a ysgrifennoch chi'n dal i gael ei anfon. Cadwch Tandem ar agor pan fydd gennych chi signal. Mae'r ffôn yn allgofnodi pan fydd wedi'i anfon.
   *[other] Mae { $count } peth a ysgrifennoch chi'n dal i gael eu hanfon. Cadwch Tandem ar agor pan fydd gennych chi signal. Mae'r ffôn yn allgofnodi pan fyddan nhw wedi'u hanfon.
}
case-closed-try-now = Rhoi cynnig arall arni nawr
lock-warning = Bydd Tandem yn cloi mewn munud, i gadw eich pethau'n breifat. Mae eich PIN yn ei agor eto.
    .easier = Bydd Tandem yn cloi mewn munud. Mae eich PIN yn ei agor.
lock-still-here = Rydw i yma o hyd
lock-title = Rhowch eich PIN
lock-intro = Mae Tandem wedi cloi ei hun i gadw eich pethau'n ddiogel. Teipiwch eich PIN i barhau.
    .easier = Mae Tandem wedi cloi. Teipiwch eich PIN.
lock-new-code = Rydw i wedi anghofio fy PIN
lock-tries-left = { $count ->
    [one] Gallwch chi drio 1 waith eto. Ar ôl hynny, mae Tandem yn allgofnodi ar y ffôn yma.
   *[other] Gallwch chi drio { $count } gwaith eto. Ar ôl hynny, mae Tandem yn allgofnodi ar y ffôn yma.
}

## Devices
devices-title = Eich ffonau
devices-intro = Dyma'r ffonau lle rydych chi wedi mewngofnodi i Tandem. Os nad yw un yn eiddo i chi bellach, allgofnodwch ef.
    .easier = Mae'r ffonau hyn yn defnyddio Tandem fel chi. Allgofnodwch unrhyw un sydd ddim yn eiddo i chi.
devices-unnamed = Ffôn
devices-this-one = Y ffôn yma
devices-last-used = Defnyddiwyd ddiwethaf { $date }
devices-sign-out = Allgofnodi'r ffôn yma
devices-carers-title = Eich rhieni a'ch gofalwyr ar Tandem
devices-carers-intro = Mae'r bobl yma'n gallu gweld y pethau rydych chi'n dewis eu rhannu â nhw.
devices-no-carers = Neb eto.
devices-shared-title = Mae pobl eraill yn defnyddio'r ffôn yma
devices-shared-label = Mae'r ffôn yma'n cael ei rannu
devices-shared-hint = Wedyn dydy Tandem yn cadw dim byd ar y ffôn yma heblaw beth rydych chi wedi'i ysgrifennu a heb ei anfon eto, ac mae'n gofyn am eich PIN bob tro rydych chi'n dod yn ôl ato.
    .easier = Wedyn bydd Tandem yn cadw bron dim ar y ffôn hwn. Bydd yn gofyn am eich PIN bob tro.

## Account menu
nav-account-label = Eich cyfrif
nav-signed-in-as = Wedi mewngofnodi fel { $name }
nav-demo = Demo: mae'r bobl yma wedi'u dyfeisio
nav-staff-home = Fy ngwaith
nav-devices = Fy ffonau
nav-sign-out = Allgofnodi
sign-out-unsent = { $count ->
    [one] Dydy 1 peth a ysgrifennoch chi ddim wedi cyrraedd Tandem eto. Mae allgofnodi yn ei ddileu o'r ffôn yma.
   *[other] Dydy { $count } peth a ysgrifennoch chi ddim wedi cyrraedd Tandem eto. Mae allgofnodi yn eu dileu o'r ffôn yma.
}
sign-out-stay = Aros wedi mewngofnodi a'u hanfon nes ymlaen
sign-out-anyway = Allgofnodi a'u dileu

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = Aeth rhywbeth o'i le wrth anfon hwn. Rhowch gynnig arall arni.
error-unsupported_media_type = Aeth rhywbeth o'i le wrth anfon hwn. Rhowch gynnig arall arni.
error-payload_too_large = Mae hwn yn rhy hir i'w anfon. Gwnewch e'n fyrrach.
error-not_found = Doedden ni ddim yn gallu dod o hyd i hwnna.
error-method_not_allowed = Does dim modd gwneud hynny yma.
error-unauthorized = Mewngofnodwch yn gyntaf.
error-forbidden = Does dim hawl gennych chi i weld hwn.
error-missing_operation_id = Aeth rhywbeth o'i le wrth anfon hwn. Rhowch gynnig arall arni.
error-invalid_operation_id = Aeth rhywbeth o'i le wrth anfon hwn. Rhowch gynnig arall arni.
error-operation_id_reused = Cafodd hwn ei anfon yn barod gydag atebion gwahanol. Ysgrifennwch e eto.
error-score_out_of_range = Dewiswch rif o 0 i 10.
error-text_too_long = Mae hwnna'n rhy hir. Gwnewch e'n fyrrach.
error-text_has_control_characters = Does dim modd cadw rhai o'r llythrennau. Teipiwch nhw eto.
error-invalid_invite_code = Dydy'r cod yna ddim yn iawn. Gwiriwch e gyda'ch gweithiwr.
error-offline = Rydych chi all-lein. Mae beth ysgrifennoch chi wedi'i gadw ar y ffôn yma a bydd yn cael ei anfon pan fyddwch chi ar-lein eto.
error-storage_unavailable = Mae gan Tandem broblem ar hyn o bryd. Mae beth ysgrifennoch chi'n ddiogel. Rhowch gynnig arall arni cyn hir.
error-internal = Aeth rhywbeth o'i le ar ein hochr ni. Mae beth ysgrifennoch chi'n ddiogel. Rhowch gynnig arall arni.
error-invite_used_or_expired = Mae'r cod yna wedi'i ddefnyddio neu mae'n rhy hen. Gofynnwch i'ch gweithiwr am un newydd.
error-invalid_pin = Rhaid i'ch PIN fod yn 4, 5 neu 6 rhif.
error-wrong_pin = Dydy'r PIN yna ddim yn iawn. Triwch eto.
error-pin_required = Rhowch eich PIN i barhau.
error-pin_not_set = Dewiswch PIN yn gyntaf.
error-device_session_ended = Mae'r ffôn yma wedi'i allgofnodi i'ch cadw chi'n ddiogel. Gofynnwch i'ch gweithiwr am god newydd.
error-invalid_email = Rhowch gyfeiriad e-bost cyfan, fel enw@example.org.
error-password_too_short = Rhaid i'r cyfrinair fod o leiaf 12 nod o hyd.
error-wrong_credentials = Dydy'r e-bost neu'r cyfrinair ddim yn iawn.
error-session_expired = Rydych chi wedi cael eich allgofnodi. Mewngofnodwch eto.
error-name_required = Rhowch enw.
error-email_taken = Mae gan rywun gyfrif gyda'r e-bost yna yn barod.
error-cannot_disable_yourself = Does dim modd i chi analluogi eich cyfrif eich hun. Gofynnwch i weinyddwr arall.
error-wrong_current_password = Dydy eich cyfrinair presennol ddim yn iawn.
error-passkey_required = Defnyddiwch eich allwedd mynediad i orffen mewngofnodi.
error-passkey_setup_required = Mae eich gwasanaeth yn gofyn i reolwyr a gweinyddwyr ychwanegu allwedd mynediad cyn dim byd arall.
error-passkey_not_accepted = Doedd dim modd defnyddio'r allwedd mynediad yna. Triwch eto, neu mewngofnodwch gyda'ch e-bost a'ch cyfrinair.
error-passkey_timed_out = Cymerodd hynny ormod o amser. Triwch eto.
error-passkey_already_added = Mae'r allwedd mynediad yna ar gyfrif yn barod.
error-last_passkey_needed = Mae eich gwasanaeth angen i chi gadw allwedd mynediad. Ychwanegwch un arall cyn dileu hon.
error-cross_site_request = Daeth hwn o wefan arall, felly wnaethon ni ddim ei wneud.
error-rate_limited = Gormod o gynigion. Arhoswch ychydig a thriwch eto.
error-pin_already_set = Mae gan y ffôn yma PIN yn barod.
error-link_used_or_expired = Mae'r ddolen yna wedi'i defnyddio neu mae'n rhy hen. Gofynnwch am un newydd.
error-not_a_young_person = Dydy'r person yna ddim yn berson ifanc.
error-not_a_carer = Dydy'r person yna ddim yn rhiant nac yn ofalwr.
error-not_a_worker = Dydy'r person yna ddim yn weithiwr.
error-invalid_parameter = Aeth rhywbeth o'i le gyda'r ddolen yna. Ewch yn ôl a rhowch gynnig arall arni.
error-join_code_not_found = Does dim sesiwn ar agor gyda'r cod yna. Gwiriwch y cod gyda'ch gweithiwr.
error-session_closed = Mae'r sesiwn yma wedi gorffen, felly does dim modd rhoi sgoriau bellach.
error-already_joined = Rydych chi wedi ymuno â'r sesiwn yma yn barod.
error-already_scored = Rydych chi wedi rhoi'r sgôr yma yn barod.
error-end_scores_not_open = Dydy eich gweithiwr ddim wedi gofyn am y sgoriau diwedd eto. Rhowch y sgôr yma pan fyddan nhw'n gofyn.
error-sign_in_to_join = Mae'r sesiwn yma i bobl ifanc sydd wedi mewngofnodi. Gofynnwch i'ch gweithiwr.
error-implausible_device_time = Mae cloc y ffôn yma'n edrych yn anghywir, felly doedd dim modd gosod y sgôr. Gwiriwch yr amser ar y ffôn.
error-phase_cannot_go_back = Dim ond ymlaen mae sesiwn yn mynd: dechrau, wedyn diwedd, wedyn ar gau.
error-measure_not_in_session = Dydy'r cwestiwn yna ddim yn rhan o'r sesiwn yma.
error-topic_not_in_programme = Dewiswch bwnc o'r rhaglen yma.
error-invalid_phone_number = Rhowch rif ffôn: rhifau a bylchau, gyda + ar y dechrau os oes angen.
error-text_required = Ysgrifennwch rywbeth yn y blwch yma.
error-invalid_follow_token = Doedd dim modd i'r ffôn yma wneud ei god i ddilyn beth rydych chi'n ei anfon. Caewch Tandem a'i agor eto.
error-invalid_participant_token = Doedd dim modd i'r ffôn yma wneud ei god ar gyfer y sesiwn yma. Caewch Tandem a'i agor eto.
error-free_time_gone = Mae'r amser yna newydd gael ei gymryd neu ei dynnu. Dewiswch un arall, neu dywedwch beth fyddai'n gyfleus i chi.
error-topics_required = Ychwanegwch o leiaf un pwnc sesiwn.
error-too_many_topics = Gall rhaglen gael 52 pwnc ar y mwyaf.
error-invalid_time = Rhowch amser go iawn, fel 16:00.
error-appointment_in_past = Mae'r amser yna wedi mynd heibio. Dewiswch amser sydd eto i ddod.
error-due_date_out_of_range = Dewiswch ddiwrnod o heddiw hyd at flwyddyn o nawr.
error-form_not_for_person = Mae'r ffurflen hon ar gyfer rhywun arall: mae gan bobl ifanc eu ffurflenni eu hunain, a rhieni a gofalwyr eu rhai nhw.
error-invalid_link = Rhaid i ddolen map fod yn gyfeiriad gwe cyfan sy'n dechrau gyda https://.
error-reason_required = Dywedwch beth sydd angen ei newid, er mwyn i'ch gweithiwr ei drefnu.
error-appointment_over = Mae'r apwyntiad yma wedi digwydd neu wedi'i ganslo, felly does dim modd ei ateb nawr.
error-invalid_push_subscription = Doedd dim modd gosod y ffôn yma ar gyfer nodiadau atgoffa. Rhowch gynnig arall arni.
error-invalid_signature = Mae llofnod y cais ar goll, yn anghywir neu'n rhy hen.
error-questions_required = Ychwanegwch o leiaf un cwestiwn.
error-too_many_questions = Gall arolwg gael 60 cwestiwn ar y mwyaf.
error-invalid_survey = Dydy rhywbeth yn yr arolwg yma ddim yn gweithio gyda'i gilydd: gwiriwch opsiynau pob cwestiwn a phryd mae'n cael ei ddangos.
error-answer_not_in_survey = Mae'r ateb yna ar gyfer cwestiwn sydd ddim yn yr arolwg yma. Dechreuwch yr arolwg eto.
error-choice_required = Dewiswch un o'r rhain yn gyntaf.
error-answer_required = Atebwch y cwestiwn yma.
error-invalid_answer = Dydy'r ateb yna ddim yn addas i'r cwestiwn yma.
error-survey_not_open = Dydy'r arolwg yma ddim ar agor ar gyfer atebion nawr.
error-already_answered = Rydych chi wedi ateb yr arolwg yma yn barod. Diolch!
error-outcome_required = Dywedwch beth gafodd ei benderfynu cyn nodi bod hwn wedi'i ddatrys.
error-out_of_range = Mae'r rhif yna y tu allan i beth sy'n cael ei ganiatáu yma.
error-closes_before_opens = Mae'r diwrnod cau cyn y diwrnod agor.
error-invalid_consultation = Dydy rhywbeth yn yr ymgynghoriad yma ddim yn gweithio gyda'i gilydd: gwiriwch fod geiriau gan bob gweithgaredd, o leiaf dau fater ar bleidlais, a dim un id wedi'i ddefnyddio ddwywaith.
error-consultation_not_open = Dydy'r ymgynghoriad yma ddim ar agor nawr, felly doedd dim modd cyfrif hwn.
error-already_voted = Rydych chi wedi pleidleisio ar hyn yn barod. Mae pob person yn pleidleisio unwaith.
error-too_few_to_show = Mae llai na phum ateb dienw yn cyfateb i hyn, felly dydyn nhw ddim yn cael eu dangos: gallai cyn lleied ddweud pwy ddywedodd beth. Dewiswch hidlydd ehangach.
error-ranked_twice = Dewisoch chi'r un mater ddwywaith. Dewiswch un gwahanol ar gyfer pob lle.
error-statement_not_approved = Dydy'r datganiad yna ddim ar agor ar gyfer pleidleisiau.
error-voice_note_too_large = Mae'r nodyn llais yna'n rhy hir. Cadwch e o dan tua dau funud, neu ysgrifennwch eich ateb yn lle hynny.
error-already_published = Mae'r ymgynghoriad yma wedi'i gyhoeddi, felly does dim modd newid ei weithgareddau bellach.
error-reminder_times_clash = Rhaid i'r oriau tawel fod dros nos, a rhaid i'r nodyn atgoffa gyda'r nos ddod cyn hynny.
error-relay_event_state = Does dim modd newid y digwyddiad yna fel yna nawr. Dim ond digwyddiad a fethodd sy'n gallu cael ei anfon eto, a dim ond un sydd ddim yn y cofnod eto sy'n gallu cael ei nodi fel wedi'i gofnodi.
error-target_required = Ysgrifennwch y targed yn gyntaf: ar beth rydych chi eisiau gweithio?
error-too_many_targets = Gall cynllun gael 20 targed ar y mwyaf.
error-not_your_column = Rhywun arall sydd i ysgrifennu'r rhan yna o'r cynllun.
error-invalid_date = Rhowch ddyddiad go iawn.
error-closure_in_future = Gall achos gael ei gau heddiw neu ar ddiwrnod sydd wedi bod, nid ar ddiwrnod sydd eto i ddod.
error-case_closed = Mae'r achos yma ar gau, felly does dim modd ychwanegu dim byd newydd. Ailagorwch yr achos yn gyntaf.
error-events_waiting = Dydy rhai o'r pethau a anfonodd y person yma ddim wedi cyrraedd y cofnod achos eto. Anfonwch neu cofnodwch nhw ar y dudalen gyfnewid yn gyntaf, fel nad oes dim yn cael ei golli.
error-plan_version_not_current = Mae'r cynllun wedi newid ers i chi ei ddarllen. Darllenwch e eto cyn dweud a ydych chi'n cytuno.
error-plan_edit_conflict = Newidiodd rhywun arall y blwch yma tra oeddech chi'n ysgrifennu. Dewiswch pa eiriau i'w cadw.

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = Fy nghynllun
home-plan-hint = Eich targedau, yn eich geiriau eich hun. Darllenwch nhw, ysgrifennwch eich rhan, a dywedwch a ydych chi'n cytuno.
    .easier = Eich nodau. Ysgrifennwch eich rhan. Dywedwch os yw'n iawn.
home-plan-link-carer = Y cynllun
home-plan-hint-carer = Targedau eich person ifanc. Darllenwch nhw, ysgrifennwch beth fyddwch chi'n ei wneud i helpu, a dywedwch a ydych chi'n cytuno.
    .easier = Nodau eich person ifanc. Ysgrifennwch sut byddwch chi'n helpu. Dywedwch os yw'n iawn.
plan-title = Cynllun
plan-mine = Fy nghynllun
plan-of = Cynllun { $name }
plan-none = Does dim cynllun yma eto. Bydd eich gweithiwr yn ei ddechrau gyda chi.
    .easier = Dim cynllun eto. Bydd eich gweithiwr yn eich helpu i'w ddechrau.
plan-empty = Dim targedau eto. Bydd eich gweithiwr yn eu hysgrifennu gyda chi.
    .easier = Dim nodau eto. Bydd eich gweithiwr yn eich helpu.
plan-offline-copy = Does dim signal gennych chi, felly dyma'r cynllun fel roedd e'r tro diwethaf. Mae beth rydych chi'n ei ysgrifennu yn cael ei gadw ar y ffôn yma a'i anfon nes ymlaen.
    .easier = Dim signal. Dyma eich cynllun o'r tro diwethaf. Mae'r hyn rydych chi'n ei ysgrifennu yn cael ei gadw a'i anfon wedyn.
plan-field-target = Targed
    .easier = Nod
plan-field-i-will = I wneud hyn bydda i'n...
    .easier = Beth fydda i'n ei wneud
plan-field-carer-will = Bydd rhiant neu ofalwr yn...
    .easier = Beth fydd fy rhiant neu ofalwr yn ei wneud
plan-field-worker-will = Bydd y gweithiwr yn...
    .easier = Beth fydd fy ngweithiwr yn ei wneud
plan-field-how-i-know = Sut bydda i'n gwybod fy mod i'n llwyddo?
    .easier = Sut bydda i'n gwybod ei fod wedi gweithio?
plan-party-young-person = person ifanc
plan-party-carer = rhiant neu ofalwr
plan-party-worker = gweithiwr
plan-not-written = Heb ei ysgrifennu eto
plan-write = Ysgrifennu hwn
plan-change = Newid
plan-box-action = { $action }: { $box }, ar gyfer { $target }
plan-change-target = Newid y targed
plan-save = Cadw
plan-cancel = Canslo
plan-saved-box = Wedi'i gadw: { $box }.
plan-waiting-to-send = Wedi'i gadw ar y ffôn yma. Bydd yn cael ei anfon pan fydd signal.
    .easier = Wedi'i gadw. Bydd yn mynd pan fydd signal.
plan-suggestion = Mae eich gweithiwr yn awgrymu geiriau ar gyfer "{ $column }":
plan-accept = Defnyddio'r geiriau yma
plan-decline = Dim diolch
plan-status-achieved = Wedi'i wneud!
plan-status-dropped = Wedi stopio: { $reason }
plan-review-on = Adolygu ar { $date }
plan-agree-title = Ydych chi'n cytuno â'r cynllun yma?
    .easier = Ydy'r cynllun hwn yn iawn i chi?
plan-agree = Rydw i'n cytuno
    .easier = Ydy, mae'n iawn
plan-disagree = Rydw i eisiau newid rhywbeth
    .easier = Na, rydw i eisiau newid rhywbeth
plan-change-wanted-label = Beth fyddech chi'n ei newid?
plan-send = Anfon
plan-disagree-back = Mynd yn ôl
plan-state-waiting = Dydych chi ddim wedi dweud eto.
plan-state-agreed = Rydych chi wedi cytuno â'r cynllun yma. Diolch.
plan-state-disagreed = Dywedoch chi eich bod chi eisiau newid rhywbeth. Mae eich geiriau gan eich gweithiwr:
plan-state-reopened = Mae'r cynllun wedi newid ers i chi gytuno. Darllenwch beth sydd wedi newid a dywedwch eto.
    .easier = Mae'r cynllun wedi newid. Darllenwch e a dywedwch eto.
plan-state-reopened-disagreed = Mae'r cynllun wedi newid ers i chi ddweud eich bod chi eisiau newid rhywbeth. Darllenwch beth sydd wedi newid a dywedwch eto. Eich geiriau oedd:
plan-change-added = (newydd)
plan-change-status = sydd nawr { $status ->
    [achieved] wedi'i wneud
    [dropped] wedi stopio
   *[active] ar waith eto
}
plan-conflict-title = Newidiodd rhywun arall hwn tra oeddech chi'n ysgrifennu
plan-conflict-yours = Eich geiriau chi
plan-conflict-theirs = Y geiriau sydd yno nawr
plan-keep-mine = Cadw fy ngeiriau i
plan-take-theirs = Cadw eu geiriau nhw
plan-merge = Eu hysgrifennu nhw gyda'i gilydd
plan-refused = Doedd dim modd cadw'r newid yma.
plan-discard = Ei dynnu
plan-add-target-label = Targed newydd, yn eich geiriau eich hun
plan-add-target = Ychwanegu targed
plan-look = Symbol, a beth mae eich rhiant neu ofalwr yn ei weld
plan-icon-label = Symbol ar gyfer y targed yma
plan-icon-none = Dim symbol
plan-sharing-label = Mae eich rhiant neu ofalwr yn gweld
plan-sharing-whole = Y targed yma i gyd
plan-sharing-part = Dim ond y targed a'u rhan nhw
plan-sharing-hidden = Dim byd: ei gadw'n breifat

## Session self-scaling: the young person's page
home-scaling-link = Sgoriau sesiwn
home-scaling-hint = Ymunwch â'ch sesiwn gyda'r cod mae eich gweithiwr yn ei roi i chi
    .easier = Defnyddiwch y cod gan eich gweithiwr.
scaling-title = Sgoriau sesiwn
scaling-join-intro = Bydd eich gweithiwr yn dangos cod, neu god QR i'w sganio. Teipiwch y cod yma i ymuno â'r sesiwn.
    .easier = Teipiwch y cod mae eich gweithiwr yn ei ddangos.
scaling-code-label = Cod y sesiwn
scaling-code-hint = Chwe llythyren a rhif, fel ACD 479
scaling-join = Ymuno â'r sesiwn
scaling-start = Ar y dechrau: faint ydych chi'n ei wybod am hyn nawr? 0 yw dim byd, 10 yw popeth.
    .easier = Faint ydych chi'n ei wybod am hyn nawr? Mae 0 yn ddim byd. Mae 10 yn bopeth.
scaling-end = Ar y diwedd: faint ydych chi'n ei wybod am hyn nawr? 0 yw dim byd, 10 yw popeth.
    .easier = Faint ydych chi'n ei wybod am hyn nawr, ar y diwedd? Mae 0 yn ddim byd. Mae 10 yn bopeth.
scaling-end-hint = Gallwch chi roi'r sgôr yma heb signal; bydd yn cael ei anfon nes ymlaen.
scaling-wait-for-end = Diolch. Mae eich sgôr dechrau wedi'i chadw. Ar ddiwedd y sesiwn bydd eich gweithiwr yn gofyn am eich sgôr diwedd, a bydd yn ymddangos yma.
    .easier = Diolch. Mae eich sgôr cyntaf wedi'i gadw. Arhoswch tan ddiwedd y sesiwn.
scaling-no-signal-end = Does dim signal gan y ffôn yma, felly dydy e ddim yn gallu clywed pan fydd eich gweithiwr yn gofyn.
scaling-worker-asked = Mae fy ngweithiwr wedi gofyn am y sgôr diwedd
scaling-finished-before-end = Mae'r sesiwn yma wedi gorffen. Diolch am eich sgôr dechrau.
scaling-low = 0 = gwybod dim byd
scaling-high = 10 = gwybod popeth
scaling-review-low = 0 = dim o gwbl
scaling-review-high = 10 = yn llwyr
scaling-show-start = Dangos fy sgôr dechrau
scaling-your-start = Ar y dechrau dywedoch chi { $score }.
scaling-easier-words = Geiriau haws
scaling-offline-question = Faint ydych chi'n ei wybod am bwnc heddiw? 0 yw dim byd, 10 yw popeth.
scaling-joined-offline = Ymunoch chi heb signal. Mae eich sgoriau'n cael eu cadw ar y ffôn yma a'u hanfon pan fydd signal.
scaling-send = Anfon fy sgôr
scaling-all-done = Diolch. Mae eich sgoriau wedi'u cadw. Mae eich gweithiwr yn eu gweld er mwyn cynllunio'r sesiynau nesaf.
    .easier = Diolch. Mae eich sgoriau wedi'u cadw.
scaling-leave = Gorffen
scaling-review-title = Diwedd y rhaglen
scaling-review-learning = Faint ydych chi wedi'i ddysgu ar y rhaglen yma?
scaling-review-future-risk = Pa mor dda allwch chi gadw eich hun i ffwrdd o sefyllfaoedd peryglus?
scaling-review-consequences = Pa mor dda ydych chi'n deall beth sy'n digwydd os yw rhywun yn troseddu?
scaling-review-before = Pan ddechreuodd y rhaglen (0 yw dim o gwbl, 10 yw yn llwyr)
scaling-review-now = Nawr, ar y diwedd (0 yw dim o gwbl, 10 yw yn llwyr)
scaling-topic = Pwnc y sesiwn

## Appointments
home-appointments-link = Apwyntiadau
home-appointments-hint = Pryd a ble rydych chi'n cwrdd. Dywedwch a allwch chi ddod, a chael nodiadau atgoffa.
    .easier = Pryd a ble rydyn ni'n cwrdd. Dywedwch os gallwch chi ddod.
home-appointments-hint-carer = Pryd a ble mae'r cyfarfodydd. Dywedwch a allwch chi ddod, a chael nodiadau atgoffa.
    .easier = Pryd a ble rydyn ni'n cwrdd. Dywedwch os gallwch chi ddod.
appointments-title = Apwyntiadau
appointments-offline-copy = Rydych chi all-lein. Dyma eich apwyntiadau o'r tro diwethaf roeddech chi ar-lein.
    .easier = Dim signal. Dyma eich apwyntiadau o'r tro diwethaf.
appointments-coming-up = I ddod
appointments-none = Dim apwyntiadau i ddod.
appointments-past = Apwyntiadau sydd wedi bod
appointments-time = { $start } tan { $end }
appointments-for = Ar gyfer { $name }
appointments-where = Ble
appointments-what = Beth yw ei bwrpas
appointments-who = Pwy fydd yno
appointments-get-ready = Paratowch at y cyfarfod hwn
appointments-got-ready = Rydych chi wedi paratoi at y cyfarfod hwn. Diolch.
appointments-open-map = Agor y map
appointments-coming = Bydda i yno
appointments-change = Mae angen i mi newid hwn
appointments-change-label = Beth sydd angen ei newid? Er enghraifft, diwrnod neu amser gwell.
    .easier = Beth sydd angen newid?
appointments-change-label-optional = Unrhyw beth i'w ychwanegu? Dywedwch beth fyddai'n gyfleus i chi os nad yw'r un o'r amseroedd yma'n gweithio.
appointments-free-times = Amseroedd pan fydd eich gweithiwr yn rhydd
appointments-free-time = { $day }, { $start } tan { $end }
appointments-free-other = Diwrnod neu amser arall (dywedwch pa un isod)
appointments-change-send = Anfon at fy ngweithiwr
appointments-change-cancel = Canslo
appointments-reply-waiting = Mae eich ateb wedi'i gadw ar y ffôn yma a bydd yn cael ei anfon pan fyddwch chi ar-lein.
    .easier = Wedi'i gadw. Bydd yn mynd pan fydd signal.
appointments-you-are-coming = Dywedoch chi y byddwch chi yno.
appointments-you-asked-change = Gofynnoch chi am newid hwn: { $reason }
appointments-you-asked-time = Gofynnoch chi am ei symud i { $time }.
appointments-add-to-calendar = Ychwanegu at fy nghalendr
appointments-default-title = Apwyntiad
appointments-calendar = Calendr
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] un apwyntiad
   *[other] { $count } apwyntiad
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = I ddod
appointment-state-attended = Daethoch chi
appointment-state-missed = Wedi'i golli
appointment-state-cancelled = Wedi'i ganslo
remind-title = Nodiadau atgoffa
remind-discreet = Dim ond rhywbeth fel "Rhywbeth yfory am 4pm" mae nodiadau atgoffa ar eich sgrin glo yn ei ddweud, fel nad oes neb arall yn gallu gweld beth yw e.
    .easier = Dydy nodiadau atgoffa ddim yn dweud beth yw'r cyfarfod. All pobl eraill ddim gwybod.
remind-button = Fy atgoffa cyn apwyntiadau
remind-again = Troi nodiadau atgoffa ymlaen ar y ffôn yma hefyd
remind-on = Mae nodiadau atgoffa ymlaen.
remind-detailed = Dweud beth a ble yn y nodiadau atgoffa (gallai unrhyw un sy'n gweld eich sgrin ei ddarllen)
remind-unsupported = Dydy'r ffôn neu'r porwr yma ddim yn gallu dangos nodiadau atgoffa. Ychwanegwch apwyntiadau at eich calendr yn lle hynny.
remind-denied = Mae nodiadau atgoffa wedi'u rhwystro ar gyfer yr ap yma. Gallwch chi ganiatáu hysbysiadau yng ngosodiadau eich ffôn.
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
weekday-short-1 = Llun
weekday-short-2 = Maw
weekday-short-3 = Mer
weekday-short-4 = Iau
weekday-short-5 = Gwe
weekday-short-6 = Sad
weekday-short-7 = Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
date-in-words = { $weekday } { $day } { $month } { $year }
time-in-words = { $date }, { $time }

## Surveys on a phone
home-surveys-link = Arolygon
home-surveys-hint = Dywedwch wrthon ni beth rydych chi'n ei feddwl. Mae'n ein helpu ni i wneud pethau'n well.
    .easier = Atebwch rai cwestiynau. Mae'n ein helpu ni.
home-voice-link = Dweud eich dweud
home-voice-hint = Pleidleisiwch ar beth sy'n bwysig, a gweld beth newidiodd oherwydd beth ddywedodd pobl ifanc.
    .easier = Pleidleisiwch. Gwelwch beth newidiodd.
surveys-title = Arolygon i chi
surveys-offline-copy = Rydych chi all-lein. Dyma'r arolygon welodd y ffôn yma ddiwethaf.
    .easier = Dim signal. Dyma'r arolygon o'r tro diwethaf.
surveys-none = Does dim arolygon i chi ar hyn o bryd. Diolch am edrych!
    .easier = Dim arolygon i chi nawr.
surveys-closes = Ar agor tan { $date }
surveys-waiting = Mae eich atebion wedi'u cadw ar y ffôn yma. Byddan nhw'n cael eu hanfon pan fyddwch chi ar-lein.
    .easier = Wedi'u cadw. Bydd eich atebion yn mynd pan fydd signal.
surveys-gone = Dydy'r arolwg yma ddim ar y ffôn yma bellach. Efallai ei fod wedi cau, neu efallai eich bod chi wedi'i ateb yn barod.
surveys-back-to-list = Yn ôl i'r arolygon
surveys-audience = Pwy fydd yn darllen eich atebion: { $audience }.
surveys-anonymous = Dydy eich enw ddim yn cael ei gadw gyda'ch atebion. Does neb yn gallu dweud pa atebion yw eich rhai chi.
    .easier = Dydyn ni ddim yn cadw eich enw. Does neb yn gwybod pa atebion yw'ch rhai chi.
surveys-named = Mae eich enw'n cael ei gadw gyda'ch atebion, fel bod eich gweithiwr yn gallu gweld beth ddywedoch chi.
    .easier = Rydyn ni'n cadw eich enw. Mae eich gweithiwr yn gallu gweld eich atebion.
surveys-how-many = { $count ->
    [one] Mae 1 cwestiwn.
   *[other] Mae { $count } cwestiwn.
}
surveys-how-many-between = Mae { $least } i { $most } cwestiwn: mae rhai'n cael eu gofyn dim ond ar ôl atebion penodol.
surveys-easy-words = Defnyddio geiriau haws
surveys-start = Dechrau
surveys-carry-on = Parhau o ble stopiais i
surveys-progress = Cwestiwn { $number } o { $count }
surveys-back = Yn ôl
surveys-next = Nesaf
surveys-send = Anfon fy atebion
surveys-pick-any = Dewiswch gymaint ag y mynnwch chi.
surveys-yes = Ydw
surveys-no = Nac ydw
surveys-face-1 = Anhapus iawn
surveys-face-2 = Anhapus
surveys-face-3 = Iawn
surveys-face-4 = Hapus
surveys-face-5 = Hapus iawn
surveys-thanks-title = Diolch!
surveys-thanks-audience = Bydd eich atebion yn cael eu darllen gan: { $audience }.
home-forms-link = Ffurflenni i'w llenwi
home-forms-hint = Pethau y gofynnodd eich gweithiwr i chi eu llenwi, fel eich hunanasesiad.
home-forms-hint-carer = Ffurflenni y gofynnodd gweithiwr eich teulu i chi eu llenwi.
forms-title = Ffurflenni i'w llenwi
forms-offline-copy = Rydych chi all-lein. Dyma'r ffurflenni a welodd y ffôn hwn ddiwethaf.
forms-none = Does dim ffurflenni i chi eu llenwi ar hyn o bryd.
forms-gone = Nid yw'r ffurflen hon ar y ffôn hwn mwyach. Efallai eich bod wedi'i hanfon yn barod.
forms-back-to-list = Yn ôl i'r ffurflenni
forms-for-assessment = Mae hi ar gyfer yr asesiad.
forms-for-review-meeting = Mae hi i baratoi at y cyfarfod adolygu.
forms-for-closure = Mae hi ar gyfer diwedd y gwaith gyda'r gwasanaeth.
forms-for-induction = Mae hi ar gyfer dechrau gyda'r gwasanaeth.
forms-reader = Bydd { $name } yn darllen hon.
forms-reader-only = Dim ond { $name } fydd yn darllen hon.
forms-due = Gorffennwch hi erbyn { $date }, os gwelwch yn dda.
forms-rather-not-say = Byddai'n well gen i beidio â dweud
forms-rather-not-say-kept = Rydych chi wedi dewis peidio â dweud. Mae hynny'n iawn.
forms-rather-not-say-any = Gallwch ddweud "Byddai'n well gen i beidio â dweud" i unrhyw gwestiwn.
forms-kept-on-phone = Gallwch stopio a dod yn ôl wedyn. Mae'r hyn rydych chi'n ei ysgrifennu yn aros ar y ffôn hwn nes i chi ei anfon.

## Complaints and compliments on a phone
say-link = Cwyn neu ganmoliaeth
say-title = Dywedwch wrthon ni beth rydych chi'n ei feddwl
say-intro = Gallwch chi ddweud wrthon ni am rywbeth aeth o'i le, neu rywbeth aeth yn dda. Defnyddiwch eich geiriau eich hun.
    .easier = Dywedwch wrthon ni beth aeth o'i le, neu beth aeth yn dda.
say-kind-legend = Beth ydych chi eisiau ei ddweud wrthon ni?
say-kind-complaint = Aeth rhywbeth o'i le (cwyn)
say-kind-compliment = Aeth rhywbeth yn dda (canmoliaeth)
say-text-unchosen = Dywedwch wrthon ni yn eich geiriau eich hun
say-text-complaint = Beth aeth o'i le?
say-text-compliment = Beth aeth yn dda?
say-anonymous = Peidiwch ag anfon fy enw
say-anonymous-hint = Fyddwn ni ddim yn gwybod mai chi oedd e. Gallwch chi weld beth sy'n digwydd ar y ffôn yma o hyd.
    .easier = Fyddwn ni ddim yn gwybod mai chi oedd e.
say-named-hint = Byddwn ni'n gwybod mai chi oedd e, er mwyn i ni siarad â chi amdano.
    .easier = Byddwn ni'n gwybod mai chi oedd e. Gallwn ni siarad â chi amdano.
say-send = Anfon
say-thanks = Diolch am ddweud wrthon ni. Mae wedi'i gadw ar y ffôn yma a bydd yn cael ei anfon pan fyddwch chi ar-lein.
    .easier = Diolch. Mae wedi'i gadw. Bydd yn mynd pan fydd signal.
say-thanks-received = Diolch am ddweud wrthon ni. Rydyn ni wedi'i gael, a gallwch chi ei ddilyn isod.
say-yours = Beth ddywedoch chi wrthon ni
say-waiting = Wedi'i gadw ar y ffôn yma. Bydd yn cael ei anfon pan fyddwch chi ar-lein.
say-status-received = Rydyn ni wedi'i gael
say-status-acknowledged = Rydyn ni wedi'i ddarllen
say-status-investigating = Rydyn ni'n edrych i mewn iddo
say-status-resolved = Wedi'i ddatrys
say-respond-by = Byddwn ni'n ateb erbyn { $date }.
say-owner = Mae { $name } yn gofalu am hyn.
say-outcome = Beth wnaethon ni:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = Dweud eich dweud
voice-intro = Gall eich barn newid sut mae pethau'n cael eu rhedeg. Pleidleisiwch, cytunwch neu anghytunwch, a dywedwch wrthon ni yn eich geiriau eich hun.
    .easier = Gall eich syniadau newid pethau. Pleidleisiwch a dywedwch wrthon ni.
voice-offline-copy = Rydych chi all-lein. Dyma'r copi olaf a gafodd ei gadw ar y ffôn yma; mae beth rydych chi'n ei roi yn cael ei anfon pan fyddwch chi ar-lein eto.
    .easier = Dim signal. Mae hwn o'r tro diwethaf. Mae'r hyn rydych chi'n ei roi yn mynd wedyn.
voice-none-open = Does dim byd ar agor i chi ar hyn o bryd.
voice-for-cabinet = Cabinet ieuenctid
voice-closes = Ar agor tan { $date }
voice-feed-title = Dywedoch chi, gwnaethon ni
voice-feed-none = Dim byd eto. Pan fydd y tîm yn ateb beth ddywedodd pobl ifanc, mae'n ymddangos yma.
voice-heard-by = Pwy fydd yn clywed hyn: { $audience }
voice-you-took-part = Cymeroch chi ran
voice-ballots-cast = { $count ->
    [one] Un bleidlais
   *[other] { $count } pleidlais
}
voice-agree-percent = { $percent }% yn cytuno
voice-you-said = Dywedoch chi:
voice-we-did = Gwnaethon ni:
voice-by-when = Erbyn { $date }
voice-decided-by = Wedi'i benderfynu gan { $who }
voice-status-planned = Wedi'i gynllunio
voice-status-in_progress = Yn cael ei wneud nawr
voice-status-done = Wedi'i wneud
voice-status-not_possible = Does dim modd i ni newid hyn
voice-gone = Dydy hwn ddim ar agor bellach.
voice-back = Yn ôl i Dweud eich dweud
voice-audience-heading = Pwy fydd yn clywed beth rydych chi'n ei ddweud
voice-anonymous = Dydy eich enw ddim yn cael ei gadw gydag unrhyw beth rydych chi'n ei roi yma.
    .easier = Dydyn ni ddim yn cadw eich enw.
voice-named = Mae beth rydych chi'n ei ysgrifennu yn cael ei gadw gyda'ch enw ac yn mynd ar eich cofnod. Dydy'r ffordd rydych chi'n pleidleisio byth yn cael ei chadw gyda'ch enw.
    .easier = Mae eich enw ar eich geiriau. Dydy e byth ar eich pleidlais.
voice-thanks = Diolch, rydyn ni wedi'i gael. Bydd { $audience } yn clywed beth ddywedodd pobl ifanc.
voice-thanks-waiting = Diolch. Mae wedi'i gadw ar y ffôn yma a bydd yn cael ei anfon pan fyddwch chi ar-lein. Wedyn bydd { $audience } yn clywed beth ddywedodd pobl ifanc.
voice-waiting = Wedi'i gadw ar y ffôn yma. Bydd yn cael ei anfon pan fyddwch chi ar-lein.
voice-done = Wedi'i wneud, diolch
voice-agree = Cytuno
voice-disagree = Anghytuno
voice-pass = Ddim yn siŵr
voice-propose-label = Ychwanegu eich datganiad eich hun
voice-propose-hint = Bydd eraill yn ei weld pan fydd y tîm wedi'i wirio.
voice-propose-send = Anfon fy natganiad
voice-answer-send = Anfon fy ateb
voice-rank-hint = Dewiswch hyd at dri, y pwysicaf yn gyntaf.
voice-first-choice = Dewis cyntaf
voice-second-choice = Ail ddewis
voice-third-choice = Trydydd dewis
voice-no-choice = (dim)
voice-ballot-send = Anfon fy mhleidlais
voice-record = Recordio nodyn llais yn lle hynny
voice-recording = Wrthi'n recordio. Dywedwch beth rydych chi eisiau ei ddweud, wedyn pwyswch Stopio. Mae'n stopio ar ei ben ei hun ar ôl dau funud.
voice-record-stop = Stopio recordio
voice-recorded = Mae eich nodyn llais yn barod ({ $seconds } eiliad). Gallwch chi ychwanegu geiriau hefyd, wedyn anfon.
voice-record-delete = Dileu'r nodyn llais
voice-record-failed = Wnaeth recordio ddim gweithio ar y ffôn yma. Ysgrifennwch eich ateb yn lle hynny.

## Get help now ("I don't feel safe")
help-link = Cael help nawr
lock-help = Mewn perygl nawr?
help-title = Cael help nawr
help-intro = Os ydych chi mewn perygl ar hyn o bryd, ffoniwch 999. Gallwch chi hefyd siarad â rhywun am ddim ac yn breifat, neu ddweud wrth eich gweithiwr.
    .easier = Mewn perygl nawr? Ffoniwch 999. Gallwch chi hefyd siarad â rhywun, neu ddweud wrth eich gweithiwr.
help-call-999 = Ffonio 999 (argyfwng)
help-childline = Childline, am ddim ac yn breifat: { $number }
help-duty = Gweithiwr ar ddyletswydd eich gwasanaeth: { $number }
help-tell-title = Dweud wrth eich gweithiwr
help-words-label = Beth sy'n digwydd? (does dim rhaid i chi ysgrifennu dim byd)
help-send = Dweud wrth fy ngweithiwr nawr
help-sent = Mae eich gweithiwr wedi cael gwybod. Bydd rhywun yn cysylltu â chi cyn gynted ag y gallan nhw.
    .easier = Mae eich gweithiwr yn gwybod nawr. Bydd rhywun yn cysylltu â chi cyn bo hir.
help-waiting = Mae hwn wedi'i gadw ar y ffôn yma. Mae'n mynd at eich gweithiwr yr eiliad y bydd signal. Os ydych chi mewn perygl, ffoniwch 999.
    .easier = Wedi'i gadw. Bydd yn mynd at eich gweithiwr pan fydd signal. Mewn perygl? Ffoniwch 999.
help-history-title = Beth ofynnoch chi amdano
help-asked-at = Gofynnoch chi am help ar { $time }
help-seen-by = Mae { $name } wedi gweld hwn.
help-not-seen-yet = Yn aros i rywun weld hwn.

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – Tandem
title-join = Ymuno
title-pin = Dewis PIN
title-help = Help
title-plan = Cynllun
title-session = Sesiwn
title-appointments = Apwyntiadau
title-surveys = Arolygon
title-forms = Ffurflenni
title-voice = Dweud eich dweud
title-say = Cwyn neu ganmoliaeth
title-devices = Fy ffonau
title-my-data = Beth mae Tandem yn ei gadw
title-feedback = Am yr ap yma
title-not-found = Heb ddod o hyd i'r dudalen
