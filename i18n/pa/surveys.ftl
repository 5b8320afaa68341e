# Tandem: the service's survey templates in ਪੰਜਾਬੀ (Punjabi, Gurmukhi), question by question,
# in plain words (the templates in tandem_domain::surveys::named_templates). A survey staff have
# put in other words is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## Before the programme
before_programme-title = ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਪਹਿਲਾਂ
before_programme-purpose = ਤਾਂ ਜੋ ਸਾਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਤੁਸੀਂ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਕਰ ਰਹੇ ਹੋ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਵੇਖ ਸਕੀਏ ਕਿ ਕੀ ਬਦਲਿਆ।
before_programme-audience = ਤੁਹਾਡਾ ਵਰਕਰ ਅਤੇ ਪ੍ਰੋਗਰਾਮ ਦੀ ਟੀਮ
before_programme-confidence = ਤੁਸੀਂ ਭਵਿੱਖ ਬਾਰੇ ਕਿੰਨਾ ਭਰੋਸਾ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .easier = ਤੁਹਾਨੂੰ ਅੱਗੇ ਆਉਣ ਵਾਲੇ ਸਮੇਂ ਬਾਰੇ ਕਿੰਨਾ ਯਕੀਨ ਹੈ?
before_programme-safe = ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਸੀਂ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .easier = ਆਪਣੇ ਘਰ ਦੇ ਨੇੜੇ ਤੁਸੀਂ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
before_programme-choices = ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ, ਜਦੋਂ ਹਾਲਾਤ ਔਖੇ ਹੋਣ ਤਾਂ ਤੁਸੀਂ ਕਿੰਨੇ ਚੰਗੇ ਫ਼ੈਸਲੇ ਕਰਦੇ ਹੋ?
    .easier = ਜਦੋਂ ਔਖਾ ਹੋਵੇ, ਤੁਹਾਡੇ ਫ਼ੈਸਲੇ ਕਿੰਨੇ ਚੰਗੇ ਹੁੰਦੇ ਹਨ?
before_programme-hope = ਤੁਸੀਂ ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਕੀ ਹਾਸਲ ਕਰਨ ਦੀ ਉਮੀਦ ਰੱਖਦੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ?

## After the programme
after_programme-title = ਪ੍ਰੋਗਰਾਮ ਤੋਂ ਬਾਅਦ
after_programme-purpose = ਤਾਂ ਜੋ ਅਸੀਂ ਵੇਖ ਸਕੀਏ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕੀ ਬਦਲਿਆ ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ।
after_programme-audience = ਤੁਹਾਡਾ ਵਰਕਰ, ਪ੍ਰੋਗਰਾਮ ਦੀ ਟੀਮ ਅਤੇ ਸੇਵਾ ਦੇ ਮੈਨੇਜਰ
after_programme-confidence = ਹੁਣ ਤੁਸੀਂ ਭਵਿੱਖ ਬਾਰੇ ਕਿੰਨਾ ਭਰੋਸਾ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .easier = ਹੁਣ ਤੁਹਾਨੂੰ ਅੱਗੇ ਆਉਣ ਵਾਲੇ ਸਮੇਂ ਬਾਰੇ ਕਿੰਨਾ ਯਕੀਨ ਹੈ?
after_programme-safe = ਹੁਣ ਜਿੱਥੇ ਤੁਸੀਂ ਰਹਿੰਦੇ ਹੋ, ਉੱਥੇ ਤੁਸੀਂ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .easier = ਹੁਣ ਆਪਣੇ ਘਰ ਦੇ ਨੇੜੇ ਤੁਸੀਂ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
after_programme-choices = ਹੁਣ ਜਦੋਂ ਹਾਲਾਤ ਔਖੇ ਹੋਣ ਤਾਂ ਤੁਸੀਂ ਕਿੰਨੇ ਚੰਗੇ ਫ਼ੈਸਲੇ ਕਰਦੇ ਹੋ?
    .easier = ਹੁਣ ਜਦੋਂ ਔਖਾ ਹੋਵੇ, ਤੁਹਾਡੇ ਫ਼ੈਸਲੇ ਕਿੰਨੇ ਚੰਗੇ ਹੁੰਦੇ ਹਨ?
after_programme-helped = ਕਿਸ ਚੀਜ਼ ਨੇ ਤੁਹਾਡੀ ਸਭ ਤੋਂ ਵੱਧ ਮਦਦ ਕੀਤੀ?
    .easier = ਸਭ ਤੋਂ ਵਧੀਆ ਕੀ ਸੀ?
