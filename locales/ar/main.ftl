# أمان — نصوص التطبيق بالعربية الفصحى.
# كل مفتاح موجود أيضًا في fr/main.ftl و ary/main.ftl بالمتغيرات نفسها.
# الجمع بست صيغ: zero و one و two و few (3–10) و many (11–99) و other (100 وما فوق).

## التطبيق

app-name = أمان
app-loading = جارٍ التحميل…
app-skip-to-content = انتقل إلى المحتوى
app-close = إغلاق
app-cancel = إلغاء
app-confirm = تأكيد
app-back = رجوع

## الترويسة

header-course-title = أمان — السلامة على الإنترنت
header-language = اللغة
header-quick-exit = خروج سريع
header-quick-exit-hint = غادر هذا الموقع فورًا. يمكنك أيضًا الضغط ثلاث مرات على مفتاح Shift.
header-menu = القائمة
header-home = الوحدات
header-help = المساعدة
header-my-data = بياناتي
header-record = كشف مساري
header-trainer = التنشيط

## اختيار اللغة (الزيارة الأولى)

language-title = اختر لغتك
language-intro = الدورة متوفرة بعدة لغات: اختر اللغة التي تقرؤها بسهولة أكبر.
language-continue = متابعة
language-change-later = يمكنك تغيير اللغة في أي وقت من القائمة، ويبقى تقدمك محفوظًا.

## خريطة الدورة

map-title = الوحدات
map-intro = تقدّم حسب وتيرتك. يبقى تقدمك على هذا الجهاز.
map-module-number = الوحدة { $number }
map-module-not-started = لم تبدأ بعد
map-module-in-progress = قيد الإنجاز
map-module-done = مكتملة
map-module-score = النتيجة: { $percent }
map-module-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
map-modules-done =
    { $count ->
        [zero] لم تُكمل أي وحدة بعد من أصل { $total }
        [one] أكملت وحدة واحدة من أصل { $total }
        [two] أكملت وحدتين من أصل { $total }
        [few] أكملت { $count } وحدات من أصل { $total }
        [many] أكملت { $count } وحدة من أصل { $total }
       *[other] أكملت { $count } وحدة من أصل { $total }
    }
map-start = ابدأ
map-continue = تابع
map-review = راجع
map-content-warning-title = قبل أن تبدأ
map-content-warning-intro = تتناول هذه الوحدة مواضيع قد تكون صعبة:
map-content-warning-continue = أريد المتابعة
map-content-warning-later = لاحقًا
map-content-warning-help = إذا أثّر فيك هذا الموضوع، يمكنك التحدث إلى شخص ما: انظر صفحة المساعدة.

## قراءة الوحدة

lesson-step-of = الخطوة { $current } من { $total }
lesson-steps =
    { $count ->
        [zero] لا توجد خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوة
       *[other] { $count } خطوة
    }
lesson-next = التالي
lesson-previous = السابق
lesson-finish = إنهاء الوحدة
lesson-progress-label = التقدم في الوحدة
lesson-callout-tip = نصيحة
lesson-callout-warning = انتبه
lesson-callout-help = إذا حدث لك هذا
lesson-callout-trainer = ملاحظة للمنشّط
lesson-sources = المصادر
lesson-source-to-verify = (يحتاج إلى تحقق)

## الأسئلة

question-number = السؤال { $current } من { $total }
question-points =
    { $count ->
        [zero] { $count } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $count } نقاط
        [many] { $count } نقطة
       *[other] { $count } نقطة
    }
question-choose-one = اختر إجابة واحدة.
question-choose-many = اختر كل الإجابات الصحيحة.
question-check = تحقّق
question-retry = أعد المحاولة
question-answer-all = أجب عن كل الأسئلة قبل التحقق.
question-correct = إجابة صحيحة
question-incorrect = الإجابة غير صحيحة
question-partly-correct = صحيحة جزئيًا
question-your-score = نتيجتك: { $earned } من { $max }
question-best-score = أفضل نتيجة لك: { $percent }
question-explanation = الشرح
question-option-chosen-correct = اخترت هذا الجواب: إنه صحيح.
question-option-chosen-wrong = اخترت هذا الجواب: إنه غير صحيح.
question-option-missed = هذا الجواب كان صحيحًا أيضًا.
question-order-instructions = رتّب العناصر بالترتيب الصحيح.
question-order-position = الموضع { $position } من { $total }
question-order-move-up = إلى الأعلى
question-order-move-down = إلى الأسفل
question-order-correct-position = في مكانه الصحيح
question-order-wrong-position = ليس في مكانه
question-match-instructions = اربط كل عنصر بالإجابة المناسبة.
question-match-choose = اختر…
question-match-correct = ربط صحيح
question-match-wrong = ربط غير صحيح

