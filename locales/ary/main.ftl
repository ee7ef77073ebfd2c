# أمان — النصوص ديال التطبيق بالدارجة المغربية (بالحروف العربية).
# كل مفتاح كاين حتى فـ fr/main.ftl و ar/main.ftl، بنفس المتغيرات.
# الجمع بحال العربية: zero و one و two و few (3–10) و many (11–99) و other (100 وفوق).

## التطبيق

app-name = أمان
app-loading = كيتحمّل…
app-skip-to-content = سير للمحتوى
app-close = سدّ
app-cancel = لغي
app-confirm = أكّد
app-back = رجع

## الفوق ديال الصفحة

header-course-title = أمان — الأمان فالأنترنيت
header-language = اللغة
header-quick-exit = خرج دغيا
header-quick-exit-hint = خرج من هاد الموقع دابا. تقدر حتى تبرك 3 د المرات على Shift.
header-menu = المينو
header-home = الوحدات
header-help = المساعدة
header-my-data = المعلومات ديالي
header-record = المسار ديالي
header-trainer = التأطير

## اختيار اللغة (أول مرة)

language-title = ختار اللغة ديالك
language-intro = هاد الدورة كاينة ببزاف ديال اللغات: ختار اللغة اللي كتقرا بيها مزيان.
language-continue = كمّل
language-change-later = تقدر تبدّل اللغة فأي وقت من المينو، والتقدم ديالك كيبقى محفوظ.

## الوحدات

