# Tandem: the service's survey templates in ગુજરાતી (Gujarati), question by question, in plain
# words (the templates in tandem_domain::surveys::named_templates). A survey staff have put in
# other words is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## Before the programme
before_programme-title = કાર્યક્રમ પહેલાં
before_programme-purpose = જેથી અમને ખબર પડે કે તમે ક્યાંથી શરૂ કરો છો, અને પછી જોઈ શકીએ કે શું બદલાયું.
before_programme-audience = તમારા વર્કર અને કાર્યક્રમની ટીમ
before_programme-confidence = તમે ભવિષ્ય વિશે કેટલો વિશ્વાસ અનુભવો છો?
    .easier = આગળ શું થશે તે વિશે તમને કેટલી ખાતરી છે?
before_programme-safe = તમે જ્યાં રહો છો ત્યાં તમે કેટલા સુરક્ષિત અનુભવો છો?
    .easier = તમારા ઘરની નજીક તમે કેટલા સુરક્ષિત અનુભવો છો?
before_programme-choices = તમારા મતે, જ્યારે વસ્તુઓ મુશ્કેલ બને ત્યારે તમે કેટલા સારા નિર્ણયો લો છો?
    .easier = જ્યારે મુશ્કેલ હોય, ત્યારે તમારા નિર્ણયો કેટલા સારા હોય છે?
before_programme-hope = તમે કાર્યક્રમમાંથી શું મેળવવાની આશા રાખો છો?
    .easier = તમે કાર્યક્રમમાંથી શું ઇચ્છો છો?

## After the programme
after_programme-title = કાર્યક્રમ પછી
after_programme-purpose = જેથી અમે જોઈ શકીએ કે તમારા માટે શું બદલાયું અને શેનાથી મદદ મળી.
after_programme-audience = તમારા વર્કર, કાર્યક્રમની ટીમ અને સેવાના મેનેજરો
after_programme-confidence = હવે તમે ભવિષ્ય વિશે કેટલો વિશ્વાસ અનુભવો છો?
    .easier = હવે આગળ શું થશે તે વિશે તમને કેટલી ખાતરી છે?
after_programme-safe = હવે તમે જ્યાં રહો છો ત્યાં તમે કેટલા સુરક્ષિત અનુભવો છો?
    .easier = હવે તમારા ઘરની નજીક તમે કેટલા સુરક્ષિત અનુભવો છો?
after_programme-choices = હવે જ્યારે વસ્તુઓ મુશ્કેલ બને ત્યારે તમે કેટલા સારા નિર્ણયો લો છો?
    .easier = હવે જ્યારે મુશ્કેલ હોય, ત્યારે તમારા નિર્ણયો કેટલા સારા હોય છે?
after_programme-helped = તમને સૌથી વધુ શેનાથી મદદ મળી?
    .easier = સૌથી સારું શું હતું?
after_programme-change = તમે કાર્યક્રમમાં શું બદલવા માંગો છો?
    .easier = અમારે શું વધુ સારું કરવું જોઈએ?

## Parents' and carers' views at closure
carers_closure-title = અંતે માતા-પિતા અને સંભાળ રાખનારાઓના વિચારો
carers_closure-purpose = તમારા વિચારો અમને પરિવારો સાથે અમારું કામ સુધારવામાં મદદ કરે છે.
carers_closure-audience = સેવાના મેનેજરો, અને જે ટીમે તમારા પરિવાર સાથે કામ કર્યું
carers_closure-listened = અમે તમારી વાત કેટલી સારી રીતે સાંભળી?
    .easier = શું અમે તમારી વાત સાંભળી?
carers_closure-informed = અમે તમને કેટલી સારી રીતે માહિતગાર રાખ્યા?
    .easier = શું અમે તમને કહ્યું કે શું થઈ રહ્યું હતું?
carers_closure-difference = શું અમારી સાથે કામ કરવાથી તમારા બાળક માટે કોઈ ફરક પડ્યો?
    .easier = શું તમારા બાળક માટે વસ્તુઓ સારી થઈ?
carers_closure-difference_how = તેનાથી શું ફરક પડ્યો?
    .easier = શું સારું થયું?
carers_closure-better = અમે શું વધુ સારું કરી શક્યા હોત?
    .easier = અમારે શું વધુ સારું કરવું જોઈએ?