## السيناريوهات

scenario-start = ابدأ السيناريو
scenario-choose = ماذا تفعل؟
scenario-consequence = ما الذي يحدث
scenario-continue = متابعة
scenario-ending-good = نهاية جيدة
scenario-ending-mixed = نهاية متوسطة
scenario-ending-bad = نهاية سيئة
scenario-ending-good-note = اختياراتك حمت الأشخاص المعنيين.
scenario-ending-mixed-note = بعض اختياراتك ساعدت وبعضها لم يساعد. جرّب طريقًا آخر.
scenario-ending-bad-note = انتهى الأمر بشكل سيئ هذه المرة. أعد اللعب لتجد نهاية أفضل.
scenario-points = النقاط: { $earned } من { $max }
scenario-path-recap = مسارك
scenario-you-chose = اخترت:
scenario-what-if = ماذا لو اخترت شيئًا آخر؟
scenario-other-choice-led-to = هذا الاختيار كان سيقود إلى: { $node }
scenario-replay = أعد اللعب
scenario-endings-found = النهايات المكتشفة: { $found } من { $total }
scenario-discussion = للنقاش في المجموعة

## حصيلة الوحدة

summary-title = حصيلة الوحدة
summary-score = نتيجتك: { $percent }
summary-points = النقاط: { $earned } من { $max }
summary-passed = نجحت في الوحدة، أحسنت!
summary-not-yet = لم تنجح بعد. يمكنك إعادة التمارين لتحسين نتيجتك.
summary-pass-mark = للنجاح تحتاج إلى { $percent } على الأقل.
summary-no-exercises = لا تحتوي هذه الوحدة على تمارين منقّطة.
summary-review = راجع الوحدة
summary-next-module = الوحدة التالية
summary-back-to-map = العودة إلى الوحدات

## المساعدة

help-title = المساعدة
help-intro = ما يحدث على الإنترنت قد يؤلم. لست وحدك، وليس الذنب ذنبك.
help-contacts-title = مع من تتحدث
help-contacts-intro = تحدّث إلى شخص بالغ تثق به: منشّط أو مربٍّ أو أحد أفراد عائلتك.
help-emergency = في حالة خطر فوري، اتصل بالشرطة على الرقم 19.
help-leave-title = خروج سريع
help-leave-body = زر «خروج سريع» في أعلى كل صفحة يمحو الشاشة ويفتح موقعًا محايدًا. الضغط ثلاث مرات على مفتاح Shift يفعل الشيء نفسه.
help-history-title = سجل التصفح لا يُمحى
help-history-body = الخروج السريع لا يحذف سجل المتصفح: من يستعمل هذا الجهاز بعدك يمكنه أن يرى أنك زرت أمان.
help-history-computer = على الحاسوب: افتح السجل (Ctrl+H، أو Cmd+Y على Mac) واحذف صفحات أمان.
help-history-phone = على الهاتف: من قائمة المتصفح افتح «السجل» واحذف صفحات أمان.
help-private-browsing = على جهاز مشترك، استعمل التصفح الخاص: لا يُحفظ شيء عند الإغلاق (ولا تقدمك أيضًا، فلا تنسَ تصديره).

## بياناتي

data-title = بياناتي
data-intro = يُحفظ تقدمك على هذا الجهاز فقط، في هذا المتصفح. لا يُرسل أي شيء عبر الإنترنت.
data-export-title = التصدير
data-export-body = نزّل ملفًا فيه تقدمك، لتحتفظ به أو لتكمل على جهاز آخر.
data-export-button = نزّل ملفي
data-import-title = الاستيراد
data-import-body = اختر ملفًا صدّرته من أمان. يُضاف إلى تقدمك الحالي دون أن يمحو شيئًا.
data-import-button = اختر ملفًا
data-import-preview-title = سيضيف هذا الملف:
data-import-preview-modules =
    { $count ->
        [zero] لا وحدات جديدة
        [one] وحدة واحدة بدأتها
        [two] وحدتين بدأتهما
        [few] { $count } وحدات بدأتها
        [many] { $count } وحدة بدأتها
       *[other] { $count } وحدة بدأتها
    }
data-import-preview-steps =
    { $count ->
        [zero] لا خطوات جديدة مقروءة
        [one] خطوة واحدة مقروءة
        [two] خطوتين مقروءتين
        [few] { $count } خطوات مقروءة
        [many] { $count } خطوة مقروءة
       *[other] { $count } خطوة مقروءة
    }
