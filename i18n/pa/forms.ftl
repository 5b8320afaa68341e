# Tandem: the service's forms in ਪੰਜਾਬੀ (Punjabi, Gurmukhi): version 1 of each form (the template
# in tandem_domain::assessments::FormKind::template), question by question, in plain words.
# A form a manager has changed since is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## My self-assessment
self_assessment-title = ਮੇਰਾ ਆਪਣਾ ਮੁਲਾਂਕਣ
self_assessment-purpose = ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਮੁਲਾਂਕਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਡੇ ਵਰਕਰ ਨੂੰ ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਪਤਾ ਹੋਵੇ ਕਿ ਤੁਹਾਡੇ ਲਈ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ। ਤੁਸੀਂ ਰੁਕ ਕੇ ਬਾਅਦ ਵਿੱਚ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।
self_assessment-audience = ਤੁਹਾਡਾ ਵਰਕਰ, ਤੁਹਾਡੇ ਨਾਲ ਯੋਜਨਾ ਬਣਾਉਣ ਲਈ
self_assessment-family = ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ? 0 ਬਹੁਤ ਮਾੜਾ ਹੈ, 10 ਬਹੁਤ ਵਧੀਆ ਹੈ।
    .easier = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕਿਵੇਂ ਹੈ? 0 ਮਾੜਾ ਹੈ। 10 ਵਧੀਆ ਹੈ।
    .section = ਮੈਂ ਅਤੇ ਮੇਰਾ ਪਰਿਵਾਰ
self_assessment-family_words = ਸਾਨੂੰ ਆਪਣੇ ਅਤੇ ਆਪਣੇ ਪਰਿਵਾਰ ਬਾਰੇ ਦੱਸੋ।
    .easier = ਸਾਨੂੰ ਆਪਣੇ ਪਰਿਵਾਰ ਬਾਰੇ ਦੱਸੋ।
self_assessment-home = ਤੁਸੀਂ ਜਿੱਥੇ ਰਹਿੰਦੇ ਹੋ ਉੱਥੇ ਕਿੰਨੇ ਖੁਸ਼ ਹੋ?
    .easier = ਕੀ ਤੁਹਾਨੂੰ ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਪਸੰਦ ਹੈ?
    .section = ਮੇਰਾ ਘਰ
self_assessment-home_words = ਤੁਸੀਂ ਜਿੱਥੇ ਰਹਿੰਦੇ ਹੋ ਉਹ ਥਾਂ ਕਿਹੋ ਜਿਹੀ ਹੈ?
    .easier = ਤੁਹਾਡਾ ਘਰ ਕਿਹੋ ਜਿਹਾ ਹੈ?
self_assessment-school = ਸਕੂਲ, ਟ੍ਰੇਨਿੰਗ ਜਾਂ ਕੰਮ ਵਿੱਚ ਹਾਲਾਤ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ?
    .easier = ਸਕੂਲ ਜਾਂ ਕੰਮ ਕਿਵੇਂ ਹੈ?
    .section = ਸਕੂਲ, ਸਿਖਲਾਈ ਜਾਂ ਕੰਮ
self_assessment-school_words = ਸਕੂਲ, ਟ੍ਰੇਨਿੰਗ ਜਾਂ ਕੰਮ ਵਿੱਚ ਕੀ ਵਧੀਆ ਜਾਂ ਮਾੜਾ ਚੱਲ ਰਿਹਾ ਹੈ?
    .easier = ਸਕੂਲ ਜਾਂ ਕੰਮ ਵਿੱਚ ਕੀ ਵਧੀਆ ਜਾਂ ਮਾੜਾ ਹੈ?
self_assessment-friends = ਤੁਹਾਡੇ ਦੋਸਤਾਂ ਨਾਲ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ?
    .easier = ਤੁਹਾਡੇ ਦੋਸਤਾਂ ਨਾਲ ਕਿਵੇਂ ਹੈ?
    .section = ਦੋਸਤ
self_assessment-friends_words = ਸਾਨੂੰ ਆਪਣੇ ਦੋਸਤਾਂ ਬਾਰੇ ਦੱਸੋ ਅਤੇ ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਸਮਾਂ ਬਿਤਾਉਂਦੇ ਹੋ।
    .easier = ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਸਮਾਂ ਬਿਤਾਉਂਦੇ ਹੋ?
self_assessment-feelings = ਅੱਜਕੱਲ੍ਹ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ?
    .easier = ਇਨ੍ਹਾਂ ਦਿਨਾਂ ਵਿੱਚ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .section = ਮੇਰੀਆਂ ਭਾਵਨਾਵਾਂ
