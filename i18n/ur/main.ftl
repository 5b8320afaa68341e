# Tandem: اردو (Urdu). Right to left. Every message of i18n/en/main.ftl, in plain words.
# Awaits review by a native speaker before use with young people.

app-name = ٹینڈم
skip-to-content = اصل مواد پر جائیں
quick-exit = فوراً باہر نکلیں
quick-exit-help = یہ ایپ فوراً بند کر کے موسم کا صفحہ کھول دیتا ہے۔
language-label = زبان
loading = لوڈ ہو رہا ہے…
go-home = شروع پر جائیں

## Sync status (bottom of every page)
sync-all-sent = آپ نے جو کچھ بھیجا وہ پہنچ گیا ہے۔
sync-waiting = { $count ->
    [one] 1 جواب بھیجے جانے کے انتظار میں ہے۔
   *[other] { $count } جواب بھیجے جانے کے انتظار میں ہیں۔
}
sync-offline-waiting = { $count ->
    [one] آپ آف لائن ہیں۔ 1 جواب اس فون پر محفوظ ہے۔ آن لائن ہوتے ہی بھیج دیا جائے گا۔
   *[other] آپ آف لائن ہیں۔ { $count } جواب اس فون پر محفوظ ہیں۔ آن لائن ہوتے ہی بھیج دیے جائیں گے۔
}
sync-refused = { $count ->
    [one] 1 جواب نہیں بھیجا جا سکا۔ وہ ابھی بھی اس فون پر محفوظ ہے۔
   *[other] { $count } جواب نہیں بھیجے جا سکے۔ وہ ابھی بھی اس فون پر محفوظ ہیں۔
}
sync-store-failed = یہ فون ٹینڈم کو چیزیں محفوظ کرنے نہیں دے رہا۔ جب تک آپ یہ نہ دیکھ لیں کہ آپ کے جواب پہنچ گئے ہیں، ایپ بند نہ کریں۔

## Home
home-title = ٹینڈم میں خوش آمدید
home-intro = ٹینڈم میں آپ اور آپ کا ورکر مل کر منصوبہ بناتے ہیں، اور آپ ہمیں اپنی رائے بتاتے ہیں۔
    .easier = اپنے ورکر کے ساتھ منصوبہ بنائیں۔ ہمیں اپنی رائے بتائیں۔
home-nav-label = آپ کیا کر سکتے ہیں
home-feedback-link = آپ کو یہ ایپ کیسی لگی؟
home-feedback-hint = ایک منٹ میں بتائیں۔ اپنا نام دینے کی ضرورت نہیں۔
    .easier = ایک منٹ لگتا ہے۔ نام کی ضرورت نہیں۔
home-staff-link = عملے کے لیے: پڑھیں کہ لوگ ایپ کے بارے میں کیا سوچتے ہیں

## A staff page opened in the phone build
staff-offline-title = اس صفحے کے لیے انٹرنیٹ چاہیے
staff-offline-body = عملے کے صفحات صرف اس وقت کھلتے ہیں جب یہ آلہ آن لائن ہو۔ نوجوانوں اور دیکھ بھال کرنے والوں کے لیے سب کچھ آف لائن چلتا ہے۔
piece-missing-title = پہلی بار اس صفحے کے لیے انٹرنیٹ چاہیے
piece-missing-body = اس فون نے یہ صفحہ پہلے نہیں کھولا، اس لیے یہ ابھی یہاں محفوظ نہیں۔ جب سگنل ہو تو دوبارہ کوشش کریں۔ اس کے بعد یہ بغیر سگنل کے بھی کھلے گا۔
piece-missing-again = دوبارہ کوشش کریں

## Not found
not-found-title = ہمیں وہ صفحہ نہیں ملا
not-found-body = ہو سکتا ہے لنک پرانا ہو۔ آپ شروع پر واپس جا سکتے ہیں۔

## The 0-10 scale
scale-low = 0 = بہت برا
scale-high = 10 = بہت اچھا
scale-option-low = { $score }، بہت برا
scale-option-high = { $score }، بہت اچھا

## App feedback form
feedback-title = آپ کو یہ ایپ کیسی لگی؟
feedback-intro = آپ کا جواب ٹینڈم کو بہتر بنانے میں ہماری مدد کرتا ہے۔
    .easier = آپ کا جواب ہماری مدد کرتا ہے۔
feedback-score-legend = 0 سے 10 تک کوئی نمبر چنیں۔
feedback-comment-label = کچھ اور بتانا چاہتے ہیں؟ (آپ اسے خالی چھوڑ سکتے ہیں)
feedback-comment-hint = براہ کرم اپنا یا کسی اور کا نام نہ لکھیں۔
    .easier = کوئی نام نہ لکھیں۔
chars-left = { $count } حروف باقی
feedback-anonymous = ہمیں نہیں پتہ کہ یہ کس نے بھیجا۔ یہ انٹرنیٹ کے بغیر بھی چلتا ہے۔
    .easier = ہمیں نہیں پتا کہ آپ کون ہیں۔
feedback-send = بھیجیں
feedback-thanks-title = شکریہ!
feedback-thanks-sent = ہمیں آپ کا جواب مل گیا۔
feedback-thanks-saved = آپ کا جواب اس فون پر محفوظ ہے۔ آن لائن ہونے پر بھیج دیا جائے گا۔
feedback-audience = ٹینڈم کی ٹیم ہر جواب پڑھتی ہے اور ان سے ایپ کو بہتر بناتی ہے۔
feedback-again = مزید رائے دیں

## Joining with a code (young people and carers)
home-join-link = میرے پاس ورکر کا دیا ہوا کوڈ ہے
home-join-hint = اس سے شامل ہوں۔ ای میل کی ضرورت نہیں۔
    .easier = شروع کرنے کے لیے کوڈ لکھیں۔ ای میل کی ضرورت نہیں۔
home-staff-sign-in = عملے کا سائن ان
join-title = اپنے کوڈ سے شامل ہوں
join-intro = آپ کے ورکر نے آپ کو ایک کوڈ دیا ہے۔ اسے نیچے لکھیں۔ پھر آپ اپنی چیزیں محفوظ رکھنے کے لیے ایک پن چنیں گے۔
    .easier = اپنے ورکر کا کوڈ لکھیں۔ پھر ایک پن چنیں۔
field-required = (یہ بھرنا ضروری ہے)
join-code-label = آپ کا کوڈ
join-code-hint = 12 حروف اور نمبر، جیسے ACDE-FGHJ-KMNP۔
    .easier = 12 حروف اور نمبر۔
join-device-label = اس فون کا نام (آپ اسے خالی چھوڑ سکتے ہیں)
join-submit = شامل ہوں
read-aloud = یہ اونچی آواز میں پڑھیں
read-page-aloud = یہ صفحہ اونچی آواز میں پڑھیں
easier-words = آسان الفاظ
read-aloud-no-voice = اس فون میں { $language } کی آواز نہیں، اس لیے یہ اسے اونچی آواز میں نہیں پڑھ سکتا۔
read-aloud-in-english = سننے کے لیے ٹینڈم انگریزی میں دکھائیں

## PIN
pin-choose-title = پن چنیں
pin-choose-intro = 4 سے 6 نمبر چنیں۔ ٹینڈم کھولنے کے لیے آپ انہیں استعمال کریں گے۔ کسی کو نہ بتائیں۔
    .easier = 4 سے 6 نمبر چنیں۔ کسی کو نہ بتائیں۔
pin-confirm-title = اپنا پن دوبارہ لکھیں
pin-confirm-intro = جانچنے کے لیے وہی نمبر دوبارہ لکھیں۔
    .easier = وہی نمبر دوبارہ لکھیں۔
pin-mismatch = دونوں پن مختلف تھے۔ براہ کرم اپنا پن دوبارہ چنیں۔
    .easier = نمبر ایک جیسے نہیں تھے۔ دوبارہ کوشش کریں۔
