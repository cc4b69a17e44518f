
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}، {day} {month}`,
'cal.dateTime': str`${0} په ${1}`,
'cal.daysAgo': str`${0} ورځې مخکې`,
'cal.inDays': str`په ${0} ورځو کې`,
'cal.list.end': str`${0} او ${1}`,
'cal.list.middle': str`${0}، ${1}`,
'cal.minutes': str`${0} دقیقه`,
'cal.month.1': `جنوري`,
'cal.month.10': `اکتوبر`,
'cal.month.11': `نومبر`,
'cal.month.12': `دسمبر`,
'cal.month.2': `فبروري`,
'cal.month.3': `مارچ`,
'cal.month.4': `اپریل`,
'cal.month.5': `مۍ`,
'cal.month.6': `جون`,
'cal.month.7': `جولای`,
'cal.month.8': `اګست`,
'cal.month.9': `سېپتمبر`,
'cal.monthShort.1': `جنوري`,
'cal.monthShort.10': `اکتوبر`,
'cal.monthShort.11': `نومبر`,
'cal.monthShort.12': `دسمبر`,
'cal.monthShort.2': `فبروري`,
'cal.monthShort.3': `مارچ`,
'cal.monthShort.4': `اپریل`,
'cal.monthShort.5': `مۍ`,
'cal.monthShort.6': `جون`,
'cal.monthShort.7': `جولای`,
'cal.monthShort.8': `اګست`,
'cal.monthShort.9': `سېپتمبر`,
'cal.today': `نن`,
'cal.tomorrow': `سبا`,
'cal.weekday.0': `يونۍ`,
'cal.weekday.1': `دونۍ`,
'cal.weekday.2': `درېنۍ`,
'cal.weekday.3': `څلرنۍ`,
'cal.weekday.4': `پينځنۍ`,
'cal.weekday.5': `جمعه`,
'cal.weekday.6': `اونۍ`,
'cal.weekdayShort.0': `يونۍ`,
'cal.weekdayShort.1': `دونۍ`,
'cal.weekdayShort.2': `درېنۍ`,
'cal.weekdayShort.3': `څلرنۍ`,
'cal.weekdayShort.4': `پينځنۍ`,
'cal.weekdayShort.5': `جمعه`,
'cal.weekdayShort.6': `اونۍ`,
'cal.yesterday': `پرون`,
};
