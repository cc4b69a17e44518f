
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0}, ${1}`,
'cal.daysAgo': str`siku ${0} zilizopita`,
'cal.inDays': str`baada ya siku ${0}`,
'cal.list.end': str`${0} na ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`dakika ${0}`,
'cal.month.1': `Januari`,
'cal.month.10': `Oktoba`,
'cal.month.11': `Novemba`,
'cal.month.12': `Desemba`,
'cal.month.2': `Februari`,
'cal.month.3': `Machi`,
'cal.month.4': `Aprili`,
'cal.month.5': `Mei`,
'cal.month.6': `Juni`,
'cal.month.7': `Julai`,
'cal.month.8': `Agosti`,
'cal.month.9': `Septemba`,
'cal.monthShort.1': `Jan`,
'cal.monthShort.10': `Okt`,
'cal.monthShort.11': `Nov`,
'cal.monthShort.12': `Des`,
'cal.monthShort.2': `Feb`,
'cal.monthShort.3': `Mac`,
'cal.monthShort.4': `Apr`,
'cal.monthShort.5': `Mei`,
'cal.monthShort.6': `Jun`,
'cal.monthShort.7': `Jul`,
'cal.monthShort.8': `Ago`,
'cal.monthShort.9': `Sep`,
'cal.today': `leo`,
'cal.tomorrow': `kesho`,
'cal.weekday.0': `Jumapili`,
'cal.weekday.1': `Jumatatu`,
'cal.weekday.2': `Jumanne`,
'cal.weekday.3': `Jumatano`,
'cal.weekday.4': `Alhamisi`,
'cal.weekday.5': `Ijumaa`,
'cal.weekday.6': `Jumamosi`,
'cal.weekdayShort.0': `Jumapili`,
'cal.weekdayShort.1': `Jumatatu`,
'cal.weekdayShort.2': `Jumanne`,
'cal.weekdayShort.3': `Jumatano`,
'cal.weekdayShort.4': `Alhamisi`,
'cal.weekdayShort.5': `Ijumaa`,
'cal.weekdayShort.6': `Jumamosi`,
'cal.yesterday': `jana`,
};