pin-entered = { $count ->
    [one] 1 نمبر لکھا گیا
   *[other] { $count } نمبر لکھے گئے
}
pin-delete = آخری نمبر مٹائیں
pin-done = ہو گیا
home-my-data-link = ٹینڈم میرے بارے میں کیا رکھتا ہے
home-my-data-hint = کیا رکھا جاتا ہے، کون دیکھتا ہے، اور کتنی دیر تک
    .easier = ہم آپ کے بارے میں کیا رکھتے ہیں۔
my-data-title = ٹینڈم میرے بارے میں کیا رکھتا ہے
my-data-intro = { $who ->
    [carer] ٹینڈم آپ کے بارے میں کچھ چیزیں رکھتا ہے تاکہ آپ منصوبے اور ملاقاتوں میں حصہ لے سکیں۔ یہاں لکھا ہے کیا، کون دیکھ سکتا ہے، اور کتنی دیر تک۔
   *[other] ٹینڈم آپ کے بارے میں کچھ چیزیں رکھتا ہے تاکہ آپ اور آپ کا ورکر مل کر کام کر سکیں۔ یہاں لکھا ہے کیا، کون دیکھ سکتا ہے، اور کتنی دیر تک۔
}
my-data-kept-title = ٹینڈم کیا رکھتا ہے
my-data-kept-1 = { $who ->
    [carer] آپ کا نام، جیسا آپ کے خاندان کے ورکر نے لکھا۔ آپ کس نوجوان سے جڑے ہیں۔
   *[other] آپ کا نام، جیسا آپ کے ورکر نے لکھا۔ آپ کا منصوبہ اور اس میں ہر تبدیلی۔ سیشنز سے آپ کے اسکور۔
}
my-data-kept-2 = { $who ->
    [carer] منصوبے اور ملاقاتوں پر آپ کے جواب۔ آپ کے نام کے ساتھ بھیجے گئے سروے اور خیالات۔ آپ کے نام کے ساتھ بھیجی گئی شکایات اور تعریفیں۔
   *[other] آپ کی ملاقاتیں اور ان پر آپ کے جواب۔ آپ کے نام کے ساتھ بھیجے گئے سروے اور خیالات۔ آپ کے نام کے ساتھ بھیجی گئی شکایات اور تعریفیں۔ اگر آپ نے "میں محفوظ محسوس نہیں کرتا" دبایا۔
}
my-data-kept-phone = وہ فون جن پر آپ ٹینڈم استعمال کرتے ہیں۔ یہ فون صرف وہی رکھتا ہے جو سگنل نہ ہونے پر آپ کو چاہیے۔ سائن آؤٹ کرنے پر سب مٹ جاتا ہے۔ جو چیزیں آپ بغیر نام کے بھیجتے ہیں وہ آپ سے نہیں جڑتیں۔
my-data-who-title = کون دیکھ سکتا ہے
my-data-who-1 = { $who ->
    [carer] آپ، نوجوان کا ورکر اور ان کے منیجر۔
   *[other] آپ، آپ کا ورکر اور ان کے منیجر۔
}
my-data-who-2 = { $who ->
    [carer] نوجوان اپنا منصوبہ دیکھتا ہے۔ آپ منصوبے کے صرف وہ حصے دیکھتے ہیں جو والدین اور دیکھ بھال کرنے والوں کے ساتھ بانٹے گئے ہیں۔
   *[other] آپ کے والدین یا دیکھ بھال کرنے والے آپ کے منصوبے کے صرف وہ حصے دیکھتے ہیں جو ان کے ساتھ بانٹے گئے ہیں۔ وہ آپ کے اسکور، سروے یا شکایات نہیں دیکھتے۔
}
my-data-who-3 = آپ جو بھیجتے ہیں وہ سروس میں آپ کے ریکارڈ میں بھی جاتا ہے۔ یہ سروس کا اپنا ریکارڈ ہے، جو اس کے اصولوں کے مطابق رکھا جاتا ہے۔ ہر بار جب عملہ ٹینڈم میں آپ کی چیزیں دیکھتا ہے، یہ لکھ لیا جاتا ہے۔
my-data-how-long-title = کتنی دیر تک رکھا جاتا ہے
my-data-how-long-1 = جب آپ کی بھیجی ہوئی چیز سروس میں آپ کے ریکارڈ تک پہنچ جاتی ہے، ٹینڈم { $days } دن بعد پیغام کی اپنی کاپی مٹا دیتا ہے۔
my-data-how-long-2 = جب سروس کے ساتھ آپ کا وقت ختم ہوتا ہے، آپ کا ورکر آپ کا کیس بند کرتا ہے۔ پھر آپ کا فون جو کچھ ابھی باقی ہے بھیج کر سائن آؤٹ ہو جاتا ہے۔ جو فون استعمال نہ ہو وہ { $days } دن بعد سائن آؤٹ ہو جاتا ہے۔
my-data-how-long-3 = کیس بند ہونے کے { $months } مہینے بعد، ٹینڈم آپ کے بارے میں رکھی ہر چیز مٹا دیتا ہے۔ صرف بغیر نام کے نمبر رہتے ہیں، جیسے کتنے لوگوں نے سروے کا جواب دیا۔
my-data-how-long-usual = یہ عام وقت ہیں۔ ہو سکتا ہے آپ کی سروس نے کچھ اور چنا ہو: اگلی بار جب آپ کے فون پر سگنل ہو گا تو یہ صفحہ بتا دے گا۔
my-data-ask-title = دیکھنے یا مٹانے کی درخواست
my-data-ask-1 = آپ ٹینڈم کی رکھی ہر چیز دیکھنے کا کہہ سکتے ہیں۔ اگر کچھ غلط ہو تو اسے ٹھیک کرنے یا مٹانے کا بھی کہہ سکتے ہیں۔
my-data-ask-2 = اپنے ورکر کو بتائیں، یا اپنے نام کے ساتھ پیغام بھیجیں۔ سروس کو ایک مہینے کے اندر آپ کو جواب دینا ہوتا ہے۔
    .easier = اپنے ورکر کو بتائیں، یا ہمیں پیغام بھیجیں۔ ہمیں ایک مہینے میں جواب دینا ہوگا۔
my-data-ask-link = پیغام بھیجیں
case-closed-title = سروس کے ساتھ آپ کا وقت ختم ہو گیا ہے
case-closed-body = ہمارے ساتھ کام کرنے کا شکریہ۔ یہ فون اب سائن آؤٹ ہو جائے گا، اور ٹینڈم اس پر رکھی چیزیں مٹا دے گا۔ اگر آپ کو ابھی بھی مدد چاہیے تو اپنے ورکر سے بات کریں۔
    .easier = ہمارے ساتھ آپ کا وقت ختم ہو گیا۔ شکریہ۔ یہ فون سائن آؤٹ ہو جائے گا۔ مدد چاہیے؟ اپنے ورکر سے بات کریں۔
case-closed-sending = { $count ->
    [one] آپ کی لکھی 1 چیز ابھی بھیجی جا رہی ہے۔ سگنل ہو تو ٹینڈم کھلا رکھیں۔ بھیجے جانے کے بعد فون سائن آؤٹ ہو جائے گا۔
   *[other] آپ کی لکھی { $count } چیزیں ابھی بھیجی جا رہی ہیں۔ سگنل ہو تو ٹینڈم کھلا رکھیں۔ بھیجے جانے کے بعد فون سائن آؤٹ ہو جائے گا۔
}
case-closed-try-now = ابھی دوبارہ کوشش کریں
lock-warning = آپ کی چیزیں نجی رکھنے کے لیے ٹینڈم ایک منٹ میں بند ہو جائے گا۔ آپ کا پن اسے دوبارہ کھول دے گا۔
    .easier = ٹینڈم ایک منٹ میں لاک ہو جائے گا۔ آپ کا پن اسے کھولتا ہے۔
lock-still-here = میں ابھی یہیں ہوں
lock-title = اپنا پن لکھیں
lock-intro = آپ کی چیزیں محفوظ رکھنے کے لیے ٹینڈم بند ہو گیا۔ جاری رکھنے کے لیے اپنا پن لکھیں۔
    .easier = ٹینڈم لاک ہے۔ اپنا پن لکھیں۔
