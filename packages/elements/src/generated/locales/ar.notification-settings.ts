
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `على هذا الجهاز أيضًا`,
'ns.channel.app': `هنا فقط، على موقع المدرسة`,
'ns.channel.email': `البريد الإلكتروني`,
'ns.channel.phone': `مكالمات من المدرسة`,
'ns.channel.push': `إشعارات على هذا الجهاز`,
'ns.channel.sms': `رسالة نصية`,
'ns.channels': `أخبرني عن طريق`,
'ns.delay': `أخبرني عندما تبقى رسالة غير مقروءة لمدة`,
'ns.delay.day1': `يوم واحد`,
'ns.delay.district': str`اختيار المدرسة (${0})`,
'ns.delay.hour1': `ساعة واحدة`,
'ns.delay.hours2': `ساعتان`,
'ns.delay.hours4': `4 ساعات`,
'ns.deviceAdded': `سيتلقى هذا الجهاز الإشعارات أيضًا.`,
'ns.failure.forbidden': `غير مسموح لك بفعل هذا هنا. حاول تسجيل الدخول مرة أخرى.`,
'ns.failure.load': `لم نتمكن من تحميل إعداداتك. يرجى المحاولة بعد قليل.`,
'ns.failure.network': `لم نتمكن من تحميل إعداداتك. تحقق من اتصالك وحاول مرة أخرى.`,
'ns.failure.save': `لم نتمكن من الحفظ. يرجى المحاولة بعد قليل.`,
'ns.failure.saveNetwork': `لم نتمكن من الحفظ. تحقق من اتصالك وحاول مرة أخرى.`,
'ns.form.invalid': `هناك شيء غير صحيح في النموذج. راجعه وحاول مرة أخرى.`,
'ns.form.quietMissing': `اختر متى تبدأ ساعات الهدوء ومتى تنتهي.`,
'ns.form.quietSame': `يجب أن تبدأ ساعات الهدوء وتنتهي في وقتين مختلفين.`,
'ns.hint.app': `لا نرسل شيئًا. الرسائل تنتظرك هنا.`,
'ns.hint.email': str`إلى ${0}`,
'ns.hint.phone': `لا نرسل شيئًا. قد تتصل بك المدرسة.`,
'ns.hint.pushAsk': `سيطلب منك المتصفح السماح بها.`,
'ns.hint.pushMany': str`على ${0} أجهزة حتى الآن.`,
'ns.hint.pushOne': `على جهاز واحد حتى الآن.`,
'ns.hint.sms': str`إلى ${0}`,
'ns.intro': `عندما تنتظرك رسالة لم تقرأها، يمكننا أن نخبرك.`,
'ns.loading': `جارٍ تحميل إعداداتك…`,
'ns.na.blocked': `الإشعارات محظورة لهذا الموقع. يمكنك السماح بها في إعدادات المتصفح.`,
'ns.na.browser': `لا يستطيع هذا المتصفح عرض الإشعارات.`,
'ns.na.noAddress': `ليس لدى المدرسة بريدك الإلكتروني. اطلب منهم إضافته.`,
'ns.na.noNumber': `ليس لدى المدرسة رقم هاتفك المحمول. اطلب منهم إضافته.`,
'ns.na.notSetUp': `غير متاح في هذه المدرسة بعد.`,
'ns.push.denied': `لم يُسمح بالإشعارات، لذلك لم يتغير شيء. اسمح بها أو اختر طريقة أخرى.`,
'ns.push.failed': `لم نتمكن من تشغيل الإشعارات على هذا الجهاز. حاول لاحقًا أو اختر طريقة أخرى.`,
'ns.push.unsupported': `لا يستطيع هذا المتصفح عرض الإشعارات. اختر طريقة أخرى.`,
'ns.quiet': `ساعات الهدوء`,
'ns.quietEnd': `حتى`,
'ns.quietHint': `ما يصل في هذا الوقت ينتظر حتى تنتهي.`,
'ns.quietOn': `لا ترسلوا شيئًا في هذه الساعات`,
'ns.quietStart': `من`,
'ns.retry': `حاول مرة أخرى`,
'ns.save': `حفظ`,
'ns.saved': `تم الحفظ.`,
'ns.saving': `جارٍ الحفظ…`,
'ns.smsStopped': `لقد رددت بـ STOP، لذلك لا نرسل رسائل نصية. رد بـ START على إحدى رسائلنا لتصلك من جديد.`,
'ns.title': `كيف نخبرك بالرسائل الجديدة`,
'ns.zone': `حسب توقيتك:`,
};