map-title = الوحدات
map-intro = زيد على خاطرك. التقدم ديالك كيبقى غير فهاد الجهاز.
map-module-number = الوحدة { $number }
map-module-not-started = مازال ما بديتيهاش
map-module-in-progress = بديتيها
map-module-done = كمّلتيها
map-module-score = النقطة: { $percent }
map-module-minutes =
    { $count ->
        [zero] أقل من دقيقة
        [one] دقيقة وحدة
        [two] دقيقتين
        [few] { $count } دقايق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
map-modules-done =
    { $count ->
        [zero] مازال ما كمّلتي حتى وحدة من { $total }
        [one] كمّلتي وحدة من { $total }
        [two] كمّلتي جوج وحدات من { $total }
        [few] كمّلتي { $count } وحدات من { $total }
        [many] كمّلتي { $count } وحدة من { $total }
       *[other] كمّلتي { $count } وحدة من { $total }
    }
map-start = بدا
map-continue = كمّل
map-review = عاود شوف
map-content-warning-title = قبل ما تبدا
map-content-warning-intro = هاد الوحدة كتهضر على حوايج اللي يقدرو يكونو صعاب:
map-content-warning-continue = بغيت نكمّل
map-content-warning-later = من بعد
map-content-warning-help = إلا هاد الشي أثّر فيك، تقدر تهضر مع شي حد: شوف صفحة المساعدة.

## قراية الوحدة

lesson-step-of = الخطوة { $current } من { $total }
lesson-steps =
    { $count ->
        [zero] ما كاين حتى خطوة
        [one] خطوة وحدة
        [two] جوج خطوات
        [few] { $count } خطوات
        [many] { $count } خطوة
       *[other] { $count } خطوة
    }
lesson-next = كمّل
lesson-previous = رجع
lesson-finish = سالي الوحدة
lesson-progress-label = فين وصلتي فالوحدة
lesson-callout-tip = نصيحة
lesson-callout-warning = رد البال
lesson-callout-help = إلا وقع ليك هادشي
lesson-callout-trainer = ملاحظة للمنشط
lesson-sources = المصادر
lesson-source-to-verify = (خاصها تتأكد)

## الأسئلة

question-number = السؤال { $current } من { $total }
question-points =
    { $count ->
        [zero] { $count } نقطة
        [one] نقطة وحدة
        [two] جوج نقط
        [few] { $count } نقط
        [many] { $count } نقطة
       *[other] { $count } نقطة
    }
question-choose-one = ختار جواب واحد.
question-choose-many = ختار كاع الأجوبة الصحاح.
question-check = تأكّد
question-retry = عاود جرّب
question-answer-all = جاوب على كاع الأسئلة قبل ما تأكّد.
question-correct = جواب صحيح
question-incorrect = ماشي هو الجواب الصحيح
question-partly-correct = صحيح غير شي شوية
question-your-score = النقطة ديالك: { $earned } من { $max }
question-best-score = أحسن نقطة جبتي: { $percent }
question-explanation = الشرح
question-option-chosen-correct = ختاريتي هادي: صحيحة.
question-option-chosen-wrong = ختاريتي هادي: ماشي صحيحة.
question-option-missed = حتى هادي كانت صحيحة.
question-order-instructions = رتّب هادشي فالترتيب الصحيح.
question-order-position = البلاصة { $position } من { $total }
question-order-move-up = طلّع
question-order-move-down = نزّل
question-order-correct-position = فبلاصتو
question-order-wrong-position = ماشي فبلاصتو
question-match-instructions = جمع كل حاجة مع الجواب ديالها.
question-match-choose = ختار…
question-match-correct = مجموعين مزيان
question-match-wrong = ماشي مجموعين مزيان

## السيناريوهات

scenario-start = بدا السيناريو
scenario-choose = شنو غادي دير؟
scenario-consequence = شنو وقع
scenario-continue = كمّل
scenario-ending-good = نهاية مزيانة
scenario-ending-mixed = نهاية نص نص
scenario-ending-bad = نهاية خايبة
scenario-ending-good-note = الاختيارات ديالك حمات الناس اللي كانو معنيين.
scenario-ending-mixed-note = شي اختيارات عاونات وشي لا. جرّب طريق أخرى.
scenario-ending-bad-note = هاد المرة ما مشاتش مزيان. عاود لعب باش تلقى نهاية حسن.
scenario-points = النقط: { $earned } من { $max }
scenario-path-recap = الطريق اللي درتي
scenario-you-chose = ختاريتي:
scenario-what-if = وكون ختاريتي شي حاجة أخرى؟
scenario-other-choice-led-to = هاد الاختيار كان غادي يوصّلك لـ: { $node }
scenario-replay = عاود لعب
scenario-endings-found = النهايات اللي لقيتي: { $found } من { $total }
scenario-discussion = نتناقشو فيها فالمجموعة

## الحصيلة ديال الوحدة

summary-title = الحصيلة ديال الوحدة
summary-score = النقطة ديالك: { $percent }
summary-points = النقط: { $earned } من { $max }
summary-passed = نجحتي فهاد الوحدة، برافو!
summary-not-yet = مازال ما نجحتيش. تقدر تعاود التمارين باش تحسّن النقطة ديالك.
summary-pass-mark = خاصك على الأقل { $percent } باش تنجح.
summary-no-exercises = هاد الوحدة ما فيهاش تمارين بالنقطة.
summary-review = عاود شوف الوحدة
summary-next-module = الوحدة اللي من بعد
summary-back-to-map = رجع للوحدات

## المساعدة

help-title = المساعدة
help-intro = اللي كيوقع فالأنترنيت يقدر يوجع. ماشي بوحدك، وماشي الغلط ديالك.
help-contacts-title = مع من تهضر
help-contacts-intro = هضر مع شي حد كبير كتيق فيه: المنشط، المربي، ولا شي حد من العائلة.
help-emergency = إلا كنتي فخطر دابا، عيّط للبوليس: 19.
help-leave-title = خرج دغيا
help-leave-body = الزر «خرج دغيا» اللي الفوق فكل صفحة كيمسح الشاشة وكيحل موقع عادي. إلا بركتي 3 د المرات على Shift كيوقع نفس الشي.
help-history-title = السجل ما كيتمسحش
help-history-body = «خرج دغيا» ما كيمسحش السجل ديال المتصفح: اللي غادي يخدم بهاد الجهاز من بعدك يقدر يشوف بلي دخلتي لأمان.
help-history-computer = فالبيسي: حل السجل (Ctrl+H، ولا Cmd+Y فالماك) ومسح الصفحات ديال أمان.
help-history-phone = فالتيليفون: من المينو ديال المتصفح، حل «السجل» ومسح الصفحات ديال أمان.
help-private-browsing = فجهاز مشترك، خدم بالتصفح الخاص: ما كيتحفظ والو ملي تسدّ (حتى التقدم ديالك، ما تنساش تاخد منو نسخة).

## المعلومات ديالي

data-title = المعلومات ديالي
data-intro = التقدم ديالك كيتحفظ غير فهاد الجهاز، فهاد المتصفح. ما كيتصيفط والو فالأنترنيت.
data-export-title = خود نسخة
data-export-body = تيليشارجي فيشي فيه التقدم ديالك، باش تحتافظ بيه ولا تكمّل فجهاز آخر.
data-export-button = تيليشارجي الفيشي ديالي
data-import-title = دخّل نسخة
data-import-body = ختار فيشي خرّجتيه من أمان. كيتزاد على التقدم ديالك بلا ما يمسح والو.
data-import-button = ختار فيشي
data-import-preview-title = هاد الفيشي غادي يزيد:
data-import-preview-modules =
    { $count ->
        [zero] ما كاينة حتى وحدة جديدة
        [one] وحدة بديتيها
        [two] جوج وحدات بديتيهم
        [few] { $count } وحدات بديتيهم
        [many] { $count } وحدة بديتيهم
       *[other] { $count } وحدة بديتيهم
    }
data-import-preview-steps =
    { $count ->
        [zero] ما كاين حتى خطوة جديدة
        [one] خطوة وحدة قريتيها
        [two] جوج خطوات قريتيهم
        [few] { $count } خطوات قريتيهم
        [many] { $count } خطوة قريتيهم
       *[other] { $count } خطوة قريتيهم
    }
data-import-preview-scores =
    { $count ->
        [zero] حتى نقطة ما تحسّنات
        [one] نقطة وحدة تحسّنات
        [two] جوج نقط تحسّنو
        [few] { $count } نقط تحسّنو
        [many] { $count } نقطة تحسّنو
       *[other] { $count } نقطة تحسّنو
    }
data-import-preview-endings =
    { $count ->
        [zero] ما كاين حتى نهاية جديدة فالسيناريوهات
        [one] نهاية وحدة جديدة فالسيناريوهات
        [two] جوج نهايات جداد فالسيناريوهات
        [few] { $count } نهايات جداد فالسيناريوهات
        [many] { $count } نهاية جديدة فالسيناريوهات
       *[other] { $count } نهاية جديدة فالسيناريوهات
    }
data-import-preview-attempts =
    { $count ->
        [zero] ما كاين حتى محاولة جديدة فالتقييم النهائي
        [one] محاولة وحدة فالتقييم النهائي، جديدة ولا مزيدة
        [two] جوج محاولات فالتقييم النهائي، جداد ولا مزيدين
        [few] { $count } محاولات فالتقييم النهائي، جداد ولا مزيدين
        [many] { $count } محاولة فالتقييم النهائي، جداد ولا مزيدين
       *[other] { $count } محاولة فالتقييم النهائي، جداد ولا مزيدين
    }
data-import-preview-nothing = هاد الفيشي ما فيه حتى حاجة جديدة: التقدم ديالك فيه كلشي ديجا.
import-left-out = هاد الأجزاء ما بقاتش كاينة فهاد الدورة وما غاديش يدخلو: { $ids }. يمكن الفيشي جاي من نسخة أخرى ديال الدورة.
data-import-confirm = دخّل
data-import-done = الفيشي دخل: التقدم ديالك تزاد.
data-delete-title = مسح المعلومات ديالي
data-delete-body = كيمسح كاع التقدم ديالك من هاد الجهاز. المواقع الأخرى ما كيتقاسوش.
data-delete-button = مسح المعلومات ديالي
data-delete-confirm-title = نمسحو كلشي؟
data-delete-confirm-body = التقدم ديالك فهاد الجهاز غادي يتمسح نهائيا. خود منو نسخة قبل إلا بغيتي تحتافظ بيه.
data-delete-confirm = إيه، مسح كلشي
data-delete-done = المعلومات ديالك تمسحات من هاد الجهاز.
data-kept-title = نسخ محطوطة على جنب
data-kept-body = هاد الجهاز محتافظ بنسخة من التقدم ديالك كانت تحطات على جنب. تقدر ترجعها: كتزاد على داكشي اللي درتي، وحتى حاجة ما كتمسح.
# $steps (عدد): الخطوات المقروية فالنسخة.
data-kept-copy = نسخة فيها { $steps } ديال الخطوات المقروية
data-kept-restore = رجّع هاد النسخة
data-kept-restored = النسخة تزادت على التقدم ديالك.

## الأخطاء ديال إدخال فيشي

import-too-large = هاد الفيشي كبير بزاف. الفيشي ديال التقدم فأمان ما كيفوتش { $limit } كيلو.
import-not-json = هاد الفيشي ماشي ديال التقدم فأمان: ما كيتقراش.
import-too-deep = هاد الفيشي مخربق: فيه طبقات داخلين فبعضياتهم بزاف.
import-not-a-number = هاد الفيشي فيه أرقام ماشي صحيحة. يمكن شي حد بدّل فيه بيدّو.
import-wrong-format = هاد الفيشي ماشي فيشي ديال التقدم فأمان.
import-newer-version = هاد الفيشي جاي من نسخة جديدة ديال أمان (الصيغة { $version }). حدّث التطبيق وعاود جرّب.
import-other-course = هاد الفيشي ديال دورة أخرى ({ $course }).
import-forbidden-characters = هاد الفيشي فيه حروف ما كيبانوش ولا كيقلبو الاتجاه ديال الكتابة. ما دخّلناهش باش نبقاو فالأمان.
import-failed = ما قدرناش نقراو الفيشي. عاود جرّب بفيشي آخر.

## التنبيهات ديال الحفظ

storage-unavailable = هاد المتصفح ما كيخليناش نحفظو التقدم ديالك. تقدر تكمّل، ولكن التقدم غادي يضيع ملي تسدّ الصفحة إلا ما خديتيش منو نسخة.
storage-recovered = التقدم اللي كان محفوظ تخسر، داكشي علاش رجّعنا آخر نسخة سالمة. يمكن يخصّوك شي تبديلات اللخرين.
storage-full = ما بقاتش البلاصة باش نحفظو التقدم ديالك. آخر حفظ باقي. خود نسخة من الفيشي باش ما يضيع والو.
storage-newer-version = التقدم ديالك تحفظ بنسخة جديدة ديال أمان. غادي يبقى كيف ما هو فهاد الجهاز، وداكشي اللي درتي فهاد الزيارة ما كيتحفظش: خود نسخة من الفيشي باش تحتافظ بيه.
storage-unreadable = التقدم اللي كان محفوظ ما قدرناش نقراوه. خلّيناه على جنب فهاد الجهاز وغادي تبدا من الأول. إلا كنتي خديتي نسخة من الفيشي، دخّلها باش ترجّع كلشي.
storage-export-now = خود نسخة دابا
storage-dismiss = فهمت

## الوضع الخاص

private-mode-title = الوضع الخاص
private-mode-body = لجهاز مشترك: ما كيتحفظ والو فالجهاز، والتقدم ديالك كيمشي ملي تسدّ الصفحة.
private-mode-turn-on = شعّل الوضع الخاص
private-mode-turn-off = طفي الوضع الخاص
private-mode-on = الوضع الخاص: ما كيتحفظ والو فهاد الجهاز.

## الورقة ديال المسار

record-title = ورقة المسار ديالك (تعلّم بوحدك)
record-intro = هاد الورقة كتبيّن الوحدات اللي كمّلتي فهاد الجهاز. ماشي ديبلوم.
record-name-label = سميتك (كتبقى فهاد الجهاز)
record-completed-by = كمّل المسار: { $name }
record-date = التاريخ: { $date }
record-course-version = النسخة ديال الدورة: { $version }
record-module-score = { $module }: { $percent }
record-not-finished =
    { $count ->
        [zero] كمّلتي كاع الوحدات.
        [one] باقية ليك وحدة باش تاخد الورقة ديالك.
        [two] باقيين ليك جوج وحدات باش تاخد الورقة ديالك.
        [few] باقيين ليك { $count } وحدات باش تاخد الورقة ديالك.
        [many] باقيين ليك { $count } وحدة باش تاخد الورقة ديالك.
       *[other] باقيين ليك { $count } وحدة باش تاخد الورقة ديالك.
    }
record-print = طبع

## التأطير

trainer-title = التأطير
trainer-intro = باش تنشّط حصة مع مجموعة: عرض تمرين ولا سيناريو خطوة بخطوة. والو ما كيتسجّل فالتقدم.
trainer-present = عرض على الشاشة
trainer-reveal = بيّن الجواب
trainer-next-step = الخطوة الجاية
trainer-previous-step = الخطوة اللي قبل
trainer-timer-start = شعّل الكرونو
trainer-timer-stop = وقّف الكرونو
trainer-timer-reset = رجّع الكرونو للصفر
trainer-notes = الملاحظات
trainer-no-notes = ما كاين حتى ملاحظة لهاد الخطوة.
trainer-next-up = الخطوة الجاية:
trainer-tally-add = زيد صوت
trainer-tally-remove = نقّص صوت
trainer-votes =
    { $count ->
        [zero] ما كاين حتى صوت
        [one] صوت واحد
        [two] جوج أصوات
        [few] { $count } أصوات
        [many] { $count } صوت
       *[other] { $count } صوت
    }
trainer-majority = الأغلبية
trainer-presenter-window = حل النافذة ديال المنشط
trainer-popup-blocked = المتصفح ما خلاش النافذة الجديدة تتحل: الملاحظات غادي يبانو هنا.
trainer-keyboard-help = → ولا ←: الخطوة الجاية ولا اللي قبل · Espace ولا R: بيّن · من 1 حتى 9: ختار · T: الكرونو · N: الملاحظات · Esc: خروج
trainer-keyboard = الكلافي
trainer-character-keys = الحروف والأرقام فالكلافي (R وT وN ومن 1 حتى 9): حيّد العلامة إلا كانت الأوامر بالصوت ولا قارئ الشاشة كيخدموهم بلا ما تبغي
trainer-session-plan = البرنامج ديال الحصة
trainer-plan-duration =
    { $count ->
        [zero] الوقت المتوقع: أقل من دقيقة
        [one] الوقت المتوقع: دقيقة وحدة
        [two] الوقت المتوقع: دقيقتين
        [few] الوقت المتوقع: { $count } دقايق
        [many] الوقت المتوقع: { $count } دقيقة
       *[other] الوقت المتوقع: { $count } دقيقة
    }
trainer-print-plan = طبع البرنامج
trainer-exit = خرج من العرض

## النتائج ديال المجموعة

trainer-results-link = النتائج ديال المجموعة
results-title = النتائج ديال المجموعة
results-intro = ختار ولا حط هنا الفيشيات ديال النتائج اللي صيفطو ليك المشاركين، كاملين مرة وحدة. كيتقراو فهاد الجهاز: والو ما كيتصيفط، ووالو ما كيتحفظ إلا إلا طلبتي.
results-pick = ختار الفيشيات ديال النتائج
results-drop = ولا حطهم فهاد الإطار
results-empty = باقي ما تحمّل حتى فيشي ديال النتائج.
results-table-caption = سطر لكل واحد؛ الفيشيات ديال نفس الشخص كيتجمعو.
results-col-name = السمية
results-col-modules = الوحدات اللي دوّز
results-col-score = أحسن نتيجة فالتقييم النهائي
results-col-date = تاريخ أحسن نتيجة
results-col-attempts = المحاولات فالتقييم
results-col-version = النسخة ديال الدورة
results-modules-passed = { $passed } من { $total }
results-passed = ناجح
results-not-passed = ما نجحش
results-refused-title = الفيشيات اللي ترفضو
results-refused-too-big = كبير بزاف ({ $size } كيلوبايت): الفيشي ديال النتائج ما كيفوتش { $limit } كيلوبايت.
results-refused-not-results = هادا ماشي فيشي ديال النتائج ديال أمان.
results-refused-corrupt = هاد الفيشي ديال النتائج خاسر ولا تبدّل.
results-refused-other-course = هادي نتائج ديال دورة أخرى ({ $course }).
results-refused-newer = هاد الفيشي جا من نسخة جديدة ديال أمان (الصيغة { $version }): حدّث الدورة باش تقراه.
results-download-csv = تيليشارجي الجدول (CSV)
results-print = طبع الجدول
results-keep = حفظ هاد الجدول فهاد الجهاز
results-kept = هاد الجدول محفوظ فهاد الجهاز.
results-keep-failed = ما قدرناش نحفظو الجدول فهاد الجهاز (التخزين عامر ولا مسدود). تيليشارجيه باش ما يضيعش.
results-delete = مسح الجدول المحفوظ
results-deleted = الجدول تمسح من هاد الجهاز.
data-results-title = النتائج ديالي للتكوين
data-results-body = إلا طلب منك التكوين، صيفط هاد الفيشي للي كينشّطو. فيه السمية ديالك والتقدم ديالك، ووالو من غير هادشي.
data-results-name = السمية ديالك (كتبقى فهاد الجهاز للمرة الجاية)
data-results-button = تيليشارجي الفيشي ديال النتائج ديالي
data-results-name-needed = كتب السمية ديالك قبل، بحروف باينين (80 حرف على الأكثر).

## بلا أنترنيت

offline-download = تيليشارجي الدورة كاملة باش تخدم بلا أنترنيت
offline-downloading = كيتيليشارجا: { $done } من { $total }
offline-ready = الدورة خدامة بلا أنترنيت فهاد الجهاز.
offline-failed = التيليشارجمون تقطع. عاود جرّب ملي ترجع الأنترنيت.
offline-you-are-offline = ما عندكش الأنترنيت دابا. الوحدات اللي حليتي من قبل باقيين خدامين.
offline-update-available = كاينة نسخة جديدة ديال الدورة.
offline-reload = عاود حمّل

## تحميل المحتوى

content-loading = كتتحمّل الوحدة…
content-module-failed = ما قدرناش نحمّلو هاد الوحدة. شوف الأنترنيت ديالك.
content-course-failed = ماقدرناش نحمّلو الدورة. شوف الكونيكسيون ديالك وعاود جرّب.
content-retry = عاود جرّب
content-block-error = هاد الجزء من الوحدة ما قدرش يبان.
content-author-details = تفاصيل للناس اللي كيكتبو الدورة (بالنڭليزية)
content-http-status = السيرفر جاوب: HTTP { $code }
# $language: اسم اللغة المعروضة بها الوحدة، بخطها.
content-fallback = هاد الوحدة مازال ما تترجماتش لهاد اللغة، داكشي علاش باينة بلغة أخرى: { $language }.

## صفحة ما كايناش

not-found-title = هاد الصفحة ما كايناش
not-found-body = هاد العنوان ما كيوافق حتى صفحة فالدورة.
not-found-home = رجع للوحدات

# $value: الرقم مكتوب (85)؛ والعلامة % كيف كتكتبها اللغة.
number-percent = { $value }%

## التواريخ (الشهور كيف كنقولوها فالمغرب)

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

## التأطير: العرض، النافذة ديال المنشط، والبرنامج ديال الحصة

trainer-presenter-title = النافذة ديال المنشط
trainer-room-path = الطريق اللي ختارات المجموعة
trainer-room-answers = الأجوبة ديال المجموعة
trainer-phase-read = الحكاية
trainer-phase-vote = التصويت
trainer-phase-reveal = الجواب
trainer-phase-recap = الحصيلة
trainer-phase-lesson = النص ديال الوحدة
trainer-picked = اختيار المنشط
trainer-pick = ختار رقم { $number }
trainer-tally-set = شحال من صوت لرقم { $number }
trainer-pick-needed = تعادل ولا ما كاين حتى صوت: ختار شنو اللي جاي (بالأزرار من 1 حتى 9، ولا بالزر «ختار»).
trainer-no-votes = ما كاين تصويت
trainer-timer = الكرونو
trainer-timer-less = −30 ثانية
trainer-timer-more = +30 ثانية
trainer-time-up = سالا الوقت
trainer-notes-here = هاد المتصفح ما يقدرش يربط جوج نوافذ: الملاحظات غادي يبانو هنا.
trainer-kind-scenario = حكاية بالاختيارات
trainer-kind-questions = أسئلة
trainer-kind-lesson = خطوة من الوحدة
trainer-size-decisions =
    { $count ->
        [zero] حتى قرار
        [one] قرار واحد
        [two] جوج قرارات
        [few] { $count } قرارات
        [many] { $count } قرار
       *[other] { $count } قرار
    }
trainer-size-questions =
    { $count ->
        [zero] حتى سؤال
        [one] سؤال واحد
        [two] جوج أسئلة
        [few] { $count } أسئلة
        [many] { $count } سؤال
       *[other] { $count } سؤال
    }
trainer-block-minutes =
    { $count ->
        [zero] أقل من دقيقة مع المجموعة
        [one] تقريبا دقيقة وحدة مع المجموعة
        [two] تقريبا دقيقتين مع المجموعة
        [few] تقريبا { $count } دقايق مع المجموعة
        [many] تقريبا { $count } دقيقة مع المجموعة
       *[other] تقريبا { $count } دقيقة مع المجموعة
    }

## التقدم اللي ما كيضيعش: الوضع الخاص والورقة ديال المسار

private-mode-reload = رد البال: إلا عاودتي حمّلتي الصفحة ولا سدّيتيها، غادي تبدا من الأول والوضع الخاص غادي يطفا. خود نسخة من الفيشي ديالك قبل ما تمشي باش يبقى ليك التقدم.
private-mode-confirm-title = نشعّلو الوضع الخاص؟
private-mode-confirm-body = التقدم ديالك غادي يتمسح من هاد الجهاز. غادي يبقى باين فهاد الزيارة، ولكن غادي يضيع إلا عاودتي حمّلتي الصفحة ولا سدّيتيها وما خديتيش نسخة من الفيشي.
private-mode-confirm = إيه، ما تحفظ والو فالجهاز
private-mode-off-body = إلا طفيتي الوضع الخاص، التقدم ديالك غادي يرجع يتحفظ فهاد الجهاز.
private-mode-saved-again = الوضع الخاص طفا: التقدم ديالك رجع كيتحفظ فهاد الجهاز.
private-mode-unavailable = هاد المتصفح أصلا ما كيحفظ والو فالجهاز: التقدم ديالك كيضيع ملي تسدّ الصفحة إلا ما خديتيش منو نسخة.
record-course-done = برافو، كمّلتي كاع الوحدات!
record-open = شوف الورقة ديالك وطبعها
record-name-hint = سميتك ما كتتحفظ فحتى بلاصة: عاود كتبها إلا رجعتي من بعد.
record-col-module = الوحدة
record-col-score = النتيجة
record-col-date = آخر مرة خدمتي فيه
record-no-exercises = بلا تمارين بالنقط
record-self-study = هاد المسار تبعتيه بوحدك: حتى واحد ما شاف الأجوبة ديالك.

# Case guide "what do I do now?" (#/guide)
guide-open = شنو ندير دابا؟ دليل للخدامة قدام حالة حقيقية
guide-next-steps = الخطوات الجاية
guide-next-steps-note = هادشي اللي كينصح بيه الدليل فهاد الحالة.
guide-back = السؤال اللي قبل
guide-clear = مسح وعاود من الأول
guide-summary-answered = شنو تجاوب
guide-print = طبع (صفحة وحدة)
guide-copy = نسخ بحال نص
guide-copied = الملخص تنسخ.
guide-copy-failed = المتصفح ما خلاش تنسخ: حدد النص ديال الصفحة.
guide-private = حتى حاجة ما كتتسجل فهاد الجهاز. مسح الملخص ملي تسالي.
guide-see-help = كاع النمرات المفيدة كاينين فصفحة المساعدة.
guide-present = للتنشيط: عرض هاد الدليل فورشة، على حالة مخترعة

## التقييم النهائي

assessment-title = التقييم النهائي
assessment-none = هاد المسار ماعندوش تقييم نهائي.
assessment-intro = مواقف من المسار كامل. ماغاديش تعرف واش الأجوبة ديالك صحيحة حتى تصيفط التقييم، وتقدر تبدلها حتى لداك الساعة.
assessment-rules = عدد الأسئلة: { $questions } · باش تنجح: { $percent }
assessment-time-limit = الوقت محدود: { $minutes } دقيقة. ملي يسالي الوقت، كيتصيفط التقييم بالأجوبة اللي عطيتي.
assessment-locked = التقييم كيتحل ملي تنجح فجميع الوحدات.
assessment-attempts-left = المحاولات اللي بقاو ليك: { $count }
assessment-no-attempts-left = استعملتي جميع المحاولات ديالك.
assessment-start = بدا التقييم
assessment-start-again = بدا محاولة جديدة
assessment-attempt-number = المحاولة { $number } من { $total }
assessment-saved = الأجوبة ديالك كيتسجلو فهاد الجهاز واحد بواحد.
assessment-answered = الأجوبة اللي عطيتي: { $answered } من { $total }
assessment-submit = صيفط الأجوبة ديالي
assessment-confirm = نصيفطو دابا؟ ماغاديش تقدر تبدل الأجوبة من بعد.
assessment-confirm-unanswered = أسئلة بلا جواب: { $count }
assessment-confirm-yes = إيه، صيفط
assessment-confirm-no = كمّل الأجوبة
assessment-time-left = الوقت اللي بقى:
assessment-minutes-left = الوقت اللي بقى: { $minutes } دقيقة
assessment-unanswered = بلا جواب
assessment-result-title = النتيجة ديال المحاولة { $number }
assessment-score = النتيجة ديالك: { $percent }
assessment-passed = نجحتي فالتقييم
assessment-failed = مازال ما نجحتيش فالتقييم: خاص { $percent }.
assessment-time-up = سالا الوقت: غير الأجوبة اللي تعطات فالوقت هي اللي كتحسب.
assessment-review-title = راجع كل سؤال
assessment-map-summary = مواقف من المسار كامل، من بعد الوحدات.
assessment-map-passed = ناجح: { $percent }
assessment-map-not-passed = أحسن نتيجة: { $percent }
record-assessment-passed = التقييم النهائي: ناجح ب { $percent } (المحاولة { $number }، نهار { $date })
record-assessment-not-passed = التقييم النهائي: مازال ما نجحش، أحسن نتيجة { $percent } (المحاولة { $number }، نهار { $date })
record-assessment-none = التقييم النهائي: مازال ما دازش
record-assessment-proves = هاد الورقة كتبيّن غير بلي هاد المسار وهاد التقييم تداروا فهاد الجهاز بلا مراقبة، وماكتبيّنش شكون اللي جاوب.
record-issued-by = صادرة من: { $issuer }
record-signature = التوقيع ديال المكوّن ولا المكوّنة:

# A screen whose code downloads when first opened (src/ui/components/chunk.rs).
chunk-failed = ما قدرناش نحمّلو هاد الصفحة.
chunk-failed-hint = يمكن تقطعات الكونيكسيون. باقي الدورة خدام عادي؛ عاود جرّب ملي ترجع الكونيكسيون.

## البرامج ديال الحصص اللي كيتطبعو (45 ولا 90 دقيقة، والجلسة مع الواليدين)

plan-link = البرنامج بالوقت
plan-parents-link = الجلسة مع الواليدين: البرنامج
plan-title = البرنامج ديال الحصة
plan-intro = برنامج بالوقت باش تنشطو هاد الوحدة مع مجموعة، مخرّج من الوحدة براسها. الدقايق غير تقريبية: بدلوها على حساب المجموعة.
plan-parents-intro = جلسة مع الواليدين، جزء بجزء. تحت كل جزء، الكلام اللي تقراوه ولا تحكيوه بالكلمات ديالكم.
plan-length-label = الوقت ديال الحصة
# $count (عدد): الوقت ديال الحصة ولا الجزء، بالدقايق.
plan-minutes =
    { $count ->
        [zero] قل من دقيقة
        [one] دقيقة وحدة
        [two] دقيقتين
        [few] { $count } دقايق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
# $count (عدد): المجموع ديال الدقايق ديال الأجزاء.
plan-total =
    { $count ->
        [zero] المجموع: قل من دقيقة
        [one] المجموع: دقيقة وحدة
        [two] المجموع: دقيقتين
        [few] المجموع: { $count } دقايق
        [many] المجموع: { $count } دقيقة
       *[other] المجموع: { $count } دقيقة
    }
plan-parts = كيفاش غادي تدوز الحصة
plan-part-opening = البداية
plan-part-presentation = عرض قصير
plan-part-vote = التصويت ديال القاعة
plan-part-scenario = حكاية بالاختيارات، كنصوتو فكل اختيار
plan-part-discussion = نقاش
plan-part-pair-work = خدمة جوج بجوج ولا فمجموعات صغار
plan-part-closing = السالة والخطوات اللي جاية
plan-do-opening = رحبو بالمجموعة وقدمو الموضوع. عطيو جوج قواعد: ما كنتقشبو على حتى واحد، وحتى واحد ما مجبور يحكي على حياتو. گولو بلي أي واحد يقدر يخرج من القاعة فاش ما بغا.
plan-do-presentation = عرضو الخطوة على الشاشة ولخصوها فشي جمل ساهلين. طلبو من القاعة شي مثال.
plan-do-tell = حكيو هاد الجزء بالكلمات ديالكم، وعاونو راسكم بالكلام اللي لتحت. طلبو من القاعة شي مثال.
plan-do-vote = قراو كل سؤال والأجوبة ديالو بالصوت العالي. القاعة كتصوت بيديها ولا بكارطونات ملونين؛ وريو الجواب وشرحوه.
plan-do-scenario = قراو الحكاية بالصوت العالي. فكل اختيار، القاعة كتصوت؛ وريو شنو كيوقع من بعد الاختيار ديال الأغلبية، حتى توصلو للسالة. إلا بقا الوقت، رجعو لور باش تشوفو سالة أخرى.
plan-do-discussion = طرحو السؤال على القاعة وخليو بزاف ديال الناس يهضرو. حتى واحد ما مجبور يجاوب.
plan-do-pair-work = جوج بجوج (واحد كيقرا مزيان مع واحد كيقرا قل)، كل واحد كيگول للآخر شنو كان غادي يدير فبلاصة الشخصية ديال الحكاية. من بعد، جوج ديال الثنائيات كيحكيو للمجموعة.
plan-do-closing = طلبو من القاعة تگول تلاتة ديال الحوايج اللي خاصنا نعقلو عليهم. وريو الصفحة ديال المساعدة والنمر ديالها. الخطوات اللي جاية: كل واحد يقدر يعاود الوحدة فالتيليفون ديالو، وعلنو على الحصة الجاية.
plan-steps = الخطوات:
plan-low-literacy-title = مع مجموعة كتقرا شوية ولا ما كتقراش
plan-low-literacy-read-aloud = قراو كلشي بالصوت العالي: الخطوات، الأسئلة، الأجوبة والاختيارات.
plan-low-literacy-cards = حتى حاجة ما كتكتب: كنصوتو باليدين ولا بكارطونات ملونين (الخضر: إيه ولا الاختيار 1، الحمر: لا ولا الاختيار 2، الصفر: الاختيار 3).
plan-low-literacy-pictures = وريو تصاور: الشاشة ديال شي تيليفون، شي سكرين، اللوگوات ديال التطبيقات، أفيش فيها النمر ديال المساعدة.
plan-low-literacy-pairs = ديرو ثنائيات فيهم واحد كيقرا وواحد ما كيقراش.
plan-low-literacy-darija = هضرو بالدارجة، واخا الشاشة بالفرنسية ولا بالعربية، وخليو المجموعة تجاوب باللغة اللي بغات.
plan-materials-title = شنو خاصكم توجدو
plan-materials-computer = البيسي والبروجيكتور، والدورة كاينة بلا أنترنيت.
plan-materials-cards = كارطونات ملونين (خضر، حمر، صفر) لكل مشارك ومشاركة.
plan-materials-numbers = النمر ديال المساعدة مكتوبين فأفيش ولا فالسبورة.
plan-materials-plan = هاد البرنامج مطبوع.

language-download-failed = ماقدرناش نجيبو هاد اللغة. شوف الكونيكسيون ديالك وعاود جرّب.

# The course's checker for authors (#/auteur, src/ui/pages/author.rs). The problems themselves
# stay in English, as the command-line checker writes them.
author-link = شوف واش ملفات الدورة مزيانين
author-title = شوف واش ملفات الدورة مزيانين
author-intro = هاد الصفحة كتعاود تقرا ملفات الدورة اللي كيعطي هاد السيت، بنفس القواعد ديال الأمر «amane check». صلّح الملف فالسيرفور، ومن بعد كليكي على «عاود شوف»: كل مشكل كيقول الملف ديالو (من الدوسي content)، والسطر والعمود.
author-check-again = عاود شوف
author-clean = حتى مشكل: الدورة واجدة.
author-summary = { $errors ->
    [zero] حتى غلطة
    [one] غلطة وحدة خاصها تتصلح
    [two] جوج غلطات خاصهم يتصلحو
    [few] { $errors } ديال الغلطات خاصهم يتصلحو
    [many] { $errors } ديال الغلطات خاصهم يتصلحو
   *[other] { $errors } ديال الغلطات خاصهم يتصلحو
  }، { $warnings ->
    [zero] حتى تنبيه
    [one] تنبيه واحد
    [two] جوج تنبيهات
    [few] { $warnings } ديال التنبيهات
    [many] { $warnings } ديال التنبيهات
   *[other] { $warnings } ديال التنبيهات
  }.
author-errors = غلطات خاصهم يتصلحو
author-warnings = تنبيهات خاصك تشوفهم
author-unreadable = ما قدرناش نقراو ملفات الدورة (واش تقطعات الكونيكسيون؟). عاود جرّب ملي ترجع الكونيكسيون.
