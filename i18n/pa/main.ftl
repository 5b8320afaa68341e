# Tandem: ਪੰਜਾਬੀ (Punjabi, Gurmukhi). Every message of i18n/en/main.ftl, in plain words.
# Awaits review by a native speaker before use with young people.

app-name = ਟੈਂਡਮ
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
quick-exit = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-help = ਇਹ ਐਪ ਤੁਰੰਤ ਬੰਦ ਕਰਕੇ ਮੌਸਮ ਦਾ ਸਫ਼ਾ ਖੋਲ੍ਹ ਦਿੰਦਾ ਹੈ।
language-label = ਭਾਸ਼ਾ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
go-home = ਸ਼ੁਰੂ 'ਤੇ ਜਾਓ

## Sync status (bottom of every page)
sync-all-sent = ਤੁਸੀਂ ਜੋ ਕੁਝ ਭੇਜਿਆ, ਉਹ ਪਹੁੰਚ ਗਿਆ ਹੈ।
sync-waiting = { $count ->
    [one] 1 ਜਵਾਬ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।
   *[other] { $count } ਜਵਾਬ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।
}
sync-offline-waiting = { $count ->
    [one] ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। 1 ਜਵਾਬ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਔਨਲਾਈਨ ਹੁੰਦੇ ਹੀ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
   *[other] ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। { $count } ਜਵਾਬ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲੇ ਹੋਏ ਹਨ। ਔਨਲਾਈਨ ਹੁੰਦੇ ਹੀ ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।
}
sync-refused = { $count ->
    [one] 1 ਜਵਾਬ ਭੇਜਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਉਹ ਅਜੇ ਵੀ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ।
   *[other] { $count } ਜਵਾਬ ਭੇਜੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹ ਅਜੇ ਵੀ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
}
sync-store-failed = ਇਹ ਫ਼ੋਨ ਟੈਂਡਮ ਨੂੰ ਚੀਜ਼ਾਂ ਸੰਭਾਲਣ ਨਹੀਂ ਦੇ ਰਿਹਾ। ਜਦ ਤੱਕ ਤੁਸੀਂ ਇਹ ਨਾ ਦੇਖ ਲਓ ਕਿ ਤੁਹਾਡੇ ਜਵਾਬ ਪਹੁੰਚ ਗਏ ਹਨ, ਐਪ ਬੰਦ ਨਾ ਕਰੋ।

## Home
home-title = ਟੈਂਡਮ ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
home-intro = ਟੈਂਡਮ ਵਿੱਚ ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡਾ ਵਰਕਰ ਮਿਲ ਕੇ ਯੋਜਨਾ ਬਣਾਉਂਦੇ ਹੋ, ਅਤੇ ਤੁਸੀਂ ਸਾਨੂੰ ਆਪਣੀ ਰਾਏ ਦੱਸਦੇ ਹੋ।
    .easier = ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਯੋਜਨਾ ਬਣਾਓ। ਸਾਨੂੰ ਆਪਣੀ ਰਾਏ ਦੱਸੋ।
home-nav-label = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
home-feedback-link = ਤੁਹਾਨੂੰ ਇਹ ਐਪ ਕਿਵੇਂ ਲੱਗਾ?
home-feedback-hint = ਇੱਕ ਮਿੰਟ ਵਿੱਚ ਦੱਸੋ। ਆਪਣਾ ਨਾਂ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।
    .easier = ਇੱਕ ਮਿੰਟ ਲੱਗਦਾ ਹੈ। ਨਾਮ ਦੀ ਲੋੜ ਨਹੀਂ।
home-staff-link = ਸਟਾਫ਼ ਲਈ: ਪੜ੍ਹੋ ਕਿ ਲੋਕ ਐਪ ਬਾਰੇ ਕੀ ਸੋਚਦੇ ਹਨ

## A staff page opened in the phone build
staff-offline-title = ਇਸ ਸਫ਼ੇ ਲਈ ਇੰਟਰਨੈੱਟ ਚਾਹੀਦਾ ਹੈ
staff-offline-body = ਸਟਾਫ਼ ਦੇ ਸਫ਼ੇ ਸਿਰਫ਼ ਉਦੋਂ ਖੁੱਲ੍ਹਦੇ ਹਨ ਜਦੋਂ ਇਹ ਡਿਵਾਈਸ ਔਨਲਾਈਨ ਹੋਵੇ। ਨੌਜਵਾਨਾਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਲਈ ਸਭ ਕੁਝ ਔਫ਼ਲਾਈਨ ਚੱਲਦਾ ਹੈ।
piece-missing-title = ਪਹਿਲੀ ਵਾਰ ਇਸ ਸਫ਼ੇ ਲਈ ਇੰਟਰਨੈੱਟ ਚਾਹੀਦਾ ਹੈ
piece-missing-body = ਇਸ ਫ਼ੋਨ ਨੇ ਇਹ ਸਫ਼ਾ ਪਹਿਲਾਂ ਨਹੀਂ ਖੋਲ੍ਹਿਆ, ਇਸ ਲਈ ਇਹ ਅਜੇ ਇੱਥੇ ਸੰਭਾਲਿਆ ਨਹੀਂ। ਜਦੋਂ ਸਿਗਨਲ ਹੋਵੇ ਤਾਂ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਇਹ ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਵੀ ਖੁੱਲ੍ਹੇਗਾ।
piece-missing-again = ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ

## Not found
not-found-title = ਸਾਨੂੰ ਉਹ ਸਫ਼ਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਲਿੰਕ ਪੁਰਾਣਾ ਹੋਵੇ। ਤੁਸੀਂ ਸ਼ੁਰੂ 'ਤੇ ਵਾਪਸ ਜਾ ਸਕਦੇ ਹੋ।

## The 0-10 scale
scale-low = 0 = ਬਹੁਤ ਮਾੜਾ
scale-high = 10 = ਬਹੁਤ ਵਧੀਆ
scale-option-low = { $score }, ਬਹੁਤ ਮਾੜਾ
scale-option-high = { $score }, ਬਹੁਤ ਵਧੀਆ

## App feedback form
feedback-title = ਤੁਹਾਨੂੰ ਇਹ ਐਪ ਕਿਵੇਂ ਲੱਗਾ?
feedback-intro = ਤੁਹਾਡਾ ਜਵਾਬ ਟੈਂਡਮ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ।
    .easier = ਤੁਹਾਡਾ ਜਵਾਬ ਸਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ।
