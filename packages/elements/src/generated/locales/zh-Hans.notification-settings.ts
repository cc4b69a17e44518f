
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `也在此设备上`,
'ns.channel.app': `只在这里，学校网站上`,
'ns.channel.email': `电子邮件`,
'ns.channel.phone': `学校打电话`,
'ns.channel.push': `此设备上的通知`,
'ns.channel.sms': `短信`,
'ns.channels': `通知方式`,
'ns.delay': `消息未读多久后通知我`,
'ns.delay.day1': `1 天`,
'ns.delay.district': str`学校的设置（${0}）`,
'ns.delay.hour1': `1 小时`,
'ns.delay.hours2': `2 小时`,
'ns.delay.hours4': `4 小时`,
'ns.deviceAdded': `此设备也会收到通知。`,
'ns.failure.forbidden': `您无权在这里进行此操作。请重新登录试试。`,
'ns.failure.load': `无法加载您的设置。请稍后再试。`,
'ns.failure.network': `无法加载您的设置。请检查网络连接后再试。`,
'ns.failure.save': `无法保存。请稍后再试。`,
'ns.failure.saveNetwork': `无法保存。请检查网络连接后再试。`,
'ns.form.invalid': `表单中有内容不对。请检查后再试。`,
'ns.form.quietMissing': `请选择免打扰时间的开始和结束时间。`,
'ns.form.quietSame': `免打扰时间的开始和结束不能是同一时间。`,
'ns.hint.app': `我们不发送任何通知。消息在这里等您。`,
'ns.hint.email': str`发送到 ${0}`,
'ns.hint.phone': `我们不发送任何通知。学校可能会给您打电话。`,
'ns.hint.pushAsk': `浏览器会请您允许通知。`,
'ns.hint.pushMany': str`目前在 ${0} 台设备上。`,
'ns.hint.pushOne': `目前在 1 台设备上。`,
'ns.hint.sms': str`发送到 ${0}`,
'ns.intro': `有您未读的消息时，我们可以通知您。`,
'ns.loading': `正在加载您的设置…`,
'ns.na.blocked': `此网站的通知已被阻止。您可以在浏览器设置中允许。`,
'ns.na.browser': `此浏览器无法显示通知。`,
'ns.na.noAddress': `学校没有您的电子邮件地址。请学校添加。`,
'ns.na.noNumber': `学校没有您的手机号码。请学校添加。`,
'ns.na.notSetUp': `这所学校暂时还不能使用。`,
'ns.push.denied': `通知未被允许，所以没有任何更改。请允许通知，或选择其他方式。`,
'ns.push.failed': `无法在此设备上开启通知。请稍后再试，或选择其他方式。`,
'ns.push.unsupported': `此浏览器无法显示通知。请选择其他方式。`,
'ns.quiet': `免打扰时间`,
'ns.quietEnd': `到`,
'ns.quietHint': `这段时间收到的内容会等到结束后再发送。`,
'ns.quietOn': `在这段时间内不发送任何通知`,
'ns.quietStart': `从`,
'ns.retry': `再试一次`,
'ns.save': `保存`,
'ns.saved': `已保存。`,
'ns.saving': `正在保存…`,
'ns.smsStopped': `您回复了 STOP，所以我们不发短信。回复我们任意一条短信 START 即可重新接收。`,
'ns.title': `我们如何告诉您有新消息`,
'ns.zone': `按您的时间：`,
};
