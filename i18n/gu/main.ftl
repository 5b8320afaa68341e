# Tandem: ગુજરાતી (Gujarati). Every message of i18n/en/main.ftl, in plain words.
# Awaits review by a native speaker before use with young people.

app-name = ટેન્ડમ
skip-to-content = મુખ્ય સામગ્રી પર જાઓ
quick-exit = તરત બહાર નીકળો
quick-exit-help = આ એપ તરત બંધ કરીને હવામાનનું પેજ ખોલે છે.
language-label = ભાષા
loading = લોડ થઈ રહ્યું છે…
go-home = શરૂઆત પર જાઓ

## Sync status (bottom of every page)
sync-all-sent = તમે જે કંઈ મોકલ્યું તે પહોંચી ગયું છે.
sync-waiting = { $count ->
    [one] 1 જવાબ મોકલાવાની રાહ જુએ છે.
   *[other] { $count } જવાબ મોકલાવાની રાહ જુએ છે.
}
sync-offline-waiting = { $count ->
    [one] તમે ઑફલાઇન છો. 1 જવાબ આ ફોન પર સાચવેલો છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
   *[other] તમે ઑફલાઇન છો. { $count } જવાબ આ ફોન પર સાચવેલા છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
}
sync-refused = { $count ->
    [one] 1 જવાબ મોકલી શકાયો નહીં. તે હજુ આ ફોન પર સાચવેલો છે.
   *[other] { $count } જવાબ મોકલી શકાયા નહીં. તે હજુ આ ફોન પર સાચવેલા છે.
}
sync-store-failed = આ ફોન ટેન્ડમને વસ્તુઓ સાચવવા દેતો નથી. તમારા જવાબ પહોંચ્યા છે એ જોઈ લો ત્યાં સુધી એપ બંધ ન કરો.

## Home
home-title = ટેન્ડમમાં સ્વાગત છે
home-intro = ટેન્ડમમાં તમે અને તમારા વર્કર સાથે મળીને યોજના બનાવો છો, અને તમે અમને તમારો મત કહો છો.
    .easier = તમારા વર્કર સાથે યોજના બનાવો. અમને તમારો મત કહો.
home-nav-label = તમે શું કરી શકો
home-feedback-link = તમને આ એપ કેવી લાગી?
home-feedback-hint = એક મિનિટમાં કહો. તમારું નામ આપવાની જરૂર નથી.
    .easier = એક મિનિટ લાગે છે. નામની જરૂર નથી.
home-staff-link = સ્ટાફ માટે: લોકો એપ વિશે શું વિચારે છે તે વાંચો

## A staff page opened in the phone build
staff-offline-title = આ પેજ માટે ઇન્ટરનેટ જોઈએ
staff-offline-body = સ્ટાફના પેજ ત્યારે જ ખૂલે છે જ્યારે આ ઉપકરણ ઑનલાઇન હોય. યુવાનો અને સંભાળ રાખનારાઓ માટે બધું ઑફલાઇન ચાલે છે.
piece-missing-title = પહેલી વાર આ પેજ માટે ઇન્ટરનેટ જોઈએ
piece-missing-body = આ ફોને આ પેજ પહેલાં ખોલ્યું નથી, તેથી તે હજુ અહીં સાચવેલું નથી. સિગ્નલ હોય ત્યારે ફરી પ્રયત્ન કરો. પછી તે સિગ્નલ વગર પણ ખૂલશે.
piece-missing-again = ફરી પ્રયત્ન કરો

## Not found
not-found-title = અમને તે પેજ મળ્યું નહીં
not-found-body = કદાચ લિંક જૂની છે. તમે શરૂઆત પર પાછા જઈ શકો છો.

## The 0-10 scale
scale-low = 0 = ખૂબ ખરાબ
scale-high = 10 = ખૂબ સારું
scale-option-low = { $score }, ખૂબ ખરાબ
scale-option-high = { $score }, ખૂબ સારું

## App feedback form
feedback-title = તમને આ એપ કેવી લાગી?
feedback-intro = તમારો જવાબ ટેન્ડમને વધુ સારું બનાવવામાં અમને મદદ કરે છે.
    .easier = તમારો જવાબ અમને મદદ કરે છે.
feedback-score-legend = 0 થી 10 સુધીનો કોઈ નંબર પસંદ કરો.
feedback-comment-label = બીજું કંઈ કહેવું છે? (તમે આ ખાલી છોડી શકો છો)
feedback-comment-hint = કૃપા કરીને તમારું કે બીજા કોઈનું નામ ન લખો.
    .easier = કોઈ નામ ન લખો.
chars-left = { $count } અક્ષર બાકી
feedback-anonymous = અમને ખબર નથી કે આ કોણે મોકલ્યું. તે ઇન્ટરનેટ વગર પણ ચાલે છે.
    .easier = અમને ખબર નથી કે તમે કોણ છો.
feedback-send = મોકલો
feedback-thanks-title = આભાર!
feedback-thanks-sent = અમને તમારો જવાબ મળી ગયો.
feedback-thanks-saved = તમારો જવાબ આ ફોન પર સાચવેલો છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
feedback-audience = ટેન્ડમની ટીમ દરેક જવાબ વાંચે છે અને તેનાથી એપને વધુ સારી બનાવે છે.
feedback-again = વધુ મત આપો

## Joining with a code (young people and carers)
home-join-link = મારી પાસે વર્કરે આપેલો કોડ છે
home-join-hint = તેનાથી જોડાઓ. ઈમેલની જરૂર નથી.
    .easier = શરૂ કરવા કોડ લખો. ઈમેલની જરૂર નથી.
home-staff-sign-in = સ્ટાફ સાઇન ઇન
join-title = તમારા કોડથી જોડાઓ
join-intro = તમારા વર્કરે તમને એક કોડ આપ્યો છે. તેને નીચે લખો. પછી તમારી વસ્તુઓ સુરક્ષિત રાખવા તમે એક પિન પસંદ કરશો.
    .easier = તમારા વર્કરનો કોડ લખો. પછી એક પિન પસંદ કરો.
field-required = (આ ભરવું જરૂરી છે)
join-code-label = તમારો કોડ
join-code-hint = 12 અક્ષર અને નંબર, જેમ કે ACDE-FGHJ-KMNP.
    .easier = 12 અક્ષરો અને આંકડા.
join-device-label = આ ફોનનું નામ (તમે આ ખાલી છોડી શકો છો)
join-submit = જોડાઓ
read-aloud = આ મોટેથી વાંચો
read-page-aloud = આ પેજ મોટેથી વાંચો
easier-words = સરળ શબ્દો
read-aloud-no-voice = આ ફોનમાં { $language } માટે અવાજ નથી, તેથી તે આ મોટેથી વાંચી શકતો નથી.
read-aloud-in-english = સાંભળવા માટે ટેન્ડમ અંગ્રેજીમાં બતાવો

## PIN
pin-choose-title = પિન પસંદ કરો
pin-choose-intro = 4 થી 6 નંબર પસંદ કરો. ટેન્ડમ ખોલવા તમે તેનો ઉપયોગ કરશો. કોઈને કહેશો નહીં.
    .easier = 4 થી 6 આંકડા પસંદ કરો. કોઈને કહેશો નહીં.
pin-confirm-title = તમારો પિન ફરી લખો
pin-confirm-intro = ખાતરી કરવા એ જ નંબર ફરી લખો.
    .easier = એ જ આંકડા ફરી લખો.
pin-mismatch = બંને પિન જુદા હતા. કૃપા કરીને તમારો પિન ફરી પસંદ કરો.
    .easier = આંકડા સરખા ન હતા. ફરી પ્રયત્ન કરો.
pin-entered = { $count ->
    [one] 1 નંબર લખાયો
   *[other] { $count } નંબર લખાયા
}
pin-delete = છેલ્લો નંબર ભૂંસો
pin-done = થઈ ગયું
home-my-data-link = ટેન્ડમ મારા વિશે શું રાખે છે
home-my-data-hint = શું રખાય છે, કોણ જુએ છે, અને કેટલો સમય
    .easier = અમે તમારા વિશે શું રાખીએ છીએ.