lock-new-code = میں اپنا پن بھول گیا
lock-tries-left = { $count ->
    [one] آپ ایک بار اور کوشش کر سکتے ہیں۔ اس کے بعد ٹینڈم اس فون سے سائن آؤٹ ہو جائے گا۔
   *[other] آپ { $count } بار اور کوشش کر سکتے ہیں۔ اس کے بعد ٹینڈم اس فون سے سائن آؤٹ ہو جائے گا۔
}

## Devices
devices-title = آپ کے فون
devices-intro = یہ وہ فون ہیں جن پر آپ ٹینڈم میں سائن ان ہیں۔ اگر کوئی اب آپ کا نہیں تو اسے سائن آؤٹ کریں۔
    .easier = ان فونز پر آپ ٹینڈم میں ہیں۔ جو فون آپ کا نہیں، اسے سائن آؤٹ کریں۔
devices-unnamed = ایک فون
devices-this-one = یہ فون
devices-last-used = آخری بار استعمال { $date }
devices-sign-out = یہ فون سائن آؤٹ کریں
devices-carers-title = ٹینڈم پر آپ کے والدین اور دیکھ بھال کرنے والے
devices-carers-intro = یہ لوگ وہ چیزیں دیکھ سکتے ہیں جو آپ ان کے ساتھ بانٹنا چنیں۔
devices-no-carers = ابھی کوئی نہیں۔
devices-shared-title = اس فون کو دوسرے لوگ بھی استعمال کرتے ہیں
devices-shared-label = یہ فون مشترکہ ہے
devices-shared-hint = پھر ٹینڈم اس فون پر کچھ نہیں رکھتا سوائے اس کے جو آپ نے لکھا اور ابھی نہیں بھیجا، اور ہر بار واپس آنے پر آپ کا پن مانگتا ہے۔
    .easier = پھر ٹینڈم اس فون پر تقریباً کچھ نہیں رکھتا۔ ہر بار آپ کا پن مانگتا ہے۔

## Account menu
nav-account-label = آپ کا اکاؤنٹ
nav-signed-in-as = { $name } کے طور پر سائن ان
nav-demo = ڈیمو: یہاں کے لوگ فرضی ہیں
nav-staff-home = میرا کام
nav-devices = میرے فون
nav-sign-out = سائن آؤٹ
sign-out-unsent = { $count ->
    [one] آپ کی لکھی 1 چیز ابھی ٹینڈم تک نہیں پہنچی۔ سائن آؤٹ کرنے سے وہ اس فون سے مٹ جائے گی۔
   *[other] آپ کی لکھی { $count } چیزیں ابھی ٹینڈم تک نہیں پہنچیں۔ سائن آؤٹ کرنے سے وہ اس فون سے مٹ جائیں گی۔
}
sign-out-stay = سائن ان رہیں اور انہیں بعد میں بھیجیں
sign-out-anyway = سائن آؤٹ کریں اور انہیں مٹا دیں

