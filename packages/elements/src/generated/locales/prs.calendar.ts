
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} ساعت ${1}`,
'cal.daysAgo': str`${0} روز پیش`,
'cal.inDays': str`${0} روز دیگر`,
'cal.list.end': str`${0} و ${1}`,
'cal.list.middle': str`${0}،‏ ${1}`,
'cal.minutes': str`${0} دقیقه`,
'cal.month.1': `جنوری`,
'cal.month.10': `اکتوبر`,
'cal.month.11': `نومبر`,
'cal.month.12': `دسمبر`,
'cal.month.2': `فبروری`,
'cal.month.3': `مارچ`,
'cal.month.4': `اپریل`,
'cal.month.5': `می`,
'cal.month.6': `جون`,
'cal.month.7': `جولای`,
'cal.month.8': `اگست`,
'cal.month.9': `سپتمبر`,
'cal.monthShort.1': `جنوری`,
'cal.monthShort.10': `اکتوبر`,
'cal.monthShort.11': `نومبر`,
'cal.monthShort.12': `دسمبر`,
'cal.monthShort.2': `فبروری`,
'cal.monthShort.3': `مارچ`,
'cal.monthShort.4': `اپریل`,
'cal.monthShort.5': `می`,
'cal.monthShort.6': `جون`,
'cal.monthShort.7': `جولای`,
'cal.monthShort.8': `اگست`,
'cal.monthShort.9': `سپتمبر`,
'cal.today': `امروز`,
'cal.tomorrow': `فردا`,
'cal.weekday.0': `یکشنبه`,
'cal.weekday.1': `دوشنبه`,
'cal.weekday.2': `سه‌شنبه`,
'cal.weekday.3': `چهارشنبه`,
'cal.weekday.4': `پنجشنبه`,
'cal.weekday.5': `جمعه`,
'cal.weekday.6': `شنبه`,
'cal.weekdayShort.0': `یکشنبه`,
'cal.weekdayShort.1': `دوشنبه`,
'cal.weekdayShort.2': `سه‌شنبه`,
'cal.weekdayShort.3': `چهارشنبه`,
'cal.weekdayShort.4': `پنجشنبه`,
'cal.weekdayShort.5': `جمعه`,
'cal.weekdayShort.6': `شنبه`,
'cal.yesterday': `دیروز`,
};
