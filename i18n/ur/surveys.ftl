# Tandem: the service's survey templates in اردو (Urdu), question by question, in plain
# words (the templates in tandem_domain::surveys::named_templates). A survey staff have put in
# other words is shown in the words they wrote.
# Awaits review by a native speaker before use with young people.

## Before the programme
before_programme-title = پروگرام سے پہلے
before_programme-purpose = تاکہ ہمیں پتا ہو کہ آپ کہاں سے شروع کر رہے ہیں، اور بعد میں دیکھ سکیں کہ کیا بدلا۔
before_programme-audience = آپ کا ورکر اور پروگرام کی ٹیم
before_programme-confidence = آپ مستقبل کے بارے میں کتنا پُراعتماد محسوس کرتے ہیں؟
    .easier = آپ کو اپنے آگے کے بارے میں کتنا یقین ہے؟
before_programme-safe = جہاں آپ رہتے ہیں وہاں آپ کتنا محفوظ محسوس کرتے ہیں؟
    .easier = اپنے گھر کے پاس آپ کتنا محفوظ محسوس کرتے ہیں؟
before_programme-choices = آپ کے خیال میں جب حالات مشکل ہوں تو آپ کتنے اچھے فیصلے کرتے ہیں؟
    .easier = جب مشکل ہو، آپ کے فیصلے کتنے اچھے ہوتے ہیں؟
before_programme-hope = آپ پروگرام سے کیا حاصل کرنا چاہتے ہیں؟
    .easier = آپ پروگرام سے کیا چاہتے ہیں؟

## After the programme
after_programme-title = پروگرام کے بعد
after_programme-purpose = تاکہ ہم دیکھ سکیں کہ آپ کے لیے کیا بدلا اور کس چیز نے مدد کی۔
after_programme-audience = آپ کا ورکر، پروگرام کی ٹیم اور سروس کے مینیجر
after_programme-confidence = اب آپ مستقبل کے بارے میں کتنا پُراعتماد محسوس کرتے ہیں؟
    .easier = اب آپ کو اپنے آگے کے بارے میں کتنا یقین ہے؟
after_programme-safe = اب جہاں آپ رہتے ہیں وہاں آپ کتنا محفوظ محسوس کرتے ہیں؟
    .easier = اب اپنے گھر کے پاس آپ کتنا محفوظ محسوس کرتے ہیں؟
after_programme-choices = اب جب حالات مشکل ہوں تو آپ کتنے اچھے فیصلے کرتے ہیں؟
    .easier = اب جب مشکل ہو، آپ کے فیصلے کتنے اچھے ہوتے ہیں؟
after_programme-helped = کس چیز نے آپ کی سب سے زیادہ مدد کی؟
    .easier = سب سے اچھا کیا تھا؟
after_programme-change = آپ پروگرام میں کیا بدلنا چاہیں گے؟
    .easier = ہمیں کیا بہتر کرنا چاہیے؟

## Parents' and carers' views at closure
carers_closure-title = آخر میں والدین اور دیکھ بھال کرنے والوں کی رائے
carers_closure-purpose = آپ کی رائے ہمیں خاندانوں کے ساتھ اپنا کام بہتر بنانے میں مدد دیتی ہے۔
carers_closure-audience = سروس کے مینیجر، اور وہ ٹیم جس نے آپ کے خاندان کے ساتھ کام کیا
carers_closure-listened = ہم نے آپ کی بات کتنی اچھی طرح سنی؟
    .easier = کیا ہم نے آپ کی بات سنی؟
carers_closure-informed = ہم نے آپ کو کتنی اچھی طرح باخبر رکھا؟
    .easier = کیا ہم نے آپ کو بتایا کہ کیا ہو رہا ہے؟
carers_closure-difference = کیا ہمارے ساتھ کام کرنے سے آپ کے بچے کے لیے کوئی فرق پڑا؟
    .easier = کیا آپ کے بچے کے لیے حالات بہتر ہوئے؟
carers_closure-difference_how = اس سے کیا فرق پڑا؟
    .easier = کیا بہتر ہوا؟
carers_closure-better = ہم کیا بہتر کر سکتے تھے؟
    .easier = ہمیں کیا بہتر کرنا چاہیے؟

