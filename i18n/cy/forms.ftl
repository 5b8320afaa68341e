# Tandem: the service's forms in Cymraeg (Welsh): version 1 of each form (the template in
# tandem_domain::assessments::FormKind::template), question by question, in plain words.
# A form a manager has changed since is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## My self-assessment
self_assessment-title = Fy hunanasesiad
self_assessment-purpose = Fel bod eich gweithiwr yn gwybod sut mae pethau i chi, yn eich geiriau eich hun, cyn eich asesiad. Gallwch chi stopio a dod yn ôl ato.
self_assessment-audience = Eich gweithiwr, i gynllunio gyda chi
self_assessment-family = Sut mae pethau gyda'ch teulu ar hyn o bryd? Mae 0 yn ddrwg iawn, mae 10 yn dda iawn.
    .easier = Sut mae hi gyda'ch teulu? Mae 0 yn ddrwg. Mae 10 yn dda.
    .section = Fi a fy nheulu
self_assessment-family_words = Dywedwch wrthon ni amdanoch chi a'ch teulu.
    .easier = Dywedwch wrthon ni am eich teulu.
self_assessment-home = Pa mor hapus ydych chi gyda'r lle rydych chi'n byw?
    .easier = Ydych chi'n hoffi'r lle rydych chi'n byw?
    .section = Ble rydw i'n byw
self_assessment-home_words = Sut le yw'r lle rydych chi'n byw?
    .easier = Sut le yw eich cartref?
self_assessment-school = Sut mae pethau'n mynd yn yr ysgol, mewn hyfforddiant neu yn y gwaith?
    .easier = Sut mae'r ysgol neu'r gwaith?
    .section = Ysgol, hyfforddiant neu waith
self_assessment-school_words = Beth sy'n mynd yn dda neu'n wael yn yr ysgol, mewn hyfforddiant neu yn y gwaith?
    .easier = Beth sy'n dda neu'n ddrwg yn yr ysgol neu'r gwaith?
self_assessment-friends = Sut mae pethau gyda'ch ffrindiau?
    .easier = Sut mae hi gyda'ch ffrindiau?
    .section = Ffrindiau
self_assessment-friends_words = Dywedwch wrthon ni am eich ffrindiau a gyda phwy rydych chi'n treulio amser.
    .easier = Gyda phwy rydych chi'n treulio amser?
self_assessment-feelings = Sut ydych chi wedi bod yn teimlo yn ddiweddar?
    .easier = Sut ydych chi'n teimlo y dyddiau yma?
    .section = Sut rydw i'n teimlo
self_assessment-feelings_words = Oes unrhyw beth yn eich poeni chi?
    .easier = Oes rhywbeth yn eich poeni chi?
self_assessment-happened = Beth ddigwyddodd, yn eich geiriau eich hun?
    .easier = Beth ddigwyddodd? Dywedwch e yn eich ffordd chi.
    .section = Beth ddigwyddodd
self_assessment-happened_think = Beth ydych chi'n ei feddwl amdano nawr?
    .easier = Beth ydych chi'n ei feddwl amdano nawr?
self_assessment-good_at = Beth ydych chi'n dda am ei wneud?
    .easier = Beth ydych chi'n dda am ei wneud?
    .section = Beth rydw i'n dda am ei wneud, a beth fyddai'n helpu
self_assessment-would_help = Beth fyddai'n eich helpu chi?
    .easier = Beth fyddai'n eich helpu chi?

## How things are at home
carer_view-title = Sut mae pethau gartref
carer_view-purpose = Fel bod gweithiwr eich teulu yn clywed gennych chi sut mae pethau, ar gyfer yr un asesiad.
carer_view-audience = Gweithiwr eich teulu
carer_view-home = Sut mae pethau gartref ar hyn o bryd? Mae 0 yn ddrwg iawn, mae 10 yn dda iawn.
    .easier = Sut mae hi gartref? Mae 0 yn ddrwg. Mae 10 yn dda.
carer_view-home_words = Beth sy'n mynd yn dda gartref, a beth sy'n anodd?
    .easier = Beth sy'n dda gartref? Beth sy'n anodd?
