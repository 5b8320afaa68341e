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
