# Notification text in Punjabi (ਪੰਜਾਬੀ), for i18n/en/push.ftl. Discreet by default: never the
# service, the court, offending or the purpose. Awaits review by a native speaker.

push-title = ਯਾਦ-ਦਹਾਨੀ
push-appointment-today = ਅੱਜ { $time } ਵਜੇ ਕੁਝ ਹੈ
push-appointment-tomorrow = ਕੱਲ੍ਹ { $time } ਵਜੇ ਕੁਝ ਹੈ
push-appointment-later = ਜਲਦੀ { $time } ਵਜੇ ਕੁਝ ਹੈ
push-appointment-today-detailed = { $title } ਅੱਜ { $time } ਵਜੇ, { $place }
push-appointment-tomorrow-detailed = { $title } ਕੱਲ੍ਹ { $time } ਵਜੇ, { $place }
push-appointment-later-detailed = { $title } { $time } ਵਜੇ, { $place }
push-appointment-default-title = ਮੁਲਾਕਾਤ
push-plan-waiting = ਕੁਝ ਤੁਹਾਡੇ ਦੇਖਣ ਦੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।
push-plan-waiting-detailed = ਤੁਹਾਡੀ ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ। ਇਸਨੂੰ ਦੇਖੋ ਅਤੇ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਜਾਂ ਨਹੀਂ।
push-score-missing = ਇੱਕ ਛੋਟਾ ਸਵਾਲ ਤੁਹਾਡੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।
push-score-missing-detailed = ਤੁਹਾਡਾ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਰਿਹਾ ਹੈ। ਕਿਵੇਂ ਰਿਹਾ? ਆਪਣਾ ਸਕੋਰ ਦਿਓ।
push-form-due = ਕੁਝ ਤੁਹਾਡੇ ਭਰਨ ਦੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ।
push-form-due-detailed = ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਤੁਹਾਨੂੰ ਕੱਲ੍ਹ ਤੱਕ ਇੱਕ ਫ਼ਾਰਮ ਭਰਨ ਲਈ ਕਿਹਾ ਹੈ। ਤੁਸੀਂ ਇਸਨੂੰ Tandem 'ਤੇ ਭਰ ਸਕਦੇ ਹੋ।
push-form-overdue = ਜੋ ਤੁਸੀਂ ਮੰਗਿਆ ਸੀ ਉਹ ਅਜੇ ਵਾਪਸ ਨਹੀਂ ਆਇਆ।
push-form-overdue-detailed = ਜੋ ਫ਼ਾਰਮ ਤੁਸੀਂ ਕਿਸੇ ਨੌਜਵਾਨ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਨੂੰ ਭਰਨ ਲਈ ਕਿਹਾ ਸੀ, ਉਹ ਲੇਟ ਹੈ।
push-safety-title = ਟੈਂਡਮ
push-safety-alert = ਕਿਸੇ ਨੂੰ ਹੁਣੇ ਤੁਹਾਡੀ ਲੋੜ ਹੈ। ਟੈਂਡਮ ਖੋਲ੍ਹੋ।
push-safety-escalated = ਮਦਦ ਮੰਗਣ ਵਾਲੇ ਕਿਸੇ ਨੂੰ ਅਜੇ ਤੱਕ ਜਵਾਬ ਨਹੀਂ ਮਿਲਿਆ। ਹੁਣੇ ਟੈਂਡਮ ਖੋਲ੍ਹੋ।
push-voice-news = ਜਿਸ ਚੀਜ਼ ਬਾਰੇ ਤੁਸੀਂ ਆਪਣੀ ਗੱਲ ਕਹੀ ਸੀ, ਉਸ ਬਾਰੇ ਖ਼ਬਰ ਹੈ।
push-voice-news-detailed = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: "{ $title }" ਬਾਰੇ ਖ਼ਬਰ।
push-voice-reply = { $count ->
    [one] ਤੁਹਾਡੀ ਕਹੀ ਇੱਕ ਗੱਲ ਦਾ ਜਵਾਬ ਆਇਆ ਹੈ।
   *[other] ਤੁਹਾਡੀਆਂ ਕਹੀਆਂ ਗੱਲਾਂ ਦੇ ਜਵਾਬ ਆਏ ਹਨ।
}
push-voice-reply-detailed = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: "{ $title }" ਵਿੱਚ "{ $about }" ਬਾਰੇ ਜਵਾਬ।
push-voice-replies-detailed = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: "{ $title }" ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਗੱਲਾਂ ਦੇ { $count } ਜਵਾਬ।
push-complaint-news = ਤੁਹਾਡੀ ਭੇਜੀ ਚੀਜ਼ ਬਾਰੇ ਖ਼ਬਰ ਹੈ।
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] ਧੰਨਵਾਦ: ਤੁਹਾਡੀ ਤਾਰੀਫ਼ ਪੜ੍ਹ ਲਈ ਗਈ ਹੈ।
       *[complaint] ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਪੜ੍ਹ ਲਈ ਗਈ ਹੈ।
    }
    [investigating] ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦੇਖੀ ਜਾ ਰਹੀ ਹੈ।
    [resolved] { $kind ->
        [compliment] ਧੰਨਵਾਦ: ਤੁਹਾਡੀ ਤਾਰੀਫ਼ ਅੱਗੇ ਪਹੁੰਚਾ ਦਿੱਤੀ ਗਈ ਹੈ।
       *[complaint] ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ ਆ ਗਿਆ ਹੈ। ਪੜ੍ਹਨ ਲਈ ਟੈਂਡਮ ਖੋਲ੍ਹੋ।
    }
   *[received] ਤੁਹਾਡੀ ਭੇਜੀ ਚੀਜ਼ ਸਾਨੂੰ ਮਿਲ ਗਈ ਹੈ।
}