## Errors: one message per error code, shown in place of the server's English
error-malformed_json = اسے بھیجنے میں کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
error-unsupported_media_type = اسے بھیجنے میں کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
error-payload_too_large = یہ بھیجنے کے لیے بہت لمبا ہے۔ براہ کرم اسے چھوٹا کریں۔
error-not_found = ہمیں وہ نہیں ملا۔
error-method_not_allowed = یہ یہاں نہیں ہو سکتا۔
error-unauthorized = براہ کرم پہلے سائن ان کریں۔
error-forbidden = آپ کو یہ دیکھنے کی اجازت نہیں۔
error-missing_operation_id = اسے بھیجنے میں کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
error-invalid_operation_id = اسے بھیجنے میں کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔
error-operation_id_reused = یہ پہلے ہی مختلف جوابوں کے ساتھ بھیجا جا چکا ہے۔ براہ کرم اسے دوبارہ لکھیں۔
error-score_out_of_range = براہ کرم 0 سے 10 تک کوئی نمبر چنیں۔
error-text_too_long = یہ بہت لمبا ہے۔ براہ کرم اسے چھوٹا کریں۔
error-text_has_control_characters = کچھ حروف محفوظ نہیں ہو سکتے۔ براہ کرم انہیں دوبارہ لکھیں۔
error-invalid_invite_code = یہ کوڈ درست نہیں۔ اپنے ورکر سے پوچھیں۔
error-offline = آپ آف لائن ہیں۔ آپ نے جو لکھا وہ اس فون پر محفوظ ہے اور آن لائن ہوتے ہی بھیج دیا جائے گا۔
error-storage_unavailable = ٹینڈم میں ابھی مسئلہ ہے۔ آپ نے جو لکھا وہ محفوظ ہے۔ براہ کرم تھوڑی دیر بعد کوشش کریں۔
error-internal = ہماری طرف کچھ غلط ہو گیا۔ آپ نے جو لکھا وہ محفوظ ہے۔ براہ کرم دوبارہ کوشش کریں۔
error-invite_used_or_expired = یہ کوڈ استعمال ہو چکا ہے یا بہت پرانا ہے۔ اپنے ورکر سے نیا کوڈ مانگیں۔
error-invalid_pin = آپ کا پن 4، 5 یا 6 نمبروں کا ہونا چاہیے۔
error-wrong_pin = یہ پن درست نہیں۔ دوبارہ کوشش کریں۔
error-pin_required = جاری رکھنے کے لیے اپنا پن لکھیں۔
error-pin_not_set = پہلے پن چنیں۔
error-device_session_ended = آپ کی حفاظت کے لیے یہ فون سائن آؤٹ کر دیا گیا ہے۔ اپنے ورکر سے نیا کوڈ مانگیں۔
error-invalid_email = براہ کرم پورا ای میل پتہ لکھیں، جیسے name@example.org۔
error-password_too_short = پاس ورڈ کم از کم 12 حروف کا ہونا چاہیے۔
error-wrong_credentials = ای میل یا پاس ورڈ درست نہیں۔
error-session_expired = آپ سائن آؤٹ ہو گئے ہیں۔ براہ کرم دوبارہ سائن ان کریں۔
error-name_required = براہ کرم نام لکھیں۔
error-email_taken = اس ای میل سے کسی کا اکاؤنٹ پہلے سے ہے۔
error-cannot_disable_yourself = آپ اپنا اکاؤنٹ بند نہیں کر سکتے۔ کسی اور ایڈمن سے کہیں۔
error-wrong_current_password = آپ کا موجودہ پاس ورڈ درست نہیں۔
error-passkey_required = سائن ان مکمل کرنے کے لیے اپنی پاس کی استعمال کریں۔
error-passkey_setup_required = آپ کی سروس منیجروں اور ایڈمنز سے کہتی ہے کہ سب سے پہلے پاس کی شامل کریں۔
error-passkey_not_accepted = وہ پاس کی استعمال نہیں ہو سکی۔ دوبارہ کوشش کریں، یا ای میل اور پاس ورڈ سے سائن ان کریں۔
error-passkey_timed_out = اس میں بہت دیر لگ گئی۔ براہ کرم دوبارہ کوشش کریں۔
error-passkey_already_added = وہ پاس کی پہلے سے کسی اکاؤنٹ پر ہے۔
error-last_passkey_needed = آپ کی سروس چاہتی ہے کہ آپ کے پاس پاس کی رہے۔ اسے ہٹانے سے پہلے کوئی اور شامل کریں۔
error-cross_site_request = یہ کسی اور ویب سائٹ سے آیا، اس لیے ہم نے یہ نہیں کیا۔
error-rate_limited = بہت زیادہ کوششیں۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔
error-pin_already_set = اس فون کا پن پہلے سے ہے۔
error-link_used_or_expired = وہ لنک استعمال ہو چکا ہے یا بہت پرانا ہے۔ نیا مانگیں۔
error-not_a_young_person = یہ شخص نوجوان نہیں ہے۔
error-not_a_carer = یہ شخص والدین یا دیکھ بھال کرنے والا نہیں ہے۔
error-not_a_worker = یہ شخص ورکر نہیں ہے۔
error-invalid_parameter = اس لنک میں کچھ غلط ہو گیا۔ براہ کرم واپس جا کر دوبارہ کوشش کریں۔
error-join_code_not_found = اس کوڈ سے کوئی کھلا سیشن نہیں۔ اپنے ورکر سے کوڈ جانچیں۔
error-session_closed = یہ سیشن ختم ہو گیا ہے، اس لیے اب اسکور نہیں دیے جا سکتے۔
error-already_joined = آپ اس سیشن میں پہلے ہی شامل ہو چکے ہیں۔
error-already_scored = آپ یہ اسکور پہلے ہی دے چکے ہیں۔
error-end_scores_not_open = آپ کے ورکر نے ابھی آخری اسکور نہیں مانگے۔ جب وہ مانگیں تب یہ اسکور دیں۔
error-sign_in_to_join = یہ سیشن سائن ان نوجوانوں کے لیے ہے۔ اپنے ورکر سے پوچھیں۔
error-implausible_device_time = اس فون کی گھڑی غلط لگتی ہے، اس لیے اسکور درج نہیں ہو سکا۔ فون پر وقت جانچیں۔
error-phase_cannot_go_back = سیشن صرف آگے بڑھتا ہے: شروع، پھر آخر، پھر بند۔
error-measure_not_in_session = یہ سوال اس سیشن کا حصہ نہیں۔
error-topic_not_in_programme = اس پروگرام میں سے کوئی موضوع چنیں۔
error-invalid_phone_number = براہ کرم فون نمبر دیں: نمبر اور خالی جگہیں، ضرورت ہو تو شروع میں +۔
error-text_required = براہ کرم اس خانے میں کچھ لکھیں۔
error-invalid_follow_token = یہ فون آپ کی بھیجی چیزوں پر نظر رکھنے کا کوڈ نہیں بنا سکا۔ براہ کرم ٹینڈم بند کر کے دوبارہ کھولیں۔
error-invalid_participant_token = یہ فون اس سیشن کے لیے اپنا کوڈ نہیں بنا سکا۔ براہ کرم ٹینڈم بند کر کے دوبارہ کھولیں۔
error-free_time_gone = وہ وقت ابھی لے لیا گیا یا ہٹا دیا گیا۔ براہ کرم کوئی اور چنیں، یا بتائیں کہ آپ کے لیے کیا ٹھیک رہے گا۔
error-topics_required = کم از کم ایک سیشن کا موضوع شامل کریں۔
error-too_many_topics = ایک پروگرام میں زیادہ سے زیادہ 52 موضوعات ہو سکتے ہیں۔
error-invalid_time = براہ کرم اصل وقت لکھیں، جیسے 16:00۔
error-appointment_in_past = وہ وقت گزر چکا ہے۔ کوئی آنے والا وقت چنیں۔
error-due_date_out_of_range = آج سے ایک سال تک کا کوئی دن چنیں۔
error-form_not_for_person = یہ فارم کسی اور کے لیے ہے: نوجوانوں کے اپنے فارم ہیں، اور والدین اور دیکھ بھال کرنے والوں کے اپنے۔
error-invalid_link = نقشے کا لنک https:// سے شروع ہونے والا پورا ویب پتہ ہونا چاہیے۔
error-reason_required = براہ کرم بتائیں کہ کیا بدلنا ہے، تاکہ آپ کا ورکر اسے ٹھیک کر سکے۔
error-appointment_over = یہ ملاقات ہو چکی ہے یا منسوخ ہو گئی ہے، اس لیے اب اس کا جواب نہیں دیا جا سکتا۔
error-invalid_push_subscription = یہ فون یاد دہانیوں کے لیے تیار نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
error-invalid_signature = درخواست کا دستخط غائب، غلط یا بہت پرانا ہے۔
error-questions_required = کم از کم ایک سوال شامل کریں۔
error-too_many_questions = ایک سروے میں زیادہ سے زیادہ 60 سوال ہو سکتے ہیں۔
error-invalid_survey = اس سروے میں کچھ چیزیں آپس میں نہیں ملتیں: ہر سوال کے اختیارات اور وہ کب دکھایا جاتا ہے، جانچیں۔
error-answer_not_in_survey = یہ جواب ایسے سوال کا ہے جو اس سروے میں نہیں۔ براہ کرم سروے دوبارہ شروع کریں۔
error-choice_required = براہ کرم پہلے ان میں سے ایک چنیں۔
error-answer_required = براہ کرم اس سوال کا جواب دیں۔
error-invalid_answer = یہ جواب اس سوال کے مطابق نہیں۔
error-survey_not_open = یہ سروے ابھی جوابوں کے لیے کھلا نہیں۔
error-already_answered = آپ اس سروے کا جواب پہلے ہی دے چکے ہیں۔ شکریہ!
error-outcome_required = اسے حل شدہ لکھنے سے پہلے بتائیں کہ کیا فیصلہ ہوا۔
error-out_of_range = یہ نمبر یہاں کی اجازت سے باہر ہے۔
error-closes_before_opens = بند ہونے کا دن کھلنے کے دن سے پہلے ہے۔
error-invalid_consultation = اس مشاورت میں کچھ چیزیں آپس میں نہیں ملتیں: جانچیں کہ ہر سرگرمی میں الفاظ ہوں، ووٹ میں کم از کم دو مسائل ہوں، اور کوئی آئی ڈی دو بار نہ ہو۔
error-consultation_not_open = یہ مشاورت ابھی کھلی نہیں، اس لیے یہ گنا نہیں جا سکا۔
error-already_voted = آپ اس پر پہلے ہی ووٹ دے چکے ہیں۔ ہر شخص ایک بار ووٹ دیتا ہے۔
error-too_few_to_show = اس سے پانچ سے کم گمنام جواب ملتے ہیں، اس لیے وہ نہیں دکھائے جاتے: اتنے کم جوابوں سے پتہ چل سکتا ہے کہ کس نے کیا کہا۔ وسیع فلٹر چنیں۔
error-ranked_twice = آپ نے ایک ہی مسئلہ دو بار چنا۔ ہر جگہ کے لیے الگ چنیں۔
error-statement_not_approved = یہ بیان ووٹ کے لیے کھلا نہیں۔
error-voice_note_too_large = یہ وائس نوٹ بہت لمبا ہے۔ اسے تقریباً دو منٹ سے کم رکھیں، یا اپنا جواب لکھ دیں۔
error-already_published = یہ مشاورت شائع ہو چکی ہے، اس لیے اس کی سرگرمیاں اب نہیں بدل سکتیں۔
error-reminder_times_clash = خاموش گھنٹے رات بھر کے ہونے چاہئیں، اور شام کی یاد دہانی ان سے پہلے آنی چاہیے۔
error-relay_event_state = یہ واقعہ ابھی اس طرح نہیں بدلا جا سکتا۔ صرف ناکام واقعہ دوبارہ بھیجا جا سکتا ہے، اور صرف وہی جو ابھی ریکارڈ میں نہیں، ریکارڈ شدہ لکھا جا سکتا ہے۔
error-target_required = پہلے ہدف لکھیں: آپ کس چیز پر کام کرنا چاہتے ہیں؟
error-too_many_targets = ایک منصوبے میں زیادہ سے زیادہ 20 اہداف ہو سکتے ہیں۔
error-not_your_column = منصوبے کا یہ حصہ کسی اور نے لکھنا ہے۔
error-invalid_date = براہ کرم اصل تاریخ لکھیں۔
error-closure_in_future = کیس آج یا گزرے ہوئے دن بند ہو سکتا ہے، آنے والے دن نہیں۔
error-case_closed = یہ کیس بند ہے، اس لیے کچھ نیا شامل نہیں ہو سکتا۔ پہلے کیس دوبارہ کھولیں۔
error-events_waiting = اس شخص کی بھیجی کچھ چیزیں ابھی کیس ریکارڈ تک نہیں پہنچیں۔ پہلے انہیں ریلے صفحے پر بھیجیں یا درج کریں، تاکہ کچھ ضائع نہ ہو۔
error-plan_version_not_current = آپ کے پڑھنے کے بعد منصوبہ بدل گیا ہے۔ اتفاق بتانے سے پہلے اسے دوبارہ پڑھیں۔
error-plan_edit_conflict = آپ کے لکھتے وقت کسی اور نے یہ خانہ بدل دیا۔ چنیں کہ کون سے الفاظ رکھنے ہیں۔

