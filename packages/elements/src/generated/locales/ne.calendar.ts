
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{month} {day}, {weekday}`,
'cal.dateTime': str`${0}, ${1}`,
'cal.daysAgo': str`${0} दिन पहिले`,
'cal.inDays': str`${0} दिनमा`,
'cal.list.end': str`${0} र ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} मिनेट`,
'cal.month.1': `जनवरी`,
'cal.month.10': `अक्टोबर`,
'cal.month.11': `नोभेम्बर`,
'cal.month.12': `डिसेम्बर`,
'cal.month.2': `फेब्रुअरी`,
'cal.month.3': `मार्च`,
'cal.month.4': `अप्रिल`,
'cal.month.5': `मे`,
'cal.month.6': `जुन`,
'cal.month.7': `जुलाई`,
'cal.month.8': `अगस्ट`,
'cal.month.9': `सेप्टेम्बर`,
'cal.monthShort.1': `जनवरी`,
'cal.monthShort.10': `अक्टोबर`,
'cal.monthShort.11': `नोभेम्बर`,
'cal.monthShort.12': `डिसेम्बर`,
'cal.monthShort.2': `फेब्रुअरी`,
'cal.monthShort.3': `मार्च`,
'cal.monthShort.4': `अप्रिल`,
'cal.monthShort.5': `मे`,
'cal.monthShort.6': `जुन`,
'cal.monthShort.7': `जुलाई`,
'cal.monthShort.8': `अगस्ट`,
'cal.monthShort.9': `सेप्टेम्बर`,
'cal.today': `आज`,
'cal.tomorrow': `भोलि`,
'cal.weekday.0': `आइतबार`,
'cal.weekday.1': `सोमबार`,
'cal.weekday.2': `मङ्गलबार`,
'cal.weekday.3': `बुधबार`,
'cal.weekday.4': `बिहिबार`,
'cal.weekday.5': `शुक्रबार`,
'cal.weekday.6': `शनिबार`,
'cal.weekdayShort.0': `आइत`,
'cal.weekdayShort.1': `सोम`,
'cal.weekdayShort.2': `मङ्गल`,
'cal.weekdayShort.3': `बुध`,
'cal.weekdayShort.4': `बिहि`,
'cal.weekdayShort.5': `शुक्र`,
'cal.weekdayShort.6': `शनि`,
'cal.yesterday': `हिजो`,
};
