
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday}، {day} {month}`,
'cal.dateTime': str`${0} کو ${1}`,
'cal.daysAgo': str`${0} دنوں پہلے`,
'cal.inDays': str`${0} دنوں میں`,
'cal.list.end': str`${0} اور ${1}`,
'cal.list.middle': str`${0}، ${1}`,
'cal.minutes': str`${0} منٹ`,
'cal.month.1': `جنوری`,
'cal.month.10': `اکتوبر`,
'cal.month.11': `نومبر`,
'cal.month.12': `دسمبر`,
'cal.month.2': `فروری`,
'cal.month.3': `مارچ`,
'cal.month.4': `اپریل`,
'cal.month.5': `مئی`,
'cal.month.6': `جون`,
'cal.month.7': `جولائی`,
'cal.month.8': `اگست`,
'cal.month.9': `ستمبر`,
'cal.monthShort.1': `جنوری`,
'cal.monthShort.10': `اکتوبر`,
'cal.monthShort.11': `نومبر`,
'cal.monthShort.12': `دسمبر`,
'cal.monthShort.2': `فروری`,
'cal.monthShort.3': `مارچ`,
'cal.monthShort.4': `اپریل`,
'cal.monthShort.5': `مئی`,
'cal.monthShort.6': `جون`,
'cal.monthShort.7': `جولائی`,
'cal.monthShort.8': `اگست`,
'cal.monthShort.9': `ستمبر`,
'cal.today': `آج`,
'cal.tomorrow': `آئندہ کل`,
'cal.weekday.0': `اتوار`,
'cal.weekday.1': `پیر`,
'cal.weekday.2': `منگل`,
'cal.weekday.3': `بدھ`,
'cal.weekday.4': `جمعرات`,
'cal.weekday.5': `جمعہ`,
'cal.weekday.6': `ہفتہ`,
'cal.weekdayShort.0': `اتوار`,
'cal.weekdayShort.1': `پیر`,
'cal.weekdayShort.2': `منگل`,
'cal.weekdayShort.3': `بدھ`,
'cal.weekdayShort.4': `جمعرات`,
'cal.weekdayShort.5': `جمعہ`,
'cal.weekdayShort.6': `ہفتہ`,
'cal.yesterday': `گزشتہ کل`,
};
