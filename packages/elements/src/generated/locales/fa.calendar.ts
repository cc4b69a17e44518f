
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} ساعت ${1}`,
'cal.daysAgo': str`${0} روز پیش`,
'cal.inDays': str`${0} روز دیگر`,
'cal.list.end': str`${0} و ${1}`,
'cal.list.middle': str`${0}،‏ ${1}`,
'cal.minutes': str`${0} دقیقه`,
'cal.month.1': `ژانویه`,
'cal.month.10': `اکتبر`,
'cal.month.11': `نوامبر`,
'cal.month.12': `دسامبر`,
'cal.month.2': `فوریه`,
'cal.month.3': `مارس`,
'cal.month.4': `آوریل`,
'cal.month.5': `مه`,
'cal.month.6': `ژوئن`,
'cal.month.7': `ژوئیه`,
'cal.month.8': `اوت`,
'cal.month.9': `سپتامبر`,
'cal.monthShort.1': `ژانویه`,
'cal.monthShort.10': `اکتبر`,
'cal.monthShort.11': `نوامبر`,
'cal.monthShort.12': `دسامبر`,
'cal.monthShort.2': `فوریه`,
'cal.monthShort.3': `مارس`,
'cal.monthShort.4': `آوریل`,
'cal.monthShort.5': `مه`,
'cal.monthShort.6': `ژوئن`,
'cal.monthShort.7': `ژوئیه`,
'cal.monthShort.8': `اوت`,
'cal.monthShort.9': `سپتامبر`,
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
