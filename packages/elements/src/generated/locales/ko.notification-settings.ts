
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'ns.addDevice': `이 기기에서도 받기`,
'ns.channel.app': `여기 학교 사이트에서만`,
'ns.channel.email': `이메일`,
'ns.channel.phone': `학교에서 전화`,
'ns.channel.push': `이 기기의 알림`,
'ns.channel.sms': `문자 메시지`,
'ns.channels': `알림 받는 방법`,
'ns.delay': `메시지를 읽지 않은 채로 이만큼 지나면 알림`,
'ns.delay.day1': `1일`,
'ns.delay.district': str`학교 기본값(${0})`,
'ns.delay.hour1': `1시간`,
'ns.delay.hours2': `2시간`,
'ns.delay.hours4': `4시간`,
'ns.deviceAdded': `이 기기에서도 알림을 받습니다.`,
'ns.failure.forbidden': `여기에서 이 작업을 할 수 없습니다. 다시 로그인해 보세요.`,
'ns.failure.load': `설정을 불러오지 못했습니다. 잠시 후 다시 시도하세요.`,
'ns.failure.network': `설정을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.`,
'ns.failure.save': `저장하지 못했습니다. 잠시 후 다시 시도하세요.`,
'ns.failure.saveNetwork': `저장하지 못했습니다. 연결을 확인하고 다시 시도하세요.`,
'ns.form.invalid': `양식에 잘못된 부분이 있습니다. 확인하고 다시 시도하세요.`,
'ns.form.quietMissing': `방해 금지 시간의 시작과 종료를 선택하세요.`,
'ns.form.quietSame': `방해 금지 시간의 시작과 종료는 달라야 합니다.`,
'ns.hint.app': `아무것도 보내지 않습니다. 메시지는 여기에서 기다립니다.`,
'ns.hint.email': str`${0}(으)로`,
'ns.hint.phone': `아무것도 보내지 않습니다. 학교에서 전화할 수 있습니다.`,
'ns.hint.pushAsk': `브라우저에서 허용할지 물어봅니다.`,
'ns.hint.pushMany': str`지금까지 기기 ${0}대에서 받습니다.`,
'ns.hint.pushOne': `지금까지 기기 1대에서 받습니다.`,
'ns.hint.sms': str`${0}(으)로`,
'ns.intro': `읽지 않은 메시지가 있으면 알려 드릴 수 있습니다.`,
'ns.loading': `설정을 불러오는 중…`,
'ns.na.blocked': `이 사이트의 알림이 차단되어 있습니다. 브라우저 설정에서 허용할 수 있습니다.`,
'ns.na.browser': `이 브라우저는 알림을 표시할 수 없습니다.`,
'ns.na.noAddress': `학교에 이메일 주소가 없습니다. 추가해 달라고 요청하세요.`,
'ns.na.noNumber': `학교에 휴대전화 번호가 없습니다. 추가해 달라고 요청하세요.`,
'ns.na.notSetUp': `이 학교에서는 아직 사용할 수 없습니다.`,
'ns.push.denied': `알림이 허용되지 않아 아무것도 바뀌지 않았습니다. 허용하거나 다른 방법을 선택하세요.`,
'ns.push.failed': `이 기기에서 알림을 켜지 못했습니다. 나중에 다시 시도하거나 다른 방법을 선택하세요.`,
'ns.push.unsupported': `이 브라우저는 알림을 표시할 수 없습니다. 다른 방법을 선택하세요.`,
'ns.quiet': `방해 금지 시간`,
'ns.quietEnd': `종료`,
'ns.quietHint': `그 시간에 온 것은 끝날 때까지 기다립니다.`,
'ns.quietOn': `이 시간에는 아무것도 보내지 않기`,
'ns.quietStart': `시작`,
'ns.retry': `다시 시도`,
'ns.save': `저장`,
'ns.saved': `저장했습니다.`,
'ns.saving': `저장 중…`,
'ns.smsStopped': `STOP으로 답장하셔서 문자를 보내지 않습니다. 다시 받으려면 저희 문자에 START로 답장하세요.`,
'ns.title': `새 메시지를 알려 드리는 방법`,
'ns.zone': `내 시간 기준:`,
};
