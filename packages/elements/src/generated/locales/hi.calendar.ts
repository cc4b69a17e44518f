
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} को ${1}`,
'cal.daysAgo': str`${0} दिन पहले`,
'cal.inDays': str`${0} दिन में`,
'cal.list.end': str`${0} और ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} मि॰`,
'cal.month.1': `जनवरी`,
'cal.month.10': `अक्टूबर`,
'cal.month.11': `नवंबर`,
'cal.month.12': `दिसंबर`,
'cal.month.2': `फ़रवरी`,
'cal.month.3': `मार्च`,
'cal.month.4': `अप्रैल`,
'cal.month.5': `मई`,
'cal.month.6': `जून`,
'cal.month.7': `जुलाई`,
'cal.month.8': `अगस्त`,
'cal.month.9': `सितंबर`,
'cal.monthShort.1': `जन॰`,
'cal.monthShort.10': `अक्टू॰`,
'cal.monthShort.11': `नव॰`,
'cal.monthShort.12': `दिस॰`,
'cal.monthShort.2': `फ़र॰`,
'cal.monthShort.3': `मार्च`,
'cal.monthShort.4': `अप्रैल`,
'cal.monthShort.5': `मई`,
'cal.monthShort.6': `जून`,
'cal.monthShort.7': `जुल॰`,
'cal.monthShort.8': `अग॰`,
'cal.monthShort.9': `सित॰`,
'cal.today': `आज`,
'cal.tomorrow': `कल`,
'cal.weekday.0': `रविवार`,
'cal.weekday.1': `सोमवार`,
'cal.weekday.2': `मंगलवार`,
'cal.weekday.3': `बुधवार`,
'cal.weekday.4': `गुरुवार`,
'cal.weekday.5': `शुक्रवार`,
'cal.weekday.6': `शनिवार`,
'cal.weekdayShort.0': `रवि`,
'cal.weekdayShort.1': `सोम`,
'cal.weekdayShort.2': `मंगल`,
'cal.weekdayShort.3': `बुध`,
'cal.weekdayShort.4': `गुरु`,
'cal.weekdayShort.5': `शुक्र`,
'cal.weekdayShort.6': `शनि`,
'cal.yesterday': `कल`,
};