## After custody
after_custody-title = કસ્ટડી પછી
after_custody-purpose = કસ્ટડીમાંથી બહાર આવવું એ મોટો ફેરફાર છે. અમને કહો કે બધું કેવું ચાલે છે, જેથી અમે મદદ કરી શકીએ.
after_custody-audience = તમારા વર્કર
after_custody-feeling = બહાર આવ્યા પછી તમે કેવું અનુભવો છો?
    .easier = તમે કેવું અનુભવો છો?
after_custody-support = આમાંથી કઈ વસ્તુ અત્યારે તમને સૌથી વધુ મદદ કરશે?
    .easier = અત્યારે શેનાથી મદદ મળશે?
after_custody-support-housing = રહેવાની જગ્યા
after_custody-support-education = શાળા, કૉલેજ અથવા તાલીમ
after_custody-support-work = નોકરી
after_custody-support-health = આરોગ્ય અથવા લાગણીઓ
after_custody-support-money = પૈસા
after_custody-support-family = પરિવાર
after_custody-worried = શું કોઈ વાત તમને ચિંતા કરાવે છે?
    .easier = શું તમે કોઈ વાતની ચિંતા કરો છો?
after_custody-worried_about = તમે શેની ચિંતા કરો છો?
    .easier = તમને શું ચિંતા કરાવે છે?

## How are we doing?
how_are_we_doing-title = અમે કેવું કરી રહ્યા છીએ?
how_are_we_doing-purpose = અમે જાણવા માંગીએ છીએ કે અમારી સાથે કામ કરવું કેવું લાગે છે.
how_are_we_doing-audience = સેવાના મેનેજરો અને યુવા કેબિનેટ
how_are_we_doing-overall = એકંદરે, તમે સેવાથી કેટલા ખુશ છો?
    .easier = શું તમે અમારાથી ખુશ છો?
how_are_we_doing-respect = સ્ટાફે તમારી સાથે કેટલા આદરથી વર્તન કર્યું?
    .easier = શું અમે તમારી સાથે દયાળુ અને ન્યાયી હતા?
how_are_we_doing-best = સૌથી સારો ભાગ કયો હતો?
    .easier = સૌથી સારું શું હતું?
how_are_we_doing-best-talking = કોઈ જેની સાથે વાત કરી શકું
how_are_we_doing-best-activities = પ્રવૃત્તિઓ અને જૂથો
how_are_we_doing-best-help = વ્યવહારુ મદદ
how_are_we_doing-best-other = બીજું કંઈક
how_are_we_doing-best_other = બીજું શું સારું હતું?
    .easier = બીજું શું?
how_are_we_doing-quote = શું તમે અમારા વિશે કંઈ કહેવા માંગો છો?
    .easier = અમને બીજું કંઈ કહેવું છે?

## Starting with us: how are things?
starting_with_us-title = અમારી સાથે શરૂઆત: વસ્તુઓ કેવી છે?
starting_with_us-purpose = અમારી સાથે શરૂ કરનાર દરેક જણ આના જવાબ આપે છે, જેથી અમે જોઈ શકીએ કે કઈ મદદ યોગ્ય છે.
starting_with_us-audience = તમારા વર્કર
starting_with_us-bounce = જ્યારે કંઈક ખોટું થાય, ત્યારે તમે કેટલી ઝડપથી ફરી ઠીક અનુભવો છો?
    .easier = જ્યારે કંઈક ખોટું થાય, તમે કેટલા જલદી ફરી ઠીક થાઓ છો?
starting_with_us-someone = તમારી પાસે કેટલે અંશે કોઈ છે જેની સાથે તમે વાત કરી શકો?
    .easier = શું તમારી પાસે વાત કરવા માટે કોઈ છે?
starting_with_us-school = શાળા, કૉલેજ અથવા કામ કેટલું સારું ચાલે છે?
    .easier = શાળા, કૉલેજ અથવા કામ કેવું છે?
starting_with_us-calm = જ્યારે તમે ગુસ્સે હો ત્યારે તમે તમારી જાતને કેટલી સારી રીતે શાંત કરી શકો છો?
    .easier = શું તમે ગુસ્સામાં તમારી જાતને શાંત કરી શકો છો?
starting_with_us-good_at = તમે શેમાં સારા છો?
    .easier = તમે શેમાં સારા છો?
