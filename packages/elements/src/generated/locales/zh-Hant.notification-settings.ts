
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `也在此裝置上`,
'ns.channel.app': `只在這裡，學校網站上`,
'ns.channel.email': `電子郵件`,
'ns.channel.phone': `學校打電話`,
'ns.channel.push': `此裝置上的通知`,
'ns.channel.sms': `簡訊`,
'ns.channels': `通知方式`,
'ns.delay': `訊息未讀多久後通知我`,
'ns.delay.day1': `1 天`,
'ns.delay.district': str`學校的設定（${0}）`,
'ns.delay.hour1': `1 小時`,
'ns.delay.hours2': `2 小時`,
'ns.delay.hours4': `4 小時`,
'ns.deviceAdded': `此裝置也會收到通知。`,
'ns.failure.forbidden': `您無權在這裡進行此操作。請重新登入試試。`,
'ns.failure.load': `無法載入您的設定。請稍後再試。`,
'ns.failure.network': `無法載入您的設定。請檢查網路連線後再試。`,
'ns.failure.save': `無法儲存。請稍後再試。`,
'ns.failure.saveNetwork': `無法儲存。請檢查網路連線後再試。`,
'ns.form.invalid': `表單中有內容不對。請檢查後再試。`,
'ns.form.quietMissing': `請選擇勿擾時間的開始和結束時間。`,
'ns.form.quietSame': `勿擾時間的開始和結束不能是同一時間。`,
'ns.hint.app': `我們不傳送任何通知。訊息在這裡等您。`,
'ns.hint.email': str`傳送到 ${0}`,
'ns.hint.phone': `我們不傳送任何通知。學校可能會打電話給您。`,
'ns.hint.pushAsk': `瀏覽器會請您允許通知。`,
'ns.hint.pushMany': str`目前在 ${0} 台裝置上。`,
'ns.hint.pushOne': `目前在 1 台裝置上。`,
'ns.hint.sms': str`傳送到 ${0}`,
'ns.intro': `有您未讀的訊息時，我們可以通知您。`,
'ns.loading': `正在載入您的設定…`,
'ns.na.blocked': `此網站的通知已被封鎖。您可以在瀏覽器設定中允許。`,
'ns.na.browser': `此瀏覽器無法顯示通知。`,
'ns.na.noAddress': `學校沒有您的電子郵件地址。請學校新增。`,
'ns.na.noNumber': `學校沒有您的手機號碼。請學校新增。`,
'ns.na.notSetUp': `這所學校暫時還不能使用。`,
'ns.push.denied': `通知未被允許，所以沒有任何變更。請允許通知，或選擇其他方式。`,
'ns.push.failed': `無法在此裝置上開啟通知。請稍後再試，或選擇其他方式。`,
'ns.push.unsupported': `此瀏覽器無法顯示通知。請選擇其他方式。`,
'ns.quiet': `勿擾時間`,
'ns.quietEnd': `到`,
'ns.quietHint': `這段時間收到的內容會等到結束後再傳送。`,
'ns.quietOn': `在這段時間內不傳送任何通知`,
'ns.quietStart': `從`,
'ns.retry': `再試一次`,
'ns.save': `儲存`,
'ns.saved': `已儲存。`,
'ns.saving': `正在儲存…`,
'ns.smsStopped': `您回覆了 STOP，所以我們不傳簡訊。回覆我們任一則簡訊 START 即可重新接收。`,
'ns.title': `我們如何告訴您有新訊息`,
'ns.zone': `依您的時間：`,
};