self_assessment-feelings_words = ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਰਹੀ ਹੈ?
    .easier = ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਰਹੀ ਹੈ?
self_assessment-happened = ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਕੀ ਹੋਇਆ ਸੀ?
    .easier = ਕੀ ਹੋਇਆ ਸੀ? ਆਪਣੇ ਤਰੀਕੇ ਨਾਲ ਦੱਸੋ।
    .section = ਕੀ ਹੋਇਆ
self_assessment-happened_think = ਹੁਣ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਕੀ ਸੋਚਦੇ ਹੋ?
    .easier = ਹੁਣ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਕੀ ਸੋਚਦੇ ਹੋ?
self_assessment-good_at = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹੋ?
    .section = ਮੇਰੀਆਂ ਖ਼ੂਬੀਆਂ, ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ
self_assessment-would_help = ਤੁਹਾਡੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?
    .easier = ਤੁਹਾਡੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?

## How things are at home
carer_view-title = ਘਰ ਵਿੱਚ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ
carer_view-purpose = ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦਾ ਵਰਕਰ ਉਸੇ ਮੁਲਾਂਕਣ ਲਈ ਤੁਹਾਡੇ ਤੋਂ ਸੁਣੇ ਕਿ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ।
carer_view-audience = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦਾ ਵਰਕਰ
carer_view-home = ਇਸ ਵੇਲੇ ਘਰ ਵਿੱਚ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ? 0 ਬਹੁਤ ਮਾੜਾ ਹੈ, 10 ਬਹੁਤ ਵਧੀਆ ਹੈ।
    .easier = ਘਰ ਵਿੱਚ ਕਿਵੇਂ ਹੈ? 0 ਮਾੜਾ ਹੈ। 10 ਵਧੀਆ ਹੈ।
carer_view-home_words = ਘਰ ਵਿੱਚ ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਕੀ ਔਖਾ ਹੈ?
    .easier = ਘਰ ਵਿੱਚ ਕੀ ਵਧੀਆ ਹੈ? ਕੀ ਔਖਾ ਹੈ?
carer_view-relationship = ਤੁਹਾਡੇ ਅਤੇ ਨੌਜਵਾਨ ਵਿਚਕਾਰ ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ?
    .easier = ਤੁਹਾਡੀ ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਆਪਸ ਵਿੱਚ ਕਿਵੇਂ ਬਣਦੀ ਹੈ?
carer_view-school = ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਸਕੂਲ, ਟ੍ਰੇਨਿੰਗ ਜਾਂ ਕੰਮ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?
    .easier = ਉਨ੍ਹਾਂ ਦਾ ਸਕੂਲ ਜਾਂ ਕੰਮ ਕਿਵੇਂ ਹੈ?
carer_view-worries = ਤੁਹਾਨੂੰ ਸਭ ਤੋਂ ਵੱਧ ਕੀ ਪਰੇਸ਼ਾਨ ਕਰਦਾ ਹੈ?
    .easier = ਤੁਹਾਨੂੰ ਕੀ ਪਰੇਸ਼ਾਨ ਕਰਦਾ ਹੈ?
carer_view-strengths = ਉਹ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹਨ?
    .easier = ਉਹ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹਨ?
carer_view-would_help = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?
    .easier = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੋਵੇਗੀ?

## About me
about_me-title = ਮੇਰੇ ਬਾਰੇ
about_me-purpose = ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਵਰਕਰ ਸ਼ੁਰੂ ਤੋਂ ਹੀ ਤੁਹਾਡੇ ਲਈ ਚੀਜ਼ਾਂ ਠੀਕ ਕਰ ਸਕੇ। ਇਸ ਨੂੰ ਸਿਰਫ਼ ਤੁਹਾਡਾ ਵਰਕਰ ਪੜ੍ਹਦਾ ਹੈ।
about_me-audience = ਸਿਰਫ਼ ਤੁਹਾਡਾ ਵਰਕਰ
about_me-communicate = ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਪਸੰਦ ਹੈ ਕਿ ਲੋਕ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰਨ, ਅਤੇ ਸਮਝਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੁੰਦੀ ਹੈ?
    .easier = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਗੱਲ ਕਰੀਏ? ਸਮਝਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੁੰਦੀ ਹੈ?
about_me-languages = ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਬੋਲਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਬੋਲਦੇ ਹੋ?
about_me-faith = ਕੀ ਤੁਹਾਡਾ ਕੋਈ ਵਿਸ਼ਵਾਸ ਜਾਂ ਧਰਮ ਹੈ ਜਿਸ ਬਾਰੇ ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ?
    .easier = ਕੀ ਤੁਹਾਡਾ ਕੋਈ ਧਰਮ ਹੈ?
