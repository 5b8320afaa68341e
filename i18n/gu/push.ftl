# Notification text in Gujarati (ગુજરાતી), for i18n/en/push.ftl. Discreet by default: never
# the service, the court, offending or the purpose. Awaits review by a native speaker.

push-title = રિમાઇન્ડર
push-appointment-today = આજે { $time } વાગ્યે કંઈક છે
push-appointment-tomorrow = કાલે { $time } વાગ્યે કંઈક છે
push-appointment-later = જલદી { $time } વાગ્યે કંઈક છે
push-appointment-today-detailed = { $title } આજે { $time } વાગ્યે, { $place }
push-appointment-tomorrow-detailed = { $title } કાલે { $time } વાગ્યે, { $place }
push-appointment-later-detailed = { $title } { $time } વાગ્યે, { $place }
push-appointment-default-title = મુલાકાત
push-plan-waiting = કંઈક તમે જુઓ તેની રાહ જુએ છે.
push-plan-waiting-detailed = તમારી યોજના બદલાઈ છે. તેને જુઓ અને કહો કે તમે સંમત છો કે નહીં.
push-score-missing = એક નાનો પ્રશ્ન તમારી રાહ જુએ છે.
push-score-missing-detailed = તમારું સેશન પૂરું થઈ રહ્યું છે. કેવું રહ્યું? તમારો સ્કોર આપો.
push-form-due = કંઈક તમે ભરો તેની રાહ જુએ છે.
push-form-due-detailed = તમારા વર્કરે તમને કાલ સુધીમાં એક ફોર્મ ભરવા કહ્યું છે. તમે તે Tandem પર ભરી શકો છો.
push-form-overdue = તમે જે માગ્યું હતું તે હજી પાછું આવ્યું નથી.
push-form-overdue-detailed = તમે કોઈ યુવાન અથવા સંભાળ રાખનારને ભરવા કહેલું ફોર્મ મોડું છે.
push-safety-title = ટેન્ડમ
push-safety-alert = કોઈને હમણાં તમારી જરૂર છે. ટેન્ડમ ખોલો.
push-safety-escalated = મદદ માગનાર કોઈને હજુ જવાબ મળ્યો નથી. હમણાં ટેન્ડમ ખોલો.
push-voice-news = જેના પર તમે તમારી વાત કહી હતી તેના વિશે સમાચાર છે.
push-voice-news-detailed = તમે કહ્યું, અમે કર્યું: "{ $title }" વિશે સમાચાર.
push-voice-reply = { $count ->
    [one] તમે કહેલી એક વાતનો જવાબ આવ્યો છે.
   *[other] તમે કહેલી વાતોના જવાબ આવ્યા છે.
}
push-voice-reply-detailed = તમે કહ્યું, અમે કર્યું: "{ $title }" માં "{ $about }" વિશે જવાબ.
push-voice-replies-detailed = તમે કહ્યું, અમે કર્યું: "{ $title }" માં તમારી વાતોના { $count } જવાબ.
push-complaint-news = તમે અમને મોકલેલી વસ્તુ વિશે સમાચાર છે.
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] આભાર: તમારી પ્રશંસા વંચાઈ ગઈ છે.
       *[complaint] તમારી ફરિયાદ વંચાઈ ગઈ છે.
    }
    [investigating] તમારી ફરિયાદ તપાસાઈ રહી છે.
    [resolved] { $kind ->
        [compliment] આભાર: તમારી પ્રશંસા આગળ પહોંચાડી દેવાઈ છે.
       *[complaint] તમારી ફરિયાદનો જવાબ આવ્યો છે. વાંચવા માટે ટેન્ડમ ખોલો.
    }
   *[received] તમે અમને મોકલેલું મળી ગયું છે.
}