my-data-title = ટેન્ડમ મારા વિશે શું રાખે છે
my-data-intro = { $who ->
    [carer] ટેન્ડમ તમારા વિશે થોડી વસ્તુઓ રાખે છે, જેથી તમે યોજના અને મુલાકાતોમાં ભાગ લઈ શકો. અહીં લખ્યું છે શું, કોણ જોઈ શકે, અને કેટલો સમય.
   *[other] ટેન્ડમ તમારા વિશે થોડી વસ્તુઓ રાખે છે, જેથી તમે અને તમારા વર્કર સાથે કામ કરી શકો. અહીં લખ્યું છે શું, કોણ જોઈ શકે, અને કેટલો સમય.
}
my-data-kept-title = ટેન્ડમ શું રાખે છે
my-data-kept-1 = { $who ->
    [carer] તમારું નામ, જેમ તમારા પરિવારના વર્કરે લખ્યું. તમે કયા યુવાન સાથે જોડાયેલા છો.
   *[other] તમારું નામ, જેમ તમારા વર્કરે લખ્યું. તમારી યોજના અને તેમાં દરેક ફેરફાર. સેશનના તમારા સ્કોર.
}
my-data-kept-2 = { $who ->
    [carer] યોજના અને મુલાકાતો પરના તમારા જવાબ. તમારા નામ સાથે મોકલેલા સર્વે અને વિચારો. તમારા નામ સાથે મોકલેલી ફરિયાદો અને પ્રશંસા.
   *[other] તમારી મુલાકાતો અને તેના પરના તમારા જવાબ. તમારા નામ સાથે મોકલેલા સર્વે અને વિચારો. તમારા નામ સાથે મોકલેલી ફરિયાદો અને પ્રશંસા. જો તમે "હું સુરક્ષિત નથી અનુભવતો" દબાવ્યું હોય.
}
my-data-kept-phone = જે ફોન પર તમે ટેન્ડમ વાપરો છો. આ ફોન ફક્ત એ જ રાખે છે જે સિગ્નલ ન હોય ત્યારે તમને જોઈએ. સાઇન આઉટ કરો ત્યારે બધું ભૂંસાઈ જાય છે. તમે નામ વગર મોકલો છો તે વસ્તુઓ તમારી સાથે જોડાતી નથી.
my-data-who-title = કોણ જોઈ શકે
my-data-who-1 = { $who ->
    [carer] તમે, યુવાનના વર્કર અને તેમના મેનેજર.
   *[other] તમે, તમારા વર્કર અને તેમના મેનેજર.
}
my-data-who-2 = { $who ->
    [carer] યુવાન પોતાની યોજના જુએ છે. તમે યોજનાના ફક્ત એ ભાગ જુઓ છો જે માતા-પિતા અને સંભાળ રાખનારાઓ સાથે વહેંચાયેલા છે.
   *[other] તમારા માતા-પિતા કે સંભાળ રાખનાર તમારી યોજનાના ફક્ત એ ભાગ જુએ છે જે તેમની સાથે વહેંચાયેલા છે. તેઓ તમારા સ્કોર, સર્વે કે ફરિયાદો જોતા નથી.
}
my-data-who-3 = તમે જે મોકલો છો તે સર્વિસમાં તમારા રેકોર્ડમાં પણ જાય છે. તે સર્વિસનો પોતાનો રેકોર્ડ છે, જે તેના નિયમો મુજબ રખાય છે. દર વખતે સ્ટાફ ટેન્ડમમાં તમારી વસ્તુઓ જુએ ત્યારે તે નોંધાય છે.
my-data-how-long-title = કેટલો સમય રખાય છે
my-data-how-long-1 = તમે મોકલેલી વસ્તુ સર્વિસમાં તમારા રેકોર્ડ સુધી પહોંચે પછી, ટેન્ડમ { $days } દિવસ પછી સંદેશની પોતાની નકલ ભૂંસી નાખે છે.
my-data-how-long-2 = સર્વિસ સાથેનો તમારો સમય પૂરો થાય ત્યારે તમારા વર્કર તમારો કેસ બંધ કરે છે. પછી તમારો ફોન જે બાકી હોય તે મોકલીને સાઇન આઉટ થઈ જાય છે. જે ફોન વપરાતો નથી તે { $days } દિવસ પછી સાઇન આઉટ થઈ જાય છે.
my-data-how-long-3 = કેસ બંધ થયાના { $months } મહિના પછી, ટેન્ડમ તમારા વિશે રાખેલું બધું ભૂંસી નાખે છે. ફક્ત નામ વગરના આંકડા રહે છે, જેમ કે કેટલા લોકોએ સર્વેનો જવાબ આપ્યો.
my-data-how-long-usual = આ સામાન્ય સમય છે. કદાચ તમારી સર્વિસે બીજું પસંદ કર્યું હોય: હવે પછી તમારા ફોન પર સિગ્નલ હશે ત્યારે આ પેજ કહેશે.
my-data-ask-title = જોવા કે ભૂંસવા માટે વિનંતી
my-data-ask-1 = ટેન્ડમ તમારા વિશે જે રાખે છે તે બધું જોવા તમે કહી શકો છો. કંઈ ખોટું હોય તો તેને સુધારવા કે ભૂંસવા પણ કહી શકો છો.
my-data-ask-2 = તમારા વર્કરને કહો, અથવા તમારા નામ સાથે સંદેશ મોકલો. સર્વિસે એક મહિનામાં તમને જવાબ આપવો પડે છે.
    .easier = તમારા વર્કરને કહો, અથવા અમને સંદેશ મોકલો. અમારે એક મહિનામાં જવાબ આપવો પડશે.
my-data-ask-link = સંદેશ મોકલો
case-closed-title = સર્વિસ સાથેનો તમારો સમય પૂરો થયો છે
case-closed-body = અમારી સાથે કામ કરવા બદલ આભાર. આ ફોન હવે સાઇન આઉટ થશે, અને ટેન્ડમ તેના પર રાખેલું ભૂંસી નાખશે. જો તમને હજુ મદદ જોઈએ તો તમારા વર્કર સાથે વાત કરો.
    .easier = અમારી સાથે તમારો સમય પૂરો થયો. આભાર. આ ફોન સાઇન આઉટ થશે. મદદ જોઈએ? તમારા વર્કર સાથે વાત કરો.
case-closed-sending = { $count ->
    [one] તમે લખેલી 1 વસ્તુ હજુ મોકલાઈ રહી છે. સિગ્નલ હોય ત્યારે ટેન્ડમ ખુલ્લું રાખો. તે મોકલાય પછી ફોન સાઇન આઉટ થશે.
   *[other] તમે લખેલી { $count } વસ્તુઓ હજુ મોકલાઈ રહી છે. સિગ્નલ હોય ત્યારે ટેન્ડમ ખુલ્લું રાખો. તે મોકલાય પછી ફોન સાઇન આઉટ થશે.
}
case-closed-try-now = હમણાં ફરી પ્રયત્ન કરો
lock-warning = તમારી વસ્તુઓ ખાનગી રાખવા ટેન્ડમ એક મિનિટમાં લૉક થશે. તમારો પિન તેને ફરી ખોલશે.
    .easier = ટેન્ડમ એક મિનિટમાં લૉક થશે. તમારો પિન એને ખોલે છે.
lock-still-here = હું હજુ અહીં છું
lock-title = તમારો પિન લખો
lock-intro = તમારી વસ્તુઓ સુરક્ષિત રાખવા ટેન્ડમ લૉક થઈ ગયું. ચાલુ રાખવા તમારો પિન લખો.
    .easier = ટેન્ડમ લૉક છે. તમારો પિન લખો.
lock-new-code = હું મારો પિન ભૂલી ગયો
lock-tries-left = { $count ->
    [one] તમે વધુ 1 વાર પ્રયત્ન કરી શકો છો. પછી ટેન્ડમ આ ફોન પરથી સાઇન આઉટ થશે.
   *[other] તમે વધુ { $count } વાર પ્રયત્ન કરી શકો છો. પછી ટેન્ડમ આ ફોન પરથી સાઇન આઉટ થશે.
}