after_programme-change = ਤੁਸੀਂ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਕੀ ਬਦਲਣਾ ਚਾਹੋਗੇ?
    .easier = ਸਾਨੂੰ ਕੀ ਬਿਹਤਰ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ?

## Parents' and carers' views at closure
carers_closure-title = ਅੰਤ ਵਿੱਚ ਮਾਪਿਆਂ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਰਾਇ
carers_closure-purpose = ਤੁਹਾਡੀ ਰਾਇ ਸਾਨੂੰ ਪਰਿਵਾਰਾਂ ਨਾਲ ਆਪਣਾ ਕੰਮ ਬਿਹਤਰ ਬਣਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ।
carers_closure-audience = ਸੇਵਾ ਦੇ ਮੈਨੇਜਰ, ਅਤੇ ਉਹ ਟੀਮ ਜਿਸ ਨੇ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨਾਲ ਕੰਮ ਕੀਤਾ
carers_closure-listened = ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਸੁਣੀ?
    .easier = ਕੀ ਅਸੀਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣੀ?
carers_closure-informed = ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਕਾਰੀ ਦਿੰਦੇ ਰਹੇ?
    .easier = ਕੀ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਿਆ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਸੀ?
carers_closure-difference = ਕੀ ਸਾਡੇ ਨਾਲ ਕੰਮ ਕਰਨ ਨਾਲ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਕੋਈ ਫ਼ਰਕ ਪਿਆ?
    .easier = ਕੀ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਹਾਲਾਤ ਬਿਹਤਰ ਹੋਏ?
carers_closure-difference_how = ਇਸ ਨਾਲ ਕੀ ਫ਼ਰਕ ਪਿਆ?
    .easier = ਕੀ ਬਿਹਤਰ ਹੋਇਆ?
carers_closure-better = ਅਸੀਂ ਕੀ ਬਿਹਤਰ ਕਰ ਸਕਦੇ ਸੀ?
    .easier = ਸਾਨੂੰ ਕੀ ਬਿਹਤਰ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ?

## After custody
after_custody-title = ਹਿਰਾਸਤ ਤੋਂ ਬਾਅਦ
after_custody-purpose = ਹਿਰਾਸਤ ਤੋਂ ਬਾਹਰ ਆਉਣਾ ਇੱਕ ਵੱਡੀ ਤਬਦੀਲੀ ਹੈ। ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਸਭ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਤਾਂ ਜੋ ਅਸੀਂ ਮਦਦ ਕਰ ਸਕੀਏ।
after_custody-audience = ਤੁਹਾਡਾ ਵਰਕਰ
after_custody-feeling = ਬਾਹਰ ਆਉਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰ ਰਹੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਕਿਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
after_custody-support = ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੀ ਚੀਜ਼ ਹੁਣੇ ਤੁਹਾਡੀ ਸਭ ਤੋਂ ਵੱਧ ਮਦਦ ਕਰੇਗੀ?
    .easier = ਹੁਣੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ?
after_custody-support-housing = ਰਹਿਣ ਲਈ ਥਾਂ
after_custody-support-education = ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਸਿਖਲਾਈ
after_custody-support-work = ਨੌਕਰੀ
after_custody-support-health = ਸਿਹਤ ਜਾਂ ਭਾਵਨਾਵਾਂ
after_custody-support-money = ਪੈਸੇ
after_custody-support-family = ਪਰਿਵਾਰ
after_custody-worried = ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਰਹੀ ਹੈ?
    .easier = ਕੀ ਤੁਸੀਂ ਕਿਸੇ ਗੱਲ ਤੋਂ ਪਰੇਸ਼ਾਨ ਹੋ?
after_custody-worried_about = ਤੁਸੀਂ ਕਿਸ ਗੱਲ ਤੋਂ ਪਰੇਸ਼ਾਨ ਹੋ?
    .easier = ਤੁਹਾਨੂੰ ਕੀ ਪਰੇਸ਼ਾਨ ਕਰ ਰਿਹਾ ਹੈ?

## How are we doing?
how_are_we_doing-title = ਅਸੀਂ ਕਿਵੇਂ ਕਰ ਰਹੇ ਹਾਂ?
how_are_we_doing-purpose = ਅਸੀਂ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਸਾਡੇ ਨਾਲ ਕੰਮ ਕਰਨਾ ਕਿਹੋ ਜਿਹਾ ਹੈ।
how_are_we_doing-audience = ਸੇਵਾ ਦੇ ਮੈਨੇਜਰ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀ ਕੈਬਨਿਟ
how_are_we_doing-overall = ਕੁੱਲ ਮਿਲਾ ਕੇ, ਤੁਸੀਂ ਸੇਵਾ ਤੋਂ ਕਿੰਨੇ ਖ਼ੁਸ਼ ਹੋ?
    .easier = ਕੀ ਤੁਸੀਂ ਸਾਡੇ ਤੋਂ ਖ਼ੁਸ਼ ਹੋ?