about_me-identity = ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕਿਵੇਂ ਬਿਆਨ ਕਰਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਆਪਣੇ ਬਾਰੇ ਕੀ ਕਹੋਗੇ?
about_me-needs = ਕੀ ਕੋਈ ਅਪਾਹਜਤਾ ਜਾਂ ਸਿਹਤ ਦੀ ਲੋੜ ਹੈ ਜਿਸ ਬਾਰੇ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸੇਵਾ ਨੂੰ ਪਤਾ ਹੋਵੇ?
    .easier = ਕੀ ਤੁਹਾਡੀ ਸਿਹਤ ਬਾਰੇ ਕੋਈ ਗੱਲ ਹੈ ਜੋ ਸਾਨੂੰ ਪਤਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ?
about_me-important_people = ਤੁਹਾਡੇ ਲਈ ਕੌਣ ਮਹੱਤਵਪੂਰਨ ਹੈ?
    .easier = ਤੁਹਾਡੇ ਲਈ ਕੌਣ ਮਹੱਤਵਪੂਰਨ ਹੈ?

## Getting ready for my review
review_prep-title = ਆਪਣੇ ਰਿਵਿਊ ਦੀ ਤਿਆਰੀ
review_prep-purpose = ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਰਿਵਿਊ ਮੀਟਿੰਗ ਵਿੱਚ ਉਨ੍ਹਾਂ ਗੱਲਾਂ ਬਾਰੇ ਗੱਲ ਹੋਵੇ ਜੋ ਤੁਹਾਡੇ ਲਈ ਮਹੱਤਵਪੂਰਨ ਹਨ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੀ ਮਰਜ਼ੀ ਦੇ ਤਰੀਕੇ ਨਾਲ ਹਿੱਸਾ ਲਓ।
review_prep-audience = ਤੁਹਾਡਾ ਵਰਕਰ ਅਤੇ ਤੁਹਾਡੀ ਰਿਵਿਊ ਮੀਟਿੰਗ ਦੇ ਲੋਕ
review_prep-going_well = ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ?
    .easier = ਹੁਣ ਕੀ ਵਧੀਆ ਹੈ?
review_prep-hard = ਇਸ ਵੇਲੇ ਕੀ ਔਖਾ ਹੈ?
    .easier = ਹੁਣ ਕੀ ਔਖਾ ਹੈ?
review_prep-talk_about = ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
review_prep-who_there = ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਸ ਨੂੰ ਚਾਹੁੰਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਸ ਨੂੰ ਚਾਹੁੰਦੇ ਹੋ?
review_prep-take_part = ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਵੇਂ ਹਿੱਸਾ ਲੈਣਾ ਚਾਹੁੰਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਕਿਵੇਂ ਸ਼ਾਮਲ ਹੋਣਾ ਚਾਹੁੰਦੇ ਹੋ?
review_prep-take_part-speak = ਮੈਂ ਆਪ ਬੋਲਾਂਗਾ ਜਾਂ ਬੋਲਾਂਗੀ
    .easier = ਮੈਂ ਗੱਲ ਕਰਾਂਗਾ ਜਾਂ ਕਰਾਂਗੀ
review_prep-take_part-read_out = ਮੈਂ ਚਾਹੁੰਦਾ ਜਾਂ ਚਾਹੁੰਦੀ ਹਾਂ ਕਿ ਮੇਰੇ ਸ਼ਬਦ ਪੜ੍ਹ ਕੇ ਸੁਣਾਏ ਜਾਣ
    .easier = ਕੋਈ ਮੇਰੇ ਸ਼ਬਦ ਪੜ੍ਹੇ
review_prep-take_part-write = ਮੈਂ ਪਹਿਲਾਂ ਹੀ ਲਿਖ ਲਵਾਂਗਾ ਜਾਂ ਲਵਾਂਗੀ
    .easier = ਮੈਂ ਪਹਿਲਾਂ ਲਿਖਾਂਗਾ ਜਾਂ ਲਿਖਾਂਗੀ
review_prep-overall = ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ ਕੁੱਲ ਮਿਲਾ ਕੇ ਹਾਲਾਤ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ? 0 ਬਹੁਤ ਮਾੜਾ ਹੈ, 10 ਬਹੁਤ ਵਧੀਆ ਹੈ।
    .easier = ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ? 0 ਮਾੜਾ ਹੈ। 10 ਵਧੀਆ ਹੈ।