## Devices
devices-title = તમારા ફોન
devices-intro = આ એવા ફોન છે જેના પર તમે ટેન્ડમમાં સાઇન ઇન છો. જો કોઈ હવે તમારો ન હોય તો તેને સાઇન આઉટ કરો.
    .easier = આ ફોન પર તમે ટેન્ડમમાં છો. જે ફોન તમારો નથી તેને સાઇન આઉટ કરો.
devices-unnamed = એક ફોન
devices-this-one = આ ફોન
devices-last-used = છેલ્લે વપરાયો { $date }
devices-sign-out = આ ફોન સાઇન આઉટ કરો
devices-carers-title = ટેન્ડમ પર તમારા માતા-પિતા અને સંભાળ રાખનારા
devices-carers-intro = આ લોકો એ વસ્તુઓ જોઈ શકે છે જે તમે તેમની સાથે વહેંચવાનું પસંદ કરો.
devices-no-carers = હજુ કોઈ નહીં.
devices-shared-title = આ ફોન બીજા લોકો પણ વાપરે છે
devices-shared-label = આ ફોન વહેંચાયેલો છે
devices-shared-hint = પછી ટેન્ડમ આ ફોન પર કંઈ રાખતું નથી, સિવાય કે તમે જે લખ્યું અને હજુ મોકલ્યું નથી, અને દર વખતે પાછા આવો ત્યારે તમારો પિન માગે છે.
    .easier = પછી ટેન્ડમ આ ફોન પર લગભગ કંઈ રાખતું નથી. દર વખતે તમારો પિન માંગે છે.

