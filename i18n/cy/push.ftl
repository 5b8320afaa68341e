# Notification text in Welsh (Cymraeg), for i18n/en/push.ftl. Discreet by default: never the
# service, the court, offending or the purpose. Awaits review by a native speaker.

push-title = Nodyn atgoffa
push-appointment-today = Rhywbeth heddiw am { $time }
push-appointment-tomorrow = Rhywbeth yfory am { $time }
push-appointment-later = Rhywbeth i ddod am { $time }
push-appointment-today-detailed = { $title } heddiw am { $time }, { $place }
push-appointment-tomorrow-detailed = { $title } yfory am { $time }, { $place }
push-appointment-later-detailed = { $title } am { $time }, { $place }
push-appointment-default-title = Apwyntiad
push-plan-waiting = Mae rhywbeth yn aros i chi edrych arno.
push-plan-waiting-detailed = Mae eich cynllun wedi newid. Edrychwch arno a dywedwch a ydych chi'n cytuno.
push-score-missing = Mae un cwestiwn cyflym yn aros amdanoch chi.
push-score-missing-detailed = Mae eich sesiwn yn dod i ben. Sut aeth hi? Rhowch eich sgôr.
push-form-due = Mae rhywbeth yn aros i chi ei lenwi.
push-form-due-detailed = Gofynnodd eich gweithiwr i chi lenwi ffurflen erbyn yfory. Gallwch ei wneud ar Tandem.
push-form-overdue = Nid yw rhywbeth y gofynnoch amdano wedi dod yn ôl eto.
push-form-overdue-detailed = Mae ffurflen y gofynnoch i berson ifanc neu ofalwr ei llenwi yn hwyr.
push-safety-title = Tandem
push-safety-alert = Mae rhywun eich angen chi nawr. Agorwch Tandem.
push-safety-escalated = Does neb wedi ateb rhywun sydd angen help. Agorwch Tandem nawr.
push-voice-news = Mae newyddion am rywbeth y dywedoch chi eich dweud amdano.
push-voice-news-detailed = Dywedoch chi, gwnaethon ni: newyddion am "{ $title }".
push-voice-reply = { $count ->
    [one] Mae ateb i rywbeth a ddywedoch chi.
   *[other] Mae atebion i bethau a ddywedoch chi.
}
push-voice-reply-detailed = Dywedoch chi, gwnaethon ni: ateb am "{ $about }" yn "{ $title }".
push-voice-replies-detailed = Dywedoch chi, gwnaethon ni: { $count } ateb i beth ddywedoch chi yn "{ $title }".
push-complaint-news = Mae newyddion am rywbeth a anfonoch chi aton ni.
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] Diolch: mae eich canmoliaeth wedi cael ei darllen.
       *[complaint] Mae eich cwyn wedi cael ei darllen.
    }
    [investigating] Mae rhywun yn edrych i mewn i'ch cwyn.
    [resolved] { $kind ->
        [compliment] Diolch: mae eich canmoliaeth wedi cael ei throsglwyddo.
       *[complaint] Mae ateb i'ch cwyn. Agorwch Tandem i'w ddarllen.
    }
   *[received] Mae beth anfonoch chi aton ni wedi cyrraedd.
}