carer_view-relationship = Sut mae pethau rhyngoch chi a'r person ifanc?
    .easier = Sut ydych chi a'ch plentyn yn dod ymlaen?
carer_view-school = Sut ydych chi'n meddwl mae'r ysgol, hyfforddiant neu waith yn mynd iddyn nhw?
    .easier = Sut mae'r ysgol neu'r gwaith iddyn nhw?
carer_view-worries = Beth sy'n eich poeni chi fwyaf?
    .easier = Beth sy'n eich poeni chi?
carer_view-strengths = Beth maen nhw'n dda am ei wneud?
    .easier = Beth maen nhw'n dda am ei wneud?
carer_view-would_help = Beth fyddai'n helpu eich teulu?
    .easier = Beth fyddai'n helpu eich teulu?

## About me
about_me-title = Amdana i
about_me-purpose = Fel bod eich gweithiwr yn gallu gwneud pethau'n iawn i chi o'r dechrau. Dim ond eich gweithiwr sy'n darllen hwn.
about_me-audience = Dim ond eich gweithiwr
about_me-communicate = Sut ydych chi'n hoffi i bobl siarad gyda chi, a beth sy'n eich helpu chi i ddeall?
    .easier = Sut dylen ni siarad gyda chi? Beth sy'n eich helpu chi i ddeall?
about_me-languages = Pa ieithoedd ydych chi'n eu siarad gartref?
    .easier = Pa ieithoedd ydych chi'n eu siarad gartref?
about_me-faith = Oes gennych chi ffydd neu grefydd rydych chi eisiau i ni wybod amdani?
    .easier = Oes gennych chi ffydd?
about_me-identity = Sut ydych chi'n disgrifio eich hun?
    .easier = Sut fyddech chi'n disgrifio eich hun?
about_me-needs = Oes unrhyw anabledd neu angen iechyd rydych chi eisiau i'r gwasanaeth wybod amdano?
    .easier = Oes rhywbeth am eich iechyd y dylen ni ei wybod?
about_me-important_people = Pwy sy'n bwysig i chi?
    .easier = Pwy sy'n bwysig i chi?

## Getting ready for my review
review_prep-title = Paratoi ar gyfer fy adolygiad
review_prep-purpose = Fel bod eich cyfarfod adolygu yn siarad am beth sy'n bwysig i chi, a'ch bod chi'n cymryd rhan yn y ffordd rydych chi eisiau.
review_prep-audience = Eich gweithiwr a'r bobl yn eich cyfarfod adolygu
review_prep-going_well = Beth sy'n mynd yn dda?
    .easier = Beth sy'n dda ar hyn o bryd?
review_prep-hard = Beth sy'n anodd ar hyn o bryd?
    .easier = Beth sy'n anodd ar hyn o bryd?
review_prep-talk_about = Am beth ydych chi eisiau siarad yn y cyfarfod?
    .easier = Am beth ydych chi eisiau siarad?
review_prep-who_there = Pwy ydych chi eisiau iddyn nhw fod yn y cyfarfod?
    .easier = Pwy ydych chi eisiau yn y cyfarfod?
review_prep-take_part = Sut ydych chi eisiau cymryd rhan yn y cyfarfod?
    .easier = Sut ydych chi eisiau ymuno?
review_prep-take_part-speak = Bydda i'n siarad drosof fy hun
    .easier = Bydda i'n siarad
review_prep-take_part-read_out = Hoffwn i i rywun ddarllen fy ngeiriau
    .easier = Mae rhywun yn darllen fy ngeiriau
review_prep-take_part-write = Bydda i'n ei ysgrifennu o flaen llaw
    .easier = Bydda i'n ei ysgrifennu yn gyntaf
review_prep-overall = Sut ydych chi'n teimlo mae pethau'n mynd ar y cyfan? Mae 0 yn ddrwg iawn, mae 10 yn dda iawn.
    .easier = Sut mae hi'n mynd? Mae 0 yn ddrwg. Mae 10 yn dda.
