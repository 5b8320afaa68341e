# Tandem: the service's survey templates in Cymraeg (Welsh), question by question, in plain
# words (the templates in tandem_domain::surveys::named_templates). A survey staff have put in
# other words is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## Before the programme
before_programme-title = Cyn y rhaglen
before_programme-purpose = Fel ein bod ni'n gwybod ble rydych chi'n dechrau, ac yn gallu gweld wedyn beth newidiodd.
before_programme-audience = Eich gweithiwr a thîm y rhaglen
before_programme-confidence = Pa mor hyderus ydych chi'n teimlo am y dyfodol?
    .easier = Pa mor siŵr ydych chi am beth sy'n dod nesaf i chi?
before_programme-safe = Pa mor ddiogel ydych chi'n teimlo lle rydych chi'n byw?
    .easier = Pa mor ddiogel ydych chi'n teimlo yn agos at eich cartref?
before_programme-choices = Pa mor dda ydych chi'n meddwl rydych chi'n gwneud dewisiadau pan mae pethau'n mynd yn anodd?
    .easier = Pan mae pethau'n anodd, pa mor dda yw eich dewisiadau?
before_programme-hope = Beth ydych chi'n gobeithio ei gael o'r rhaglen?
    .easier = Beth ydych chi eisiau o'r rhaglen?

## After the programme
after_programme-title = Ar ôl y rhaglen
after_programme-purpose = Fel ein bod ni'n gallu gweld beth newidiodd i chi a beth helpodd.
after_programme-audience = Eich gweithiwr, tîm y rhaglen a rheolwyr y gwasanaeth
after_programme-confidence = Pa mor hyderus ydych chi'n teimlo am y dyfodol nawr?
    .easier = Pa mor siŵr ydych chi am beth sy'n dod nesaf i chi nawr?
after_programme-safe = Pa mor ddiogel ydych chi'n teimlo lle rydych chi'n byw nawr?
    .easier = Pa mor ddiogel ydych chi'n teimlo yn agos at eich cartref nawr?
after_programme-choices = Pa mor dda ydych chi'n gwneud dewisiadau pan mae pethau'n mynd yn anodd nawr?
    .easier = Pan mae pethau'n anodd, pa mor dda yw eich dewisiadau nawr?
after_programme-helped = Beth helpodd chi fwyaf?
    .easier = Beth oedd orau?
after_programme-change = Beth fyddech chi'n ei newid am y rhaglen?
    .easier = Beth ddylen ni ei wneud yn well?

## Parents' and carers' views at closure
carers_closure-title = Barn rhieni a gofalwyr ar y diwedd
carers_closure-purpose = Mae eich barn yn ein helpu i wella sut rydyn ni'n gweithio gyda theuluoedd.
carers_closure-audience = Rheolwyr y gwasanaeth, a'r tîm a weithiodd gyda'ch teulu
carers_closure-listened = Pa mor dda wnaethon ni wrando arnoch chi?
    .easier = Wnaethon ni wrando arnoch chi?
carers_closure-informed = Pa mor dda wnaethon ni roi gwybod i chi beth oedd yn digwydd?
    .easier = Wnaethon ni ddweud wrthoch chi beth oedd yn digwydd?
carers_closure-difference = Ydy gweithio gyda ni wedi gwneud gwahaniaeth i'ch plentyn?
    .easier = Wnaeth pethau wella i'ch plentyn?
carers_closure-difference_how = Pa wahaniaeth mae wedi'i wneud?
    .easier = Beth wnaeth wella?
carers_closure-better = Beth allen ni fod wedi'i wneud yn well?
    .easier = Beth ddylen ni ei wneud yn well?

## After custody
after_custody-title = Ar ôl y ddalfa
after_custody-purpose = Mae gadael y ddalfa yn newid mawr. Dywedwch wrthon ni sut mae'n mynd, fel ein bod ni'n gallu helpu.
after_custody-audience = Eich gweithiwr
after_custody-feeling = Sut ydych chi'n teimlo ers i chi ddod allan?
    .easier = Sut ydych chi'n teimlo?
after_custody-support = Pa rai o'r rhain fyddai'n eich helpu chi fwyaf ar hyn o bryd?
    .easier = Beth fyddai'n helpu nawr?
after_custody-support-housing = Rhywle i fyw
after_custody-support-education = Ysgol, coleg neu hyfforddiant
after_custody-support-work = Swydd
after_custody-support-health = Iechyd neu deimladau
after_custody-support-money = Arian
after_custody-support-family = Teulu
after_custody-worried = Oes unrhyw beth yn eich poeni chi?
    .easier = Ydych chi'n poeni am rywbeth?
after_custody-worried_about = Beth sy'n eich poeni chi?
    .easier = Beth sy'n eich poeni?

## How are we doing?
how_are_we_doing-title = Sut rydyn ni'n gwneud?
how_are_we_doing-purpose = Rydyn ni eisiau gwybod sut beth yw gweithio gyda ni.
how_are_we_doing-audience = Rheolwyr y gwasanaeth a'r cabinet ieuenctid
how_are_we_doing-overall = At ei gilydd, pa mor hapus ydych chi gyda'r gwasanaeth?
    .easier = Ydych chi'n hapus gyda ni?
how_are_we_doing-respect = Faint wnaeth y staff eich trin chi gyda pharch?
    .easier = Oedden ni'n garedig ac yn deg gyda chi?
how_are_we_doing-best = Beth oedd y rhan orau?
    .easier = Beth oedd orau?
how_are_we_doing-best-talking = Cael rhywun i siarad â nhw
how_are_we_doing-best-activities = Gweithgareddau a grwpiau
how_are_we_doing-best-help = Help ymarferol
how_are_we_doing-best-other = Rhywbeth arall
how_are_we_doing-best_other = Beth arall oedd yn dda?
    .easier = Beth arall?
how_are_we_doing-quote = Oes unrhyw beth yr hoffech chi ei ddweud amdanon ni?
    .easier = Unrhyw beth arall i'w ddweud wrthon ni?

## Starting with us: how are things?
starting_with_us-title = Dechrau gyda ni: sut mae pethau?
starting_with_us-purpose = Mae pawb sy'n dechrau gyda ni yn ateb y rhain, fel ein bod ni'n gallu gweld pa help sy'n addas.
starting_with_us-audience = Eich gweithiwr
starting_with_us-bounce = Pan mae rhywbeth yn mynd o'i le, pa mor gyflym ydych chi'n teimlo'n iawn eto?
    .easier = Pan mae pethau'n mynd o'i le, pa mor gyflym ydych chi'n teimlo'n iawn eto?
starting_with_us-someone = I ba raddau mae gennych chi rywun i siarad â nhw?
    .easier = Oes gennych chi rywun i siarad â nhw?
starting_with_us-school = Pa mor dda mae'r ysgol, y coleg neu'r gwaith yn mynd?
    .easier = Sut mae'r ysgol, y coleg neu'r gwaith?
starting_with_us-calm = Pa mor dda allwch chi dawelu eich hun pan ydych chi'n flin?
    .easier = Allwch chi dawelu pan ydych chi'n flin?
starting_with_us-good_at = Beth ydych chi'n dda am ei wneud?
    .easier = Beth ydych chi'n dda am ei wneud?