## Account menu
nav-account-label = તમારું ખાતું
nav-signed-in-as = { $name } તરીકે સાઇન ઇન
nav-demo = ડેમો: અહીંના લોકો કાલ્પનિક છે
nav-staff-home = મારું કામ
nav-devices = મારા ફોન
nav-sign-out = સાઇન આઉટ
sign-out-unsent = { $count ->
    [one] તમે લખેલી 1 વસ્તુ હજુ ટેન્ડમ સુધી પહોંચી નથી. સાઇન આઉટ કરવાથી તે આ ફોન પરથી ભૂંસાઈ જશે.
   *[other] તમે લખેલી { $count } વસ્તુઓ હજુ ટેન્ડમ સુધી પહોંચી નથી. સાઇન આઉટ કરવાથી તે આ ફોન પરથી ભૂંસાઈ જશે.
}
sign-out-stay = સાઇન ઇન રહો અને તેને પછી મોકલો
sign-out-anyway = સાઇન આઉટ કરો અને તેને ભૂંસી નાખો

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = આ મોકલવામાં કંઈક ખોટું થયું. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-unsupported_media_type = આ મોકલવામાં કંઈક ખોટું થયું. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-payload_too_large = આ મોકલવા માટે બહુ લાંબું છે. કૃપા કરીને ટૂંકું કરો.
error-not_found = અમને તે મળ્યું નહીં.
error-method_not_allowed = એ અહીં થઈ શકતું નથી.
error-unauthorized = કૃપા કરીને પહેલાં સાઇન ઇન કરો.
error-forbidden = તમને આ જોવાની પરવાનગી નથી.
error-missing_operation_id = આ મોકલવામાં કંઈક ખોટું થયું. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-invalid_operation_id = આ મોકલવામાં કંઈક ખોટું થયું. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-operation_id_reused = આ પહેલાં જુદા જવાબો સાથે મોકલાઈ ગયું છે. કૃપા કરીને તેને ફરી લખો.
error-score_out_of_range = કૃપા કરીને 0 થી 10 સુધીનો કોઈ નંબર પસંદ કરો.
error-text_too_long = આ બહુ લાંબું છે. કૃપા કરીને ટૂંકું કરો.
error-text_has_control_characters = કેટલાક અક્ષરો સાચવી શકાતા નથી. કૃપા કરીને તેને ફરી લખો.
error-invalid_invite_code = આ કોડ સાચો નથી. તમારા વર્કર સાથે તપાસો.
error-offline = તમે ઑફલાઇન છો. તમે જે લખ્યું તે આ ફોન પર સાચવેલું છે અને તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
error-storage_unavailable = ટેન્ડમમાં હમણાં સમસ્યા છે. તમે જે લખ્યું તે સુરક્ષિત છે. કૃપા કરીને થોડી વાર પછી પ્રયત્ન કરો.
error-internal = અમારી બાજુએ કંઈક ખોટું થયું. તમે જે લખ્યું તે સુરક્ષિત છે. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-invite_used_or_expired = આ કોડ વપરાઈ ગયો છે અથવા બહુ જૂનો છે. તમારા વર્કર પાસે નવો માગો.
error-invalid_pin = તમારો પિન 4, 5 કે 6 નંબરનો હોવો જોઈએ.
error-wrong_pin = આ પિન સાચો નથી. ફરી પ્રયત્ન કરો.
error-pin_required = ચાલુ રાખવા તમારો પિન લખો.
error-pin_not_set = પહેલાં પિન પસંદ કરો.
error-device_session_ended = તમારી સુરક્ષા માટે આ ફોન સાઇન આઉટ કરી દેવાયો છે. તમારા વર્કર પાસે નવો કોડ માગો.
error-invalid_email = કૃપા કરીને આખું ઈમેલ સરનામું લખો, જેમ કે name@example.org.
error-password_too_short = પાસવર્ડ ઓછામાં ઓછો 12 અક્ષરનો હોવો જોઈએ.
error-wrong_credentials = ઈમેલ કે પાસવર્ડ સાચો નથી.
error-session_expired = તમે સાઇન આઉટ થઈ ગયા છો. કૃપા કરીને ફરી સાઇન ઇન કરો.
error-name_required = કૃપા કરીને નામ લખો.
error-email_taken = આ ઈમેલથી કોઈનું ખાતું પહેલેથી છે.
error-cannot_disable_yourself = તમે તમારું પોતાનું ખાતું બંધ કરી શકતા નથી. બીજા એડમિનને કહો.
error-wrong_current_password = તમારો હાલનો પાસવર્ડ સાચો નથી.
error-passkey_required = સાઇન ઇન પૂરું કરવા તમારી પાસકી વાપરો.
error-passkey_setup_required = તમારી સર્વિસ મેનેજર અને એડમિનને સૌથી પહેલાં પાસકી ઉમેરવા કહે છે.
error-passkey_not_accepted = તે પાસકી વાપરી શકાઈ નહીં. ફરી પ્રયત્ન કરો, અથવા ઈમેલ અને પાસવર્ડથી સાઇન ઇન કરો.
error-passkey_timed_out = તેમાં બહુ વાર લાગી. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-passkey_already_added = તે પાસકી પહેલેથી કોઈ ખાતા પર છે.
error-last_passkey_needed = તમારી સર્વિસ ઇચ્છે છે કે તમારી પાસે પાસકી રહે. આને દૂર કરતાં પહેલાં બીજી ઉમેરો.
error-cross_site_request = આ બીજી વેબસાઇટ પરથી આવ્યું, તેથી અમે તે કર્યું નહીં.
error-rate_limited = બહુ વધારે પ્રયત્નો. થોડી રાહ જુઓ અને ફરી પ્રયત્ન કરો.
error-pin_already_set = આ ફોનનો પિન પહેલેથી છે.
error-link_used_or_expired = તે લિંક વપરાઈ ગઈ છે અથવા બહુ જૂની છે. નવી માગો.
error-not_a_young_person = આ વ્યક્તિ યુવાન નથી.
error-not_a_carer = આ વ્યક્તિ માતા-પિતા કે સંભાળ રાખનાર નથી.
error-not_a_worker = આ વ્યક્તિ વર્કર નથી.
error-invalid_parameter = તે લિંકમાં કંઈક ખોટું થયું. કૃપા કરીને પાછા જઈને ફરી પ્રયત્ન કરો.
error-join_code_not_found = તે કોડથી કોઈ ખુલ્લું સેશન નથી. તમારા વર્કર સાથે કોડ તપાસો.
error-session_closed = આ સેશન પૂરું થઈ ગયું છે, તેથી હવે સ્કોર આપી શકાતા નથી.
error-already_joined = તમે આ સેશનમાં પહેલેથી જોડાઈ ગયા છો.
error-already_scored = તમે આ સ્કોર પહેલેથી આપી દીધો છે.
error-end_scores_not_open = તમારા વર્કરે હજુ છેલ્લા સ્કોર માગ્યા નથી. તેઓ માગે ત્યારે આ સ્કોર આપો.
error-sign_in_to_join = આ સેશન સાઇન ઇન કરેલા યુવાનો માટે છે. તમારા વર્કરને પૂછો.
error-implausible_device_time = આ ફોનની ઘડિયાળ ખોટી લાગે છે, તેથી સ્કોર નોંધી શકાયો નહીં. ફોન પર સમય તપાસો.
error-phase_cannot_go_back = સેશન ફક્ત આગળ વધે છે: શરૂઆત, પછી અંત, પછી બંધ.
error-measure_not_in_session = આ પ્રશ્ન આ સેશનનો ભાગ નથી.
error-topic_not_in_programme = આ કાર્યક્રમમાંથી કોઈ વિષય પસંદ કરો.
error-invalid_phone_number = કૃપા કરીને ફોન નંબર આપો: આંકડા અને ખાલી જગ્યા, જરૂર હોય તો શરૂઆતમાં +.
error-text_required = કૃપા કરીને આ ખાનામાં કંઈક લખો.
error-invalid_follow_token = આ ફોન તમે મોકલેલી વસ્તુઓ પર નજર રાખવા માટેનો પોતાનો કોડ બનાવી શક્યો નહીં. કૃપા કરીને ટેન્ડમ બંધ કરીને ફરી ખોલો.
error-invalid_participant_token = આ ફોન આ સેશન માટે પોતાનો કોડ બનાવી શક્યો નહીં. કૃપા કરીને ટેન્ડમ બંધ કરીને ફરી ખોલો.
error-free_time_gone = તે સમય હમણાં લેવાઈ ગયો અથવા દૂર થયો. કૃપા કરીને બીજો પસંદ કરો, અથવા કહો કે તમને શું અનુકૂળ રહેશે.
error-topics_required = ઓછામાં ઓછો એક સેશન વિષય ઉમેરો.
error-too_many_topics = એક કાર્યક્રમમાં વધુમાં વધુ 52 વિષય હોઈ શકે.
error-invalid_time = કૃપા કરીને સાચો સમય લખો, જેમ કે 16:00.
error-appointment_in_past = તે સમય વીતી ગયો છે. આવનારો સમય પસંદ કરો.
error-due_date_out_of_range = આજથી એક વર્ષ સુધીનો કોઈ દિવસ પસંદ કરો.
error-form_not_for_person = આ ફોર્મ બીજા કોઈ માટે છે: યુવાનોના પોતાના ફોર્મ છે, અને માતા-પિતા અને સંભાળ રાખનારાઓના પોતાના.
error-invalid_link = નકશાની લિંક https:// થી શરૂ થતું આખું વેબ સરનામું હોવી જોઈએ.
error-reason_required = કૃપા કરીને કહો કે શું બદલવાનું છે, જેથી તમારા વર્કર તેને ઠીક કરી શકે.
error-appointment_over = આ મુલાકાત થઈ ગઈ છે અથવા રદ થઈ છે, તેથી હવે તેનો જવાબ આપી શકાતો નથી.
error-invalid_push_subscription = આ ફોન રિમાઇન્ડર માટે તૈયાર થઈ શક્યો નહીં. કૃપા કરીને ફરી પ્રયત્ન કરો.
error-invalid_signature = વિનંતીની સહી ખૂટે છે, ખોટી છે અથવા બહુ જૂની છે.
error-questions_required = ઓછામાં ઓછો એક પ્રશ્ન ઉમેરો.
error-too_many_questions = એક સર્વેમાં વધુમાં વધુ 60 પ્રશ્ન હોઈ શકે.
error-invalid_survey = આ સર્વેમાં કેટલીક વસ્તુઓ એકબીજા સાથે બંધબેસતી નથી: દરેક પ્રશ્નના વિકલ્પો અને તે ક્યારે બતાવાય છે તે તપાસો.
error-answer_not_in_survey = આ જવાબ એવા પ્રશ્નનો છે જે આ સર્વેમાં નથી. કૃપા કરીને સર્વે ફરી શરૂ કરો.
error-choice_required = કૃપા કરીને પહેલાં આમાંથી એક પસંદ કરો.
error-answer_required = કૃપા કરીને આ પ્રશ્નનો જવાબ આપો.
error-invalid_answer = આ જવાબ આ પ્રશ્ન સાથે બંધબેસતો નથી.
error-survey_not_open = આ સર્વે હમણાં જવાબો માટે ખુલ્લો નથી.
error-already_answered = તમે આ સર્વેનો જવાબ પહેલેથી આપી દીધો છે. આભાર!
error-outcome_required = આને ઉકેલાયેલું નોંધતાં પહેલાં કહો કે શું નક્કી થયું.
error-out_of_range = આ નંબર અહીં માન્ય મર્યાદાની બહાર છે.
error-closes_before_opens = બંધ થવાનો દિવસ ખૂલવાના દિવસ પહેલાં છે.
error-invalid_consultation = આ પરામર્શમાં કેટલીક વસ્તુઓ એકબીજા સાથે બંધબેસતી નથી: તપાસો કે દરેક પ્રવૃત્તિમાં શબ્દો હોય, મતમાં ઓછામાં ઓછા બે મુદ્દા હોય, અને કોઈ આઈડી બે વાર ન હોય.
error-consultation_not_open = આ પરામર્શ હમણાં ખુલ્લો નથી, તેથી આ ગણી શકાયું નહીં.
error-already_voted = તમે આના પર પહેલેથી મત આપ્યો છે. દરેક વ્યક્તિ એક વાર મત આપે છે.
error-too_few_to_show = આને પાંચથી ઓછા અનામી જવાબ મળે છે, તેથી તે બતાવાતા નથી: આટલા ઓછા જવાબોથી ખબર પડી શકે કે કોણે શું કહ્યું. વધુ પહોળું ફિલ્ટર પસંદ કરો.
error-ranked_twice = તમે એક જ મુદ્દો બે વાર પસંદ કર્યો. દરેક સ્થાન માટે જુદો પસંદ કરો.
error-statement_not_approved = આ નિવેદન મત માટે ખુલ્લું નથી.
error-voice_note_too_large = આ વૉઇસ નોટ બહુ લાંબી છે. તેને લગભગ બે મિનિટથી ઓછી રાખો, અથવા તમારો જવાબ લખો.
error-already_published = આ પરામર્શ પ્રકાશિત થઈ ગયો છે, તેથી તેની પ્રવૃત્તિઓ હવે બદલી શકાતી નથી.
error-reminder_times_clash = શાંત કલાકો આખી રાતના હોવા જોઈએ, અને સાંજનું રિમાઇન્ડર તેની પહેલાં આવવું જોઈએ.
error-relay_event_state = આ ઘટના હમણાં આ રીતે બદલી શકાતી નથી. ફક્ત નિષ્ફળ ઘટના ફરી મોકલી શકાય, અને ફક્ત એ જ જે હજુ રેકોર્ડમાં નથી તેને નોંધાયેલી તરીકે ચિહ્નિત કરી શકાય.
error-target_required = પહેલાં લક્ષ્ય લખો: તમે શેના પર કામ કરવા માગો છો?
error-too_many_targets = એક યોજનામાં વધુમાં વધુ 20 લક્ષ્ય હોઈ શકે.
error-not_your_column = યોજનાનો આ ભાગ બીજા કોઈએ લખવાનો છે.
error-invalid_date = કૃપા કરીને સાચી તારીખ લખો.
error-closure_in_future = કેસ આજે અથવા વીતેલા દિવસે બંધ થઈ શકે, આવનારા દિવસે નહીં.
error-case_closed = આ કેસ બંધ છે, તેથી કંઈ નવું ઉમેરી શકાતું નથી. પહેલાં કેસ ફરી ખોલો.
error-events_waiting = આ વ્યક્તિએ મોકલેલી કેટલીક વસ્તુઓ હજુ કેસ રેકોર્ડ સુધી પહોંચી નથી. પહેલાં તેને રિલે પેજ પર મોકલો અથવા નોંધો, જેથી કંઈ ગુમ ન થાય.
error-plan_version_not_current = તમે વાંચ્યા પછી યોજના બદલાઈ છે. સંમતિ કહેતાં પહેલાં તેને ફરી વાંચો.
error-plan_edit_conflict = તમે લખતા હતા ત્યારે બીજા કોઈએ આ ખાનું બદલ્યું. કયા શબ્દો રાખવા તે પસંદ કરો.

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = મારી યોજના
home-plan-hint = તમારા લક્ષ્યો, તમારા પોતાના શબ્દોમાં. તેને વાંચો, તમારો ભાગ લખો, અને કહો કે તમે સંમત છો કે નહીં.
    .easier = તમારા લક્ષ્યો. તમારો ભાગ લખો. કહો કે બરાબર છે કે નહીં.
