
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}، {day}`,
'cal.date.weekdayMonthDay': `{weekday}، {day} {month}`,
'cal.dateTime': str`${0} في ${1}`,
'cal.daysAgo': str`قبل ${0} أيام`,
'cal.inDays': str`خلال ${0} أيام`,
'cal.list.end': str`${0} و${1}`,
'cal.list.middle': str`${0} و${1}`,
'cal.minutes': str`${0} د`,
'cal.month.1': `يناير`,
'cal.month.10': `أكتوبر`,
'cal.month.11': `نوفمبر`,
'cal.month.12': `ديسمبر`,
'cal.month.2': `فبراير`,
'cal.month.3': `مارس`,
'cal.month.4': `أبريل`,
'cal.month.5': `مايو`,
'cal.month.6': `يونيو`,
'cal.month.7': `يوليو`,
'cal.month.8': `أغسطس`,
'cal.month.9': `سبتمبر`,
'cal.monthShort.1': `يناير`,
'cal.monthShort.10': `أكتوبر`,
'cal.monthShort.11': `نوفمبر`,
'cal.monthShort.12': `ديسمبر`,
'cal.monthShort.2': `فبراير`,
'cal.monthShort.3': `مارس`,
'cal.monthShort.4': `أبريل`,
'cal.monthShort.5': `مايو`,
'cal.monthShort.6': `يونيو`,
'cal.monthShort.7': `يوليو`,
'cal.monthShort.8': `أغسطس`,
'cal.monthShort.9': `سبتمبر`,
'cal.today': `اليوم`,
'cal.tomorrow': `غدًا`,
'cal.weekday.0': `الأحد`,
'cal.weekday.1': `الاثنين`,
'cal.weekday.2': `الثلاثاء`,
'cal.weekday.3': `الأربعاء`,
'cal.weekday.4': `الخميس`,
'cal.weekday.5': `الجمعة`,
'cal.weekday.6': `السبت`,
'cal.weekdayShort.0': `الأحد`,
'cal.weekdayShort.1': `الاثنين`,
'cal.weekdayShort.2': `الثلاثاء`,
'cal.weekdayShort.3': `الأربعاء`,
'cal.weekdayShort.4': `الخميس`,
'cal.weekdayShort.5': `الجمعة`,
'cal.weekdayShort.6': `السبت`,
'cal.yesterday': `أمس`,
};
