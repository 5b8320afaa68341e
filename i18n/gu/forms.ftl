# Tandem: the service's forms in ગુજરાતી (Gujarati): version 1 of each form (the template in
# tandem_domain::assessments::FormKind::template), question by question, in plain words.
# A form a manager has changed since is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## My self-assessment
self_assessment-title = મારું પોતાનું મૂલ્યાંકન
self_assessment-purpose = જેથી તમારા મૂલ્યાંકન પહેલાં તમારા વર્કરને તમારા પોતાના શબ્દોમાં ખબર પડે કે તમારા માટે સ્થિતિ કેવી છે. તમે અટકીને પછી પાછા આવી શકો છો.
self_assessment-audience = તમારા વર્કર, તમારી સાથે યોજના બનાવવા માટે
self_assessment-family = અત્યારે તમારા પરિવાર સાથે સ્થિતિ કેવી છે? 0 એટલે ખૂબ ખરાબ, 10 એટલે ખૂબ સારું.
    .easier = તમારા પરિવાર સાથે કેવું છે? 0 એટલે ખરાબ. 10 એટલે સારું.
    .section = હું અને મારો પરિવાર
self_assessment-family_words = અમને તમારા અને તમારા પરિવાર વિશે જણાવો.
    .easier = અમને તમારા પરિવાર વિશે જણાવો.
self_assessment-home = તમે જ્યાં રહો છો ત્યાં તમે કેટલા ખુશ છો?
    .easier = શું તમને તમારી રહેવાની જગ્યા ગમે છે?
    .section = મારું ઘર
self_assessment-home_words = તમે જ્યાં રહો છો તે જગ્યા કેવી છે?
    .easier = તમારું ઘર કેવું છે?
self_assessment-school = શાળા, તાલીમ કે કામમાં કેવું ચાલે છે?
    .easier = શાળા કે કામ કેવું છે?
    .section = શાળા, તાલીમ અથવા કામ
self_assessment-school_words = શાળા, તાલીમ કે કામમાં શું સારું કે ખરાબ ચાલે છે?
    .easier = શાળા કે કામમાં શું સારું કે ખરાબ છે?
self_assessment-friends = તમારા મિત્રો સાથે કેવું ચાલે છે?
    .easier = તમારા મિત્રો સાથે કેવું છે?
    .section = મિત્રો
self_assessment-friends_words = અમને તમારા મિત્રો વિશે અને તમે કોની સાથે સમય વિતાવો છો તે જણાવો.
    .easier = તમે કોની સાથે સમય વિતાવો છો?
self_assessment-feelings = હમણાં હમણાં તમને કેવું લાગે છે?
    .easier = આ દિવસોમાં તમને કેવું લાગે છે?
    .section = મારી લાગણીઓ
self_assessment-feelings_words = શું કોઈ વાત તમને ચિંતા કરાવે છે?
    .easier = શું કોઈ વાત તમને ચિંતા કરાવે છે?
self_assessment-happened = તમારા પોતાના શબ્દોમાં, શું થયું હતું?
    .easier = શું થયું હતું? તમારી રીતે કહો.
    .section = શું થયું
self_assessment-happened_think = હવે તમે તેના વિશે શું વિચારો છો?
    .easier = હવે તમે તેના વિશે શું વિચારો છો?
self_assessment-good_at = તમે શેમાં સારા છો?
    .easier = તમે શેમાં સારા છો?
    .section = મારી ખૂબીઓ, અને શેનાથી મદદ મળશે
self_assessment-would_help = તમને શેનાથી મદદ મળશે?
    .easier = તમને શેનાથી મદદ મળશે?

## How things are at home
carer_view-title = ઘરે સ્થિતિ કેવી છે
carer_view-purpose = જેથી તમારા પરિવારના વર્કર એ જ મૂલ્યાંકન માટે તમારી પાસેથી સાંભળે કે સ્થિતિ કેવી છે.
carer_view-audience = તમારા પરિવારના વર્કર
carer_view-home = અત્યારે ઘરે સ્થિતિ કેવી છે? 0 એટલે ખૂબ ખરાબ, 10 એટલે ખૂબ સારું.
    .easier = ઘરે કેવું છે? 0 એટલે ખરાબ. 10 એટલે સારું.
carer_view-home_words = ઘરે શું સારું ચાલે છે, અને શું મુશ્કેલ છે?
    .easier = ઘરે શું સારું છે? શું મુશ્કેલ છે?
