
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{day} {month} {weekday}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`${0} gün önce`,
'cal.inDays': str`${0} gün sonra`,
'cal.list.end': str`${0} ve ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} dk.`,
'cal.month.1': `Ocak`,
'cal.month.10': `Ekim`,
'cal.month.11': `Kasım`,
'cal.month.12': `Aralık`,
'cal.month.2': `Şubat`,
'cal.month.3': `Mart`,
'cal.month.4': `Nisan`,
'cal.month.5': `Mayıs`,
'cal.month.6': `Haziran`,
'cal.month.7': `Temmuz`,
'cal.month.8': `Ağustos`,
'cal.month.9': `Eylül`,
'cal.monthShort.1': `Oca`,
'cal.monthShort.10': `Eki`,
'cal.monthShort.11': `Kas`,
'cal.monthShort.12': `Ara`,
'cal.monthShort.2': `Şub`,
'cal.monthShort.3': `Mar`,
'cal.monthShort.4': `Nis`,
'cal.monthShort.5': `May`,
'cal.monthShort.6': `Haz`,
'cal.monthShort.7': `Tem`,
'cal.monthShort.8': `Ağu`,
'cal.monthShort.9': `Eyl`,
'cal.today': `bugün`,
'cal.tomorrow': `yarın`,
'cal.weekday.0': `Pazar`,
'cal.weekday.1': `Pazartesi`,
'cal.weekday.2': `Salı`,
'cal.weekday.3': `Çarşamba`,
'cal.weekday.4': `Perşembe`,
'cal.weekday.5': `Cuma`,
'cal.weekday.6': `Cumartesi`,
'cal.weekdayShort.0': `Paz`,
'cal.weekdayShort.1': `Pzt`,
'cal.weekdayShort.2': `Sal`,
'cal.weekdayShort.3': `Çar`,
'cal.weekdayShort.4': `Per`,
'cal.weekdayShort.5': `Cum`,
'cal.weekdayShort.6': `Cmt`,
'cal.yesterday': `dün`,
};