data-import-preview-scores =
    { $count ->
        [zero] لا نتائج محسّنة
        [one] نتيجة واحدة محسّنة
        [two] نتيجتين محسّنتين
        [few] { $count } نتائج محسّنة
        [many] { $count } نتيجة محسّنة
       *[other] { $count } نتيجة محسّنة
    }
data-import-preview-endings =
    { $count ->
        [zero] لا نهايات جديدة في السيناريوهات
        [one] نهاية واحدة جديدة في السيناريوهات
        [two] نهايتين جديدتين في السيناريوهات
        [few] { $count } نهايات جديدة في السيناريوهات
        [many] { $count } نهاية جديدة في السيناريوهات
       *[other] { $count } نهاية جديدة في السيناريوهات
    }
data-import-preview-attempts =
    { $count ->
        [zero] لا محاولات جديدة في التقييم النهائي
        [one] محاولة واحدة في التقييم النهائي، جديدة أو أكثر تقدمًا
        [two] محاولتان في التقييم النهائي، جديدتان أو أكثر تقدمًا
        [few] { $count } محاولات في التقييم النهائي، جديدة أو أكثر تقدمًا
        [many] { $count } محاولة في التقييم النهائي، جديدة أو أكثر تقدمًا
       *[other] { $count } محاولة في التقييم النهائي، جديدة أو أكثر تقدمًا
    }
data-import-preview-nothing = لا يضيف هذا الملف شيئًا جديدًا: تقدمك محدّث بالفعل.
import-left-out = هذه الأجزاء لم تعد موجودة في هذه الدورة ولن تُستورد: { $ids }. ربما الملف من إصدار آخر للدورة.
data-import-confirm = استيراد
data-import-done = تم استيراد الملف: تقدمك محدّث.
data-delete-title = حذف بياناتي
data-delete-body = يمحو كل تقدمك من هذا الجهاز. لا تتأثر المواقع الأخرى.
data-delete-button = حذف بياناتي
data-delete-confirm-title = حذف كل شيء؟
data-delete-confirm-body = سيُمحى تقدمك على هذا الجهاز نهائيًا. صدّره أولًا إذا أردت الاحتفاظ به.
data-delete-confirm = نعم، احذف كل شيء
data-delete-done = حُذفت بياناتك من هذا الجهاز.
data-kept-title = نسخ محفوظة جانبًا
data-kept-body = يحتفظ هذا الجهاز بنسخة من تقدمك وُضعت جانبًا. يمكنك استرجاعها: تُضاف إلى ما أنجزته، ولا يُحذف شيء.
# $steps (عدد): الخطوات المقروءة في النسخة.
data-kept-copy = نسخة فيها { $steps ->
    [zero] لا خطوات مقروءة
    [one] خطوة واحدة مقروءة
    [two] خطوتان مقروءتان
    [few] { $steps } خطوات مقروءة
    [many] { $steps } خطوة مقروءة
   *[other] { $steps } خطوة مقروءة
}
data-kept-restore = استرجاع هذه النسخة
data-kept-restored = أُضيفت النسخة إلى تقدمك.

## أخطاء الاستيراد

import-too-large = هذا الملف كبير جدًا. حجم ملف التقدم في أمان لا يتجاوز { $limit } كيلوبايت.
import-not-json = هذا ليس ملف تقدم من أمان: محتواه غير مقروء.
import-too-deep = هذا الملف غير سليم البنية: فيه مستويات متداخلة أكثر من اللازم.
import-not-a-number = يحتوي هذا الملف على أرقام غير صالحة. ربما عُدّل يدويًا.
import-wrong-format = هذا ليس ملف تقدم من أمان.
import-newer-version = هذا الملف من إصدار أحدث من أمان (الصيغة { $version }). حدّث التطبيق ثم أعد المحاولة.
import-other-course = هذا الملف يخص دورة أخرى ({ $course }).
import-forbidden-characters = يحتوي هذا الملف على أحرف خفية أو أحرف تقلب اتجاه النص. لم يُستورد حفاظًا على الأمان.
import-failed = تعذرت قراءة الملف. أعد المحاولة بملف آخر.

## تنبيهات الحفظ