home-plan-link-carer = યોજના
home-plan-hint-carer = તમારા યુવાનના લક્ષ્યો. તેને વાંચો, લખો કે તમે મદદ માટે શું કરશો, અને કહો કે તમે સંમત છો કે નહીં.
    .easier = તમારા બાળકના લક્ષ્યો. લખો કે તમે કેવી રીતે મદદ કરશો. કહો કે બરાબર છે કે નહીં.
plan-title = યોજના
plan-mine = મારી યોજના
plan-of = { $name }ની યોજના
plan-none = અહીં હજુ કોઈ યોજના નથી. તમારા વર્કર તેને તમારી સાથે શરૂ કરશે.
    .easier = હજી કોઈ યોજના નથી. તમારા વર્કર શરૂ કરવામાં મદદ કરશે.
plan-empty = હજુ કોઈ લક્ષ્ય નથી. તમારા વર્કર તેને તમારી સાથે લખશે.
    .easier = હજી કોઈ લક્ષ્ય નથી. તમારા વર્કર મદદ કરશે.
plan-offline-copy = તમારી પાસે સિગ્નલ નથી, તેથી આ યોજના છેલ્લી વાર જેવી છે. તમે જે લખશો તે આ ફોન પર રખાશે અને પછી મોકલાશે.
    .easier = સિગ્નલ નથી. આ છેલ્લી વખતની યોજના છે. તમે જે લખશો તે સાચવાશે અને પછી મોકલાશે.
plan-field-target = લક્ષ્ય
    .easier = લક્ષ્ય
plan-field-i-will = આ કરવા હું...
    .easier = હું શું કરીશ
plan-field-carer-will = માતા-પિતા કે સંભાળ રાખનાર...
    .easier = મારા માતાપિતા કે સંભાળ રાખનાર શું કરશે
plan-field-worker-will = વર્કર...
    .easier = મારા વર્કર શું કરશે
plan-field-how-i-know = મને કેવી રીતે ખબર પડશે કે હું સફળ છું?
    .easier = મને કેવી રીતે ખબર પડશે કે એ કામ કર્યું?
plan-party-young-person = યુવાન
plan-party-carer = માતા-પિતા કે સંભાળ રાખનાર
plan-party-worker = વર્કર
plan-not-written = હજુ લખાયું નથી
plan-write = આ લખો
plan-change = બદલો
plan-box-action = { $action }: { $box }, લક્ષ્ય { $target } માટે
plan-change-target = લક્ષ્ય બદલો
plan-save = સાચવો
plan-cancel = રદ કરો
plan-saved-box = સાચવ્યું: { $box }.
plan-waiting-to-send = આ ફોન પર સાચવેલું છે. સિગ્નલ હશે ત્યારે મોકલાશે.
    .easier = સાચવ્યું. સિગ્નલ આવે ત્યારે જશે.
plan-suggestion = તમારા વર્કર "{ $column }" માટે શબ્દો સૂચવે છે:
plan-accept = આ શબ્દો વાપરો
plan-decline = ના, આભાર
plan-status-achieved = થઈ ગયું!
plan-status-dropped = અટકાવ્યું: { $reason }
plan-review-on = સમીક્ષા { $date }ના રોજ
plan-agree-title = શું તમે આ યોજના સાથે સંમત છો?
    .easier = શું આ યોજના તમારા માટે બરાબર છે?
plan-agree = હું સંમત છું
    .easier = હા, બરાબર છે
plan-disagree = મારે કંઈક બદલવું છે
    .easier = ના, મારે કંઈક બદલવું છે
plan-change-wanted-label = તમે શું બદલશો?
plan-send = મોકલો
plan-disagree-back = પાછા જાઓ
plan-state-waiting = તમે હજુ કહ્યું નથી.
plan-state-agreed = તમે આ યોજના સાથે સંમત થયા. આભાર.
plan-state-disagreed = તમે કહ્યું કે તમારે કંઈક બદલવું છે. તમારા વર્કર પાસે તમારા શબ્દો છે:
plan-state-reopened = તમે સંમત થયા પછી યોજના બદલાઈ છે. કૃપા કરીને વાંચો શું બદલાયું અને ફરી કહો.
    .easier = યોજના બદલાઈ છે. વાંચો અને ફરી કહો.
plan-state-reopened-disagreed = તમે કંઈક બદલવાનું કહ્યા પછી યોજના બદલાઈ છે. કૃપા કરીને વાંચો શું બદલાયું અને ફરી કહો. તમારા શબ્દો આ હતા:
plan-change-added = (નવું)
plan-change-status = હવે { $status ->
    [achieved] થઈ ગયું
    [dropped] અટકાવ્યું
   *[active] ફરી ચાલુ
}
plan-conflict-title = તમે લખતા હતા ત્યારે બીજા કોઈએ આ બદલ્યું
plan-conflict-yours = તમારા શબ્દો
plan-conflict-theirs = હવે ત્યાં રહેલા શબ્દો
plan-keep-mine = મારા શબ્દો રાખો
plan-take-theirs = તેમના શબ્દો રાખો
plan-merge = બંનેને મેળવીને લખો
plan-refused = આ ફેરફાર સાચવી શકાયો નહીં.
plan-discard = તેને દૂર કરો
plan-add-target-label = એક નવું લક્ષ્ય, તમારા પોતાના શબ્દોમાં
plan-add-target = લક્ષ્ય ઉમેરો
plan-look = ચિહ્ન, અને તમારા માતા-પિતા કે સંભાળ રાખનાર શું જુએ છે
plan-icon-label = આ લક્ષ્યનું ચિહ્ન
plan-icon-none = કોઈ ચિહ્ન નહીં
plan-sharing-label = તમારા માતા-પિતા કે સંભાળ રાખનાર જુએ છે
plan-sharing-whole = આ આખું લક્ષ્ય
plan-sharing-part = ફક્ત લક્ષ્ય અને તેમનો ભાગ
plan-sharing-hidden = કંઈ નહીં: તેને ખાનગી રાખો

## Session self-scaling: the young person's page
home-scaling-link = સેશનના સ્કોર
home-scaling-hint = તમારા વર્કરે આપેલા કોડથી તમારા સેશનમાં જોડાઓ
    .easier = તમારા વર્કરે આપેલો કોડ વાપરો.
scaling-title = સેશનના સ્કોર
scaling-join-intro = તમારા વર્કર એક કોડ બતાવશે, અથવા સ્કેન કરવા QR કોડ. સેશનમાં જોડાવા કોડ અહીં લખો.
    .easier = તમારા વર્કર બતાવે તે કોડ લખો.
