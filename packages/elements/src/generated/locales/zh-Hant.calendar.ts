
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month}{day}日`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{month}{day}日{weekday}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`${0} 天前`,
'cal.inDays': str`${0} 天後`,
'cal.list.end': str`${0}和${1}`,
'cal.list.middle': str`${0}、${1}`,
'cal.minutes': str`${0} 分鐘`,
'cal.month.1': `1月`,
'cal.month.10': `10月`,
'cal.month.11': `11月`,
'cal.month.12': `12月`,
'cal.month.2': `2月`,
'cal.month.3': `3月`,
'cal.month.4': `4月`,
'cal.month.5': `5月`,
'cal.month.6': `6月`,
'cal.month.7': `7月`,
'cal.month.8': `8月`,
'cal.month.9': `9月`,
'cal.monthShort.1': `1月`,
'cal.monthShort.10': `10月`,
'cal.monthShort.11': `11月`,
'cal.monthShort.12': `12月`,
'cal.monthShort.2': `2月`,
'cal.monthShort.3': `3月`,
'cal.monthShort.4': `4月`,
'cal.monthShort.5': `5月`,
'cal.monthShort.6': `6月`,
'cal.monthShort.7': `7月`,
'cal.monthShort.8': `8月`,
'cal.monthShort.9': `9月`,
'cal.today': `今天`,
'cal.tomorrow': `明天`,
'cal.weekday.0': `星期日`,
'cal.weekday.1': `星期一`,
'cal.weekday.2': `星期二`,
'cal.weekday.3': `星期三`,
'cal.weekday.4': `星期四`,
'cal.weekday.5': `星期五`,
'cal.weekday.6': `星期六`,
'cal.weekdayShort.0': `週日`,
'cal.weekdayShort.1': `週一`,
'cal.weekdayShort.2': `週二`,
'cal.weekdayShort.3': `週三`,
'cal.weekdayShort.4': `週四`,
'cal.weekdayShort.5': `週五`,
'cal.weekdayShort.6': `週六`,
'cal.yesterday': `昨天`,
};