## Co-produced plans: the young person's and carer's page (and words staff share)
home-plan-link = میرا منصوبہ
home-plan-hint = آپ کے اہداف، آپ کے اپنے الفاظ میں۔ انہیں پڑھیں، اپنا حصہ لکھیں، اور بتائیں کہ آپ متفق ہیں یا نہیں۔
    .easier = آپ کے ہدف۔ اپنا حصہ لکھیں۔ بتائیں کہ ٹھیک ہے یا نہیں۔
home-plan-link-carer = منصوبہ
home-plan-hint-carer = آپ کے نوجوان کے اہداف۔ انہیں پڑھیں، لکھیں کہ آپ مدد کے لیے کیا کریں گے، اور بتائیں کہ آپ متفق ہیں یا نہیں۔
    .easier = آپ کے بچے کے ہدف۔ لکھیں کہ آپ کیسے مدد کریں گے۔ بتائیں کہ ٹھیک ہے یا نہیں۔
plan-title = منصوبہ
plan-mine = میرا منصوبہ
plan-of = { $name } کا منصوبہ
plan-none = یہاں ابھی کوئی منصوبہ نہیں۔ آپ کا ورکر اسے آپ کے ساتھ شروع کرے گا۔
    .easier = ابھی کوئی منصوبہ نہیں۔ آپ کا ورکر شروع کرنے میں مدد کرے گا۔
plan-empty = ابھی کوئی ہدف نہیں۔ آپ کا ورکر انہیں آپ کے ساتھ لکھے گا۔
    .easier = ابھی کوئی ہدف نہیں۔ آپ کا ورکر مدد کرے گا۔
plan-offline-copy = آپ کے پاس سگنل نہیں، اس لیے یہ منصوبہ پچھلی بار جیسا ہے۔ آپ جو لکھیں گے وہ اس فون پر رکھا جائے گا اور بعد میں بھیجا جائے گا۔
    .easier = سگنل نہیں۔ یہ پچھلی بار والا منصوبہ ہے۔ جو آپ لکھیں گے وہ محفوظ ہو کر بعد میں جائے گا۔
plan-field-target = ہدف
    .easier = ہدف
plan-field-i-will = یہ کرنے کے لیے میں...
    .easier = میں کیا کروں گا
plan-field-carer-will = والدین یا دیکھ بھال کرنے والا...
    .easier = میرے والدین یا نگہداشت کرنے والے کیا کریں گے
plan-field-worker-will = ورکر...
    .easier = میرا ورکر کیا کرے گا
plan-field-how-i-know = مجھے کیسے پتہ چلے گا کہ میں کامیاب ہوں؟
    .easier = مجھے کیسے پتا چلے گا کہ یہ کامیاب ہوا؟
plan-party-young-person = نوجوان
plan-party-carer = والدین یا دیکھ بھال کرنے والا
plan-party-worker = ورکر
plan-not-written = ابھی نہیں لکھا
plan-write = یہ لکھیں
plan-change = بدلیں
plan-box-action = { $action }: { $box }، ہدف { $target } کے لیے
plan-change-target = ہدف بدلیں
plan-save = محفوظ کریں
plan-cancel = منسوخ کریں
plan-saved-box = محفوظ ہو گیا: { $box }۔
plan-waiting-to-send = اس فون پر محفوظ ہے۔ سگنل ہونے پر بھیج دیا جائے گا۔
    .easier = محفوظ ہو گیا۔ سگنل آنے پر جائے گا۔
plan-suggestion = آپ کا ورکر "{ $column }" کے لیے الفاظ تجویز کرتا ہے:
plan-accept = یہ الفاظ استعمال کریں
plan-decline = نہیں شکریہ
plan-status-achieved = ہو گیا!
plan-status-dropped = روک دیا گیا: { $reason }
plan-review-on = جائزہ { $date } کو
plan-agree-title = کیا آپ اس منصوبے سے متفق ہیں؟
    .easier = کیا یہ منصوبہ آپ کے لیے ٹھیک ہے؟
plan-agree = میں متفق ہوں
    .easier = ہاں، ٹھیک ہے
plan-disagree = میں کچھ بدلنا چاہتا ہوں
    .easier = نہیں، میں کچھ بدلنا چاہتا ہوں
plan-change-wanted-label = آپ کیا بدلیں گے؟
plan-send = بھیجیں
plan-disagree-back = واپس جائیں
plan-state-waiting = آپ نے ابھی نہیں بتایا۔
plan-state-agreed = آپ اس منصوبے سے متفق ہوئے۔ شکریہ۔
plan-state-disagreed = آپ نے کہا کہ آپ کچھ بدلنا چاہتے ہیں۔ آپ کے ورکر کے پاس آپ کے الفاظ ہیں:
plan-state-reopened = آپ کے اتفاق کے بعد منصوبہ بدل گیا ہے۔ براہ کرم پڑھیں کیا بدلا اور دوبارہ بتائیں۔
    .easier = منصوبہ بدل گیا ہے۔ پڑھیں اور دوبارہ بتائیں۔
plan-state-reopened-disagreed = آپ کے کچھ بدلنا چاہنے کے بعد منصوبہ بدل گیا ہے۔ براہ کرم پڑھیں کیا بدلا اور دوبارہ بتائیں۔ آپ کے الفاظ یہ تھے:
plan-change-added = (نیا)
plan-change-status = اب { $status ->
    [achieved] ہو گیا
    [dropped] روک دیا گیا
   *[active] پھر سے جاری
}
plan-conflict-title = آپ کے لکھتے وقت کسی اور نے یہ بدل دیا
plan-conflict-yours = آپ کے الفاظ
plan-conflict-theirs = اب وہاں موجود الفاظ
plan-keep-mine = میرے الفاظ رکھیں
plan-take-theirs = ان کے الفاظ رکھیں
plan-merge = دونوں کو ملا کر لکھیں
plan-refused = یہ تبدیلی محفوظ نہیں ہو سکی۔
plan-discard = اسے ہٹائیں
plan-add-target-label = ایک نیا ہدف، آپ کے اپنے الفاظ میں
plan-add-target = ہدف شامل کریں
plan-look = نشان، اور آپ کے والدین یا دیکھ بھال کرنے والے کیا دیکھتے ہیں
plan-icon-label = اس ہدف کا نشان
plan-icon-none = کوئی نشان نہیں
plan-sharing-label = آپ کے والدین یا دیکھ بھال کرنے والے دیکھتے ہیں
plan-sharing-whole = یہ پورا ہدف
plan-sharing-part = صرف ہدف اور ان کا حصہ
plan-sharing-hidden = کچھ نہیں: اسے نجی رکھیں

## Session self-scaling: the young person's page
home-scaling-link = سیشن کے اسکور
home-scaling-hint = اپنے ورکر کے دیے کوڈ سے اپنے سیشن میں شامل ہوں
    .easier = اپنے ورکر کا دیا ہوا کوڈ استعمال کریں۔
scaling-title = سیشن کے اسکور
scaling-join-intro = آپ کا ورکر ایک کوڈ دکھائے گا، یا اسکین کرنے کے لیے QR کوڈ۔ سیشن میں شامل ہونے کے لیے کوڈ یہاں لکھیں۔
    .easier = وہ کوڈ لکھیں جو آپ کا ورکر دکھائے۔
scaling-code-label = سیشن کا کوڈ
scaling-code-hint = چھ حروف اور نمبر، جیسے ACD 479
scaling-join = سیشن میں شامل ہوں
scaling-start = شروع میں: آپ اس کے بارے میں ابھی کتنا جانتے ہیں؟ 0 کا مطلب کچھ نہیں، 10 کا مطلب سب کچھ۔
    .easier = آپ اس بارے میں ابھی کتنا جانتے ہیں؟ 0 کا مطلب کچھ نہیں۔ 10 کا مطلب سب کچھ۔