storage-unavailable = هذا المتصفح لا يسمح بحفظ تقدمك. يمكنك المتابعة، لكن تقدمك سيضيع عند إغلاق الصفحة إلا إذا صدّرته.
storage-recovered = كان تقدمك المحفوظ تالفًا، فاستُرجعت آخر نسخة سليمة. قد تنقص آخر تغييراتك.
storage-full = لم تعد هناك مساحة لحفظ تقدمك. آخر حفظ ما زال موجودًا. صدّر ملفك حتى لا تفقد شيئًا.
storage-newer-version = حُفظ تقدمك بإصدار أحدث من أمان. يبقى كما هو على هذا الجهاز، ولا يُحفظ ما تفعله خلال هذه الزيارة: صدّر ملفك للاحتفاظ به.
storage-unreadable = تعذّرت قراءة تقدمك المحفوظ. احتفظنا به جانبًا على هذا الجهاز وستبدأ من جديد. إذا كنت قد صدّرت ملفًا، فاستورده لتسترجع كل شيء.
storage-export-now = صدّر الآن
storage-dismiss = فهمت

## الوضع الخاص

private-mode-title = الوضع الخاص
private-mode-body = لجهاز مشترك: لا يُحفظ شيء على الجهاز، ويختفي تقدمك عند إغلاق الصفحة.
private-mode-turn-on = تفعيل الوضع الخاص
private-mode-turn-off = إيقاف الوضع الخاص
private-mode-on = الوضع الخاص: لا يُحفظ شيء على هذا الجهاز.

## كشف إتمام المسار

record-title = كشف مسار التعلم الذاتي
record-intro = يبيّن هذا الكشف الوحدات التي أُكملت على هذا الجهاز. إنه ليس شهادة رسمية.
record-name-label = اسمك (يبقى على هذا الجهاز)
record-completed-by = أتمّ المسار: { $name }
record-date = التاريخ: { $date }
record-course-version = إصدار الدورة: { $version }
record-module-score = { $module }: { $percent }
record-not-finished =
    { $count ->
        [zero] أكملت كل الوحدات.
        [one] بقيت وحدة واحدة لتحصل على كشفك.
        [two] بقيت وحدتان لتحصل على كشفك.
        [few] بقيت { $count } وحدات لتحصل على كشفك.
        [many] بقيت { $count } وحدة لتحصل على كشفك.
       *[other] بقيت { $count } وحدة لتحصل على كشفك.
    }
record-print = طباعة

## وضع التنشيط

trainer-title = التنشيط
trainer-intro = لتنشيط حصة جماعية: اعرض تمرينًا أو سيناريو خطوة بخطوة. لا يُسجَّل شيء في التقدم.
trainer-present = اعرض
trainer-reveal = أظهر الإجابة
trainer-next-step = الخطوة التالية
trainer-previous-step = الخطوة السابقة
trainer-timer-start = شغّل المؤقت
trainer-timer-stop = أوقف المؤقت
trainer-timer-reset = إعادة إلى الصفر
trainer-notes = ملاحظات
trainer-no-notes = لا توجد ملاحظة لهذه الخطوة.
trainer-next-up = الخطوة التالية:
trainer-tally-add = أضف صوتًا
trainer-tally-remove = احذف صوتًا
trainer-votes =
    { $count ->
        [zero] لا أصوات
        [one] صوت واحد
        [two] صوتان
        [few] { $count } أصوات
        [many] { $count } صوتًا
       *[other] { $count } صوت
    }
trainer-majority = الأغلبية
trainer-presenter-window = افتح نافذة المنشّط
trainer-popup-blocked = منع المتصفح فتح النافذة الجديدة: تظهر الملاحظات هنا.
trainer-keyboard-help = → أو ←: الخطوة التالية أو السابقة · المسافة أو R: أظهر · من 1 إلى 9: اختر · T: المؤقت · N: الملاحظات · Esc: خروج
trainer-keyboard = لوحة المفاتيح
trainer-character-keys = مفاتيح الحروف والأرقام (R وT وN ومن 1 إلى 9): ألغِ التحديد إن كان الأمر الصوتي أو قارئ الشاشة يشغّلها
trainer-session-plan = خطة الحصة
trainer-plan-duration =
    { $count ->
        [zero] المدة المتوقعة: أقل من دقيقة
        [one] المدة المتوقعة: دقيقة واحدة
        [two] المدة المتوقعة: دقيقتان
        [few] المدة المتوقعة: { $count } دقائق
        [many] المدة المتوقعة: { $count } دقيقة
       *[other] المدة المتوقعة: { $count } دقيقة
    }
trainer-print-plan = اطبع الخطة
trainer-exit = إنهاء العرض

## نتائج المجموعة

