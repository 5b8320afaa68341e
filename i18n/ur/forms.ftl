# Tandem: the service's forms in اردو (Urdu): version 1 of each form (the template in
# tandem_domain::assessments::FormKind::template), question by question, in plain words.
# A form a manager has changed since is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## My self-assessment
self_assessment-title = میرا اپنا جائزہ
self_assessment-purpose = تاکہ آپ کے جائزے سے پہلے آپ کے ورکر کو آپ کے اپنے الفاظ میں پتا ہو کہ آپ کے لیے حالات کیسے ہیں۔ آپ رک کر بعد میں واپس آ سکتے ہیں۔
self_assessment-audience = آپ کا ورکر، آپ کے ساتھ منصوبہ بنانے کے لیے
self_assessment-family = اس وقت آپ کے خاندان کے ساتھ حالات کیسے ہیں؟ 0 بہت برا ہے، 10 بہت اچھا ہے۔
    .easier = آپ کے خاندان کے ساتھ کیسا ہے؟ 0 برا ہے۔ 10 اچھا ہے۔
    .section = میں اور میرا خاندان
self_assessment-family_words = ہمیں اپنے اور اپنے خاندان کے بارے میں بتائیں۔
    .easier = ہمیں اپنے خاندان کے بارے میں بتائیں۔
self_assessment-home = آپ جہاں رہتے ہیں وہاں آپ کتنے خوش ہیں؟
    .easier = کیا آپ کو اپنی رہنے کی جگہ پسند ہے؟
    .section = میرا گھر
self_assessment-home_words = آپ جہاں رہتے ہیں وہ جگہ کیسی ہے؟
    .easier = آپ کا گھر کیسا ہے؟
self_assessment-school = اسکول، ٹریننگ یا کام میں حالات کیسے چل رہے ہیں؟
    .easier = اسکول یا کام کیسا ہے؟
    .section = اسکول، تربیت یا کام
self_assessment-school_words = اسکول، ٹریننگ یا کام میں کیا اچھا یا برا چل رہا ہے؟
    .easier = اسکول یا کام میں کیا اچھا یا برا ہے؟
self_assessment-friends = آپ کے دوستوں کے ساتھ حالات کیسے ہیں؟
    .easier = آپ کے دوستوں کے ساتھ کیسا ہے؟
    .section = دوست
self_assessment-friends_words = ہمیں اپنے دوستوں کے بارے میں بتائیں اور یہ کہ آپ کس کے ساتھ وقت گزارتے ہیں۔
    .easier = آپ کس کے ساتھ وقت گزارتے ہیں؟
self_assessment-feelings = آج کل آپ کیسا محسوس کر رہے ہیں؟
    .easier = ان دنوں آپ کیسا محسوس کرتے ہیں؟
    .section = میرے احساسات
self_assessment-feelings_words = کیا کوئی چیز آپ کو پریشان کر رہی ہے؟
    .easier = کیا کوئی چیز آپ کو پریشان کر رہی ہے؟
self_assessment-happened = آپ کے اپنے الفاظ میں، کیا ہوا تھا؟
    .easier = کیا ہوا تھا؟ اپنے طریقے سے بتائیں۔
    .section = کیا ہوا
self_assessment-happened_think = اب آپ اس کے بارے میں کیا سوچتے ہیں؟
    .easier = اب آپ اس کے بارے میں کیا سوچتے ہیں؟
self_assessment-good_at = آپ کس چیز میں اچھے ہیں؟
    .easier = آپ کس چیز میں اچھے ہیں؟
    .section = میری خوبیاں، اور کس چیز سے مدد ملے گی
self_assessment-would_help = آپ کی مدد کس چیز سے ہو گی؟
    .easier = آپ کی مدد کس چیز سے ہو گی؟

## How things are at home
carer_view-title = گھر میں حالات کیسے ہیں
carer_view-purpose = تاکہ آپ کے خاندان کا ورکر اسی جائزے کے لیے آپ سے سنے کہ حالات کیسے ہیں۔
carer_view-audience = آپ کے خاندان کا ورکر
carer_view-home = اس وقت گھر میں حالات کیسے ہیں؟ 0 بہت برا ہے، 10 بہت اچھا ہے۔
    .easier = گھر میں کیسا ہے؟ 0 برا ہے۔ 10 اچھا ہے۔
carer_view-home_words = گھر میں کیا اچھا چل رہا ہے، اور کیا مشکل ہے؟
    .easier = گھر میں کیا اچھا ہے؟ کیا مشکل ہے؟