scaling-code-label = સેશન કોડ
scaling-code-hint = છ અક્ષર અને નંબર, જેમ કે ACD 479
scaling-join = સેશનમાં જોડાઓ
scaling-start = શરૂઆતમાં: તમે આ વિશે હમણાં કેટલું જાણો છો? 0 એટલે કંઈ નહીં, 10 એટલે બધું.
    .easier = તમે આના વિશે હમણાં કેટલું જાણો છો? 0 એટલે કંઈ નહીં. 10 એટલે બધું.
scaling-end = અંતમાં: તમે આ વિશે હવે કેટલું જાણો છો? 0 એટલે કંઈ નહીં, 10 એટલે બધું.
    .easier = અંતે, તમે હવે આના વિશે કેટલું જાણો છો? 0 એટલે કંઈ નહીં. 10 એટલે બધું.
scaling-end-hint = તમે આ સ્કોર સિગ્નલ વગર આપી શકો છો; તે પછી મોકલાશે.
scaling-wait-for-end = આભાર. તમારો શરૂઆતનો સ્કોર સાચવ્યો છે. સેશનના અંતે તમારા વર્કર છેલ્લો સ્કોર માગશે, અને તે અહીં દેખાશે.
    .easier = આભાર. તમારો પહેલો સ્કોર સાચવ્યો છે. સત્રના અંત સુધી રાહ જુઓ.
scaling-no-signal-end = આ ફોન પર સિગ્નલ નથી, તેથી તમારા વર્કર ક્યારે માગે છે તે તે સાંભળી શકતો નથી.
scaling-worker-asked = મારા વર્કરે છેલ્લો સ્કોર માગ્યો છે
scaling-finished-before-end = આ સેશન પૂરું થયું છે. તમારા શરૂઆતના સ્કોર માટે આભાર.
scaling-low = 0 = કંઈ ખબર નથી
scaling-high = 10 = બધું ખબર છે
scaling-review-low = 0 = બિલકુલ નહીં
scaling-review-high = 10 = પૂરેપૂરું
scaling-show-start = મારો શરૂઆતનો સ્કોર બતાવો
scaling-your-start = શરૂઆતમાં તમે { $score } કહ્યું.
scaling-easier-words = સહેલા શબ્દો
scaling-offline-question = આજના વિષય વિશે તમે કેટલું જાણો છો? 0 એટલે કંઈ નહીં, 10 એટલે બધું.
scaling-joined-offline = તમે સિગ્નલ વગર જોડાયા. તમારા સ્કોર આ ફોન પર રખાય છે અને સિગ્નલ હશે ત્યારે મોકલાશે.
scaling-send = મારો સ્કોર મોકલો
scaling-all-done = આભાર. તમારા સ્કોર સાચવ્યા છે. તમારા વર્કર આગલા સેશન બનાવવા તેને જુએ છે.
    .easier = આભાર. તમારા સ્કોર સાચવ્યા છે.
scaling-leave = પૂરું કરો
scaling-review-title = કાર્યક્રમનો અંત
scaling-review-learning = તમે આ કાર્યક્રમમાં કેટલું શીખ્યા?
scaling-review-future-risk = તમે તમારી જાતને જોખમી પરિસ્થિતિઓથી કેટલી સારી રીતે દૂર રાખી શકો છો?
scaling-review-consequences = કોઈ ગુનો કરે તો શું થાય છે તે તમે કેટલી સારી રીતે સમજો છો?
scaling-review-before = કાર્યક્રમ શરૂ થયો ત્યારે (0 એટલે બિલકુલ નહીં, 10 એટલે પૂરેપૂરું)
scaling-review-now = હવે, અંતે (0 એટલે બિલકુલ નહીં, 10 એટલે પૂરેપૂરું)
scaling-topic = સેશનનો વિષય

## Appointments
home-appointments-link = મુલાકાતો
home-appointments-hint = તમે ક્યારે અને ક્યાં મળો છો. કહો કે તમે આવી શકો છો કે નહીં, અને રિમાઇન્ડર મેળવો.
    .easier = આપણે ક્યારે અને ક્યાં મળીશું. કહો કે તમે આવી શકો કે નહીં.
home-appointments-hint-carer = મુલાકાતો ક્યારે અને ક્યાં છે. કહો કે તમે આવી શકો છો કે નહીં, અને રિમાઇન્ડર મેળવો.
    .easier = આપણે ક્યારે અને ક્યાં મળીશું. કહો કે તમે આવી શકો કે નહીં.
appointments-title = મુલાકાતો
appointments-offline-copy = તમે ઑફલાઇન છો. આ તમારી એ મુલાકાતો છે જે છેલ્લે ઑનલાઇન હતા ત્યારે હતી.
    .easier = સિગ્નલ નથી. આ છેલ્લી વખતની મુલાકાતો છે.
appointments-coming-up = આવનારી
appointments-none = કોઈ આવનારી મુલાકાત નથી.
appointments-past = વીતેલી મુલાકાતો
appointments-time = { $start } થી { $end }
appointments-for = { $name } માટે
appointments-where = ક્યાં
appointments-what = શેના માટે
appointments-who = ત્યાં કોણ હશે
appointments-get-ready = આ મીટિંગની તૈયારી કરો
appointments-got-ready = તમે આ મીટિંગની તૈયારી કરી લીધી છે. આભાર.
appointments-open-map = નકશો ખોલો
appointments-coming = હું આવીશ
appointments-change = મારે આ બદલવું છે
appointments-change-label = શું બદલવાનું છે? ઉદાહરણ તરીકે, વધુ સારો દિવસ કે સમય.
    .easier = શું બદલવું છે?
appointments-change-label-optional = બીજું કંઈ કહેવું છે? આમાંથી કોઈ સમય ન ફાવે તો કહો કે તમને શું અનુકૂળ રહેશે.
appointments-free-times = તમારા વર્કર ફ્રી હોય તે સમય
appointments-free-time = { $day }, { $start } થી { $end }
appointments-free-other = બીજો દિવસ કે સમય (નીચે કહો કયો)
appointments-change-send = મારા વર્કરને મોકલો
appointments-change-cancel = રદ કરો
appointments-reply-waiting = તમારો જવાબ આ ફોન પર સાચવેલો છે અને તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
    .easier = સાચવ્યું. સિગ્નલ આવે ત્યારે જશે.
appointments-you-are-coming = તમે કહ્યું કે તમે આવશો.
appointments-you-asked-change = તમે આ બદલવા કહ્યું: { $reason }
appointments-you-asked-time = તમે તેને { $time } પર ખસેડવા કહ્યું.
appointments-add-to-calendar = મારા કેલેન્ડરમાં ઉમેરો
appointments-default-title = મુલાકાત
appointments-calendar = કેલેન્ડર
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] એક મુલાકાત
   *[other] { $count } મુલાકાતો
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = આવનારી
appointment-state-attended = તમે આવ્યા
appointment-state-missed = ચૂકી ગયા
appointment-state-cancelled = રદ
remind-title = રિમાઇન્ડર
remind-discreet = તમારી લૉક સ્ક્રીન પરના રિમાઇન્ડર ફક્ત કંઈક આવું કહે છે: "કાલે સાંજે 4 વાગ્યે કંઈક છે", જેથી બીજું કોઈ જોઈ ન શકે કે તે શું છે.
    .easier = રિમાઇન્ડરમાં લખેલું નથી હોતું કે મુલાકાત શાની છે. બીજાને ખબર પડતી નથી.
