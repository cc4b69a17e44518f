
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}일`,
'cal.date.weekdayDay': `{day}일 ({weekday})`,
'cal.date.weekdayMonthDay': `{month} {day}일 {weekday}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`${0}일 전`,
'cal.inDays': str`${0}일 후`,
'cal.list.end': str`${0} 및 ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0}분`,
'cal.month.1': `1월`,
'cal.month.10': `10월`,
'cal.month.11': `11월`,
'cal.month.12': `12월`,
'cal.month.2': `2월`,
'cal.month.3': `3월`,
'cal.month.4': `4월`,
'cal.month.5': `5월`,
'cal.month.6': `6월`,
'cal.month.7': `7월`,
'cal.month.8': `8월`,
'cal.month.9': `9월`,
'cal.monthShort.1': `1월`,
'cal.monthShort.10': `10월`,
'cal.monthShort.11': `11월`,
'cal.monthShort.12': `12월`,
'cal.monthShort.2': `2월`,
'cal.monthShort.3': `3월`,
'cal.monthShort.4': `4월`,
'cal.monthShort.5': `5월`,
'cal.monthShort.6': `6월`,
'cal.monthShort.7': `7월`,
'cal.monthShort.8': `8월`,
'cal.monthShort.9': `9월`,
'cal.today': `오늘`,
'cal.tomorrow': `내일`,
'cal.weekday.0': `일요일`,
'cal.weekday.1': `월요일`,
'cal.weekday.2': `화요일`,
'cal.weekday.3': `수요일`,
'cal.weekday.4': `목요일`,
'cal.weekday.5': `금요일`,
'cal.weekday.6': `토요일`,
'cal.weekdayShort.0': `일`,
'cal.weekdayShort.1': `월`,
'cal.weekdayShort.2': `화`,
'cal.weekdayShort.3': `수`,
'cal.weekdayShort.4': `목`,
'cal.weekdayShort.5': `금`,
'cal.weekdayShort.6': `토`,
'cal.yesterday': `어제`,
};