scaling-end = آخر میں: آپ اس کے بارے میں اب کتنا جانتے ہیں؟ 0 کا مطلب کچھ نہیں، 10 کا مطلب سب کچھ۔
    .easier = آخر میں، آپ اب اس بارے میں کتنا جانتے ہیں؟ 0 کا مطلب کچھ نہیں۔ 10 کا مطلب سب کچھ۔
scaling-end-hint = آپ یہ اسکور بغیر سگنل کے دے سکتے ہیں؛ یہ بعد میں بھیجا جائے گا۔
scaling-wait-for-end = شکریہ۔ آپ کا شروع کا اسکور محفوظ ہے۔ سیشن کے آخر میں آپ کا ورکر آخری اسکور مانگے گا، اور وہ یہاں دکھائی دے گا۔
    .easier = شکریہ۔ آپ کا پہلا اسکور محفوظ ہے۔ سیشن کے آخر تک انتظار کریں۔
scaling-no-signal-end = اس فون پر سگنل نہیں، اس لیے یہ نہیں سن سکتا کہ آپ کا ورکر کب مانگتا ہے۔
scaling-worker-asked = میرے ورکر نے آخری اسکور مانگا ہے
scaling-finished-before-end = یہ سیشن ختم ہو گیا ہے۔ آپ کے شروع کے اسکور کا شکریہ۔
scaling-low = 0 = کچھ نہیں جانتا
scaling-high = 10 = سب کچھ جانتا ہوں
scaling-review-low = 0 = بالکل نہیں
scaling-review-high = 10 = پوری طرح
scaling-show-start = میرا شروع کا اسکور دکھائیں
scaling-your-start = شروع میں آپ نے { $score } کہا۔
scaling-easier-words = آسان الفاظ
scaling-offline-question = آج کے موضوع کے بارے میں آپ کتنا جانتے ہیں؟ 0 کا مطلب کچھ نہیں، 10 کا مطلب سب کچھ۔
scaling-joined-offline = آپ بغیر سگنل کے شامل ہوئے۔ آپ کے اسکور اس فون پر رکھے گئے ہیں اور سگنل ہونے پر بھیجے جائیں گے۔
scaling-send = میرا اسکور بھیجیں
scaling-all-done = شکریہ۔ آپ کے اسکور محفوظ ہیں۔ آپ کا ورکر اگلے سیشن بنانے کے لیے انہیں دیکھتا ہے۔
    .easier = شکریہ۔ آپ کے اسکور محفوظ ہیں۔
scaling-leave = ختم کریں
scaling-review-title = پروگرام کا اختتام
scaling-review-learning = آپ نے اس پروگرام میں کتنا سیکھا؟
scaling-review-future-risk = آپ خود کو خطرناک حالات سے کتنی اچھی طرح دور رکھ سکتے ہیں؟
scaling-review-consequences = آپ کتنی اچھی طرح سمجھتے ہیں کہ اگر کوئی جرم کرے تو کیا ہوتا ہے؟
scaling-review-before = جب پروگرام شروع ہوا (0 کا مطلب بالکل نہیں، 10 کا مطلب پوری طرح)
scaling-review-now = اب، آخر میں (0 کا مطلب بالکل نہیں، 10 کا مطلب پوری طرح)
scaling-topic = سیشن کا موضوع

## Appointments
home-appointments-link = ملاقاتیں
home-appointments-hint = آپ کب اور کہاں مل رہے ہیں۔ بتائیں کہ آپ آ سکتے ہیں، اور یاد دہانیاں پائیں۔
    .easier = ہم کب اور کہاں ملیں گے۔ بتائیں کہ آپ آ سکتے ہیں یا نہیں۔
home-appointments-hint-carer = ملاقاتیں کب اور کہاں ہیں۔ بتائیں کہ آپ آ سکتے ہیں، اور یاد دہانیاں پائیں۔
    .easier = ہم کب اور کہاں ملیں گے۔ بتائیں کہ آپ آ سکتے ہیں یا نہیں۔
appointments-title = ملاقاتیں
appointments-offline-copy = آپ آف لائن ہیں۔ یہ آپ کی وہ ملاقاتیں ہیں جو پچھلی بار آن لائن ہوتے وقت تھیں۔
    .easier = سگنل نہیں۔ یہ پچھلی بار والی ملاقاتیں ہیں۔
appointments-coming-up = آنے والی
appointments-none = کوئی آنے والی ملاقات نہیں۔
appointments-past = گزری ہوئی ملاقاتیں
appointments-time = { $start } سے { $end } تک
appointments-for = { $name } کے لیے
appointments-where = کہاں
appointments-what = کس لیے
appointments-who = وہاں کون ہو گا
appointments-get-ready = اس میٹنگ کی تیاری کریں
appointments-got-ready = آپ نے اس میٹنگ کی تیاری کر لی ہے۔ شکریہ۔
appointments-open-map = نقشہ کھولیں
appointments-coming = میں آؤں گا
appointments-change = مجھے یہ بدلنا ہے
appointments-change-label = کیا بدلنا ہے؟ مثال کے طور پر، بہتر دن یا وقت۔
    .easier = کیا بدلنا ہے؟
appointments-change-label-optional = کچھ اور بتانا ہے؟ اگر ان میں سے کوئی وقت ٹھیک نہیں تو بتائیں کہ آپ کے لیے کیا ٹھیک رہے گا۔
appointments-free-times = وہ وقت جب آپ کا ورکر فارغ ہے
appointments-free-time = { $day }، { $start } سے { $end } تک
appointments-free-other = کوئی اور دن یا وقت (نیچے بتائیں کون سا)
appointments-change-send = میرے ورکر کو بھیجیں
appointments-change-cancel = منسوخ کریں
appointments-reply-waiting = آپ کا جواب اس فون پر محفوظ ہے اور آن لائن ہونے پر بھیج دیا جائے گا۔
    .easier = محفوظ ہو گیا۔ سگنل آنے پر جائے گا۔
appointments-you-are-coming = آپ نے کہا کہ آپ آئیں گے۔
appointments-you-asked-change = آپ نے اسے بدلنے کا کہا: { $reason }
appointments-you-asked-time = آپ نے اسے { $time } پر منتقل کرنے کا کہا۔
appointments-add-to-calendar = میرے کیلنڈر میں شامل کریں
appointments-default-title = ملاقات
appointments-calendar = کیلنڈر
appointments-calendar-day = { $day } { $month }: { $count ->
    [one] ایک ملاقات
   *[other] { $count } ملاقاتیں
}
appointment-day = { $weekday } { $day } { $month }
appointment-state-upcoming = آنے والی
appointment-state-attended = آپ آئے
appointment-state-missed = رہ گئی
appointment-state-cancelled = منسوخ
remind-title = یاد دہانیاں
remind-discreet = آپ کی لاک اسکرین پر یاد دہانیاں صرف کچھ ایسا کہتی ہیں جیسے "کل شام 4 بجے کچھ ہے"، تاکہ کوئی اور نہ دیکھ سکے کہ یہ کیا ہے۔
    .easier = یاد دہانی میں نہیں لکھا ہوتا کہ ملاقات کیا ہے۔ دوسروں کو پتا نہیں چلتا۔