feedback-score-legend = 0 ਤੋਂ 10 ਤੱਕ ਕੋਈ ਨੰਬਰ ਚੁਣੋ।
feedback-comment-label = ਕੁਝ ਹੋਰ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ? (ਤੁਸੀਂ ਇਸਨੂੰ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
feedback-comment-hint = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦਾ ਨਾਂ ਨਾ ਲਿਖੋ।
    .easier = ਕੋਈ ਨਾਮ ਨਾ ਲਿਖੋ।
chars-left = { $count } ਅੱਖਰ ਬਾਕੀ
feedback-anonymous = ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਕਿਸਨੇ ਭੇਜਿਆ। ਇਹ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਵੀ ਚੱਲਦਾ ਹੈ।
    .easier = ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ।
feedback-send = ਭੇਜੋ
feedback-thanks-title = ਧੰਨਵਾਦ!
feedback-thanks-sent = ਸਾਨੂੰ ਤੁਹਾਡਾ ਜਵਾਬ ਮਿਲ ਗਿਆ।
feedback-thanks-saved = ਤੁਹਾਡਾ ਜਵਾਬ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
feedback-audience = ਟੈਂਡਮ ਦੀ ਟੀਮ ਹਰ ਜਵਾਬ ਪੜ੍ਹਦੀ ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨਾਲ ਐਪ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦੀ ਹੈ।
feedback-again = ਹੋਰ ਰਾਏ ਦਿਓ

## Joining with a code (young people and carers)
home-join-link = ਮੇਰੇ ਕੋਲ ਵਰਕਰ ਦਾ ਦਿੱਤਾ ਕੋਡ ਹੈ
home-join-hint = ਇਸ ਨਾਲ ਸ਼ਾਮਲ ਹੋਵੋ। ਈਮੇਲ ਦੀ ਲੋੜ ਨਹੀਂ।
    .easier = ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕੋਡ ਲਿਖੋ। ਈਮੇਲ ਦੀ ਲੋੜ ਨਹੀਂ।
home-staff-sign-in = ਸਟਾਫ਼ ਸਾਈਨ ਇਨ
join-title = ਆਪਣੇ ਕੋਡ ਨਾਲ ਸ਼ਾਮਲ ਹੋਵੋ
join-intro = ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਤੁਹਾਨੂੰ ਇੱਕ ਕੋਡ ਦਿੱਤਾ ਹੈ। ਇਸਨੂੰ ਹੇਠਾਂ ਲਿਖੋ। ਫਿਰ ਤੁਸੀਂ ਆਪਣੀਆਂ ਚੀਜ਼ਾਂ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਇੱਕ ਪਿੰਨ ਚੁਣੋਗੇ।
    .easier = ਆਪਣੇ ਵਰਕਰ ਦਾ ਕੋਡ ਲਿਖੋ। ਫਿਰ ਇੱਕ ਪਿੰਨ ਚੁਣੋ।
field-required = (ਇਹ ਭਰਨਾ ਜ਼ਰੂਰੀ ਹੈ)
join-code-label = ਤੁਹਾਡਾ ਕੋਡ
join-code-hint = 12 ਅੱਖਰ ਅਤੇ ਨੰਬਰ, ਜਿਵੇਂ ACDE-FGHJ-KMNP।
    .easier = 12 ਅੱਖਰ ਅਤੇ ਨੰਬਰ।
join-device-label = ਇਸ ਫ਼ੋਨ ਦਾ ਨਾਂ (ਤੁਸੀਂ ਇਸਨੂੰ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
join-submit = ਸ਼ਾਮਲ ਹੋਵੋ
read-aloud = ਇਹ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ
read-page-aloud = ਇਹ ਸਫ਼ਾ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ
easier-words = ਸੌਖੇ ਸ਼ਬਦ
read-aloud-no-voice = ਇਸ ਫ਼ੋਨ ਵਿੱਚ { $language } ਦੀ ਆਵਾਜ਼ ਨਹੀਂ, ਇਸ ਲਈ ਇਹ ਇਸਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ।
read-aloud-in-english = ਸੁਣਨ ਲਈ ਟੈਂਡਮ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਓ

## PIN
pin-choose-title = ਪਿੰਨ ਚੁਣੋ
pin-choose-intro = 4 ਤੋਂ 6 ਨੰਬਰ ਚੁਣੋ। ਟੈਂਡਮ ਖੋਲ੍ਹਣ ਲਈ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਵਰਤੋਗੇ। ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।
    .easier = 4 ਤੋਂ 6 ਨੰਬਰ ਚੁਣੋ। ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।
pin-confirm-title = ਆਪਣਾ ਪਿੰਨ ਦੁਬਾਰਾ ਲਿਖੋ
pin-confirm-intro = ਜਾਂਚ ਲਈ ਉਹੀ ਨੰਬਰ ਦੁਬਾਰਾ ਲਿਖੋ।
    .easier = ਉਹੀ ਨੰਬਰ ਦੁਬਾਰਾ ਲਿਖੋ।
pin-mismatch = ਦੋਵੇਂ ਪਿੰਨ ਵੱਖਰੇ ਸਨ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਪਿੰਨ ਦੁਬਾਰਾ ਚੁਣੋ।
    .easier = ਨੰਬਰ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਸਨ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
pin-entered = { $count ->
    [one] 1 ਨੰਬਰ ਲਿਖਿਆ
   *[other] { $count } ਨੰਬਰ ਲਿਖੇ
}
pin-delete = ਆਖ਼ਰੀ ਨੰਬਰ ਮਿਟਾਓ
pin-done = ਹੋ ਗਿਆ
home-my-data-link = ਟੈਂਡਮ ਮੇਰੇ ਬਾਰੇ ਕੀ ਰੱਖਦਾ ਹੈ
home-my-data-hint = ਕੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਕੌਣ ਦੇਖਦਾ ਹੈ, ਅਤੇ ਕਿੰਨੀ ਦੇਰ ਲਈ
    .easier = ਅਸੀਂ ਤੁਹਾਡੇ ਬਾਰੇ ਕੀ ਰੱਖਦੇ ਹਾਂ।
my-data-title = ਟੈਂਡਮ ਮੇਰੇ ਬਾਰੇ ਕੀ ਰੱਖਦਾ ਹੈ
my-data-intro = { $who ->
    [carer] ਟੈਂਡਮ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਚੀਜ਼ਾਂ ਰੱਖਦਾ ਹੈ ਤਾਂ ਜੋ ਤੁਸੀਂ ਯੋਜਨਾ ਅਤੇ ਮੁਲਾਕਾਤਾਂ ਵਿੱਚ ਹਿੱਸਾ ਲੈ ਸਕੋ। ਇੱਥੇ ਲਿਖਿਆ ਹੈ ਕੀ, ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ ਕਿੰਨੀ ਦੇਰ ਲਈ।
   *[other] ਟੈਂਡਮ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਚੀਜ਼ਾਂ ਰੱਖਦਾ ਹੈ ਤਾਂ ਜੋ ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡਾ ਵਰਕਰ ਮਿਲ ਕੇ ਕੰਮ ਕਰ ਸਕੋ। ਇੱਥੇ ਲਿਖਿਆ ਹੈ ਕੀ, ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ ਕਿੰਨੀ ਦੇਰ ਲਈ।
}
my-data-kept-title = ਟੈਂਡਮ ਕੀ ਰੱਖਦਾ ਹੈ
my-data-kept-1 = { $who ->
    [carer] ਤੁਹਾਡਾ ਨਾਂ, ਜਿਵੇਂ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੇ ਵਰਕਰ ਨੇ ਲਿਖਿਆ। ਤੁਸੀਂ ਕਿਸ ਨੌਜਵਾਨ ਨਾਲ ਜੁੜੇ ਹੋ।
   *[other] ਤੁਹਾਡਾ ਨਾਂ, ਜਿਵੇਂ ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਲਿਖਿਆ। ਤੁਹਾਡੀ ਯੋਜਨਾ ਅਤੇ ਉਸ ਵਿੱਚ ਹਰ ਬਦਲਾਅ। ਸੈਸ਼ਨਾਂ ਦੇ ਤੁਹਾਡੇ ਸਕੋਰ।
}
my-data-kept-2 = { $who ->
    [carer] ਯੋਜਨਾ ਅਤੇ ਮੁਲਾਕਾਤਾਂ ਬਾਰੇ ਤੁਹਾਡੇ ਜਵਾਬ। ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਭੇਜੇ ਸਰਵੇ ਅਤੇ ਵਿਚਾਰ। ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਭੇਜੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਅਤੇ ਤਾਰੀਫ਼ਾਂ।
   *[other] ਤੁਹਾਡੀਆਂ ਮੁਲਾਕਾਤਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਬਾਰੇ ਤੁਹਾਡੇ ਜਵਾਬ। ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਭੇਜੇ ਸਰਵੇ ਅਤੇ ਵਿਚਾਰ। ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਭੇਜੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਅਤੇ ਤਾਰੀਫ਼ਾਂ। ਜੇ ਤੁਸੀਂ "ਮੈਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਨਹੀਂ ਕਰਦਾ" ਦਬਾਇਆ।
}
my-data-kept-phone = ਉਹ ਫ਼ੋਨ ਜਿਨ੍ਹਾਂ 'ਤੇ ਤੁਸੀਂ ਟੈਂਡਮ ਵਰਤਦੇ ਹੋ। ਇਹ ਫ਼ੋਨ ਸਿਰਫ਼ ਉਹੀ ਰੱਖਦਾ ਹੈ ਜੋ ਸਿਗਨਲ ਨਾ ਹੋਣ 'ਤੇ ਤੁਹਾਨੂੰ ਚਾਹੀਦਾ ਹੈ। ਸਾਈਨ ਆਊਟ ਕਰਨ 'ਤੇ ਸਭ ਮਿਟ ਜਾਂਦਾ ਹੈ। ਜੋ ਚੀਜ਼ਾਂ ਤੁਸੀਂ ਬਿਨਾਂ ਨਾਂ ਦੇ ਭੇਜਦੇ ਹੋ, ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਨਹੀਂ ਜੁੜਦੀਆਂ।
my-data-who-title = ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
my-data-who-1 = { $who ->
    [carer] ਤੁਸੀਂ, ਨੌਜਵਾਨ ਦਾ ਵਰਕਰ ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਮੈਨੇਜਰ।
   *[other] ਤੁਸੀਂ, ਤੁਹਾਡਾ ਵਰਕਰ ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਮੈਨੇਜਰ।
}
my-data-who-2 = { $who ->
    [carer] ਨੌਜਵਾਨ ਆਪਣੀ ਯੋਜਨਾ ਦੇਖਦਾ ਹੈ। ਤੁਸੀਂ ਯੋਜਨਾ ਦੇ ਸਿਰਫ਼ ਉਹ ਹਿੱਸੇ ਦੇਖਦੇ ਹੋ ਜੋ ਮਾਪਿਆਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ ਗਏ ਹਨ।
   *[other] ਤੁਹਾਡੇ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੇ ਸਿਰਫ਼ ਉਹ ਹਿੱਸੇ ਦੇਖਦੇ ਹਨ ਜੋ ਉਨ੍ਹਾਂ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ ਗਏ ਹਨ। ਉਹ ਤੁਹਾਡੇ ਸਕੋਰ, ਸਰਵੇ ਜਾਂ ਸ਼ਿਕਾਇਤਾਂ ਨਹੀਂ ਦੇਖਦੇ।
}
my-data-who-3 = ਤੁਸੀਂ ਜੋ ਭੇਜਦੇ ਹੋ ਉਹ ਸਰਵਿਸ ਵਿੱਚ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚ ਵੀ ਜਾਂਦਾ ਹੈ। ਇਹ ਸਰਵਿਸ ਦਾ ਆਪਣਾ ਰਿਕਾਰਡ ਹੈ, ਜੋ ਉਸਦੇ ਨਿਯਮਾਂ ਅਨੁਸਾਰ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ। ਹਰ ਵਾਰ ਜਦੋਂ ਸਟਾਫ਼ ਟੈਂਡਮ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਚੀਜ਼ਾਂ ਦੇਖਦਾ ਹੈ, ਇਹ ਲਿਖ ਲਿਆ ਜਾਂਦਾ ਹੈ।
my-data-how-long-title = ਕਿੰਨੀ ਦੇਰ ਲਈ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
my-data-how-long-1 = ਜਦੋਂ ਤੁਹਾਡੀ ਭੇਜੀ ਚੀਜ਼ ਸਰਵਿਸ ਵਿੱਚ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਤੱਕ ਪਹੁੰਚ ਜਾਂਦੀ ਹੈ, ਟੈਂਡਮ { $days } ਦਿਨਾਂ ਬਾਅਦ ਸੁਨੇਹੇ ਦੀ ਆਪਣੀ ਕਾਪੀ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
my-data-how-long-2 = ਜਦੋਂ ਸਰਵਿਸ ਨਾਲ ਤੁਹਾਡਾ ਸਮਾਂ ਖ਼ਤਮ ਹੁੰਦਾ ਹੈ, ਤੁਹਾਡਾ ਵਰਕਰ ਤੁਹਾਡਾ ਕੇਸ ਬੰਦ ਕਰਦਾ ਹੈ। ਫਿਰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜੋ ਕੁਝ ਅਜੇ ਬਾਕੀ ਹੈ ਭੇਜ ਕੇ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਂਦਾ ਹੈ। ਜੋ ਫ਼ੋਨ ਵਰਤਿਆ ਨਾ ਜਾਵੇ ਉਹ { $days } ਦਿਨਾਂ ਬਾਅਦ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਂਦਾ ਹੈ।
my-data-how-long-3 = ਕੇਸ ਬੰਦ ਹੋਣ ਤੋਂ { $months } ਮਹੀਨੇ ਬਾਅਦ, ਟੈਂਡਮ ਤੁਹਾਡੇ ਬਾਰੇ ਰੱਖੀ ਹਰ ਚੀਜ਼ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਸਿਰਫ਼ ਬਿਨਾਂ ਨਾਂ ਦੇ ਅੰਕੜੇ ਰਹਿੰਦੇ ਹਨ, ਜਿਵੇਂ ਕਿੰਨੇ ਲੋਕਾਂ ਨੇ ਸਰਵੇ ਦਾ ਜਵਾਬ ਦਿੱਤਾ।
my-data-how-long-usual = ਇਹ ਆਮ ਸਮੇਂ ਹਨ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡੀ ਸਰਵਿਸ ਨੇ ਕੁਝ ਹੋਰ ਚੁਣਿਆ ਹੋਵੇ: ਅਗਲੀ ਵਾਰ ਜਦੋਂ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਸਿਗਨਲ ਹੋਵੇਗਾ ਤਾਂ ਇਹ ਸਫ਼ਾ ਦੱਸ ਦੇਵੇਗਾ।
my-data-ask-title = ਦੇਖਣ ਜਾਂ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ
my-data-ask-1 = ਤੁਸੀਂ ਟੈਂਡਮ ਦੀ ਰੱਖੀ ਹਰ ਚੀਜ਼ ਦੇਖਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਜੇ ਕੁਝ ਗਲਤ ਹੋਵੇ ਤਾਂ ਉਸਨੂੰ ਠੀਕ ਕਰਨ ਜਾਂ ਮਿਟਾਉਣ ਲਈ ਵੀ ਕਹਿ ਸਕਦੇ ਹੋ।
my-data-ask-2 = ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ, ਜਾਂ ਆਪਣੇ ਨਾਂ ਨਾਲ ਸੁਨੇਹਾ ਭੇਜੋ। ਸਰਵਿਸ ਨੂੰ ਇੱਕ ਮਹੀਨੇ ਦੇ ਅੰਦਰ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣਾ ਪੈਂਦਾ ਹੈ।
    .easier = ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ, ਜਾਂ ਸਾਨੂੰ ਸੁਨੇਹਾ ਭੇਜੋ। ਸਾਨੂੰ ਇੱਕ ਮਹੀਨੇ ਵਿੱਚ ਜਵਾਬ ਦੇਣਾ ਪਵੇਗਾ।
my-data-ask-link = ਸੁਨੇਹਾ ਭੇਜੋ
case-closed-title = ਸਰਵਿਸ ਨਾਲ ਤੁਹਾਡਾ ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ
case-closed-body = ਸਾਡੇ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਫ਼ੋਨ ਹੁਣ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ, ਅਤੇ ਟੈਂਡਮ ਇਸ 'ਤੇ ਰੱਖੀਆਂ ਚੀਜ਼ਾਂ ਮਿਟਾ ਦੇਵੇਗਾ। ਜੇ ਤੁਹਾਨੂੰ ਅਜੇ ਵੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਗੱਲ ਕਰੋ।
    .easier = ਸਾਡੇ ਨਾਲ ਤੁਹਾਡਾ ਸਮਾਂ ਖ਼ਤਮ ਹੋ ਗਿਆ। ਧੰਨਵਾਦ। ਇਹ ਫ਼ੋਨ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ। ਮਦਦ ਚਾਹੀਦੀ ਹੈ? ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਗੱਲ ਕਰੋ।
case-closed-sending = { $count ->
    [one] ਤੁਹਾਡੀ ਲਿਖੀ 1 ਚੀਜ਼ ਅਜੇ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ। ਸਿਗਨਲ ਹੋਵੇ ਤਾਂ ਟੈਂਡਮ ਖੁੱਲ੍ਹਾ ਰੱਖੋ। ਭੇਜੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਫ਼ੋਨ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ।
   *[other] ਤੁਹਾਡੀਆਂ ਲਿਖੀਆਂ { $count } ਚੀਜ਼ਾਂ ਅਜੇ ਭੇਜੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ। ਸਿਗਨਲ ਹੋਵੇ ਤਾਂ ਟੈਂਡਮ ਖੁੱਲ੍ਹਾ ਰੱਖੋ। ਭੇਜੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਫ਼ੋਨ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ।
}
case-closed-try-now = ਹੁਣੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ
lock-warning = ਤੁਹਾਡੀਆਂ ਚੀਜ਼ਾਂ ਨਿੱਜੀ ਰੱਖਣ ਲਈ ਟੈਂਡਮ ਇੱਕ ਮਿੰਟ ਵਿੱਚ ਬੰਦ ਹੋ ਜਾਵੇਗਾ। ਤੁਹਾਡਾ ਪਿੰਨ ਇਸਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹ ਦੇਵੇਗਾ।
    .easier = ਟੈਂਡਮ ਇੱਕ ਮਿੰਟ ਵਿੱਚ ਲੌਕ ਹੋ ਜਾਵੇਗਾ। ਤੁਹਾਡਾ ਪਿੰਨ ਇਸਨੂੰ ਖੋਲ੍ਹਦਾ ਹੈ।
lock-still-here = ਮੈਂ ਅਜੇ ਇੱਥੇ ਹਾਂ
lock-title = ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ
lock-intro = ਤੁਹਾਡੀਆਂ ਚੀਜ਼ਾਂ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਟੈਂਡਮ ਬੰਦ ਹੋ ਗਿਆ। ਜਾਰੀ ਰੱਖਣ ਲਈ ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ।
    .easier = ਟੈਂਡਮ ਲੌਕ ਹੈ। ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ।
lock-new-code = ਮੈਂ ਆਪਣਾ ਪਿੰਨ ਭੁੱਲ ਗਿਆ
lock-tries-left = { $count ->
    [one] ਤੁਸੀਂ 1 ਵਾਰ ਹੋਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਟੈਂਡਮ ਇਸ ਫ਼ੋਨ ਤੋਂ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ।
   *[other] ਤੁਸੀਂ { $count } ਵਾਰ ਹੋਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਟੈਂਡਮ ਇਸ ਫ਼ੋਨ ਤੋਂ ਸਾਈਨ ਆਊਟ ਹੋ ਜਾਵੇਗਾ।
}

## Devices
devices-title = ਤੁਹਾਡੇ ਫ਼ੋਨ
devices-intro = ਇਹ ਉਹ ਫ਼ੋਨ ਹਨ ਜਿਨ੍ਹਾਂ 'ਤੇ ਤੁਸੀਂ ਟੈਂਡਮ ਵਿੱਚ ਸਾਈਨ ਇਨ ਹੋ। ਜੇ ਕੋਈ ਹੁਣ ਤੁਹਾਡਾ ਨਹੀਂ ਹੈ ਤਾਂ ਉਸਨੂੰ ਸਾਈਨ ਆਊਟ ਕਰੋ।
    .easier = ਇਹਨਾਂ ਫ਼ੋਨਾਂ 'ਤੇ ਤੁਸੀਂ ਟੈਂਡਮ ਵਿੱਚ ਹੋ। ਜੋ ਫ਼ੋਨ ਤੁਹਾਡਾ ਨਹੀਂ, ਉਸਨੂੰ ਸਾਈਨ ਆਊਟ ਕਰੋ।
devices-unnamed = ਇੱਕ ਫ਼ੋਨ
devices-this-one = ਇਹ ਫ਼ੋਨ
devices-last-used = ਆਖ਼ਰੀ ਵਾਰ ਵਰਤਿਆ { $date }
devices-sign-out = ਇਹ ਫ਼ੋਨ ਸਾਈਨ ਆਊਟ ਕਰੋ
devices-carers-title = ਟੈਂਡਮ 'ਤੇ ਤੁਹਾਡੇ ਮਾਪੇ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
devices-carers-intro = ਇਹ ਲੋਕ ਉਹ ਚੀਜ਼ਾਂ ਦੇਖ ਸਕਦੇ ਹਨ ਜੋ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨਾਲ ਸਾਂਝੀਆਂ ਕਰਨ ਲਈ ਚੁਣਦੇ ਹੋ।
devices-no-carers = ਅਜੇ ਕੋਈ ਨਹੀਂ।
devices-shared-title = ਇਸ ਫ਼ੋਨ ਨੂੰ ਹੋਰ ਲੋਕ ਵੀ ਵਰਤਦੇ ਹਨ
devices-shared-label = ਇਹ ਫ਼ੋਨ ਸਾਂਝਾ ਹੈ
devices-shared-hint = ਫਿਰ ਟੈਂਡਮ ਇਸ ਫ਼ੋਨ 'ਤੇ ਕੁਝ ਨਹੀਂ ਰੱਖਦਾ, ਸਿਵਾਏ ਉਸਦੇ ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਅਤੇ ਅਜੇ ਭੇਜਿਆ ਨਹੀਂ, ਅਤੇ ਹਰ ਵਾਰ ਵਾਪਸ ਆਉਣ 'ਤੇ ਤੁਹਾਡਾ ਪਿੰਨ ਮੰਗਦਾ ਹੈ।
    .easier = ਫਿਰ ਟੈਂਡਮ ਇਸ ਫ਼ੋਨ 'ਤੇ ਲਗਭਗ ਕੁਝ ਨਹੀਂ ਰੱਖਦਾ। ਹਰ ਵਾਰ ਤੁਹਾਡਾ ਪਿੰਨ ਮੰਗਦਾ ਹੈ।

## Account menu
nav-account-label = ਤੁਹਾਡਾ ਖਾਤਾ
nav-signed-in-as = { $name } ਵਜੋਂ ਸਾਈਨ ਇਨ
nav-demo = ਡੈਮੋ: ਇੱਥੇ ਦੇ ਲੋਕ ਕਾਲਪਨਿਕ ਹਨ
nav-staff-home = ਮੇਰਾ ਕੰਮ
nav-devices = ਮੇਰੇ ਫ਼ੋਨ
nav-sign-out = ਸਾਈਨ ਆਊਟ
sign-out-unsent = { $count ->
    [one] ਤੁਹਾਡੀ ਲਿਖੀ 1 ਚੀਜ਼ ਅਜੇ ਟੈਂਡਮ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀ। ਸਾਈਨ ਆਊਟ ਕਰਨ ਨਾਲ ਉਹ ਇਸ ਫ਼ੋਨ ਤੋਂ ਮਿਟ ਜਾਵੇਗੀ।
   *[other] ਤੁਹਾਡੀਆਂ ਲਿਖੀਆਂ { $count } ਚੀਜ਼ਾਂ ਅਜੇ ਟੈਂਡਮ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀਆਂ। ਸਾਈਨ ਆਊਟ ਕਰਨ ਨਾਲ ਉਹ ਇਸ ਫ਼ੋਨ ਤੋਂ ਮਿਟ ਜਾਣਗੀਆਂ।
}
sign-out-stay = ਸਾਈਨ ਇਨ ਰਹੋ ਅਤੇ ਇਹਨਾਂ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਭੇਜੋ
sign-out-anyway = ਸਾਈਨ ਆਊਟ ਕਰੋ ਅਤੇ ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਦਿਓ

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = ਇਸਨੂੰ ਭੇਜਣ ਵਿੱਚ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unsupported_media_type = ਇਸਨੂੰ ਭੇਜਣ ਵਿੱਚ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-payload_too_large = ਇਹ ਭੇਜਣ ਲਈ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਛੋਟਾ ਕਰੋ।
error-not_found = ਸਾਨੂੰ ਉਹ ਨਹੀਂ ਮਿਲਿਆ।
error-method_not_allowed = ਇਹ ਇੱਥੇ ਨਹੀਂ ਹੋ ਸਕਦਾ।
error-unauthorized = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਸਾਈਨ ਇਨ ਕਰੋ।
error-forbidden = ਤੁਹਾਨੂੰ ਇਹ ਦੇਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ।
error-missing_operation_id = ਇਸਨੂੰ ਭੇਜਣ ਵਿੱਚ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invalid_operation_id = ਇਸਨੂੰ ਭੇਜਣ ਵਿੱਚ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-operation_id_reused = ਇਹ ਪਹਿਲਾਂ ਹੀ ਵੱਖਰੇ ਜਵਾਬਾਂ ਨਾਲ ਭੇਜਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
error-score_out_of_range = ਕਿਰਪਾ ਕਰਕੇ 0 ਤੋਂ 10 ਤੱਕ ਕੋਈ ਨੰਬਰ ਚੁਣੋ।
error-text_too_long = ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਛੋਟਾ ਕਰੋ।
error-text_has_control_characters = ਕੁਝ ਅੱਖਰ ਸੰਭਾਲੇ ਨਹੀਂ ਜਾ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
error-invalid_invite_code = ਇਹ ਕੋਡ ਠੀਕ ਨਹੀਂ। ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਜਾਂਚ ਕਰੋ।
error-offline = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਉਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਔਨਲਾਈਨ ਹੁੰਦੇ ਹੀ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
error-storage_unavailable = ਟੈਂਡਮ ਵਿੱਚ ਹੁਣੇ ਸਮੱਸਿਆ ਹੈ। ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-internal = ਸਾਡੇ ਵੱਲੋਂ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਉਹ ਸੁਰੱਖਿਅਤ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invite_used_or_expired = ਇਹ ਕੋਡ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਜਾਂ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਤੋਂ ਨਵਾਂ ਮੰਗੋ।
error-invalid_pin = ਤੁਹਾਡਾ ਪਿੰਨ 4, 5 ਜਾਂ 6 ਨੰਬਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-wrong_pin = ਇਹ ਪਿੰਨ ਠੀਕ ਨਹੀਂ। ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-pin_required = ਜਾਰੀ ਰੱਖਣ ਲਈ ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ।
error-pin_not_set = ਪਹਿਲਾਂ ਪਿੰਨ ਚੁਣੋ।
error-device_session_ended = ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਲਈ ਇਹ ਫ਼ੋਨ ਸਾਈਨ ਆਊਟ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਤੋਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
error-invalid_email = ਕਿਰਪਾ ਕਰਕੇ ਪੂਰਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ, ਜਿਵੇਂ name@example.org।
error-password_too_short = ਪਾਸਵਰਡ ਘੱਟੋ-ਘੱਟ 12 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-wrong_credentials = ਈਮੇਲ ਜਾਂ ਪਾਸਵਰਡ ਠੀਕ ਨਹੀਂ।
error-session_expired = ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਹੋ ਗਏ ਹੋ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ।
error-name_required = ਕਿਰਪਾ ਕਰਕੇ ਨਾਂ ਲਿਖੋ।
error-email_taken = ਇਸ ਈਮੇਲ ਨਾਲ ਕਿਸੇ ਦਾ ਖਾਤਾ ਪਹਿਲਾਂ ਹੀ ਹੈ।
error-cannot_disable_yourself = ਤੁਸੀਂ ਆਪਣਾ ਖਾਤਾ ਬੰਦ ਨਹੀਂ ਕਰ ਸਕਦੇ। ਕਿਸੇ ਹੋਰ ਐਡਮਿਨ ਨੂੰ ਕਹੋ।
error-wrong_current_password = ਤੁਹਾਡਾ ਮੌਜੂਦਾ ਪਾਸਵਰਡ ਠੀਕ ਨਹੀਂ।
error-passkey_required = ਸਾਈਨ ਇਨ ਪੂਰਾ ਕਰਨ ਲਈ ਆਪਣੀ ਪਾਸਕੀ ਵਰਤੋ।
error-passkey_setup_required = ਤੁਹਾਡੀ ਸਰਵਿਸ ਮੈਨੇਜਰਾਂ ਅਤੇ ਐਡਮਿਨਾਂ ਨੂੰ ਕਹਿੰਦੀ ਹੈ ਕਿ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਪਾਸਕੀ ਜੋੜੋ।
error-passkey_not_accepted = ਉਹ ਪਾਸਕੀ ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਈਮੇਲ ਅਤੇ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।
error-passkey_timed_out = ਇਸ ਵਿੱਚ ਬਹੁਤ ਦੇਰ ਲੱਗ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-passkey_already_added = ਉਹ ਪਾਸਕੀ ਪਹਿਲਾਂ ਹੀ ਕਿਸੇ ਖਾਤੇ 'ਤੇ ਹੈ।
error-last_passkey_needed = ਤੁਹਾਡੀ ਸਰਵਿਸ ਚਾਹੁੰਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਪਾਸਕੀ ਰਹੇ। ਇਸਨੂੰ ਹਟਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਹੋਰ ਜੋੜੋ।
error-cross_site_request = ਇਹ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਆਇਆ, ਇਸ ਲਈ ਅਸੀਂ ਇਹ ਨਹੀਂ ਕੀਤਾ।
error-rate_limited = ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ। ਥੋੜ੍ਹੀ ਉਡੀਕ ਕਰੋ ਅਤੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-pin_already_set = ਇਸ ਫ਼ੋਨ ਦਾ ਪਿੰਨ ਪਹਿਲਾਂ ਹੀ ਹੈ।
error-link_used_or_expired = ਉਹ ਲਿੰਕ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਜਾਂ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ। ਨਵਾਂ ਮੰਗੋ।
error-not_a_young_person = ਇਹ ਵਿਅਕਤੀ ਨੌਜਵਾਨ ਨਹੀਂ ਹੈ।
error-not_a_carer = ਇਹ ਵਿਅਕਤੀ ਮਾਪਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ ਨਹੀਂ ਹੈ।
error-not_a_worker = ਇਹ ਵਿਅਕਤੀ ਵਰਕਰ ਨਹੀਂ ਹੈ।
error-invalid_parameter = ਉਸ ਲਿੰਕ ਵਿੱਚ ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਵਾਪਸ ਜਾ ਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-join_code_not_found = ਉਸ ਕੋਡ ਨਾਲ ਕੋਈ ਖੁੱਲ੍ਹਾ ਸੈਸ਼ਨ ਨਹੀਂ। ਆਪਣੇ ਵਰਕਰ ਨਾਲ ਕੋਡ ਜਾਂਚੋ।
error-session_closed = ਇਹ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਸਕੋਰ ਨਹੀਂ ਦਿੱਤੇ ਜਾ ਸਕਦੇ।
error-already_joined = ਤੁਸੀਂ ਇਸ ਸੈਸ਼ਨ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਸ਼ਾਮਲ ਹੋ ਚੁੱਕੇ ਹੋ।
error-already_scored = ਤੁਸੀਂ ਇਹ ਸਕੋਰ ਪਹਿਲਾਂ ਹੀ ਦੇ ਚੁੱਕੇ ਹੋ।
error-end_scores_not_open = ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਅਜੇ ਆਖ਼ਰੀ ਸਕੋਰ ਨਹੀਂ ਮੰਗੇ। ਜਦੋਂ ਉਹ ਮੰਗਣ ਤਾਂ ਇਹ ਸਕੋਰ ਦਿਓ।
error-sign_in_to_join = ਇਹ ਸੈਸ਼ਨ ਸਾਈਨ ਇਨ ਕੀਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਹੈ। ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਪੁੱਛੋ।
error-implausible_device_time = ਇਸ ਫ਼ੋਨ ਦੀ ਘੜੀ ਗਲਤ ਲੱਗਦੀ ਹੈ, ਇਸ ਲਈ ਸਕੋਰ ਦਰਜ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਫ਼ੋਨ 'ਤੇ ਸਮਾਂ ਜਾਂਚੋ।
error-phase_cannot_go_back = ਸੈਸ਼ਨ ਸਿਰਫ਼ ਅੱਗੇ ਵਧਦਾ ਹੈ: ਸ਼ੁਰੂ, ਫਿਰ ਅੰਤ, ਫਿਰ ਬੰਦ।
error-measure_not_in_session = ਇਹ ਸਵਾਲ ਇਸ ਸੈਸ਼ਨ ਦਾ ਹਿੱਸਾ ਨਹੀਂ।
error-topic_not_in_programme = ਇਸ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚੋਂ ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ।
error-invalid_phone_number = ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਨ ਨੰਬਰ ਦਿਓ: ਅੰਕ ਅਤੇ ਖਾਲੀ ਥਾਂ, ਲੋੜ ਹੋਵੇ ਤਾਂ ਸ਼ੁਰੂ ਵਿੱਚ +।
error-text_required = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਖਾਨੇ ਵਿੱਚ ਕੁਝ ਲਿਖੋ।
error-invalid_follow_token = ਇਹ ਫ਼ੋਨ ਤੁਹਾਡੀਆਂ ਭੇਜੀਆਂ ਚੀਜ਼ਾਂ 'ਤੇ ਨਜ਼ਰ ਰੱਖਣ ਲਈ ਆਪਣਾ ਕੋਡ ਨਹੀਂ ਬਣਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਟੈਂਡਮ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
error-invalid_participant_token = ਇਹ ਫ਼ੋਨ ਇਸ ਸੈਸ਼ਨ ਲਈ ਆਪਣਾ ਕੋਡ ਨਹੀਂ ਬਣਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਟੈਂਡਮ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
error-free_time_gone = ਉਹ ਸਮਾਂ ਹੁਣੇ ਲੈ ਲਿਆ ਗਿਆ ਜਾਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਚੁਣੋ, ਜਾਂ ਦੱਸੋ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕੀ ਠੀਕ ਰਹੇਗਾ।
error-topics_required = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਸੈਸ਼ਨ ਵਿਸ਼ਾ ਜੋੜੋ।
error-too_many_topics = ਇੱਕ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 52 ਵਿਸ਼ੇ ਹੋ ਸਕਦੇ ਹਨ।
error-invalid_time = ਕਿਰਪਾ ਕਰਕੇ ਅਸਲੀ ਸਮਾਂ ਲਿਖੋ, ਜਿਵੇਂ 16:00।
error-appointment_in_past = ਉਹ ਸਮਾਂ ਲੰਘ ਚੁੱਕਾ ਹੈ। ਕੋਈ ਆਉਣ ਵਾਲਾ ਸਮਾਂ ਚੁਣੋ।
error-due_date_out_of_range = ਅੱਜ ਤੋਂ ਇੱਕ ਸਾਲ ਤੱਕ ਦਾ ਕੋਈ ਦਿਨ ਚੁਣੋ।
error-form_not_for_person = ਇਹ ਫ਼ਾਰਮ ਕਿਸੇ ਹੋਰ ਲਈ ਹੈ: ਨੌਜਵਾਨਾਂ ਦੇ ਆਪਣੇ ਫ਼ਾਰਮ ਹਨ, ਅਤੇ ਮਾਪਿਆਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਦੇ ਆਪਣੇ।
error-invalid_link = ਨਕਸ਼ੇ ਦਾ ਲਿੰਕ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲਾ ਪੂਰਾ ਵੈੱਬ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-reason_required = ਕਿਰਪਾ ਕਰਕੇ ਦੱਸੋ ਕਿ ਕੀ ਬਦਲਣਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਵਰਕਰ ਇਸਨੂੰ ਠੀਕ ਕਰ ਸਕੇ।
error-appointment_over = ਇਹ ਮੁਲਾਕਾਤ ਹੋ ਚੁੱਕੀ ਹੈ ਜਾਂ ਰੱਦ ਹੋ ਗਈ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਇਸਦਾ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਜਾ ਸਕਦਾ।
error-invalid_push_subscription = ਇਹ ਫ਼ੋਨ ਯਾਦ-ਦਹਾਨੀਆਂ ਲਈ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-invalid_signature = ਬੇਨਤੀ ਦਾ ਦਸਤਖ਼ਤ ਗੁੰਮ, ਗਲਤ ਜਾਂ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ।
error-questions_required = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਸਵਾਲ ਜੋੜੋ।
error-too_many_questions = ਇੱਕ ਸਰਵੇ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 60 ਸਵਾਲ ਹੋ ਸਕਦੇ ਹਨ।
error-invalid_survey = ਇਸ ਸਰਵੇ ਵਿੱਚ ਕੁਝ ਚੀਜ਼ਾਂ ਆਪਸ ਵਿੱਚ ਨਹੀਂ ਮਿਲਦੀਆਂ: ਹਰ ਸਵਾਲ ਦੇ ਵਿਕਲਪ ਅਤੇ ਉਹ ਕਦੋਂ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ, ਜਾਂਚੋ।
error-answer_not_in_survey = ਇਹ ਜਵਾਬ ਅਜਿਹੇ ਸਵਾਲ ਦਾ ਹੈ ਜੋ ਇਸ ਸਰਵੇ ਵਿੱਚ ਨਹੀਂ। ਕਿਰਪਾ ਕਰਕੇ ਸਰਵੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।
error-choice_required = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।
error-answer_required = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।
error-invalid_answer = ਇਹ ਜਵਾਬ ਇਸ ਸਵਾਲ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
error-survey_not_open = ਇਹ ਸਰਵੇ ਹੁਣ ਜਵਾਬਾਂ ਲਈ ਖੁੱਲ੍ਹਾ ਨਹੀਂ।
error-already_answered = ਤੁਸੀਂ ਇਸ ਸਰਵੇ ਦਾ ਜਵਾਬ ਪਹਿਲਾਂ ਹੀ ਦੇ ਚੁੱਕੇ ਹੋ। ਧੰਨਵਾਦ!
error-outcome_required = ਇਸਨੂੰ ਹੱਲ ਹੋਇਆ ਲਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਦੱਸੋ ਕਿ ਕੀ ਫ਼ੈਸਲਾ ਹੋਇਆ।
error-out_of_range = ਇਹ ਨੰਬਰ ਇੱਥੇ ਦੀ ਇਜਾਜ਼ਤ ਤੋਂ ਬਾਹਰ ਹੈ।
error-closes_before_opens = ਬੰਦ ਹੋਣ ਦਾ ਦਿਨ ਖੁੱਲ੍ਹਣ ਦੇ ਦਿਨ ਤੋਂ ਪਹਿਲਾਂ ਹੈ।
error-invalid_consultation = ਇਸ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਵਿੱਚ ਕੁਝ ਚੀਜ਼ਾਂ ਆਪਸ ਵਿੱਚ ਨਹੀਂ ਮਿਲਦੀਆਂ: ਜਾਂਚੋ ਕਿ ਹਰ ਗਤੀਵਿਧੀ ਵਿੱਚ ਸ਼ਬਦ ਹੋਣ, ਵੋਟ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਦੋ ਮੁੱਦੇ ਹੋਣ, ਅਤੇ ਕੋਈ ਆਈਡੀ ਦੋ ਵਾਰ ਨਾ ਹੋਵੇ।
error-consultation_not_open = ਇਹ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਹੁਣ ਖੁੱਲ੍ਹਾ ਨਹੀਂ, ਇਸ ਲਈ ਇਹ ਗਿਣਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
error-already_voted = ਤੁਸੀਂ ਇਸ 'ਤੇ ਪਹਿਲਾਂ ਹੀ ਵੋਟ ਦੇ ਚੁੱਕੇ ਹੋ। ਹਰ ਵਿਅਕਤੀ ਇੱਕ ਵਾਰ ਵੋਟ ਦਿੰਦਾ ਹੈ।
error-too_few_to_show = ਇਸ ਨਾਲ ਪੰਜ ਤੋਂ ਘੱਟ ਗੁਮਨਾਮ ਜਵਾਬ ਮਿਲਦੇ ਹਨ, ਇਸ ਲਈ ਉਹ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ: ਇੰਨੇ ਘੱਟ ਜਵਾਬਾਂ ਤੋਂ ਪਤਾ ਲੱਗ ਸਕਦਾ ਹੈ ਕਿ ਕਿਸਨੇ ਕੀ ਕਿਹਾ। ਵੱਡਾ ਫਿਲਟਰ ਚੁਣੋ।
error-ranked_twice = ਤੁਸੀਂ ਇੱਕੋ ਮੁੱਦਾ ਦੋ ਵਾਰ ਚੁਣਿਆ। ਹਰ ਥਾਂ ਲਈ ਵੱਖਰਾ ਚੁਣੋ।
error-statement_not_approved = ਇਹ ਬਿਆਨ ਵੋਟ ਲਈ ਖੁੱਲ੍ਹਾ ਨਹੀਂ।
error-voice_note_too_large = ਇਹ ਵੌਇਸ ਨੋਟ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸਨੂੰ ਲਗਭਗ ਦੋ ਮਿੰਟ ਤੋਂ ਘੱਟ ਰੱਖੋ, ਜਾਂ ਆਪਣਾ ਜਵਾਬ ਲਿਖ ਦਿਓ।
error-already_published = ਇਹ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਇਸਦੀਆਂ ਗਤੀਵਿਧੀਆਂ ਹੁਣ ਨਹੀਂ ਬਦਲ ਸਕਦੀਆਂ।
error-reminder_times_clash = ਸ਼ਾਂਤ ਘੰਟੇ ਰਾਤ ਭਰ ਦੇ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਅਤੇ ਸ਼ਾਮ ਦੀ ਯਾਦ-ਦਹਾਨੀ ਉਹਨਾਂ ਤੋਂ ਪਹਿਲਾਂ ਆਉਣੀ ਚਾਹੀਦੀ ਹੈ।
error-relay_event_state = ਇਹ ਘਟਨਾ ਹੁਣ ਇਸ ਤਰ੍ਹਾਂ ਨਹੀਂ ਬਦਲੀ ਜਾ ਸਕਦੀ। ਸਿਰਫ਼ ਅਸਫਲ ਘਟਨਾ ਦੁਬਾਰਾ ਭੇਜੀ ਜਾ ਸਕਦੀ ਹੈ, ਅਤੇ ਸਿਰਫ਼ ਉਹੀ ਜੋ ਅਜੇ ਰਿਕਾਰਡ ਵਿੱਚ ਨਹੀਂ, ਦਰਜ ਹੋਈ ਲਿਖੀ ਜਾ ਸਕਦੀ ਹੈ।
error-target_required = ਪਹਿਲਾਂ ਟੀਚਾ ਲਿਖੋ: ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ 'ਤੇ ਕੰਮ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
error-too_many_targets = ਇੱਕ ਯੋਜਨਾ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 20 ਟੀਚੇ ਹੋ ਸਕਦੇ ਹਨ।
error-not_your_column = ਯੋਜਨਾ ਦਾ ਇਹ ਹਿੱਸਾ ਕਿਸੇ ਹੋਰ ਨੇ ਲਿਖਣਾ ਹੈ।
error-invalid_date = ਕਿਰਪਾ ਕਰਕੇ ਅਸਲੀ ਤਾਰੀਖ਼ ਲਿਖੋ।
error-closure_in_future = ਕੇਸ ਅੱਜ ਜਾਂ ਲੰਘੇ ਹੋਏ ਦਿਨ ਬੰਦ ਹੋ ਸਕਦਾ ਹੈ, ਆਉਣ ਵਾਲੇ ਦਿਨ ਨਹੀਂ।
error-case_closed = ਇਹ ਕੇਸ ਬੰਦ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਨਵਾਂ ਨਹੀਂ ਜੋੜਿਆ ਜਾ ਸਕਦਾ। ਪਹਿਲਾਂ ਕੇਸ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
error-events_waiting = ਇਸ ਵਿਅਕਤੀ ਦੀਆਂ ਭੇਜੀਆਂ ਕੁਝ ਚੀਜ਼ਾਂ ਅਜੇ ਕੇਸ ਰਿਕਾਰਡ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚੀਆਂ। ਪਹਿਲਾਂ ਉਹਨਾਂ ਨੂੰ ਰਿਲੇ ਸਫ਼ੇ 'ਤੇ ਭੇਜੋ ਜਾਂ ਦਰਜ ਕਰੋ, ਤਾਂ ਜੋ ਕੁਝ ਗੁਆਚੇ ਨਾ।
error-plan_version_not_current = ਤੁਹਾਡੇ ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ। ਸਹਿਮਤੀ ਦੱਸਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸਨੂੰ ਦੁਬਾਰਾ ਪੜ੍ਹੋ।
error-plan_edit_conflict = ਤੁਹਾਡੇ ਲਿਖਦੇ ਸਮੇਂ ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਖਾਨਾ ਬਦਲ ਦਿੱਤਾ। ਚੁਣੋ ਕਿ ਕਿਹੜੇ ਸ਼ਬਦ ਰੱਖਣੇ ਹਨ।

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = ਮੇਰੀ ਯੋਜਨਾ
home-plan-hint = ਤੁਹਾਡੇ ਟੀਚੇ, ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ। ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹੋ, ਆਪਣਾ ਹਿੱਸਾ ਲਿਖੋ, ਅਤੇ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਜਾਂ ਨਹੀਂ।
    .easier = ਤੁਹਾਡੇ ਟੀਚੇ। ਆਪਣਾ ਹਿੱਸਾ ਲਿਖੋ। ਦੱਸੋ ਕਿ ਠੀਕ ਹੈ ਜਾਂ ਨਹੀਂ।
home-plan-link-carer = ਯੋਜਨਾ
home-plan-hint-carer = ਤੁਹਾਡੇ ਨੌਜਵਾਨ ਦੇ ਟੀਚੇ। ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹੋ, ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਮਦਦ ਲਈ ਕੀ ਕਰੋਗੇ, ਅਤੇ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ ਜਾਂ ਨਹੀਂ।
    .easier = ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਟੀਚੇ। ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਮਦਦ ਕਰੋਗੇ। ਦੱਸੋ ਕਿ ਠੀਕ ਹੈ ਜਾਂ ਨਹੀਂ।
plan-title = ਯੋਜਨਾ
plan-mine = ਮੇਰੀ ਯੋਜਨਾ
plan-of = { $name } ਦੀ ਯੋਜਨਾ
plan-none = ਇੱਥੇ ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ। ਤੁਹਾਡਾ ਵਰਕਰ ਇਸਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਸ਼ੁਰੂ ਕਰੇਗਾ।
    .easier = ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ। ਤੁਹਾਡਾ ਵਰਕਰ ਸ਼ੁਰੂ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰੇਗਾ।
plan-empty = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ। ਤੁਹਾਡਾ ਵਰਕਰ ਇਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਲਿਖੇਗਾ।
    .easier = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ। ਤੁਹਾਡਾ ਵਰਕਰ ਮਦਦ ਕਰੇਗਾ।
plan-offline-copy = ਤੁਹਾਡੇ ਕੋਲ ਸਿਗਨਲ ਨਹੀਂ, ਇਸ ਲਈ ਇਹ ਯੋਜਨਾ ਪਿਛਲੀ ਵਾਰ ਵਰਗੀ ਹੈ। ਤੁਸੀਂ ਜੋ ਲਿਖੋਗੇ ਉਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੱਖਿਆ ਜਾਵੇਗਾ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ।
    .easier = ਸਿਗਨਲ ਨਹੀਂ। ਇਹ ਪਿਛਲੀ ਵਾਰ ਵਾਲੀ ਯੋਜਨਾ ਹੈ। ਜੋ ਤੁਸੀਂ ਲਿਖੋਗੇ ਉਹ ਸੰਭਾਲਿਆ ਜਾਵੇਗਾ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ।
plan-field-target = ਟੀਚਾ
    .easier = ਟੀਚਾ
plan-field-i-will = ਇਹ ਕਰਨ ਲਈ ਮੈਂ...
    .easier = ਮੈਂ ਕੀ ਕਰਾਂਗਾ
plan-field-carer-will = ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ...
    .easier = ਮੇਰੇ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਕੀ ਕਰਨਗੇ
plan-field-worker-will = ਵਰਕਰ...
    .easier = ਮੇਰਾ ਵਰਕਰ ਕੀ ਕਰੇਗਾ
plan-field-how-i-know = ਮੈਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਮੈਂ ਕਾਮਯਾਬ ਹਾਂ?
    .easier = ਮੈਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਇਹ ਕੰਮ ਕਰ ਗਿਆ?
plan-party-young-person = ਨੌਜਵਾਨ
plan-party-carer = ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
plan-party-worker = ਵਰਕਰ
plan-not-written = ਅਜੇ ਨਹੀਂ ਲਿਖਿਆ
plan-write = ਇਹ ਲਿਖੋ
plan-change = ਬਦਲੋ
plan-box-action = { $action }: { $box }, ਟੀਚੇ { $target } ਲਈ
plan-change-target = ਟੀਚਾ ਬਦਲੋ
plan-save = ਸੰਭਾਲੋ
plan-cancel = ਰੱਦ ਕਰੋ
plan-saved-box = ਸੰਭਾਲਿਆ ਗਿਆ: { $box }।
plan-waiting-to-send = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਸਿਗਨਲ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
    .easier = ਸੰਭਾਲਿਆ ਗਿਆ। ਸਿਗਨਲ ਆਉਣ 'ਤੇ ਜਾਵੇਗਾ।
plan-suggestion = ਤੁਹਾਡਾ ਵਰਕਰ "{ $column }" ਲਈ ਸ਼ਬਦ ਸੁਝਾਉਂਦਾ ਹੈ:
plan-accept = ਇਹ ਸ਼ਬਦ ਵਰਤੋ
plan-decline = ਨਹੀਂ ਧੰਨਵਾਦ
plan-status-achieved = ਹੋ ਗਿਆ!
plan-status-dropped = ਰੋਕ ਦਿੱਤਾ: { $reason }
plan-review-on = ਸਮੀਖਿਆ { $date } ਨੂੰ
plan-agree-title = ਕੀ ਤੁਸੀਂ ਇਸ ਯੋਜਨਾ ਨਾਲ ਸਹਿਮਤ ਹੋ?
    .easier = ਕੀ ਇਹ ਯੋਜਨਾ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੈ?
plan-agree = ਮੈਂ ਸਹਿਮਤ ਹਾਂ
    .easier = ਹਾਂ, ਠੀਕ ਹੈ
plan-disagree = ਮੈਂ ਕੁਝ ਬਦਲਣਾ ਚਾਹੁੰਦਾ ਹਾਂ
    .easier = ਨਹੀਂ, ਮੈਂ ਕੁਝ ਬਦਲਣਾ ਚਾਹੁੰਦਾ ਹਾਂ
plan-change-wanted-label = ਤੁਸੀਂ ਕੀ ਬਦਲੋਗੇ?
plan-send = ਭੇਜੋ
plan-disagree-back = ਵਾਪਸ ਜਾਓ
plan-state-waiting = ਤੁਸੀਂ ਅਜੇ ਨਹੀਂ ਦੱਸਿਆ।
plan-state-agreed = ਤੁਸੀਂ ਇਸ ਯੋਜਨਾ ਨਾਲ ਸਹਿਮਤ ਹੋਏ। ਧੰਨਵਾਦ।
plan-state-disagreed = ਤੁਸੀਂ ਕਿਹਾ ਕਿ ਤੁਸੀਂ ਕੁਝ ਬਦਲਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਤੁਹਾਡੇ ਵਰਕਰ ਕੋਲ ਤੁਹਾਡੇ ਸ਼ਬਦ ਹਨ:
plan-state-reopened = ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਤੋਂ ਬਾਅਦ ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪੜ੍ਹੋ ਕਿ ਕੀ ਬਦਲਿਆ ਅਤੇ ਦੁਬਾਰਾ ਦੱਸੋ।
    .easier = ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ। ਪੜ੍ਹੋ ਅਤੇ ਦੁਬਾਰਾ ਦੱਸੋ।
plan-state-reopened-disagreed = ਤੁਹਾਡੇ ਕੁਝ ਬਦਲਣਾ ਚਾਹੁਣ ਤੋਂ ਬਾਅਦ ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪੜ੍ਹੋ ਕਿ ਕੀ ਬਦਲਿਆ ਅਤੇ ਦੁਬਾਰਾ ਦੱਸੋ। ਤੁਹਾਡੇ ਸ਼ਬਦ ਇਹ ਸਨ:
plan-change-added = (ਨਵਾਂ)
plan-change-status = ਹੁਣ { $status ->
    [achieved] ਹੋ ਗਿਆ
    [dropped] ਰੋਕ ਦਿੱਤਾ
   *[active] ਫਿਰ ਜਾਰੀ
}
plan-conflict-title = ਤੁਹਾਡੇ ਲਿਖਦੇ ਸਮੇਂ ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਬਦਲ ਦਿੱਤਾ
plan-conflict-yours = ਤੁਹਾਡੇ ਸ਼ਬਦ
plan-conflict-theirs = ਹੁਣ ਉੱਥੇ ਮੌਜੂਦ ਸ਼ਬਦ
plan-keep-mine = ਮੇਰੇ ਸ਼ਬਦ ਰੱਖੋ
plan-take-theirs = ਉਹਨਾਂ ਦੇ ਸ਼ਬਦ ਰੱਖੋ
plan-merge = ਦੋਵਾਂ ਨੂੰ ਮਿਲਾ ਕੇ ਲਿਖੋ
plan-refused = ਇਹ ਬਦਲਾਅ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
plan-discard = ਇਸਨੂੰ ਹਟਾਓ
plan-add-target-label = ਇੱਕ ਨਵਾਂ ਟੀਚਾ, ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ
plan-add-target = ਟੀਚਾ ਜੋੜੋ
plan-look = ਨਿਸ਼ਾਨ, ਅਤੇ ਤੁਹਾਡੇ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਕੀ ਦੇਖਦੇ ਹਨ
plan-icon-label = ਇਸ ਟੀਚੇ ਦਾ ਨਿਸ਼ਾਨ
plan-icon-none = ਕੋਈ ਨਿਸ਼ਾਨ ਨਹੀਂ
plan-sharing-label = ਤੁਹਾਡੇ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਦੇਖਦੇ ਹਨ
plan-sharing-whole = ਇਹ ਪੂਰਾ ਟੀਚਾ
plan-sharing-part = ਸਿਰਫ਼ ਟੀਚਾ ਅਤੇ ਉਹਨਾਂ ਦਾ ਹਿੱਸਾ
plan-sharing-hidden = ਕੁਝ ਨਹੀਂ: ਇਸਨੂੰ ਨਿੱਜੀ ਰੱਖੋ

## Session self-scaling: the young person's page
home-scaling-link = ਸੈਸ਼ਨ ਦੇ ਸਕੋਰ
home-scaling-hint = ਆਪਣੇ ਵਰਕਰ ਦੇ ਦਿੱਤੇ ਕੋਡ ਨਾਲ ਆਪਣੇ ਸੈਸ਼ਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
    .easier = ਆਪਣੇ ਵਰਕਰ ਦਾ ਦਿੱਤਾ ਕੋਡ ਵਰਤੋ।
scaling-title = ਸੈਸ਼ਨ ਦੇ ਸਕੋਰ
scaling-join-intro = ਤੁਹਾਡਾ ਵਰਕਰ ਇੱਕ ਕੋਡ ਦਿਖਾਏਗਾ, ਜਾਂ ਸਕੈਨ ਕਰਨ ਲਈ QR ਕੋਡ। ਸੈਸ਼ਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਕੋਡ ਇੱਥੇ ਲਿਖੋ।
    .easier = ਉਹ ਕੋਡ ਲਿਖੋ ਜੋ ਤੁਹਾਡਾ ਵਰਕਰ ਦਿਖਾਵੇ।
scaling-code-label = ਸੈਸ਼ਨ ਕੋਡ
scaling-code-hint = ਛੇ ਅੱਖਰ ਅਤੇ ਨੰਬਰ, ਜਿਵੇਂ ACD 479
scaling-join = ਸੈਸ਼ਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
scaling-start = ਸ਼ੁਰੂ ਵਿੱਚ: ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਹੁਣ ਕਿੰਨਾ ਜਾਣਦੇ ਹੋ? 0 ਦਾ ਮਤਲਬ ਕੁਝ ਨਹੀਂ, 10 ਦਾ ਮਤਲਬ ਸਭ ਕੁਝ।
    .easier = ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਹੁਣ ਕਿੰਨਾ ਜਾਣਦੇ ਹੋ? 0 ਮਤਲਬ ਕੁਝ ਨਹੀਂ। 10 ਮਤਲਬ ਸਭ ਕੁਝ।
scaling-end = ਅੰਤ ਵਿੱਚ: ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਹੁਣ ਕਿੰਨਾ ਜਾਣਦੇ ਹੋ? 0 ਦਾ ਮਤਲਬ ਕੁਝ ਨਹੀਂ, 10 ਦਾ ਮਤਲਬ ਸਭ ਕੁਝ।
    .easier = ਅਖੀਰ ਵਿੱਚ, ਤੁਸੀਂ ਹੁਣ ਇਸ ਬਾਰੇ ਕਿੰਨਾ ਜਾਣਦੇ ਹੋ? 0 ਮਤਲਬ ਕੁਝ ਨਹੀਂ। 10 ਮਤਲਬ ਸਭ ਕੁਝ।
scaling-end-hint = ਤੁਸੀਂ ਇਹ ਸਕੋਰ ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਦੇ ਸਕਦੇ ਹੋ; ਇਹ ਬਾਅਦ ਵਿੱਚ ਭੇਜਿਆ ਜਾਵੇਗਾ।
scaling-wait-for-end = ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਸ਼ੁਰੂ ਦਾ ਸਕੋਰ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ। ਸੈਸ਼ਨ ਦੇ ਅੰਤ ਵਿੱਚ ਤੁਹਾਡਾ ਵਰਕਰ ਆਖ਼ਰੀ ਸਕੋਰ ਮੰਗੇਗਾ, ਅਤੇ ਇਹ ਇੱਥੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
    .easier = ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਪਹਿਲਾ ਸਕੋਰ ਸੰਭਾਲਿਆ ਗਿਆ। ਸੈਸ਼ਨ ਦੇ ਅਖੀਰ ਤੱਕ ਉਡੀਕ ਕਰੋ।
scaling-no-signal-end = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸਿਗਨਲ ਨਹੀਂ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਸੁਣ ਸਕਦਾ ਕਿ ਤੁਹਾਡਾ ਵਰਕਰ ਕਦੋਂ ਮੰਗਦਾ ਹੈ।
scaling-worker-asked = ਮੇਰੇ ਵਰਕਰ ਨੇ ਆਖ਼ਰੀ ਸਕੋਰ ਮੰਗਿਆ ਹੈ
scaling-finished-before-end = ਇਹ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ। ਤੁਹਾਡੇ ਸ਼ੁਰੂ ਦੇ ਸਕੋਰ ਲਈ ਧੰਨਵਾਦ।
scaling-low = 0 = ਕੁਝ ਨਹੀਂ ਜਾਣਦਾ
scaling-high = 10 = ਸਭ ਕੁਝ ਜਾਣਦਾ ਹਾਂ
scaling-review-low = 0 = ਬਿਲਕੁਲ ਨਹੀਂ
scaling-review-high = 10 = ਪੂਰੀ ਤਰ੍ਹਾਂ
scaling-show-start = ਮੇਰਾ ਸ਼ੁਰੂ ਦਾ ਸਕੋਰ ਦਿਖਾਓ
scaling-your-start = ਸ਼ੁਰੂ ਵਿੱਚ ਤੁਸੀਂ { $score } ਕਿਹਾ।
scaling-easier-words = ਸੌਖੇ ਸ਼ਬਦ
scaling-offline-question = ਅੱਜ ਦੇ ਵਿਸ਼ੇ ਬਾਰੇ ਤੁਸੀਂ ਕਿੰਨਾ ਜਾਣਦੇ ਹੋ? 0 ਦਾ ਮਤਲਬ ਕੁਝ ਨਹੀਂ, 10 ਦਾ ਮਤਲਬ ਸਭ ਕੁਝ।
scaling-joined-offline = ਤੁਸੀਂ ਬਿਨਾਂ ਸਿਗਨਲ ਦੇ ਸ਼ਾਮਲ ਹੋਏ। ਤੁਹਾਡੇ ਸਕੋਰ ਇਸ ਫ਼ੋਨ 'ਤੇ ਰੱਖੇ ਗਏ ਹਨ ਅਤੇ ਸਿਗਨਲ ਹੋਣ 'ਤੇ ਭੇਜੇ ਜਾਣਗੇ।
scaling-send = ਮੇਰਾ ਸਕੋਰ ਭੇਜੋ
scaling-all-done = ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਸਕੋਰ ਸੰਭਾਲੇ ਗਏ ਹਨ। ਤੁਹਾਡਾ ਵਰਕਰ ਅਗਲੇ ਸੈਸ਼ਨ ਬਣਾਉਣ ਲਈ ਇਹਨਾਂ ਨੂੰ ਦੇਖਦਾ ਹੈ।
    .easier = ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਸਕੋਰ ਸੰਭਾਲੇ ਗਏ ਹਨ।
scaling-leave = ਖ਼ਤਮ ਕਰੋ
scaling-review-title = ਪ੍ਰੋਗਰਾਮ ਦਾ ਅੰਤ
scaling-review-learning = ਤੁਸੀਂ ਇਸ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਕਿੰਨਾ ਸਿੱਖਿਆ?
scaling-review-future-risk = ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਖ਼ਤਰਨਾਕ ਹਾਲਾਤ ਤੋਂ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਦੂਰ ਰੱਖ ਸਕਦੇ ਹੋ?
scaling-review-consequences = ਤੁਸੀਂ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਸਮਝਦੇ ਹੋ ਕਿ ਜੇ ਕੋਈ ਜੁਰਮ ਕਰੇ ਤਾਂ ਕੀ ਹੁੰਦਾ ਹੈ?
scaling-review-before = ਜਦੋਂ ਪ੍ਰੋਗਰਾਮ ਸ਼ੁਰੂ ਹੋਇਆ (0 ਦਾ ਮਤਲਬ ਬਿਲਕੁਲ ਨਹੀਂ, 10 ਦਾ ਮਤਲਬ ਪੂਰੀ ਤਰ੍ਹਾਂ)
scaling-review-now = ਹੁਣ, ਅੰਤ ਵਿੱਚ (0 ਦਾ ਮਤਲਬ ਬਿਲਕੁਲ ਨਹੀਂ, 10 ਦਾ ਮਤਲਬ ਪੂਰੀ ਤਰ੍ਹਾਂ)
scaling-topic = ਸੈਸ਼ਨ ਦਾ ਵਿਸ਼ਾ

## Appointments
home-appointments-link = ਮੁਲਾਕਾਤਾਂ
home-appointments-hint = ਤੁਸੀਂ ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਮਿਲ ਰਹੇ ਹੋ। ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਸਕਦੇ ਹੋ, ਅਤੇ ਯਾਦ-ਦਹਾਨੀਆਂ ਲਓ।
    .easier = ਅਸੀਂ ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਮਿਲਾਂਗੇ। ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਸਕਦੇ ਹੋ ਜਾਂ ਨਹੀਂ।
home-appointments-hint-carer = ਮੁਲਾਕਾਤਾਂ ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਹਨ। ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਸਕਦੇ ਹੋ, ਅਤੇ ਯਾਦ-ਦਹਾਨੀਆਂ ਲਓ।
    .easier = ਅਸੀਂ ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਮਿਲਾਂਗੇ। ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਆ ਸਕਦੇ ਹੋ ਜਾਂ ਨਹੀਂ।
appointments-title = ਮੁਲਾਕਾਤਾਂ
appointments-offline-copy = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। ਇਹ ਤੁਹਾਡੀਆਂ ਉਹ ਮੁਲਾਕਾਤਾਂ ਹਨ ਜੋ ਪਿਛਲੀ ਵਾਰ ਔਨਲਾਈਨ ਹੋਣ ਵੇਲੇ ਸਨ।
    .easier = ਸਿਗਨਲ ਨਹੀਂ। ਇਹ ਪਿਛਲੀ ਵਾਰ ਵਾਲੀਆਂ ਮੁਲਾਕਾਤਾਂ ਹਨ।
appointments-coming-up = ਆਉਣ ਵਾਲੀਆਂ
appointments-none = ਕੋਈ ਆਉਣ ਵਾਲੀ ਮੁਲਾਕਾਤ ਨਹੀਂ।
appointments-past = ਲੰਘੀਆਂ ਮੁਲਾਕਾਤਾਂ
appointments-time = { $start } ਤੋਂ { $end } ਤੱਕ
appointments-for = { $name } ਲਈ
appointments-where = ਕਿੱਥੇ
appointments-what = ਕਿਸ ਲਈ
appointments-who = ਉੱਥੇ ਕੌਣ ਹੋਵੇਗਾ
appointments-get-ready = ਇਸ ਮੀਟਿੰਗ ਦੀ ਤਿਆਰੀ ਕਰੋ
appointments-got-ready = ਤੁਸੀਂ ਇਸ ਮੀਟਿੰਗ ਦੀ ਤਿਆਰੀ ਕਰ ਲਈ ਹੈ। ਧੰਨਵਾਦ।
appointments-open-map = ਨਕਸ਼ਾ ਖੋਲ੍ਹੋ
appointments-coming = ਮੈਂ ਆਵਾਂਗਾ
appointments-change = ਮੈਨੂੰ ਇਹ ਬਦਲਣਾ ਹੈ
appointments-change-label = ਕੀ ਬਦਲਣਾ ਹੈ? ਉਦਾਹਰਣ ਵਜੋਂ, ਬਿਹਤਰ ਦਿਨ ਜਾਂ ਸਮਾਂ।
    .easier = ਕੀ ਬਦਲਣਾ ਹੈ?
appointments-change-label-optional = ਕੁਝ ਹੋਰ ਦੱਸਣਾ ਹੈ? ਜੇ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਸਮਾਂ ਠੀਕ ਨਹੀਂ ਤਾਂ ਦੱਸੋ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕੀ ਠੀਕ ਰਹੇਗਾ।
appointments-free-times = ਉਹ ਸਮੇਂ ਜਦੋਂ ਤੁਹਾਡਾ ਵਰਕਰ ਵਿਹਲਾ ਹੈ
appointments-free-time = { $day }, { $start } ਤੋਂ { $end } ਤੱਕ
appointments-free-other = ਕੋਈ ਹੋਰ ਦਿਨ ਜਾਂ ਸਮਾਂ (ਹੇਠਾਂ ਦੱਸੋ ਕਿਹੜਾ)
appointments-change-send = ਮੇਰੇ ਵਰਕਰ ਨੂੰ ਭੇਜੋ
appointments-change-cancel = ਰੱਦ ਕਰੋ
appointments-reply-waiting = ਤੁਹਾਡਾ ਜਵਾਬ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
    .easier = ਸੰਭਾਲਿਆ ਗਿਆ। ਸਿਗਨਲ ਆਉਣ 'ਤੇ ਜਾਵੇਗਾ।
appointments-you-are-coming = ਤੁਸੀਂ ਕਿਹਾ ਕਿ ਤੁਸੀਂ ਆਓਗੇ।
appointments-you-asked-change = ਤੁਸੀਂ ਇਸਨੂੰ ਬਦਲਣ ਲਈ ਕਿਹਾ: { $reason }
appointments-you-asked-time = ਤੁਸੀਂ ਇਸਨੂੰ { $time } 'ਤੇ ਕਰਨ ਲਈ ਕਿਹਾ।
appointments-add-to-calendar = ਮੇਰੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ
appointments-default-title = ਮੁਲਾਕਾਤ
appointments-calendar = ਕੈਲੰਡਰ
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] ਇੱਕ ਮੁਲਾਕਾਤ
   *[other] { $count } ਮੁਲਾਕਾਤਾਂ
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = ਆਉਣ ਵਾਲੀ
appointment-state-attended = ਤੁਸੀਂ ਆਏ
appointment-state-missed = ਖੁੰਝ ਗਈ
appointment-state-cancelled = ਰੱਦ
remind-title = ਯਾਦ-ਦਹਾਨੀਆਂ
remind-discreet = ਤੁਹਾਡੀ ਲੌਕ ਸਕ੍ਰੀਨ 'ਤੇ ਯਾਦ-ਦਹਾਨੀਆਂ ਸਿਰਫ਼ ਕੁਝ ਅਜਿਹਾ ਕਹਿੰਦੀਆਂ ਹਨ ਜਿਵੇਂ "ਕੱਲ੍ਹ 4 ਵਜੇ ਕੁਝ ਹੈ", ਤਾਂ ਜੋ ਕੋਈ ਹੋਰ ਨਾ ਦੇਖ ਸਕੇ ਕਿ ਇਹ ਕੀ ਹੈ।
    .easier = ਯਾਦ-ਦਹਾਨੀ ਵਿੱਚ ਨਹੀਂ ਲਿਖਿਆ ਹੁੰਦਾ ਕਿ ਮੁਲਾਕਾਤ ਕੀ ਹੈ। ਹੋਰਾਂ ਨੂੰ ਪਤਾ ਨਹੀਂ ਲੱਗਦਾ।
remind-button = ਮੁਲਾਕਾਤਾਂ ਤੋਂ ਪਹਿਲਾਂ ਮੈਨੂੰ ਯਾਦ ਦਿਵਾਓ
remind-again = ਇਸ ਫ਼ੋਨ 'ਤੇ ਵੀ ਯਾਦ-ਦਹਾਨੀਆਂ ਚਾਲੂ ਕਰੋ
remind-on = ਯਾਦ-ਦਹਾਨੀਆਂ ਚਾਲੂ ਹਨ।
remind-detailed = ਯਾਦ-ਦਹਾਨੀਆਂ ਵਿੱਚ ਦੱਸੋ ਕੀ ਅਤੇ ਕਿੱਥੇ (ਜੋ ਵੀ ਤੁਹਾਡੀ ਸਕ੍ਰੀਨ ਦੇਖੇ ਉਹ ਪੜ੍ਹ ਸਕਦਾ ਹੈ)
remind-unsupported = ਇਹ ਫ਼ੋਨ ਜਾਂ ਬ੍ਰਾਊਜ਼ਰ ਯਾਦ-ਦਹਾਨੀਆਂ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ। ਇਸਦੀ ਬਜਾਏ ਮੁਲਾਕਾਤਾਂ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜੋ।
remind-denied = ਇਸ ਐਪ ਲਈ ਯਾਦ-ਦਹਾਨੀਆਂ ਬੰਦ ਹਨ। ਤੁਸੀਂ ਆਪਣੇ ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਸੂਚਨਾਵਾਂ ਦੀ ਇਜਾਜ਼ਤ ਦੇ ਸਕਦੇ ਹੋ।
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
weekday-short-1 = ਸੋਮ
weekday-short-2 = ਮੰਗਲ
weekday-short-3 = ਬੁੱਧ
weekday-short-4 = ਵੀਰ
weekday-short-5 = ਸ਼ੁੱਕਰ
weekday-short-6 = ਸ਼ਨਿੱਚਰ
weekday-short-7 = ਐਤ
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-in-words = { $weekday } { $day } { $month } { $year }
time-in-words = { $date }, { $time }

## Surveys on a phone
home-surveys-link = ਸਰਵੇ
home-surveys-hint = ਸਾਨੂੰ ਦੱਸੋ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ। ਇਸ ਨਾਲ ਸਾਨੂੰ ਚੀਜ਼ਾਂ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ।
    .easier = ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ। ਇਸ ਨਾਲ ਸਾਡੀ ਮਦਦ ਹੁੰਦੀ ਹੈ।
home-voice-link = ਆਪਣੀ ਗੱਲ ਕਹੋ
home-voice-hint = ਜ਼ਰੂਰੀ ਚੀਜ਼ਾਂ 'ਤੇ ਵੋਟ ਦਿਓ, ਅਤੇ ਦੇਖੋ ਕਿ ਨੌਜਵਾਨਾਂ ਦੀ ਗੱਲ ਨਾਲ ਕੀ ਬਦਲਿਆ।
    .easier = ਵੋਟ ਪਾਓ। ਦੇਖੋ ਕੀ ਬਦਲਿਆ।
surveys-title = ਤੁਹਾਡੇ ਲਈ ਸਰਵੇ
surveys-offline-copy = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। ਇਹ ਉਹ ਸਰਵੇ ਹਨ ਜੋ ਇਸ ਫ਼ੋਨ ਨੇ ਪਿਛਲੀ ਵਾਰ ਦੇਖੇ।
    .easier = ਸਿਗਨਲ ਨਹੀਂ। ਇਹ ਪਿਛਲੀ ਵਾਰ ਵਾਲੇ ਸਰਵੇਖਣ ਹਨ।
surveys-none = ਹੁਣੇ ਤੁਹਾਡੇ ਲਈ ਕੋਈ ਸਰਵੇ ਨਹੀਂ। ਦੇਖਣ ਲਈ ਧੰਨਵਾਦ!
    .easier = ਹੁਣ ਤੁਹਾਡੇ ਲਈ ਕੋਈ ਸਰਵੇਖਣ ਨਹੀਂ।
surveys-closes = { $date } ਤੱਕ ਖੁੱਲ੍ਹਾ
surveys-waiting = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲੇ ਹੋਏ ਹਨ। ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤੇ ਜਾਣਗੇ।
    .easier = ਸੰਭਾਲੇ ਗਏ। ਤੁਹਾਡੇ ਜਵਾਬ ਸਿਗਨਲ ਆਉਣ 'ਤੇ ਜਾਣਗੇ।
surveys-gone = ਇਹ ਸਰਵੇ ਹੁਣ ਇਸ ਫ਼ੋਨ 'ਤੇ ਨਹੀਂ। ਹੋ ਸਕਦਾ ਹੈ ਬੰਦ ਹੋ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋਵੋ।
surveys-back-to-list = ਸਰਵੇ 'ਤੇ ਵਾਪਸ
surveys-audience = ਤੁਹਾਡੇ ਜਵਾਬ ਕੌਣ ਪੜ੍ਹੇਗਾ: { $audience }।
surveys-anonymous = ਤੁਹਾਡਾ ਨਾਂ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ। ਕੋਈ ਨਹੀਂ ਦੱਸ ਸਕਦਾ ਕਿ ਕਿਹੜੇ ਜਵਾਬ ਤੁਹਾਡੇ ਹਨ।
    .easier = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਰੱਖਦੇ। ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਕਿਹੜੇ ਜਵਾਬ ਤੁਹਾਡੇ ਹਨ।
surveys-named = ਤੁਹਾਡਾ ਨਾਂ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨਾਲ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਵਰਕਰ ਦੇਖ ਸਕੇ ਕਿ ਤੁਸੀਂ ਕੀ ਕਿਹਾ।
    .easier = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਰੱਖਦੇ ਹਾਂ। ਤੁਹਾਡਾ ਵਰਕਰ ਤੁਹਾਡੇ ਜਵਾਬ ਦੇਖ ਸਕਦਾ ਹੈ।
surveys-how-many = { $count ->
    [one] 1 ਸਵਾਲ ਹੈ।
   *[other] { $count } ਸਵਾਲ ਹਨ।
}
surveys-how-many-between = { $least } ਤੋਂ { $most } ਸਵਾਲ ਹਨ: ਕੁਝ ਸਿਰਫ਼ ਕੁਝ ਜਵਾਬਾਂ ਤੋਂ ਬਾਅਦ ਪੁੱਛੇ ਜਾਂਦੇ ਹਨ।
surveys-easy-words = ਸੌਖੇ ਸ਼ਬਦ ਵਰਤੋ
surveys-start = ਸ਼ੁਰੂ ਕਰੋ
surveys-carry-on = ਜਿੱਥੇ ਰੁਕਿਆ ਸੀ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ
surveys-progress = ਸਵਾਲ { $number } / { $count }
surveys-back = ਵਾਪਸ
surveys-next = ਅੱਗੇ
surveys-send = ਮੇਰੇ ਜਵਾਬ ਭੇਜੋ
surveys-pick-any = ਜਿੰਨੇ ਚਾਹੋ ਚੁਣੋ।
surveys-yes = ਹਾਂ
surveys-no = ਨਹੀਂ
surveys-face-1 = ਬਹੁਤ ਨਾਖੁਸ਼
surveys-face-2 = ਨਾਖੁਸ਼
surveys-face-3 = ਠੀਕ
surveys-face-4 = ਖੁਸ਼
surveys-face-5 = ਬਹੁਤ ਖੁਸ਼
surveys-thanks-title = ਧੰਨਵਾਦ!
surveys-thanks-audience = ਤੁਹਾਡੇ ਜਵਾਬ ਇਹ ਪੜ੍ਹਨਗੇ: { $audience }।
home-forms-link = ਭਰਨ ਲਈ ਫ਼ਾਰਮ
home-forms-hint = ਉਹ ਚੀਜ਼ਾਂ ਜੋ ਤੁਹਾਡੇ ਵਰਕਰ ਨੇ ਤੁਹਾਨੂੰ ਭਰਨ ਲਈ ਕਹੀਆਂ, ਜਿਵੇਂ ਤੁਹਾਡਾ ਆਪਣਾ ਮੁਲਾਂਕਣ।
home-forms-hint-carer = ਉਹ ਫ਼ਾਰਮ ਜੋ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੇ ਵਰਕਰ ਨੇ ਤੁਹਾਨੂੰ ਭਰਨ ਲਈ ਕਹੇ।
forms-title = ਭਰਨ ਲਈ ਫ਼ਾਰਮ
forms-offline-copy = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ। ਇਹ ਉਹ ਫ਼ਾਰਮ ਹਨ ਜੋ ਇਸ ਫ਼ੋਨ ਨੇ ਆਖ਼ਰੀ ਵਾਰ ਦੇਖੇ।
forms-none = ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਭਰਨ ਲਈ ਕੋਈ ਫ਼ਾਰਮ ਨਹੀਂ ਹੈ।
forms-gone = ਇਹ ਫ਼ਾਰਮ ਹੁਣ ਇਸ ਫ਼ੋਨ 'ਤੇ ਨਹੀਂ ਹੈ। ਸ਼ਾਇਦ ਇਹ ਭੇਜਿਆ ਜਾ ਚੁੱਕਾ ਹੈ।
forms-back-to-list = ਫ਼ਾਰਮਾਂ 'ਤੇ ਵਾਪਸ
forms-for-assessment = ਇਹ ਮੁਲਾਂਕਣ ਲਈ ਹੈ।
forms-for-review-meeting = ਇਹ ਸਮੀਖਿਆ ਮੀਟਿੰਗ ਦੀ ਤਿਆਰੀ ਲਈ ਹੈ।
forms-for-closure = ਇਹ ਸੇਵਾ ਨਾਲ ਕੰਮ ਦੇ ਅੰਤ ਲਈ ਹੈ।
forms-for-induction = ਇਹ ਸੇਵਾ ਨਾਲ ਸ਼ੁਰੂਆਤ ਲਈ ਹੈ।
forms-reader = { $name } ਇਸਨੂੰ ਪੜ੍ਹਨਗੇ।
forms-reader-only = ਸਿਰਫ਼ { $name } ਇਸਨੂੰ ਪੜ੍ਹਨਗੇ।
forms-due = ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ { $date } ਤੱਕ ਪੂਰਾ ਕਰੋ।
forms-rather-not-say = ਨਹੀਂ ਦੱਸਣਾ
forms-rather-not-say-kept = ਤੁਸੀਂ ਨਾ ਦੱਸਣਾ ਚੁਣਿਆ। ਇਹ ਠੀਕ ਹੈ।
forms-rather-not-say-any = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਵਾਲ 'ਤੇ "ਨਹੀਂ ਦੱਸਣਾ" ਚੁਣ ਸਕਦੇ ਹੋ।
forms-kept-on-phone = ਤੁਸੀਂ ਰੁਕ ਕੇ ਬਾਅਦ ਵਿੱਚ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ। ਜੋ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ ਉਹ ਭੇਜਣ ਤੱਕ ਇਸ ਫ਼ੋਨ 'ਤੇ ਰਹਿੰਦਾ ਹੈ।

## Complaints and compliments on a phone
say-link = ਸ਼ਿਕਾਇਤ ਜਾਂ ਤਾਰੀਫ਼
say-title = ਸਾਨੂੰ ਦੱਸੋ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ
say-intro = ਤੁਸੀਂ ਸਾਨੂੰ ਕਿਸੇ ਅਜਿਹੀ ਚੀਜ਼ ਬਾਰੇ ਦੱਸ ਸਕਦੇ ਹੋ ਜੋ ਗਲਤ ਹੋਈ, ਜਾਂ ਜੋ ਚੰਗੀ ਹੋਈ। ਆਪਣੇ ਸ਼ਬਦ ਵਰਤੋ।
    .easier = ਸਾਨੂੰ ਦੱਸੋ ਕੀ ਗ਼ਲਤ ਹੋਇਆ, ਜਾਂ ਕੀ ਚੰਗਾ ਹੋਇਆ।
say-kind-legend = ਤੁਸੀਂ ਸਾਨੂੰ ਕੀ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ?
say-kind-complaint = ਕੁਝ ਗਲਤ ਹੋਇਆ (ਸ਼ਿਕਾਇਤ)
say-kind-compliment = ਕੁਝ ਚੰਗਾ ਹੋਇਆ (ਤਾਰੀਫ਼)
say-text-unchosen = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ
say-text-complaint = ਕੀ ਗਲਤ ਹੋਇਆ?
say-text-compliment = ਕੀ ਚੰਗਾ ਹੋਇਆ?
say-anonymous = ਮੇਰਾ ਨਾਂ ਨਾ ਭੇਜੋ
say-anonymous-hint = ਸਾਨੂੰ ਪਤਾ ਨਹੀਂ ਲੱਗੇਗਾ ਕਿ ਇਹ ਤੁਸੀਂ ਸੀ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਸ ਫ਼ੋਨ 'ਤੇ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਹੁੰਦਾ ਹੈ।
    .easier = ਸਾਨੂੰ ਪਤਾ ਨਹੀਂ ਲੱਗੇਗਾ ਕਿ ਇਹ ਤੁਸੀਂ ਸੀ।
say-named-hint = ਸਾਨੂੰ ਪਤਾ ਹੋਵੇਗਾ ਕਿ ਇਹ ਤੁਸੀਂ ਸੀ, ਤਾਂ ਜੋ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕੀਏ।
    .easier = ਸਾਨੂੰ ਪਤਾ ਹੋਵੇਗਾ ਕਿ ਇਹ ਤੁਸੀਂ ਸੀ। ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕਦੇ ਹਾਂ।
say-send = ਭੇਜੋ
say-thanks = ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਇਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
    .easier = ਧੰਨਵਾਦ। ਇਹ ਸੰਭਾਲਿਆ ਗਿਆ। ਸਿਗਨਲ ਆਉਣ 'ਤੇ ਜਾਵੇਗਾ।
say-thanks-received = ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਸਾਨੂੰ ਇਹ ਮਿਲ ਗਿਆ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਹੇਠਾਂ ਇਸ 'ਤੇ ਨਜ਼ਰ ਰੱਖ ਸਕਦੇ ਹੋ।
say-yours = ਤੁਸੀਂ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ
say-waiting = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
say-status-received = ਸਾਨੂੰ ਮਿਲ ਗਿਆ
say-status-acknowledged = ਅਸੀਂ ਪੜ੍ਹ ਲਿਆ
say-status-investigating = ਅਸੀਂ ਇਸਨੂੰ ਦੇਖ ਰਹੇ ਹਾਂ
say-status-resolved = ਹੱਲ ਹੋ ਗਿਆ
say-respond-by = ਅਸੀਂ { $date } ਤੱਕ ਜਵਾਬ ਦੇਵਾਂਗੇ।
say-owner = { $name } ਇਸਨੂੰ ਦੇਖ ਰਹੇ ਹਨ।
say-outcome = ਅਸੀਂ ਕੀ ਕੀਤਾ:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = ਆਪਣੀ ਗੱਲ ਕਹੋ
voice-intro = ਤੁਹਾਡੀ ਰਾਏ ਬਦਲ ਸਕਦੀ ਹੈ ਕਿ ਚੀਜ਼ਾਂ ਕਿਵੇਂ ਚੱਲਦੀਆਂ ਹਨ। ਵੋਟ ਦਿਓ, ਸਹਿਮਤ ਜਾਂ ਅਸਹਿਮਤ ਹੋਵੋ, ਅਤੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ।
    .easier = ਤੁਹਾਡੇ ਵਿਚਾਰ ਚੀਜ਼ਾਂ ਬਦਲ ਸਕਦੇ ਹਨ। ਵੋਟ ਪਾਓ ਅਤੇ ਸਾਨੂੰ ਦੱਸੋ।
voice-offline-copy = ਤੁਸੀਂ ਔਫ਼ਲਾਈਨ ਹੋ। ਇਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲੀ ਆਖ਼ਰੀ ਕਾਪੀ ਹੈ; ਤੁਸੀਂ ਜੋ ਦਿਓਗੇ ਉਹ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜਿਆ ਜਾਵੇਗਾ।
    .easier = ਸਿਗਨਲ ਨਹੀਂ। ਇਹ ਪਿਛਲੀ ਵਾਰ ਦਾ ਹੈ। ਜੋ ਤੁਸੀਂ ਦਿਓਗੇ ਉਹ ਬਾਅਦ ਵਿੱਚ ਜਾਵੇਗਾ।
voice-none-open = ਹੁਣੇ ਤੁਹਾਡੇ ਲਈ ਕੁਝ ਖੁੱਲ੍ਹਾ ਨਹੀਂ।
voice-for-cabinet = ਯੂਥ ਕੈਬਨਿਟ
voice-closes = { $date } ਤੱਕ ਖੁੱਲ੍ਹਾ
voice-feed-title = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ
voice-feed-none = ਅਜੇ ਕੁਝ ਨਹੀਂ। ਜਦੋਂ ਟੀਮ ਨੌਜਵਾਨਾਂ ਦੀ ਗੱਲ ਦਾ ਜਵਾਬ ਦੇਵੇਗੀ, ਉਹ ਇੱਥੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
voice-heard-by = ਇਹ ਕੌਣ ਸੁਣੇਗਾ: { $audience }
voice-you-took-part = ਤੁਸੀਂ ਹਿੱਸਾ ਲਿਆ
voice-ballots-cast = { $count ->
    [one] ਇੱਕ ਵੋਟ
   *[other] { $count } ਵੋਟਾਂ
}
voice-agree-percent = { $percent }% ਸਹਿਮਤ
voice-you-said = ਤੁਸੀਂ ਕਿਹਾ:
voice-we-did = ਅਸੀਂ ਕੀਤਾ:
voice-by-when = { $date } ਤੱਕ
voice-decided-by = ਫ਼ੈਸਲਾ { $who } ਨੇ ਕੀਤਾ
voice-status-planned = ਯੋਜਨਾਬੱਧ
voice-status-in_progress = ਹੁਣੇ ਹੋ ਰਿਹਾ ਹੈ
voice-status-done = ਹੋ ਗਿਆ
voice-status-not_possible = ਅਸੀਂ ਇਹ ਨਹੀਂ ਬਦਲ ਸਕਦੇ
voice-gone = ਇਹ ਹੁਣ ਖੁੱਲ੍ਹਾ ਨਹੀਂ।
voice-back = ਆਪਣੀ ਗੱਲ ਕਹੋ 'ਤੇ ਵਾਪਸ
voice-audience-heading = ਤੁਹਾਡੀ ਗੱਲ ਕੌਣ ਸੁਣੇਗਾ
voice-anonymous = ਇੱਥੇ ਤੁਸੀਂ ਜੋ ਵੀ ਦਿਓ, ਤੁਹਾਡਾ ਨਾਂ ਉਸਦੇ ਨਾਲ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
    .easier = ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਰੱਖਦੇ।
voice-named = ਤੁਸੀਂ ਜੋ ਲਿਖਦੇ ਹੋ ਉਹ ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚ ਜਾਂਦਾ ਹੈ। ਤੁਸੀਂ ਕਿਵੇਂ ਵੋਟ ਦਿੰਦੇ ਹੋ, ਉਹ ਕਦੇ ਵੀ ਤੁਹਾਡੇ ਨਾਂ ਨਾਲ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
    .easier = ਤੁਹਾਡੇ ਸ਼ਬਦਾਂ ਨਾਲ ਤੁਹਾਡਾ ਨਾਮ ਹੁੰਦਾ ਹੈ। ਤੁਹਾਡੀ ਵੋਟ ਨਾਲ ਕਦੇ ਨਹੀਂ।
voice-thanks = ਧੰਨਵਾਦ, ਸਾਨੂੰ ਇਹ ਮਿਲ ਗਿਆ। { $audience } ਸੁਣਨਗੇ ਕਿ ਨੌਜਵਾਨਾਂ ਨੇ ਕੀ ਕਿਹਾ।
voice-thanks-waiting = ਧੰਨਵਾਦ। ਇਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜਿਆ ਜਾਵੇਗਾ। ਫਿਰ { $audience } ਸੁਣਨਗੇ ਕਿ ਨੌਜਵਾਨਾਂ ਨੇ ਕੀ ਕਿਹਾ।
voice-waiting = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਔਨਲਾਈਨ ਹੋਣ 'ਤੇ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
voice-done = ਹੋ ਗਿਆ, ਧੰਨਵਾਦ
voice-agree = ਸਹਿਮਤ
voice-disagree = ਅਸਹਿਮਤ
voice-pass = ਪੱਕਾ ਨਹੀਂ
voice-propose-label = ਆਪਣਾ ਬਿਆਨ ਜੋੜੋ
voice-propose-hint = ਟੀਮ ਦੇ ਜਾਂਚਣ ਤੋਂ ਬਾਅਦ ਹੋਰ ਲੋਕ ਇਸਨੂੰ ਦੇਖਣਗੇ।
voice-propose-send = ਮੇਰਾ ਬਿਆਨ ਭੇਜੋ
voice-answer-send = ਮੇਰਾ ਜਵਾਬ ਭੇਜੋ
voice-rank-hint = ਤਿੰਨ ਤੱਕ ਚੁਣੋ, ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਪਹਿਲਾਂ।
voice-first-choice = ਪਹਿਲੀ ਪਸੰਦ
voice-second-choice = ਦੂਜੀ ਪਸੰਦ
voice-third-choice = ਤੀਜੀ ਪਸੰਦ
voice-no-choice = (ਕੋਈ ਨਹੀਂ)
voice-ballot-send = ਮੇਰੀ ਵੋਟ ਭੇਜੋ
voice-record = ਇਸਦੀ ਬਜਾਏ ਵੌਇਸ ਨੋਟ ਰਿਕਾਰਡ ਕਰੋ
voice-recording = ਰਿਕਾਰਡਿੰਗ ਹੋ ਰਹੀ ਹੈ। ਜੋ ਕਹਿਣਾ ਹੈ ਕਹੋ, ਫਿਰ ਰੋਕੋ ਦਬਾਓ। ਇਹ ਦੋ ਮਿੰਟ ਬਾਅਦ ਆਪਣੇ ਆਪ ਰੁਕ ਜਾਂਦੀ ਹੈ।
voice-record-stop = ਰਿਕਾਰਡਿੰਗ ਰੋਕੋ
voice-recorded = ਤੁਹਾਡਾ ਵੌਇਸ ਨੋਟ ਤਿਆਰ ਹੈ ({ $seconds } ਸਕਿੰਟ)। ਤੁਸੀਂ ਸ਼ਬਦ ਵੀ ਜੋੜ ਸਕਦੇ ਹੋ, ਫਿਰ ਭੇਜੋ।
voice-record-delete = ਵੌਇਸ ਨੋਟ ਮਿਟਾਓ
voice-record-failed = ਇਸ ਫ਼ੋਨ 'ਤੇ ਰਿਕਾਰਡਿੰਗ ਨਹੀਂ ਚੱਲੀ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਜਵਾਬ ਲਿਖ ਦਿਓ।

## Get help now ("I don't feel safe")
help-link = ਹੁਣੇ ਮਦਦ ਲਓ
lock-help = ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?
help-title = ਹੁਣੇ ਮਦਦ ਲਓ
help-intro = ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਤੁਸੀਂ ਕਿਸੇ ਨਾਲ ਮੁਫ਼ਤ ਅਤੇ ਨਿੱਜੀ ਤੌਰ 'ਤੇ ਗੱਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ।
    .easier = ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਤੁਸੀਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ।
help-call-999 = 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ (ਐਮਰਜੈਂਸੀ)
help-childline = ਚਾਈਲਡਲਾਈਨ, ਮੁਫ਼ਤ ਅਤੇ ਨਿੱਜੀ: { $number }
help-duty = ਤੁਹਾਡੀ ਸਰਵਿਸ ਦਾ ਡਿਊਟੀ ਵਰਕਰ: { $number }
help-tell-title = ਆਪਣੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ
help-words-label = ਕੀ ਹੋ ਰਿਹਾ ਹੈ? (ਤੁਹਾਨੂੰ ਕੁਝ ਲਿਖਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ)
help-send = ਹੁਣੇ ਮੇਰੇ ਵਰਕਰ ਨੂੰ ਦੱਸੋ
help-sent = ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਕੋਈ ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ।
    .easier = ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਪਤਾ ਹੈ। ਕੋਈ ਜਲਦੀ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ।
help-waiting = ਇਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਸਿਗਨਲ ਆਉਂਦੇ ਹੀ ਇਹ ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਚਲਾ ਜਾਵੇਗਾ। ਜੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
    .easier = ਸੰਭਾਲਿਆ ਗਿਆ। ਸਿਗਨਲ ਆਉਣ 'ਤੇ ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਜਾਵੇਗਾ। ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
help-history-title = ਤੁਸੀਂ ਕੀ ਮੰਗਿਆ
help-asked-at = ਤੁਸੀਂ { $time } ਨੂੰ ਮਦਦ ਮੰਗੀ
help-seen-by = { $name } ਨੇ ਇਹ ਦੇਖ ਲਿਆ ਹੈ।
help-not-seen-yet = ਕਿਸੇ ਦੇ ਦੇਖਣ ਦੀ ਉਡੀਕ ਹੈ।

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – ਟੈਂਡਮ
title-join = ਸ਼ਾਮਲ ਹੋਵੋ
title-pin = ਪਿੰਨ ਚੁਣੋ
title-help = ਮਦਦ
title-plan = ਯੋਜਨਾ
title-session = ਸੈਸ਼ਨ
title-appointments = ਮੁਲਾਕਾਤਾਂ
title-surveys = ਸਰਵੇ
title-forms = ਫ਼ਾਰਮ
title-voice = ਆਪਣੀ ਗੱਲ ਕਹੋ
title-say = ਸ਼ਿਕਾਇਤ ਜਾਂ ਤਾਰੀਫ਼
title-devices = ਮੇਰੇ ਫ਼ੋਨ
title-my-data = ਟੈਂਡਮ ਕੀ ਰੱਖਦਾ ਹੈ
title-feedback = ਇਸ ਐਪ ਬਾਰੇ
title-not-found = ਸਫ਼ਾ ਨਹੀਂ ਮਿਲਿਆ
