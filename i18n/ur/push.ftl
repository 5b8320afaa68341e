# Notification text in Urdu (اردو), for i18n/en/push.ftl. Discreet by default: never the
# service, the court, offending or the purpose. Awaits review by a native speaker.

push-title = یاد دہانی
push-appointment-today = آج { $time } بجے کچھ ہے
push-appointment-tomorrow = کل { $time } بجے کچھ ہے
push-appointment-later = جلد { $time } بجے کچھ ہے
push-appointment-today-detailed = { $title } آج { $time } بجے، { $place }
push-appointment-tomorrow-detailed = { $title } کل { $time } بجے، { $place }
push-appointment-later-detailed = { $title } { $time } بجے، { $place }
push-appointment-default-title = ملاقات
push-plan-waiting = کچھ آپ کے دیکھنے کا انتظار کر رہا ہے۔
push-plan-waiting-detailed = آپ کا منصوبہ بدل گیا ہے۔ اسے دیکھیں اور بتائیں کہ آپ متفق ہیں یا نہیں۔
push-score-missing = ایک چھوٹا سا سوال آپ کا انتظار کر رہا ہے۔
push-score-missing-detailed = آپ کا سیشن ختم ہو رہا ہے۔ کیسا رہا؟ اپنا اسکور دیں۔
push-form-due = کچھ آپ کے بھرنے کا انتظار کر رہا ہے۔
push-form-due-detailed = آپ کے ورکر نے آپ سے کل تک ایک فارم بھرنے کو کہا ہے۔ آپ اسے Tandem پر بھر سکتے ہیں۔
push-form-overdue = جو آپ نے مانگا تھا وہ ابھی واپس نہیں آیا۔
push-form-overdue-detailed = جو فارم آپ نے کسی نوجوان یا دیکھ بھال کرنے والے سے بھرنے کو کہا تھا وہ دیر سے ہے۔
push-safety-title = ٹینڈم
push-safety-alert = کسی کو ابھی آپ کی ضرورت ہے۔ ٹینڈم کھولیں۔
push-safety-escalated = مدد مانگنے والے کسی کو ابھی تک جواب نہیں ملا۔ ابھی ٹینڈم کھولیں۔
push-voice-news = جس چیز پر آپ نے اپنی بات کہی تھی اس کے بارے میں خبر ہے۔
push-voice-news-detailed = آپ نے کہا، ہم نے کیا: "{ $title }" کے بارے میں خبر۔
push-voice-reply = { $count ->
    [one] آپ کی کہی ایک بات کا جواب آیا ہے۔
   *[other] آپ کی کہی باتوں کے جواب آئے ہیں۔
}
push-voice-reply-detailed = آپ نے کہا، ہم نے کیا: "{ $title }" میں "{ $about }" کے بارے میں جواب۔
push-voice-replies-detailed = آپ نے کہا، ہم نے کیا: "{ $title }" میں آپ کی باتوں کے { $count } جواب۔
push-complaint-news = آپ کی بھیجی ہوئی چیز کے بارے میں خبر ہے۔
push-complaint-news-detailed = { $status ->
    [acknowledged] { $kind ->
        [compliment] شکریہ: آپ کی تعریف پڑھ لی گئی ہے۔
       *[complaint] آپ کی شکایت پڑھ لی گئی ہے۔
    }
    [investigating] آپ کی شکایت دیکھی جا رہی ہے۔
    [resolved] { $kind ->
        [compliment] شکریہ: آپ کی تعریف آگے پہنچا دی گئی ہے۔
       *[complaint] آپ کی شکایت کا جواب آ گیا ہے۔ پڑھنے کے لیے ٹینڈم کھولیں۔
    }
   *[received] آپ کی بھیجی ہوئی چیز ہمیں مل گئی ہے۔
}