## After custody
after_custody-title = حراست کے بعد
after_custody-purpose = حراست سے نکلنا ایک بڑی تبدیلی ہے۔ ہمیں بتائیں کہ سب کیسا چل رہا ہے، تاکہ ہم مدد کر سکیں۔
after_custody-audience = آپ کا ورکر
after_custody-feeling = باہر آنے کے بعد سے آپ کیسا محسوس کر رہے ہیں؟
    .easier = آپ کیسا محسوس کرتے ہیں؟
after_custody-support = ان میں سے کون سی چیز ابھی آپ کی سب سے زیادہ مدد کرے گی؟
    .easier = ابھی کس چیز سے مدد ملے گی؟
after_custody-support-housing = رہنے کی جگہ
after_custody-support-education = اسکول، کالج یا تربیت
after_custody-support-work = نوکری
after_custody-support-health = صحت یا احساسات
after_custody-support-money = پیسے
after_custody-support-family = خاندان
after_custody-worried = کیا کوئی بات آپ کو پریشان کر رہی ہے؟
    .easier = کیا آپ کسی بات پر پریشان ہیں؟
after_custody-worried_about = آپ کس بات پر پریشان ہیں؟
    .easier = کیا چیز آپ کو پریشان کر رہی ہے؟

## How are we doing?
how_are_we_doing-title = ہم کیسا کر رہے ہیں؟
how_are_we_doing-purpose = ہم جاننا چاہتے ہیں کہ ہمارے ساتھ کام کرنا کیسا ہے۔
how_are_we_doing-audience = سروس کے مینیجر اور نوجوانوں کی کابینہ
how_are_we_doing-overall = مجموعی طور پر، آپ سروس سے کتنے خوش ہیں؟
    .easier = کیا آپ ہم سے خوش ہیں؟
how_are_we_doing-respect = عملے نے آپ کے ساتھ کتنی عزت سے برتاؤ کیا؟
    .easier = کیا ہم آپ کے ساتھ مہربان اور منصف تھے؟
how_are_we_doing-best = سب سے اچھا حصہ کیا تھا؟
    .easier = سب سے اچھا کیا تھا؟
how_are_we_doing-best-talking = کوئی جس سے بات کر سکوں
how_are_we_doing-best-activities = سرگرمیاں اور گروپ
how_are_we_doing-best-help = عملی مدد
how_are_we_doing-best-other = کچھ اور
how_are_we_doing-best_other = اور کیا اچھا تھا؟
    .easier = اور کیا؟
how_are_we_doing-quote = کیا آپ ہمارے بارے میں کچھ کہنا چاہیں گے؟
    .easier = ہمیں کچھ اور بتانا ہے؟

## Starting with us: how are things?
starting_with_us-title = ہمارے ساتھ شروعات: حالات کیسے ہیں؟
starting_with_us-purpose = ہمارے ساتھ شروع کرنے والا ہر شخص یہ سوال جواب دیتا ہے، تاکہ ہم دیکھ سکیں کہ کون سی مدد مناسب ہے۔
starting_with_us-audience = آپ کا ورکر
starting_with_us-bounce = جب کچھ غلط ہو جائے تو آپ کتنی جلدی دوبارہ ٹھیک محسوس کرتے ہیں؟
    .easier = جب کچھ غلط ہو، آپ کتنی جلدی پھر ٹھیک محسوس کرتے ہیں؟
starting_with_us-someone = آپ کے پاس کس حد تک کوئی ہے جس سے آپ بات کر سکیں؟
    .easier = کیا آپ کے پاس بات کرنے کے لیے کوئی ہے؟
starting_with_us-school = اسکول، کالج یا کام کتنا اچھا چل رہا ہے؟
    .easier = اسکول، کالج یا کام کیسا ہے؟
starting_with_us-calm = جب آپ کو غصہ آئے تو آپ خود کو کتنی اچھی طرح پُرسکون کر سکتے ہیں؟
    .easier = کیا آپ غصے میں خود کو پُرسکون کر سکتے ہیں؟
starting_with_us-good_at = آپ کس چیز میں اچھے ہیں؟
    .easier = آپ کس چیز میں اچھے ہیں؟
