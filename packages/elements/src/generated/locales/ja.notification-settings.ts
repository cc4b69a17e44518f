
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `この端末にも送る`,
'ns.channel.app': `ここ（学校のサイト）だけ`,
'ns.channel.email': `メール`,
'ns.channel.phone': `学校からの電話`,
'ns.channel.push': `この端末への通知`,
'ns.channel.sms': `SMS（ショートメッセージ）`,
'ns.channels': `お知らせの方法`,
'ns.delay': `未読のメッセージをお知らせするまでの時間`,
'ns.delay.day1': `1日`,
'ns.delay.district': str`学校の設定（${0}）`,
'ns.delay.hour1': `1時間`,
'ns.delay.hours2': `2時間`,
'ns.delay.hours4': `4時間`,
'ns.deviceAdded': `この端末にも通知が届くようになります。`,
'ns.failure.forbidden': `ここではこの操作はできません。もう一度ログインしてみてください。`,
'ns.failure.load': `設定を読み込めませんでした。少したってから、もう一度試してください。`,
'ns.failure.network': `設定を読み込めませんでした。インターネット接続を確認して、もう一度試してください。`,
'ns.failure.save': `保存できませんでした。少したってから、もう一度試してください。`,
'ns.failure.saveNetwork': `保存できませんでした。インターネット接続を確認して、もう一度試してください。`,
'ns.form.invalid': `入力内容に正しくないところがあります。確認して、もう一度試してください。`,
'ns.form.quietMissing': `お知らせしない時間の開始と終了を選んでください。`,
'ns.form.quietSame': `お知らせしない時間の開始と終了は、違う時刻にしてください。`,
'ns.hint.app': `何も送りません。メッセージはここで待っています。`,
'ns.hint.email': str`送信先：${0}`,
'ns.hint.phone': `何も送りません。学校から電話があるかもしれません。`,
'ns.hint.pushAsk': `ブラウザから、通知を許可するかどうか聞かれます。`,
'ns.hint.pushMany': str`今は${0}台の端末で受け取っています。`,
'ns.hint.pushOne': `今は1台の端末で受け取っています。`,
'ns.hint.sms': str`送信先：${0}`,
'ns.intro': `まだ読んでいないメッセージがあるときに、お知らせできます。`,
'ns.loading': `設定を読み込んでいます…`,
'ns.na.blocked': `このサイトの通知はブロックされています。ブラウザの設定で許可できます。`,
'ns.na.browser': `このブラウザは通知を表示できません。`,
'ns.na.noAddress': `学校にあなたのメールアドレスが登録されていません。学校に登録をお願いしてください。`,
'ns.na.noNumber': `学校にあなたの携帯電話番号が登録されていません。学校に登録をお願いしてください。`,
'ns.na.notSetUp': `この学校では、まだ使えません。`,
'ns.push.denied': `通知が許可されなかったため、何も変わっていません。通知を許可するか、別の方法を選んでください。`,
'ns.push.failed': `この端末で通知をオンにできませんでした。あとでもう一度試すか、別の方法を選んでください。`,
'ns.push.unsupported': `このブラウザは通知を表示できません。別の方法を選んでください。`,
'ns.quiet': `お知らせしない時間`,
'ns.quietEnd': `終了`,
'ns.quietHint': `その間に届いたものは、この時間が終わってからお知らせします。`,
'ns.quietOn': `この時間は何も送らない`,
'ns.quietStart': `開始`,
'ns.retry': `もう一度試す`,
'ns.save': `保存`,
'ns.saved': `保存しました。`,
'ns.saving': `保存しています…`,
'ns.smsStopped': `STOPと返信されたため、SMSは送っていません。また受け取るには、こちらからのSMSにSTARTと返信してください。`,
'ns.title': `新しいメッセージのお知らせ方法`,
'ns.zone': `あなたのタイムゾーン：`,
};