remind-button = ملاقاتوں سے پہلے مجھے یاد دلائیں
remind-again = اس فون پر بھی یاد دہانیاں چالو کریں
remind-on = یاد دہانیاں چالو ہیں۔
remind-detailed = یاد دہانیوں میں بتائیں کیا اور کہاں (جو بھی آپ کی اسکرین دیکھے وہ پڑھ سکتا ہے)
remind-unsupported = یہ فون یا براؤزر یاد دہانیاں نہیں دکھا سکتا۔ اس کے بجائے ملاقاتیں اپنے کیلنڈر میں شامل کریں۔
remind-denied = اس ایپ کے لیے یاد دہانیاں بند ہیں۔ آپ اپنے فون کی سیٹنگز میں نوٹیفیکیشن کی اجازت دے سکتے ہیں۔
weekday-1 = پیر
weekday-2 = منگل
weekday-3 = بدھ
weekday-4 = جمعرات
weekday-5 = جمعہ
weekday-6 = ہفتہ
weekday-7 = اتوار
weekday-short-1 = پیر
weekday-short-2 = منگل
weekday-short-3 = بدھ
weekday-short-4 = جمعرات
weekday-short-5 = جمعہ
weekday-short-6 = ہفتہ
weekday-short-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-in-words = { $weekday } { $day } { $month } { $year }
time-in-words = { $date }، { $time }

## Surveys on a phone
home-surveys-link = سروے
home-surveys-hint = ہمیں بتائیں آپ کیا سوچتے ہیں۔ اس سے ہمیں چیزیں بہتر بنانے میں مدد ملتی ہے۔
    .easier = کچھ سوالوں کے جواب دیں۔ اس سے ہماری مدد ہوتی ہے۔
home-voice-link = اپنی بات کہیں
home-voice-hint = اہم چیزوں پر ووٹ دیں، اور دیکھیں کہ نوجوانوں کی بات سے کیا بدلا۔
    .easier = ووٹ دیں۔ دیکھیں کیا بدلا۔
surveys-title = آپ کے لیے سروے
surveys-offline-copy = آپ آف لائن ہیں۔ یہ وہ سروے ہیں جو اس فون نے پچھلی بار دیکھے۔
    .easier = سگنل نہیں۔ یہ پچھلی بار والے سروے ہیں۔
surveys-none = ابھی آپ کے لیے کوئی سروے نہیں۔ دیکھنے کا شکریہ!
    .easier = ابھی آپ کے لیے کوئی سروے نہیں۔
surveys-closes = { $date } تک کھلا
surveys-waiting = آپ کے جواب اس فون پر محفوظ ہیں۔ آن لائن ہونے پر بھیج دیے جائیں گے۔
    .easier = محفوظ ہو گئے۔ آپ کے جواب سگنل آنے پر جائیں گے۔
surveys-gone = یہ سروے اب اس فون پر نہیں۔ ہو سکتا ہے بند ہو گیا ہو، یا آپ پہلے ہی جواب دے چکے ہوں۔
surveys-back-to-list = سروے پر واپس
surveys-audience = آپ کے جواب کون پڑھے گا: { $audience }۔
surveys-anonymous = آپ کا نام آپ کے جوابوں کے ساتھ نہیں رکھا جاتا۔ کوئی نہیں بتا سکتا کہ کون سے جواب آپ کے ہیں۔
    .easier = ہم آپ کا نام نہیں رکھتے۔ کسی کو نہیں پتا کہ کون سے جواب آپ کے ہیں۔
surveys-named = آپ کا نام آپ کے جوابوں کے ساتھ رکھا جاتا ہے، تاکہ آپ کا ورکر دیکھ سکے کہ آپ نے کیا کہا۔
    .easier = ہم آپ کا نام رکھتے ہیں۔ آپ کا ورکر آپ کے جواب دیکھ سکتا ہے۔
surveys-how-many = { $count ->
    [one] 1 سوال ہے۔
   *[other] { $count } سوال ہیں۔
}
surveys-how-many-between = { $least } سے { $most } سوال ہیں: کچھ صرف بعض جوابوں کے بعد پوچھے جاتے ہیں۔
surveys-easy-words = آسان الفاظ استعمال کریں
surveys-start = شروع کریں
surveys-carry-on = جہاں رکا تھا وہاں سے جاری رکھیں
surveys-progress = سوال { $number } از { $count }
surveys-back = واپس
surveys-next = آگے
surveys-send = میرے جواب بھیجیں
surveys-pick-any = جتنے چاہیں چنیں۔
surveys-yes = ہاں
surveys-no = نہیں
surveys-face-1 = بہت ناخوش
surveys-face-2 = ناخوش
surveys-face-3 = ٹھیک
surveys-face-4 = خوش
surveys-face-5 = بہت خوش
surveys-thanks-title = شکریہ!
surveys-thanks-audience = آپ کے جواب یہ پڑھیں گے: { $audience }۔
home-forms-link = بھرنے کے لیے فارم
home-forms-hint = وہ چیزیں جو آپ کے ورکر نے آپ سے بھرنے کو کہیں، جیسے آپ کا اپنا جائزہ۔
home-forms-hint-carer = وہ فارم جو آپ کے خاندان کے ورکر نے آپ سے بھرنے کو کہے۔
forms-title = بھرنے کے لیے فارم
forms-offline-copy = آپ آف لائن ہیں۔ یہ وہ فارم ہیں جو اس فون نے آخری بار دیکھے۔
forms-none = ابھی آپ کے بھرنے کے لیے کوئی فارم نہیں ہے۔
forms-gone = یہ فارم اب اس فون پر نہیں ہے۔ شاید یہ بھیجا جا چکا ہے۔
forms-back-to-list = فارموں پر واپس
forms-for-assessment = یہ جائزے کے لیے ہے۔
forms-for-review-meeting = یہ جائزہ میٹنگ کی تیاری کے لیے ہے۔
forms-for-closure = یہ سروس کے ساتھ کام کے اختتام کے لیے ہے۔
forms-for-induction = یہ سروس کے ساتھ شروعات کے لیے ہے۔
forms-reader = { $name } اسے پڑھیں گے۔
forms-reader-only = صرف { $name } اسے پڑھیں گے۔
forms-due = براہ کرم اسے { $date } تک مکمل کریں۔
forms-rather-not-say = نہیں بتانا
forms-rather-not-say-kept = آپ نے نہ بتانا چنا۔ یہ ٹھیک ہے۔
forms-rather-not-say-any = آپ کسی بھی سوال پر "نہیں بتانا" چن سکتے ہیں۔
forms-kept-on-phone = آپ رک کر بعد میں واپس آ سکتے ہیں۔ جو آپ لکھتے ہیں وہ بھیجنے تک اسی فون پر رہتا ہے۔

## Complaints and compliments on a phone
say-link = شکایت یا تعریف
say-title = ہمیں بتائیں آپ کیا سوچتے ہیں
say-intro = آپ ہمیں کسی ایسی چیز کے بارے میں بتا سکتے ہیں جو غلط ہوئی، یا جو اچھی ہوئی۔ اپنے الفاظ استعمال کریں۔
    .easier = ہمیں بتائیں کیا غلط ہوا، یا کیا اچھا ہوا۔
say-kind-legend = آپ ہمیں کیا بتانا چاہتے ہیں؟
say-kind-complaint = کچھ غلط ہوا (شکایت)
say-kind-compliment = کچھ اچھا ہوا (تعریف)
say-text-unchosen = اپنے الفاظ میں بتائیں
say-text-complaint = کیا غلط ہوا؟
say-text-compliment = کیا اچھا ہوا؟
say-anonymous = میرا نام نہ بھیجیں
say-anonymous-hint = ہمیں پتہ نہیں چلے گا کہ یہ آپ تھے۔ آپ پھر بھی اس فون پر دیکھ سکتے ہیں کہ کیا ہوتا ہے۔
    .easier = ہمیں نہیں پتا چلے گا کہ یہ آپ تھے۔
say-named-hint = ہمیں پتہ ہو گا کہ یہ آپ تھے، تاکہ ہم آپ سے اس بارے میں بات کر سکیں۔
    .easier = ہمیں پتا ہوگا کہ یہ آپ تھے۔ ہم آپ سے اس بارے میں بات کر سکتے ہیں۔
say-send = بھیجیں
say-thanks = ہمیں بتانے کا شکریہ۔ یہ اس فون پر محفوظ ہے اور آن لائن ہونے پر بھیج دیا جائے گا۔
    .easier = شکریہ۔ یہ محفوظ ہے۔ سگنل آنے پر جائے گا۔