carer_view-relationship = તમારી અને યુવાન વ્યક્તિ વચ્ચે કેવું ચાલે છે?
    .easier = તમારે અને તમારા બાળકને કેવું બને છે?
carer_view-school = તમારા મતે તેમની શાળા, તાલીમ કે કામ કેવું ચાલે છે?
    .easier = તેમની શાળા કે કામ કેવું છે?
carer_view-worries = તમને સૌથી વધુ શેની ચિંતા છે?
    .easier = તમને શેની ચિંતા છે?
carer_view-strengths = તેઓ શેમાં સારા છે?
    .easier = તેઓ શેમાં સારા છે?
carer_view-would_help = તમારા પરિવારને શેનાથી મદદ મળશે?
    .easier = તમારા પરિવારને શેનાથી મદદ મળશે?

## About me
about_me-title = મારા વિશે
about_me-purpose = જેથી તમારા વર્કર શરૂઆતથી જ તમારા માટે બધું બરાબર કરી શકે. આ ફક્ત તમારા વર્કર વાંચે છે.
about_me-audience = ફક્ત તમારા વર્કર
about_me-communicate = તમને લોકો તમારી સાથે કેવી રીતે વાત કરે તે ગમે છે, અને તમને સમજવામાં શું મદદ કરે છે?
    .easier = અમે તમારી સાથે કેવી રીતે વાત કરીએ? તમને સમજવામાં શું મદદ કરે છે?
about_me-languages = તમે ઘરે કઈ ભાષાઓ બોલો છો?
    .easier = તમે ઘરે કઈ ભાષાઓ બોલો છો?
about_me-faith = શું તમારી કોઈ શ્રદ્ધા કે ધર્મ છે જેના વિશે તમે અમને જણાવવા માંગો છો?
    .easier = શું તમારો કોઈ ધર્મ છે?
about_me-identity = તમે તમારી જાતને કેવી રીતે વર્ણવો છો?
    .easier = તમે તમારા વિશે શું કહેશો?
about_me-needs = શું કોઈ વિકલાંગતા કે આરોગ્યની જરૂરિયાત છે જેના વિશે તમે ઇચ્છો છો કે સેવાને ખબર હોય?
    .easier = શું તમારા આરોગ્ય વિશે કોઈ વાત છે જે અમારે જાણવી જોઈએ?
about_me-important_people = તમારા માટે કોણ મહત્વનું છે?
    .easier = તમારા માટે કોણ મહત્વનું છે?

## Getting ready for my review
review_prep-title = મારી સમીક્ષાની તૈયારી
review_prep-purpose = જેથી તમારી સમીક્ષા બેઠકમાં તમારા માટે જે મહત્વનું છે તેની વાત થાય, અને તમે તમારી ઇચ્છા મુજબ ભાગ લો.
review_prep-audience = તમારા વર્કર અને તમારી સમીક્ષા બેઠકના લોકો
review_prep-going_well = શું સારું ચાલે છે?
    .easier = અત્યારે શું સારું છે?
review_prep-hard = અત્યારે શું મુશ્કેલ છે?
    .easier = અત્યારે શું મુશ્કેલ છે?
review_prep-talk_about = તમે બેઠકમાં શેના વિશે વાત કરવા માંગો છો?
    .easier = તમે શેના વિશે વાત કરવા માંગો છો?
review_prep-who_there = તમે બેઠકમાં કોને ઇચ્છો છો?
    .easier = તમે બેઠકમાં કોને ઇચ્છો છો?
review_prep-take_part = તમે બેઠકમાં કેવી રીતે ભાગ લેવા માંગો છો?
    .easier = તમે કેવી રીતે જોડાવા માંગો છો?
review_prep-take_part-speak = હું જાતે બોલીશ
    .easier = હું વાત કરીશ
review_prep-take_part-read_out = મારા શબ્દો વાંચી સંભળાવવામાં આવે એવું હું ઇચ્છું છું
    .easier = કોઈ મારા શબ્દો વાંચે
review_prep-take_part-write = હું પહેલેથી લખી રાખીશ
    .easier = હું પહેલાં લખીશ
review_prep-overall = તમારા મતે એકંદરે સ્થિતિ કેવી ચાલે છે? 0 એટલે ખૂબ ખરાબ, 10 એટલે ખૂબ સારું.
    .easier = કેવું ચાલે છે? 0 એટલે ખરાબ. 10 એટલે સારું.