trainer-results-link = نتائج المجموعة
results-title = نتائج المجموعة
results-intro = اختر أو أسقط هنا ملفات النتائج التي أرسلها إليك المشاركون، كلها دفعة واحدة. تُقرأ على هذا الجهاز: لا يُرسَل شيء، ولا يُحفظ شيء إلا إذا طلبت ذلك.
results-pick = اختر ملفات النتائج
results-drop = أو أسقطها داخل هذا الإطار
results-empty = لم يُحمَّل أي ملف نتائج بعد.
results-table-caption = سطر لكل شخص؛ تُجمع ملفات الشخص نفسه.
results-col-name = الاسم
results-col-modules = الوحدات المجتازة
results-col-score = أفضل نتيجة في التقييم النهائي
results-col-date = تاريخ أفضل نتيجة
results-col-attempts = محاولات التقييم
results-col-version = نسخة الدورة
results-modules-passed = { $passed } من { $total }
results-passed = ناجح
results-not-passed = غير ناجح
results-refused-title = الملفات المرفوضة
results-refused-too-big = كبير جدًا ({ $size } كيلوبايت): لا يتجاوز ملف النتائج { $limit } كيلوبايت.
results-refused-not-results = هذا ليس ملف نتائج من أمان.
results-refused-corrupt = ملف النتائج هذا تالف أو عُدِّل.
results-refused-other-course = هذه نتائج دورة أخرى ({ $course }).
results-refused-newer = هذا الملف من نسخة أحدث من أمان (الصيغة { $version }): حدّث الدورة لقراءته.
results-download-csv = نزّل الجدول (CSV)
results-print = اطبع الجدول
results-keep = احفظ هذا الجدول على هذا الجهاز
results-kept = هذا الجدول محفوظ على هذا الجهاز.
results-keep-failed = تعذّر حفظ الجدول على هذا الجهاز (التخزين ممتلئ أو محظور). نزّله حتى لا تفقده.
results-delete = احذف الجدول المحفوظ
results-deleted = حُذف الجدول من هذا الجهاز.
data-results-title = نتائجي للتكوين
data-results-body = إن طلب منك التكوين ذلك، أرسل هذا الملف إلى من ينشّطه. فيه اسمك وتقدمك، ولا شيء غير ذلك.
data-results-name = اسمك (يُحفظ على هذا الجهاز للمرة القادمة)
data-results-button = نزّل ملف نتائجي
data-results-name-needed = اكتب اسمك أولًا، بحروف ظاهرة (80 حرفًا على الأكثر).

## بدون إنترنت

offline-download = نزّل الدورة كاملة لاستعمالها بدون إنترنت
offline-downloading = التنزيل: { $done } من { $total }
offline-ready = الدورة متاحة بدون إنترنت على هذا الجهاز.
offline-failed = توقف التنزيل. أعد المحاولة عندما يتوفر الاتصال.
offline-you-are-offline = أنت غير متصل بالإنترنت. تبقى الوحدات التي فتحتها من قبل متاحة.
offline-update-available = إصدار جديد من الدورة جاهز.
offline-reload = أعد التحميل

## تحميل المحتوى

content-loading = جارٍ تحميل الوحدة…
content-module-failed = تعذر تحميل هذه الوحدة. تحقق من اتصالك.
content-course-failed = تعذّر تحميل الدورة. تحقّق من اتصالك ثم أعد المحاولة.
content-retry = أعد المحاولة
content-block-error = تعذر عرض هذا الجزء من الوحدة.
content-author-details = تفاصيل لمؤلفي الدورة (بالإنجليزية)
content-http-status = ردّ الخادم: HTTP { $code }
# $language: اسم اللغة المعروضة بها الوحدة، بخطها.
content-fallback = هذه الوحدة غير مترجمة بعد إلى هذه اللغة، لذا تُعرض بلغة أخرى: { $language }.

## صفحة غير موجودة

not-found-title = الصفحة غير موجودة
not-found-body = لا يطابق هذا العنوان أي صفحة في الدورة.
not-found-home = العودة إلى الوحدات

# $value: العدد مكتوبًا (85)؛ وعلامة % كما تكتبها اللغة.
number-percent = { $value }%

## التواريخ (أسماء الشهور كما تُكتب في المغرب)

date-long =
    { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] ماي
        [6] يونيو
        [7] يوليوز
        [8] غشت
        [9] شتنبر
        [10] أكتوبر
        [11] نونبر
       *[12] دجنبر
    } { $year }

## وضع التنشيط: العرض ونافذة المنشّط وخطة الحصة

