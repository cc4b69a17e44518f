
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}, ngày {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${1} ${0}`,
'cal.daysAgo': str`${0} ngày trước`,
'cal.inDays': str`sau ${0} ngày nữa`,
'cal.list.end': str`${0} và ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} phút`,
'cal.month.1': `tháng 1`,
'cal.month.10': `tháng 10`,
'cal.month.11': `tháng 11`,
'cal.month.12': `tháng 12`,
'cal.month.2': `tháng 2`,
'cal.month.3': `tháng 3`,
'cal.month.4': `tháng 4`,
'cal.month.5': `tháng 5`,
'cal.month.6': `tháng 6`,
'cal.month.7': `tháng 7`,
'cal.month.8': `tháng 8`,
'cal.month.9': `tháng 9`,
'cal.monthShort.1': `thg 1`,
'cal.monthShort.10': `thg 10`,
'cal.monthShort.11': `thg 11`,
'cal.monthShort.12': `thg 12`,
'cal.monthShort.2': `thg 2`,
'cal.monthShort.3': `thg 3`,
'cal.monthShort.4': `thg 4`,
'cal.monthShort.5': `thg 5`,
'cal.monthShort.6': `thg 6`,
'cal.monthShort.7': `thg 7`,
'cal.monthShort.8': `thg 8`,
'cal.monthShort.9': `thg 9`,
'cal.today': `Hôm nay`,
'cal.tomorrow': `Ngày mai`,
'cal.weekday.0': `Chủ Nhật`,
'cal.weekday.1': `Thứ Hai`,
'cal.weekday.2': `Thứ Ba`,
'cal.weekday.3': `Thứ Tư`,
'cal.weekday.4': `Thứ Năm`,
'cal.weekday.5': `Thứ Sáu`,
'cal.weekday.6': `Thứ Bảy`,
'cal.weekdayShort.0': `CN`,
'cal.weekdayShort.1': `Thứ 2`,
'cal.weekdayShort.2': `Thứ 3`,
'cal.weekdayShort.3': `Thứ 4`,
'cal.weekdayShort.4': `Thứ 5`,
'cal.weekdayShort.5': `Thứ 6`,
'cal.weekdayShort.6': `Thứ 7`,
'cal.yesterday': `Hôm qua`,
};