carer_view-relationship = آپ اور نوجوان کے درمیان حالات کیسے ہیں؟
    .easier = آپ اور آپ کے بچے کی آپس میں کیسی بنتی ہے؟
carer_view-school = آپ کے خیال میں ان کا اسکول، ٹریننگ یا کام کیسا چل رہا ہے؟
    .easier = ان کا اسکول یا کام کیسا ہے؟
carer_view-worries = آپ کو سب سے زیادہ کیا پریشان کرتا ہے؟
    .easier = آپ کو کیا پریشان کرتا ہے؟
carer_view-strengths = وہ کس چیز میں اچھے ہیں؟
    .easier = وہ کس چیز میں اچھے ہیں؟
carer_view-would_help = آپ کے خاندان کی مدد کس چیز سے ہو گی؟
    .easier = آپ کے خاندان کی مدد کس چیز سے ہو گی؟

## About me
about_me-title = میرے بارے میں
about_me-purpose = تاکہ آپ کا ورکر شروع سے ہی آپ کے لیے چیزیں ٹھیک کر سکے۔ اسے صرف آپ کا ورکر پڑھتا ہے۔
about_me-audience = صرف آپ کا ورکر
about_me-communicate = آپ کو کیسا پسند ہے کہ لوگ آپ سے بات کریں، اور سمجھنے میں آپ کی مدد کس چیز سے ہوتی ہے؟
    .easier = ہم آپ سے کیسے بات کریں؟ سمجھنے میں آپ کی مدد کس چیز سے ہوتی ہے؟
about_me-languages = آپ گھر میں کون سی زبانیں بولتے ہیں؟
    .easier = آپ گھر میں کون سی زبانیں بولتے ہیں؟
about_me-faith = کیا آپ کا کوئی عقیدہ یا مذہب ہے جس کے بارے میں آپ ہمیں بتانا چاہتے ہیں؟
    .easier = کیا آپ کا کوئی عقیدہ ہے؟
about_me-identity = آپ اپنے آپ کو کیسے بیان کرتے ہیں؟
    .easier = آپ اپنے بارے میں کیا کہیں گے؟
about_me-needs = کیا کوئی معذوری یا صحت کی ضرورت ہے جس کے بارے میں آپ چاہتے ہیں کہ سروس کو پتا ہو؟
    .easier = کیا آپ کی صحت کے بارے میں کوئی بات ہے جو ہمیں پتا ہونی چاہیے؟
about_me-important_people = آپ کے لیے کون اہم ہے؟
    .easier = آپ کے لیے کون اہم ہے؟

## Getting ready for my review
review_prep-title = اپنے ریویو کی تیاری
review_prep-purpose = تاکہ آپ کی ریویو میٹنگ میں ان باتوں پر بات ہو جو آپ کے لیے اہم ہیں، اور آپ اپنی مرضی کے طریقے سے حصہ لیں۔
review_prep-audience = آپ کا ورکر اور آپ کی ریویو میٹنگ کے لوگ
review_prep-going_well = کیا اچھا چل رہا ہے؟
    .easier = ابھی کیا اچھا ہے؟
review_prep-hard = اس وقت کیا مشکل ہے؟
    .easier = ابھی کیا مشکل ہے؟
review_prep-talk_about = آپ میٹنگ میں کس بارے میں بات کرنا چاہتے ہیں؟
    .easier = آپ کس بارے میں بات کرنا چاہتے ہیں؟
review_prep-who_there = آپ میٹنگ میں کس کو چاہتے ہیں؟
    .easier = آپ میٹنگ میں کس کو چاہتے ہیں؟
review_prep-take_part = آپ میٹنگ میں کیسے حصہ لینا چاہتے ہیں؟
    .easier = آپ کیسے شامل ہونا چاہتے ہیں؟
review_prep-take_part-speak = میں خود بولوں گا یا بولوں گی
    .easier = میں بات کروں گا یا کروں گی
review_prep-take_part-read_out = میں چاہتا یا چاہتی ہوں کہ میرے الفاظ پڑھ کر سنائے جائیں
    .easier = کوئی میرے الفاظ پڑھے
review_prep-take_part-write = میں پہلے سے لکھ لوں گا یا لوں گی
    .easier = میں پہلے لکھوں گا یا لکھوں گی
review_prep-overall = آپ کے خیال میں مجموعی طور پر حالات کیسے چل رہے ہیں؟ 0 بہت برا ہے، 10 بہت اچھا ہے۔
    .easier = کیسا چل رہا ہے؟ 0 برا ہے۔ 10 اچھا ہے۔