trainer-presenter-title = نافذة المنشّط
trainer-room-path = مسار المجموعة
trainer-room-answers = إجابات المجموعة
trainer-phase-read = السرد
trainer-phase-vote = التصويت
trainer-phase-reveal = الإجابة
trainer-phase-recap = الحصيلة
trainer-phase-lesson = نص الوحدة
trainer-picked = اختيار المنشّط
trainer-pick = اختر الرقم { $number }
trainer-tally-set = عدد الأصوات للرقم { $number }
trainer-pick-needed = تعادل أو لا أصوات: اختر التتمة (بالأزرار من 1 إلى 9 أو بزر «اختر»).
trainer-no-votes = لا تصويت
trainer-timer = المؤقت
trainer-timer-less = −30 ثانية
trainer-timer-more = +30 ثانية
trainer-time-up = انتهى الوقت
trainer-notes-here = لا يستطيع هذا المتصفح ربط نافذتين: تظهر الملاحظات هنا.
trainer-kind-scenario = قصة بالاختيارات
trainer-kind-questions = أسئلة
trainer-kind-lesson = خطوة من الوحدة
trainer-size-decisions =
    { $count ->
        [zero] لا قرارات
        [one] قرار واحد
        [two] قراران
        [few] { $count } قرارات
        [many] { $count } قرارًا
       *[other] { $count } قرار
    }
trainer-size-questions =
    { $count ->
        [zero] لا أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    }
trainer-block-minutes =
    { $count ->
        [zero] أقل من دقيقة في المجموعة
        [one] حوالي دقيقة واحدة في المجموعة
        [two] حوالي دقيقتين في المجموعة
        [few] حوالي { $count } دقائق في المجموعة
        [many] حوالي { $count } دقيقة في المجموعة
       *[other] حوالي { $count } دقيقة في المجموعة
    }

## تقدم لا يضيع: الوضع الخاص وكشف المسار

private-mode-reload = تنبيه: إذا أعدت تحميل الصفحة أو أغلقتها، تبدأ من جديد ويتوقف الوضع الخاص. صدّر ملفك قبل المغادرة لتحتفظ بتقدمك.
private-mode-confirm-title = تفعيل الوضع الخاص؟
private-mode-confirm-body = سيُمحى تقدمك من هذا الجهاز. يبقى ظاهرًا خلال هذه الزيارة، لكنه يضيع إذا أعدت تحميل الصفحة أو أغلقتها، إلا إذا صدّرت ملفك.
private-mode-confirm = نعم، لا تحفظ شيئًا على الجهاز
private-mode-off-body = إذا أوقفت الوضع الخاص، يُحفظ تقدمك من جديد على هذا الجهاز.
private-mode-saved-again = أُوقف الوضع الخاص: يُحفظ تقدمك من جديد على هذا الجهاز.
private-mode-unavailable = هذا المتصفح لا يحفظ أصلًا أي شيء على الجهاز: يضيع تقدمك عند إغلاق الصفحة، إلا إذا صدّرته.
record-course-done = أحسنت، لقد أكملت جميع الوحدات!
record-open = عرض كشف المسار وطباعته
record-name-hint = لا يُحفظ اسمك في أي مكان: اكتبه من جديد إذا عدت لاحقًا.
record-col-module = الوحدة
record-col-score = النتيجة
record-col-date = آخر نشاط
record-no-exercises = بلا تمارين منقّطة
record-self-study = هذا مسار تعلّم ذاتي: لم يتحقق أحد من الأجوبة.

# Case guide "what do I do now?" (#/guide)
guide-open = ماذا أفعل الآن؟ دليل للعاملين أمام حالة حقيقية
guide-next-steps = الخطوات التالية
guide-next-steps-note = ما ينصح به الدليل في هذه الحالة.
guide-back = السؤال السابق
guide-clear = امسح وابدأ من جديد
guide-summary-answered = ما تمّت الإجابة عنه
guide-print = اطبع (صفحة واحدة)
guide-copy = انسخ كنص
guide-copied = تم نسخ الملخص.
guide-copy-failed = لم يسمح المتصفح بالنسخ: حدّد نص الصفحة.
guide-private = لا يُحفظ أي شيء على هذا الجهاز. امسح الملخص عندما تنتهي.
guide-see-help = كل الأرقام المفيدة موجودة في صفحة المساعدة.
guide-present = للتنشيط: اعرض هذا الدليل في ورشة، على حالة متخيَّلة

## التقييم النهائي