remind-button = મુલાકાતો પહેલાં મને યાદ અપાવો
remind-again = આ ફોન પર પણ રિમાઇન્ડર ચાલુ કરો
remind-on = રિમાઇન્ડર ચાલુ છે.
remind-detailed = રિમાઇન્ડરમાં શું અને ક્યાં કહો (જે કોઈ તમારી સ્ક્રીન જુએ તે વાંચી શકે)
remind-unsupported = આ ફોન કે બ્રાઉઝર રિમાઇન્ડર બતાવી શકતું નથી. તેના બદલે મુલાકાતો તમારા કેલેન્ડરમાં ઉમેરો.
remind-denied = આ એપ માટે રિમાઇન્ડર બંધ છે. તમે તમારા ફોનના સેટિંગ્સમાં સૂચનાઓની પરવાનગી આપી શકો છો.
weekday-1 = સોમવાર
weekday-2 = મંગળવાર
weekday-3 = બુધવાર
weekday-4 = ગુરુવાર
weekday-5 = શુક્રવાર
weekday-6 = શનિવાર
weekday-7 = રવિવાર
weekday-short-1 = સોમ
weekday-short-2 = મંગળ
weekday-short-3 = બુધ
weekday-short-4 = ગુરુ
weekday-short-5 = શુક્ર
weekday-short-6 = શનિ
weekday-short-7 = રવિ
month-1 = જાન્યુઆરી
month-2 = ફેબ્રુઆરી
month-3 = માર્ચ
month-4 = એપ્રિલ
month-5 = મે
month-6 = જૂન
month-7 = જુલાઈ
month-8 = ઑગસ્ટ
month-9 = સપ્ટેમ્બર
month-10 = ઑક્ટોબર
month-11 = નવેમ્બર
month-12 = ડિસેમ્બર
date-in-words = { $weekday } { $day } { $month } { $year }
time-in-words = { $date }, { $time }

## Surveys on a phone
home-surveys-link = સર્વે
home-surveys-hint = તમે શું વિચારો છો તે અમને કહો. તેનાથી અમને વસ્તુઓ વધુ સારી બનાવવામાં મદદ મળે છે.
    .easier = થોડા સવાલોના જવાબ આપો. એનાથી અમને મદદ મળે છે.
home-voice-link = તમારી વાત કહો
home-voice-hint = જે મહત્વનું છે તેના પર મત આપો, અને જુઓ કે યુવાનોએ કહ્યું તેનાથી શું બદલાયું.
    .easier = મત આપો. જુઓ શું બદલાયું.
surveys-title = તમારા માટે સર્વે
surveys-offline-copy = તમે ઑફલાઇન છો. આ એ સર્વે છે જે આ ફોને છેલ્લે જોયા.
    .easier = સિગ્નલ નથી. આ છેલ્લી વખતના સર્વે છે.
surveys-none = હમણાં તમારા માટે કોઈ સર્વે નથી. જોવા બદલ આભાર!
    .easier = હમણાં તમારા માટે કોઈ સર્વે નથી.
surveys-closes = { $date } સુધી ખુલ્લો
surveys-waiting = તમારા જવાબ આ ફોન પર સાચવેલા છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
    .easier = સાચવ્યા. તમારા જવાબ સિગ્નલ આવે ત્યારે જશે.
surveys-gone = આ સર્વે હવે આ ફોન પર નથી. કદાચ તે બંધ થયો હોય, અથવા તમે પહેલેથી જવાબ આપ્યો હોય.
surveys-back-to-list = સર્વે પર પાછા
surveys-audience = તમારા જવાબ કોણ વાંચશે: { $audience }.
surveys-anonymous = તમારું નામ તમારા જવાબો સાથે રખાતું નથી. કોઈ કહી ન શકે કે કયા જવાબ તમારા છે.
    .easier = અમે તમારું નામ રાખતા નથી. કોઈને ખબર નથી કે કયા જવાબ તમારા છે.
surveys-named = તમારું નામ તમારા જવાબો સાથે રખાય છે, જેથી તમારા વર્કર જોઈ શકે કે તમે શું કહ્યું.
    .easier = અમે તમારું નામ રાખીએ છીએ. તમારા વર્કર તમારા જવાબ જોઈ શકે છે.
surveys-how-many = { $count ->
    [one] 1 પ્રશ્ન છે.
   *[other] { $count } પ્રશ્નો છે.
}
surveys-how-many-between = { $least } થી { $most } પ્રશ્નો છે: કેટલાક ફક્ત અમુક જવાબો પછી પુછાય છે.
surveys-easy-words = સહેલા શબ્દો વાપરો
surveys-start = શરૂ કરો
surveys-carry-on = જ્યાં અટક્યો હતો ત્યાંથી ચાલુ રાખો
surveys-progress = પ્રશ્ન { $number } / { $count }
surveys-back = પાછા
surveys-next = આગળ
surveys-send = મારા જવાબ મોકલો
surveys-pick-any = જેટલા જોઈએ તેટલા પસંદ કરો.
surveys-yes = હા
surveys-no = ના
surveys-face-1 = ખૂબ નાખુશ
surveys-face-2 = નાખુશ
surveys-face-3 = ઠીક
surveys-face-4 = ખુશ
surveys-face-5 = ખૂબ ખુશ
surveys-thanks-title = આભાર!
surveys-thanks-audience = તમારા જવાબ આ લોકો વાંચશે: { $audience }.
home-forms-link = ભરવાનાં ફોર્મ
home-forms-hint = તમારા વર્કરે તમને ભરવા કહેલી વસ્તુઓ, જેમ કે તમારું પોતાનું મૂલ્યાંકન.
home-forms-hint-carer = તમારા પરિવારના વર્કરે તમને ભરવા કહેલાં ફોર્મ.
forms-title = ભરવાનાં ફોર્મ
forms-offline-copy = તમે ઑફલાઇન છો. આ એ ફોર્મ છે જે આ ફોને છેલ્લે જોયાં.
forms-none = અત્યારે તમારે ભરવા માટે કોઈ ફોર્મ નથી.
forms-gone = આ ફોર્મ હવે આ ફોન પર નથી. કદાચ તે મોકલાઈ ગયું છે.
forms-back-to-list = ફોર્મ પર પાછા
forms-for-assessment = આ મૂલ્યાંકન માટે છે.
forms-for-review-meeting = આ સમીક્ષા મીટિંગની તૈયારી માટે છે.
forms-for-closure = આ સેવા સાથેના કામના અંત માટે છે.
forms-for-induction = આ સેવા સાથે શરૂઆત માટે છે.
forms-reader = { $name } આ વાંચશે.
forms-reader-only = ફક્ત { $name } આ વાંચશે.
forms-due = કૃપા કરીને તેને { $date } સુધીમાં પૂરું કરો.
forms-rather-not-say = નથી કહેવું
forms-rather-not-say-kept = તમે ન કહેવાનું પસંદ કર્યું. તે બરાબર છે.
forms-rather-not-say-any = તમે કોઈ પણ પ્રશ્નમાં "નથી કહેવું" પસંદ કરી શકો છો.
forms-kept-on-phone = તમે અટકીને પછી પાછા આવી શકો છો. તમે જે લખો છો તે મોકલો ત્યાં સુધી આ ફોન પર રહે છે.

## Complaints and compliments on a phone
say-link = ફરિયાદ કે પ્રશંસા
say-title = તમે શું વિચારો છો તે અમને કહો
say-intro = તમે અમને કોઈ એવી વસ્તુ વિશે કહી શકો જે ખોટી થઈ, અથવા જે સારી થઈ. તમારા પોતાના શબ્દો વાપરો.
    .easier = અમને કહો શું ખોટું થયું, અથવા શું સારું થયું.
say-kind-legend = તમે અમને શું કહેવા માગો છો?
say-kind-complaint = કંઈક ખોટું થયું (ફરિયાદ)
say-kind-compliment = કંઈક સારું થયું (પ્રશંસા)
say-text-unchosen = તમારા પોતાના શબ્દોમાં કહો
say-text-complaint = શું ખોટું થયું?
say-text-compliment = શું સારું થયું?
say-anonymous = મારું નામ ન મોકલો
say-anonymous-hint = અમને ખબર નહીં પડે કે તે તમે હતા. તમે તેમ છતાં આ ફોન પર જોઈ શકો કે શું થાય છે.
    .easier = અમને ખબર નહીં પડે કે એ તમે હતા.
say-named-hint = અમને ખબર હશે કે તે તમે હતા, જેથી અમે તમારી સાથે તેના વિશે વાત કરી શકીએ.
    .easier = અમને ખબર હશે કે એ તમે હતા. અમે તમારી સાથે એ વિશે વાત કરી શકીએ.
say-send = મોકલો
say-thanks = અમને કહેવા બદલ આભાર. તે આ ફોન પર સાચવેલું છે અને તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
    .easier = આભાર. એ સાચવ્યું છે. સિગ્નલ આવે ત્યારે જશે.