say-thanks-received = ہمیں بتانے کا شکریہ۔ ہمیں یہ مل گیا ہے، اور آپ نیچے اس پر نظر رکھ سکتے ہیں۔
say-yours = آپ نے ہمیں کیا بتایا
say-waiting = اس فون پر محفوظ ہے۔ آن لائن ہونے پر بھیج دیا جائے گا۔
say-status-received = ہمیں مل گیا
say-status-acknowledged = ہم نے پڑھ لیا
say-status-investigating = ہم اسے دیکھ رہے ہیں
say-status-resolved = حل ہو گیا
say-respond-by = ہم { $date } تک جواب دیں گے۔
say-owner = { $name } اسے دیکھ رہے ہیں۔
say-outcome = ہم نے کیا کیا:

## Voice and influence: "Have your say" and "You said, we did"
voice-title = اپنی بات کہیں
voice-intro = آپ کی رائے بدل سکتی ہے کہ چیزیں کیسے چلتی ہیں۔ ووٹ دیں، متفق یا غیر متفق ہوں، اور اپنے الفاظ میں بتائیں۔
    .easier = آپ کے خیالات چیزیں بدل سکتے ہیں۔ ووٹ دیں اور ہمیں بتائیں۔
voice-offline-copy = آپ آف لائن ہیں۔ یہ اس فون پر محفوظ آخری کاپی ہے؛ آپ جو دیں گے وہ آن لائن ہونے پر بھیجا جائے گا۔
    .easier = سگنل نہیں۔ یہ پچھلی بار کا ہے۔ جو آپ دیں گے وہ بعد میں جائے گا۔
voice-none-open = ابھی آپ کے لیے کچھ کھلا نہیں۔
voice-for-cabinet = یوتھ کیبنٹ
voice-closes = { $date } تک کھلا
voice-feed-title = آپ نے کہا، ہم نے کیا
voice-feed-none = ابھی کچھ نہیں۔ جب ٹیم نوجوانوں کی بات کا جواب دے گی، وہ یہاں دکھائی دے گا۔
voice-heard-by = یہ کون سنے گا: { $audience }
voice-you-took-part = آپ نے حصہ لیا
voice-ballots-cast = { $count ->
    [one] ایک ووٹ
   *[other] { $count } ووٹ
}
voice-agree-percent = { $percent }% متفق
voice-you-said = آپ نے کہا:
voice-we-did = ہم نے کیا:
voice-by-when = { $date } تک
voice-decided-by = فیصلہ { $who } نے کیا
voice-status-planned = منصوبہ بند
voice-status-in_progress = ابھی ہو رہا ہے
voice-status-done = ہو گیا
voice-status-not_possible = ہم یہ نہیں بدل سکتے
voice-gone = یہ اب کھلا نہیں۔
voice-back = اپنی بات کہیں پر واپس
voice-audience-heading = آپ کی بات کون سنے گا
voice-anonymous = یہاں آپ جو بھی دیں، آپ کا نام اس کے ساتھ نہیں رکھا جاتا۔
    .easier = ہم آپ کا نام نہیں رکھتے۔
voice-named = آپ جو لکھتے ہیں وہ آپ کے نام کے ساتھ رکھا جاتا ہے اور آپ کے ریکارڈ میں جاتا ہے۔ آپ کیسے ووٹ دیتے ہیں وہ کبھی آپ کے نام کے ساتھ نہیں رکھا جاتا۔
    .easier = آپ کے الفاظ کے ساتھ آپ کا نام ہوتا ہے۔ آپ کے ووٹ کے ساتھ کبھی نہیں۔
voice-thanks = شکریہ، ہمیں یہ مل گیا۔ { $audience } سنیں گے کہ نوجوانوں نے کیا کہا۔
voice-thanks-waiting = شکریہ۔ یہ اس فون پر محفوظ ہے اور آن لائن ہونے پر بھیجا جائے گا۔ پھر { $audience } سنیں گے کہ نوجوانوں نے کیا کہا۔
voice-waiting = اس فون پر محفوظ ہے۔ آن لائن ہونے پر بھیج دیا جائے گا۔
voice-done = ہو گیا، شکریہ
voice-agree = متفق
voice-disagree = غیر متفق
voice-pass = پکا نہیں
voice-propose-label = اپنا بیان شامل کریں
voice-propose-hint = ٹیم کے جانچنے کے بعد دوسرے اسے دیکھیں گے۔
voice-propose-send = میرا بیان بھیجیں
voice-answer-send = میرا جواب بھیجیں
voice-rank-hint = تین تک چنیں، سب سے اہم پہلے۔
voice-first-choice = پہلی پسند
voice-second-choice = دوسری پسند
voice-third-choice = تیسری پسند
voice-no-choice = (کوئی نہیں)
voice-ballot-send = میرا ووٹ بھیجیں
voice-record = اس کے بجائے وائس نوٹ ریکارڈ کریں
voice-recording = ریکارڈنگ ہو رہی ہے۔ جو کہنا ہے کہیں، پھر روکیں دبائیں۔ یہ دو منٹ بعد خود رک جاتی ہے۔
voice-record-stop = ریکارڈنگ روکیں
voice-recorded = آپ کا وائس نوٹ تیار ہے ({ $seconds } سیکنڈ)۔ آپ الفاظ بھی شامل کر سکتے ہیں، پھر بھیجیں۔
voice-record-delete = وائس نوٹ مٹائیں
voice-record-failed = اس فون پر ریکارڈنگ نہیں چلی۔ براہ کرم اپنا جواب لکھ دیں۔

## Get help now ("I don't feel safe")
help-link = ابھی مدد لیں
lock-help = ابھی خطرے میں ہیں؟
help-title = ابھی مدد لیں
help-intro = اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔ آپ کسی سے مفت اور نجی طور پر بات بھی کر سکتے ہیں، یا اپنے ورکر کو بتا سکتے ہیں۔
    .easier = ابھی خطرے میں ہیں؟ 999 پر کال کریں۔ آپ کسی سے بات بھی کر سکتے ہیں، یا اپنے ورکر کو بتائیں۔
help-call-999 = 999 پر کال کریں (ایمرجنسی)
help-childline = چائلڈ لائن، مفت اور نجی: { $number }
help-duty = آپ کی سروس کا ڈیوٹی ورکر: { $number }
help-tell-title = اپنے ورکر کو بتائیں
help-words-label = کیا ہو رہا ہے؟ (آپ کو کچھ لکھنا ضروری نہیں)
help-send = ابھی میرے ورکر کو بتائیں
help-sent = آپ کے ورکر کو بتا دیا گیا ہے۔ کوئی جتنی جلدی ہو سکے آپ سے رابطہ کرے گا۔
    .easier = آپ کے ورکر کو پتا ہے۔ کوئی جلد آپ سے رابطہ کرے گا۔
help-waiting = یہ اس فون پر محفوظ ہے۔ سگنل آتے ہی یہ آپ کے ورکر کو چلا جائے گا۔ اگر آپ خطرے میں ہیں تو 999 پر کال کریں۔
    .easier = محفوظ ہو گیا۔ سگنل آنے پر آپ کے ورکر کو جائے گا۔ خطرے میں ہیں؟ 999 پر کال کریں۔
help-history-title = آپ نے کیا مانگا
help-asked-at = آپ نے { $time } کو مدد مانگی
help-seen-by = { $name } نے یہ دیکھ لیا ہے۔
help-not-seen-yet = کسی کے دیکھنے کا انتظار ہے۔

## The browser's title of each page: discreet (no names, no service, nothing of the person).
page-title = { $page } – ٹینڈم
title-join = شامل ہوں
title-pin = پن چنیں
title-help = مدد
title-plan = منصوبہ
title-session = سیشن
title-appointments = ملاقاتیں
title-surveys = سروے
title-forms = فارم
title-voice = اپنی بات کہیں
title-say = شکایت یا تعریف
title-devices = میرے فون
title-my-data = ٹینڈم کیا رکھتا ہے
title-feedback = اس ایپ کے بارے میں
title-not-found = صفحہ نہیں ملا