assessment-title = التقييم النهائي
assessment-none = لا يتضمن هذا المسار تقييمًا نهائيًا.
assessment-intro = مواقف مأخوذة من المسار كله. لن تعرف إن كانت إجاباتك صحيحة قبل إرسال التقييم، ويمكنك تغييرها حتى ذلك الحين.
assessment-rules = عدد الأسئلة: { $questions } · للنجاح: { $percent }
assessment-time-limit = الوقت محدود: { $minutes } دقيقة. عند انتهاء الوقت يُرسَل التقييم بالإجابات المقدَّمة.
assessment-locked = يُفتح التقييم عندما تنجح في جميع الوحدات.
assessment-attempts-left = المحاولات المتبقية: { $count }
assessment-no-attempts-left = لقد استعملت كل محاولاتك.
assessment-start = ابدأ التقييم
assessment-start-again = ابدأ محاولة جديدة
assessment-attempt-number = المحاولة { $number } من { $total }
assessment-saved = تُحفَظ إجاباتك على هذا الجهاز أولًا بأول.
assessment-answered = الإجابات المقدَّمة: { $answered } من { $total }
assessment-submit = أرسل إجاباتي
assessment-confirm = هل ترسل الآن؟ لن تستطيع تغيير إجاباتك بعد ذلك.
assessment-confirm-unanswered = أسئلة بلا إجابة: { $count }
assessment-confirm-yes = نعم، أرسل
assessment-confirm-no = تابع الإجابة
assessment-time-left = الوقت المتبقي:
assessment-minutes-left = الوقت المتبقي: { $minutes } دقيقة
assessment-unanswered = بلا إجابة
assessment-result-title = نتيجة المحاولة { $number }
assessment-score = نتيجتك: { $percent }
assessment-passed = نجحت في التقييم
assessment-failed = لم تنجح في التقييم بعد: يلزم { $percent }.
assessment-time-up = انتهى الوقت: لا تُحتسب إلا الإجابات المقدَّمة في الوقت.
assessment-review-title = راجع كل سؤال
assessment-map-summary = مواقف مأخوذة من المسار كله، بعد الوحدات.
assessment-map-passed = ناجح: { $percent }
assessment-map-not-passed = أفضل نتيجة: { $percent }
record-assessment-passed = التقييم النهائي: ناجح بنسبة { $percent } (المحاولة { $number }، بتاريخ { $date })
record-assessment-not-passed = التقييم النهائي: لم ينجح بعد، أفضل نتيجة { $percent } (المحاولة { $number }، بتاريخ { $date })
record-assessment-none = التقييم النهائي: لم يُجتَز بعد
record-assessment-proves = يثبت هذا الكشف فقط أن هذا المسار وهذا التقييم أُنجزا على هذا الجهاز دون رقابة، ولا يثبت من أجاب.
record-issued-by = صادر عن: { $issuer }
record-signature = توقيع المكوِّن أو المكوِّنة:

# A screen whose code downloads when first opened (src/ui/components/chunk.rs).
chunk-failed = تعذّر تحميل هذه الصفحة.
chunk-failed-hint = ربما انقطع الاتصال. بقية الدورة ما زالت تعمل؛ أعد المحاولة عندما تتوفر الشبكة.

## خطط الحصص القابلة للطباعة (45 أو 90 دقيقة، وجلسة الآباء والأمهات)

plan-link = خطة مع التوقيت
plan-parents-link = جلسة مع الآباء والأمهات: الخطة
plan-title = خطة الحصة
plan-intro = خطة مع التوقيت لتنشيط هذه الوحدة مع مجموعة، مستخرجة من الوحدة نفسها. الدقائق تقديرية: كيّفوها حسب المجموعة.
plan-parents-intro = جلسة مع الآباء والأمهات، جزءًا جزءًا. تحت كل جزء، النص الذي يُقرأ أو يُروى بكلماتكم.
plan-length-label = مدة الحصة
# $count (عدد): مدة الحصة أو الجزء، بالدقائق.
plan-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
# $count (عدد): مجموع دقائق أجزاء الخطة.
plan-total =
    { $count ->
        [zero] المجموع: أقل من دقيقة
        [one] المجموع: دقيقة واحدة
        [two] المجموع: دقيقتان
        [few] المجموع: { $count } دقائق
        [many] المجموع: { $count } دقيقة
       *[other] المجموع: { $count } دقيقة
    }
