# Tandem: اردو (Urdu). Right to left. Messages not here fall back to English.
# To be reviewed by a native speaker before use with young people.

app-name = ٹینڈم
skip-to-content = اصل مواد پر جائیں
quick-exit = فوراً باہر نکلیں
quick-exit-help = یہ ایپ فوراً بند کر کے موسم کا صفحہ کھول دیتا ہے۔
language-label = زبان
loading = لوڈ ہو رہا ہے…
go-home = شروع پر جائیں

sync-all-sent = آپ نے جو کچھ بھیجا وہ پہنچ گیا ہے۔
sync-waiting = { $count } جواب بھیجے جانے کے انتظار میں ہیں۔
sync-offline-waiting = آپ آف لائن ہیں۔ { $count } جواب اس فون پر محفوظ ہیں۔ آن لائن ہوتے ہی بھیج دیے جائیں گے۔
sync-refused = { $count } جواب نہیں بھیجے جا سکے۔ وہ ابھی بھی اس فون پر محفوظ ہیں۔

home-title = ٹینڈم میں خوش آمدید
home-intro = ٹینڈم میں آپ اور آپ کا ورکر مل کر منصوبہ بناتے ہیں، اور آپ ہمیں اپنی رائے بتاتے ہیں۔
home-nav-label = آپ کیا کر سکتے ہیں
home-feedback-link = آپ کو یہ ایپ کیسی لگی؟
home-feedback-hint = ایک منٹ میں بتائیں۔ اپنا نام دینے کی ضرورت نہیں۔

scale-low = 0 = بہت برا
scale-high = 10 = بہت اچھا

feedback-title = آپ کو یہ ایپ کیسی لگی؟
feedback-intro = آپ کا جواب ٹینڈم کو بہتر بنانے میں ہماری مدد کرتا ہے۔
feedback-score-legend = 0 سے 10 تک کوئی نمبر چنیں۔
feedback-comment-label = کچھ اور بتانا چاہتے ہیں؟ (آپ اسے خالی چھوڑ سکتے ہیں)
feedback-comment-hint = براہ کرم اپنا یا کسی اور کا نام نہ لکھیں۔
feedback-send = بھیجیں
feedback-thanks-title = شکریہ!
feedback-thanks-sent = ہمیں آپ کا جواب مل گیا۔
feedback-thanks-saved = آپ کا جواب اس فون پر محفوظ ہے۔ آن لائن ہونے پر بھیج دیا جائے گا۔

error-score_out_of_range = براہ کرم 0 سے 10 تک کوئی نمبر چنیں۔
error-text_too_long = یہ بہت لمبا ہے۔ براہ کرم اسے چھوٹا کریں۔
error-offline = آپ آف لائن ہیں۔ آپ نے جو لکھا وہ اس فون پر محفوظ ہے اور آن لائن ہوتے ہی بھیج دیا جائے گا۔
error-internal = ہماری طرف کچھ غلط ہو گیا۔ آپ نے جو لکھا وہ محفوظ ہے۔ براہ کرم دوبارہ کوشش کریں۔

home-join-link = میرے پاس ورکر کا دیا ہوا کوڈ ہے
home-join-hint = اس سے شامل ہوں۔ ای میل کی ضرورت نہیں۔
join-title = اپنے کوڈ سے شامل ہوں
join-intro = آپ کے ورکر نے آپ کو ایک کوڈ دیا ہے۔ اسے نیچے لکھیں۔ پھر آپ اپنی چیزیں محفوظ رکھنے کے لیے ایک پن چنیں گے۔
join-code-label = آپ کا کوڈ
join-submit = شامل ہوں
read-aloud = یہ اونچی آواز میں پڑھیں
pin-choose-title = پن چنیں
pin-choose-intro = 4 سے 6 نمبر چنیں۔ ٹینڈم کھولنے کے لیے آپ انہیں استعمال کریں گے۔ کسی کو نہ بتائیں۔
pin-confirm-title = اپنا پن دوبارہ لکھیں
pin-confirm-intro = جانچنے کے لیے وہی نمبر دوبارہ لکھیں۔
pin-mismatch = دونوں پن مختلف تھے۔ براہ کرم اپنا پن دوبارہ چنیں۔
pin-done = ہو گیا
lock-title = اپنا پن لکھیں
lock-intro = آپ کی چیزیں محفوظ رکھنے کے لیے ٹینڈم بند ہو گیا۔ جاری رکھنے کے لیے اپنا پن لکھیں۔
lock-new-code = میں اپنا پن بھول گیا
lock-tries-left = { $count ->
    [one] آپ ایک بار اور کوشش کر سکتے ہیں۔ اس کے بعد Tandem اس فون سے سائن آؤٹ ہو جائے گا۔
   *[other] آپ { $count } بار اور کوشش کر سکتے ہیں۔ اس کے بعد Tandem اس فون سے سائن آؤٹ ہو جائے گا۔
}
error-wrong_pin = یہ پن درست نہیں۔ دوبارہ کوشش کریں۔
error-invalid_pin = آپ کا پن 4، 5 یا 6 نمبروں کا ہونا چاہیے۔
error-invalid_invite_code = یہ کوڈ درست نہیں۔ اپنے ورکر سے پوچھیں۔
error-invite_used_or_expired = یہ کوڈ استعمال ہو چکا ہے یا بہت پرانا ہے۔ اپنے ورکر سے نیا کوڈ مانگیں۔
