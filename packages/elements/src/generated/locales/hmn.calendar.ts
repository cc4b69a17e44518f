
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}, hnub tim {day} {month}`,
'cal.dateTime': str`${0}, ${1}`,
'cal.daysAgo': str`${0} hnub dhau los`,
'cal.inDays': str`${0} hnub tom ntej`,
'cal.list.end': str`${0} thiab ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} feeb`,
'cal.month.1': `Lub Ib Hlis`,
'cal.month.10': `Lub Kaum Hlis`,
'cal.month.11': `Lub Kaum Ib Hlis`,
'cal.month.12': `Lub Kaum Ob Hlis`,
'cal.month.2': `Lub Ob Hlis`,
'cal.month.3': `Lub Peb Hlis`,
'cal.month.4': `Lub Plaub Hlis`,
'cal.month.5': `Lub Tsib Hlis`,
'cal.month.6': `Lub Rau Hlis`,
'cal.month.7': `Lub Xya Hlis`,
'cal.month.8': `Lub Yim Hlis`,
'cal.month.9': `Lub Cuaj Hlis`,
'cal.monthShort.1': `Lub Ib Hlis`,
'cal.monthShort.10': `Lub Kaum Hlis`,
'cal.monthShort.11': `Lub Kaum Ib Hlis`,
'cal.monthShort.12': `Lub Kaum Ob Hlis`,
'cal.monthShort.2': `Lub Ob Hlis`,
'cal.monthShort.3': `Lub Peb Hlis`,
'cal.monthShort.4': `Lub Plaub Hlis`,
'cal.monthShort.5': `Lub Tsib Hlis`,
'cal.monthShort.6': `Lub Rau Hlis`,
'cal.monthShort.7': `Lub Xya Hlis`,
'cal.monthShort.8': `Lub Yim Hlis`,
'cal.monthShort.9': `Lub Cuaj Hlis`,
'cal.today': `hnub no`,
'cal.tomorrow': `tag kis`,
'cal.weekday.0': `Hnub Caiv`,
'cal.weekday.1': `Hnub Ib`,
'cal.weekday.2': `Hnub Ob`,
'cal.weekday.3': `Hnub Peb`,
'cal.weekday.4': `Hnub Plaub`,
'cal.weekday.5': `Hnub Tsib`,
'cal.weekday.6': `Hnub Rau`,
'cal.weekdayShort.0': `Hnub Caiv`,
'cal.weekdayShort.1': `Hnub Ib`,
'cal.weekdayShort.2': `Hnub Ob`,
'cal.weekdayShort.3': `Hnub Peb`,
'cal.weekdayShort.4': `Hnub Plaub`,
'cal.weekdayShort.5': `Hnub Tsib`,
'cal.weekdayShort.6': `Hnub Rau`,
'cal.yesterday': `nag hmo`,
};