plan-parts = سير الحصة
plan-part-opening = الافتتاح
plan-part-presentation = عرض قصير
plan-part-vote = تصويت القاعة
plan-part-scenario = قصة تفاعلية، يُصوَّت عند كل اختيار
plan-part-discussion = نقاش
plan-part-pair-work = عمل ثنائي أو في مجموعات صغيرة
plan-part-closing = الختام والخطوات التالية
plan-do-opening = رحّبوا بالمجموعة وقدّموا الموضوع. اذكروا قاعدتين: لا نسخر من أحد، ولا أحد مُلزَم بأن يحكي عن حياته. قولوا إنه يمكن مغادرة القاعة في أي وقت.
plan-do-presentation = اعرضوا الخطوة ولخّصوها في بضع جمل بسيطة. اطلبوا مثالًا من القاعة.
plan-do-tell = احكوا هذا المقطع بكلماتكم، مستعينين بالنص أدناه. اطلبوا مثالًا من القاعة.
plan-do-vote = اقرؤوا كل سؤال وأجوبته بصوت عالٍ. تصوّت القاعة برفع الأيدي أو ببطاقات ملونة؛ أظهروا الجواب واشرحوه.
plan-do-scenario = اقرؤوا القصة بصوت عالٍ. عند كل اختيار، تصوّت القاعة؛ أظهروا ما يلي اختيار الأغلبية، حتى الوصول إلى نهاية. إن سمح الوقت، عودوا إلى الوراء لرؤية نهاية أخرى.
plan-do-discussion = اطرحوا السؤال على القاعة واتركوا عدة أشخاص يتكلمون. لا أحد مُلزَم بالجواب.
plan-do-pair-work = في ثنائيات (شخص يقرأ جيدًا مع شخص يقرأ أقل)، يقول كل واحد للآخر ماذا كان سيفعل مكان شخصية القصة. ثم يحكي ثنائيان للمجموعة.
plan-do-closing = اطلبوا من القاعة ثلاثة أشياء ينبغي تذكرها. اعرضوا صفحة المساعدة وأرقامها. الخطوات التالية: يمكن لكل واحد أن يعيد الوحدة على هاتفه، وأعلنوا عن الحصة القادمة.
plan-steps = الخطوات:
plan-low-literacy-title = مع مجموعة تقرأ قليلًا أو لا تقرأ
plan-low-literacy-read-aloud = اقرؤوا كل شيء بصوت عالٍ: الخطوات والأسئلة والأجوبة والاختيارات.
plan-low-literacy-cards = لا شيء يُكتب: يكون التصويت برفع الأيدي أو ببطاقات ملونة (الأخضر: نعم أو الاختيار 1، الأحمر: لا أو الاختيار 2، الأصفر: الاختيار 3).
plan-low-literacy-pictures = اعرضوا صورًا: شاشة هاتف، لقطة شاشة، شعارات التطبيقات، ملصقًا عليه أرقام المساعدة.
plan-low-literacy-pairs = كوّنوا ثنائيات تجمع شخصًا يقرأ وشخصًا لا يقرأ.
plan-low-literacy-darija = تكلموا بالدارجة، حتى إن كانت الشاشة بالفرنسية أو بالعربية، واتركوا المجموعة تجيب باللغة التي تختارها.
plan-materials-title = ما يجب تحضيره
plan-materials-computer = الحاسوب وجهاز العرض، مع الدورة متاحة دون إنترنت.
plan-materials-cards = بطاقات ملونة (أخضر، أحمر، أصفر) لكل مشارك ومشاركة.
plan-materials-numbers = أرقام المساعدة مكتوبة على ملصق أو على السبورة.
plan-materials-plan = هذه الخطة مطبوعة.

language-download-failed = تعذّر تنزيل هذه اللغة. تحقّق من اتصالك ثم أعد المحاولة.

# The course's checker for authors (#/auteur, src/ui/pages/author.rs). The problems themselves
# stay in English, as the command-line checker writes them.
author-link = فحص ملفات الدورة
author-title = فحص ملفات الدورة
author-intro = تعيد هذه الصفحة قراءة ملفات الدورة التي يقدّمها هذا الموقع، بالقواعد نفسها التي يستعملها الأمر «amane check». صحّح الملف على الخادم، ثم انقر «إعادة الفحص»: كل مشكلة تذكر ملفها (انطلاقًا من مجلد content) وسطرها وعمودها.
author-check-again = إعادة الفحص
author-clean = لا توجد أي مشكلة: الدورة جاهزة.
author-summary = { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد يجب تصحيحه
    [two] خطآن يجب تصحيحهما
    [few] { $errors } أخطاء يجب تصحيحها
    [many] { $errors } خطأً يجب تصحيحه
   *[other] { $errors } خطأ يجب تصحيحه
  }، { $warnings ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $warnings } تنبيهات
    [many] { $warnings } تنبيهًا
   *[other] { $warnings } تنبيه
  }.
author-errors = أخطاء يجب تصحيحها
author-warnings = تنبيهات تستحق النظر
author-unreadable = تعذّرت قراءة ملفات الدورة (هل انقطع الاتصال؟). أعد المحاولة عندما تتوفر الشبكة.