how_are_we_doing-respect = ਸਟਾਫ਼ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਕਿੰਨੀ ਇੱਜ਼ਤ ਨਾਲ ਵਿਹਾਰ ਕੀਤਾ?
    .easier = ਕੀ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਦਿਆਲੂ ਅਤੇ ਨਿਰਪੱਖ ਸੀ?
how_are_we_doing-best = ਸਭ ਤੋਂ ਵਧੀਆ ਹਿੱਸਾ ਕਿਹੜਾ ਸੀ?
    .easier = ਸਭ ਤੋਂ ਵਧੀਆ ਕੀ ਸੀ?
how_are_we_doing-best-talking = ਕੋਈ ਜਿਸ ਨਾਲ ਗੱਲ ਕਰ ਸਕਾਂ
how_are_we_doing-best-activities = ਗਤੀਵਿਧੀਆਂ ਅਤੇ ਗਰੁੱਪ
how_are_we_doing-best-help = ਅਮਲੀ ਮਦਦ
how_are_we_doing-best-other = ਕੁਝ ਹੋਰ
how_are_we_doing-best_other = ਹੋਰ ਕੀ ਚੰਗਾ ਸੀ?
    .easier = ਹੋਰ ਕੀ?
how_are_we_doing-quote = ਕੀ ਤੁਸੀਂ ਸਾਡੇ ਬਾਰੇ ਕੁਝ ਕਹਿਣਾ ਚਾਹੋਗੇ?
    .easier = ਸਾਨੂੰ ਹੋਰ ਕੁਝ ਦੱਸਣਾ ਹੈ?

## Starting with us: how are things?
starting_with_us-title = ਸਾਡੇ ਨਾਲ ਸ਼ੁਰੂਆਤ: ਹਾਲਾਤ ਕਿਵੇਂ ਹਨ?
starting_with_us-purpose = ਸਾਡੇ ਨਾਲ ਸ਼ੁਰੂ ਕਰਨ ਵਾਲਾ ਹਰ ਕੋਈ ਇਨ੍ਹਾਂ ਦੇ ਜਵਾਬ ਦਿੰਦਾ ਹੈ, ਤਾਂ ਜੋ ਅਸੀਂ ਵੇਖ ਸਕੀਏ ਕਿ ਕਿਹੜੀ ਮਦਦ ਠੀਕ ਹੈ।
starting_with_us-audience = ਤੁਹਾਡਾ ਵਰਕਰ
starting_with_us-bounce = ਜਦੋਂ ਕੁਝ ਗ਼ਲਤ ਹੋ ਜਾਵੇ, ਤੁਸੀਂ ਕਿੰਨੀ ਜਲਦੀ ਫਿਰ ਠੀਕ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
    .easier = ਜਦੋਂ ਕੁਝ ਗ਼ਲਤ ਹੋਵੇ, ਤੁਸੀਂ ਕਿੰਨੀ ਛੇਤੀ ਫਿਰ ਠੀਕ ਹੋ ਜਾਂਦੇ ਹੋ?
starting_with_us-someone = ਤੁਹਾਡੇ ਕੋਲ ਕਿਸ ਹੱਦ ਤੱਕ ਕੋਈ ਹੈ ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਗੱਲ ਕਰ ਸਕੋ?
    .easier = ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਗੱਲ ਕਰਨ ਲਈ ਕੋਈ ਹੈ?
starting_with_us-school = ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਕੰਮ ਕਿੰਨਾ ਚੰਗਾ ਚੱਲ ਰਿਹਾ ਹੈ?
    .easier = ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਕੰਮ ਕਿਵੇਂ ਹੈ?
starting_with_us-calm = ਜਦੋਂ ਤੁਹਾਨੂੰ ਗੁੱਸਾ ਆਵੇ, ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕਿੰਨੀ ਚੰਗੀ ਤਰ੍ਹਾਂ ਸ਼ਾਂਤ ਕਰ ਸਕਦੇ ਹੋ?
    .easier = ਕੀ ਤੁਸੀਂ ਗੁੱਸੇ ਵਿੱਚ ਆਪਣੇ ਆਪ ਨੂੰ ਸ਼ਾਂਤ ਕਰ ਸਕਦੇ ਹੋ?
starting_with_us-good_at = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹੋ?
    .easier = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਚੰਗੇ ਹੋ?