say-thanks-received = અમને કહેવા બદલ આભાર. અમને તે મળી ગયું છે, અને તમે નીચે તેના પર નજર રાખી શકો છો.
say-yours = તમે અમને શું કહ્યું
say-waiting = આ ફોન પર સાચવેલું છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
say-status-received = અમને મળ્યું
say-status-acknowledged = અમે વાંચ્યું
say-status-investigating = અમે તે જોઈ રહ્યા છીએ
say-status-resolved = ઉકેલાઈ ગયું
say-respond-by = અમે { $date } સુધીમાં જવાબ આપીશું.
say-owner = { $name } આ જોઈ રહ્યા છે.
say-outcome = અમે શું કર્યું:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = તમારી વાત કહો
voice-intro = તમારો મત બદલી શકે છે કે વસ્તુઓ કેવી રીતે ચાલે છે. મત આપો, સંમત કે અસંમત થાઓ, અને તમારા પોતાના શબ્દોમાં કહો.
    .easier = તમારા વિચારો વસ્તુઓ બદલી શકે છે. મત આપો અને અમને કહો.
voice-offline-copy = તમે ઑફલાઇન છો. આ ફોન પર સાચવેલી આ છેલ્લી નકલ છે; તમે જે આપશો તે તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
    .easier = સિગ્નલ નથી. આ છેલ્લી વખતનું છે. તમે જે આપશો તે પછી જશે.
voice-none-open = હમણાં તમારા માટે કંઈ ખુલ્લું નથી.
voice-for-cabinet = યુથ કેબિનેટ
voice-closes = { $date } સુધી ખુલ્લું
voice-feed-title = તમે કહ્યું, અમે કર્યું
voice-feed-none = હજુ કંઈ નહીં. ટીમ યુવાનોની વાતનો જવાબ આપશે ત્યારે તે અહીં દેખાશે.
voice-heard-by = આ કોણ સાંભળશે: { $audience }
voice-you-took-part = તમે ભાગ લીધો
voice-ballots-cast = { $count ->
    [one] એક મત
   *[other] { $count } મત
}
voice-agree-percent = { $percent }% સંમત
voice-you-said = તમે કહ્યું:
voice-we-did = અમે કર્યું:
voice-by-when = { $date } સુધીમાં
voice-decided-by = { $who } એ નક્કી કર્યું
voice-status-planned = આયોજિત
voice-status-in_progress = હમણાં થઈ રહ્યું છે
voice-status-done = થઈ ગયું
voice-status-not_possible = અમે આ બદલી શકતા નથી
voice-gone = આ હવે ખુલ્લું નથી.
voice-back = તમારી વાત કહો પર પાછા
voice-audience-heading = તમારી વાત કોણ સાંભળશે
voice-anonymous = અહીં તમે જે પણ આપો, તમારું નામ તેની સાથે રખાતું નથી.
    .easier = અમે તમારું નામ રાખતા નથી.
voice-named = તમે જે લખો છો તે તમારા નામ સાથે રખાય છે અને તમારા રેકોર્ડમાં જાય છે. તમે કેવી રીતે મત આપો છો તે ક્યારેય તમારા નામ સાથે રખાતું નથી.
    .easier = તમારા શબ્દો સાથે તમારું નામ હોય છે. તમારા મત સાથે ક્યારેય નહીં.
voice-thanks = આભાર, અમને તે મળી ગયું. { $audience } સાંભળશે કે યુવાનોએ શું કહ્યું.
voice-thanks-waiting = આભાર. તે આ ફોન પર સાચવેલું છે અને તમે ઑનલાઇન થશો ત્યારે મોકલાશે. પછી { $audience } સાંભળશે કે યુવાનોએ શું કહ્યું.
voice-waiting = આ ફોન પર સાચવેલું છે. તમે ઑનલાઇન થશો ત્યારે મોકલાશે.
voice-done = થઈ ગયું, આભાર
voice-agree = સંમત
voice-disagree = અસંમત
voice-pass = ખાતરી નથી
voice-propose-label = તમારું પોતાનું નિવેદન ઉમેરો
voice-propose-hint = ટીમ તપાસે પછી બીજા લોકો તે જોશે.
voice-propose-send = મારું નિવેદન મોકલો
voice-answer-send = મારો જવાબ મોકલો
voice-rank-hint = ત્રણ સુધી પસંદ કરો, સૌથી મહત્વનું પહેલાં.
voice-first-choice = પહેલી પસંદગી
voice-second-choice = બીજી પસંદગી
voice-third-choice = ત્રીજી પસંદગી
voice-no-choice = (કંઈ નહીં)
voice-ballot-send = મારો મત મોકલો
voice-record = તેના બદલે વૉઇસ નોટ રેકોર્ડ કરો
voice-recording = રેકોર્ડિંગ ચાલુ છે. જે કહેવું હોય તે કહો, પછી અટકાવો દબાવો. તે બે મિનિટ પછી જાતે અટકી જાય છે.
voice-record-stop = રેકોર્ડિંગ અટકાવો
voice-recorded = તમારી વૉઇસ નોટ તૈયાર છે ({ $seconds } સેકન્ડ). તમે શબ્દો પણ ઉમેરી શકો, પછી મોકલો.
voice-record-delete = વૉઇસ નોટ ભૂંસો
voice-record-failed = આ ફોન પર રેકોર્ડિંગ ચાલ્યું નહીં. કૃપા કરીને તમારો જવાબ લખો.

## Get help now ("I don't feel safe")
help-link = હમણાં મદદ મેળવો
lock-help = હમણાં જોખમમાં છો?
help-title = હમણાં મદદ મેળવો
help-intro = જો તમે હમણાં જોખમમાં હો તો 999 પર ફોન કરો. તમે કોઈની સાથે મફત અને ખાનગી રીતે વાત પણ કરી શકો, અથવા તમારા વર્કરને કહી શકો.
    .easier = હમણાં જોખમમાં છો? 999 પર ફોન કરો. તમે કોઈની સાથે વાત પણ કરી શકો, અથવા તમારા વર્કરને કહો.
help-call-999 = 999 પર ફોન કરો (કટોકટી)
help-childline = ચાઇલ્ડલાઇન, મફત અને ખાનગી: { $number }
help-duty = તમારી સર્વિસના ડ્યુટી વર્કર: { $number }
help-tell-title = તમારા વર્કરને કહો
help-words-label = શું થઈ રહ્યું છે? (તમારે કંઈ લખવું જરૂરી નથી)
help-send = હમણાં મારા વર્કરને કહો
help-sent = તમારા વર્કરને જાણ કરી દેવાઈ છે. કોઈ શક્ય એટલું જલદી તમારો સંપર્ક કરશે.
    .easier = તમારા વર્કરને ખબર છે. કોઈ જલદી તમારો સંપર્ક કરશે.
help-waiting = આ આ ફોન પર સાચવેલું છે. સિગ્નલ આવતાં જ તે તમારા વર્કર પાસે જશે. જો તમે જોખમમાં હો તો 999 પર ફોન કરો.
    .easier = સાચવ્યું. સિગ્નલ આવે ત્યારે તમારા વર્કરને જશે. જોખમમાં છો? 999 પર ફોન કરો.
help-history-title = તમે શું માગ્યું
help-asked-at = તમે { $time } એ મદદ માગી
help-seen-by = { $name } એ આ જોયું છે.
help-not-seen-yet = કોઈ જુએ તેની રાહ છે.

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – ટેન્ડમ
title-join = જોડાઓ
title-pin = પિન પસંદ કરો
title-help = મદદ
title-plan = યોજના
title-session = સેશન
title-appointments = મુલાકાતો
title-surveys = સર્વે
title-forms = ફોર્મ
title-voice = તમારી વાત કહો
title-say = ફરિયાદ કે પ્રશંસા
title-devices = મારા ફોન
title-my-data = ટેન્ડમ શું રાખે છે
title-feedback = આ એપ વિશે
title-not-found = પેજ મળ્યું નહીં
