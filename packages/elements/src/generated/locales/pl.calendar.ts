
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}, {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`${0} dni temu`,
'cal.inDays': str`za ${0} dni`,
'cal.list.end': str`${0} i ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min`,
'cal.month.1': `stycznia`,
'cal.month.10': `października`,
'cal.month.11': `listopada`,
'cal.month.12': `grudnia`,
'cal.month.2': `lutego`,
'cal.month.3': `marca`,
'cal.month.4': `kwietnia`,
'cal.month.5': `maja`,
'cal.month.6': `czerwca`,
'cal.month.7': `lipca`,
'cal.month.8': `sierpnia`,
'cal.month.9': `września`,
'cal.monthShort.1': `sty`,
'cal.monthShort.10': `paź`,
'cal.monthShort.11': `lis`,
'cal.monthShort.12': `gru`,
'cal.monthShort.2': `lut`,
'cal.monthShort.3': `mar`,
'cal.monthShort.4': `kwi`,
'cal.monthShort.5': `maj`,
'cal.monthShort.6': `cze`,
'cal.monthShort.7': `lip`,
'cal.monthShort.8': `sie`,
'cal.monthShort.9': `wrz`,
'cal.today': `dzisiaj`,
'cal.tomorrow': `jutro`,
'cal.weekday.0': `niedziela`,
'cal.weekday.1': `poniedziałek`,
'cal.weekday.2': `wtorek`,
'cal.weekday.3': `środa`,
'cal.weekday.4': `czwartek`,
'cal.weekday.5': `piątek`,
'cal.weekday.6': `sobota`,
'cal.weekdayShort.0': `niedz.`,
'cal.weekdayShort.1': `pon.`,
'cal.weekdayShort.2': `wt.`,
'cal.weekdayShort.3': `śr.`,
'cal.weekdayShort.4': `czw.`,
'cal.weekdayShort.5': `pt.`,
'cal.weekdayShort.6': `sob.`,
'cal.yesterday': `wczoraj`,
};
