
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}፣ {month} {day}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`ከ${0} ቀናት በፊት`,
'cal.inDays': str`በ${0} ቀናት ውስጥ`,
'cal.list.end': str`${0} እና ${1}`,
'cal.list.middle': str`${0}፣ ${1}`,
'cal.minutes': str`${0} ደቂቃ`,
'cal.month.1': `ጃንዋሪ`,
'cal.month.10': `ኦክቶበር`,
'cal.month.11': `ኖቬምበር`,
'cal.month.12': `ዲሴምበር`,
'cal.month.2': `ፌብሩዋሪ`,
'cal.month.3': `ማርች`,
'cal.month.4': `ኤፕሪል`,
'cal.month.5': `ሜይ`,
'cal.month.6': `ጁን`,
'cal.month.7': `ጁላይ`,
'cal.month.8': `ኦገስት`,
'cal.month.9': `ሴፕቴምበር`,
'cal.monthShort.1': `ጃን`,
'cal.monthShort.10': `ኦክቶ`,
'cal.monthShort.11': `ኖቬም`,
'cal.monthShort.12': `ዲሴም`,
'cal.monthShort.2': `ፌብ`,
'cal.monthShort.3': `ማርች`,
'cal.monthShort.4': `ኤፕሪ`,
'cal.monthShort.5': `ሜይ`,
'cal.monthShort.6': `ጁን`,
'cal.monthShort.7': `ጁላይ`,
'cal.monthShort.8': `ኦገስ`,
'cal.monthShort.9': `ሴፕቴ`,
'cal.today': `ዛሬ`,
'cal.tomorrow': `ነገ`,
'cal.weekday.0': `እሑድ`,
'cal.weekday.1': `ሰኞ`,
'cal.weekday.2': `ማክሰኞ`,
'cal.weekday.3': `ረቡዕ`,
'cal.weekday.4': `ሐሙስ`,
'cal.weekday.5': `ዓርብ`,
'cal.weekday.6': `ቅዳሜ`,
'cal.weekdayShort.0': `እሑድ`,
'cal.weekdayShort.1': `ሰኞ`,
'cal.weekdayShort.2': `ማክሰ`,
'cal.weekdayShort.3': `ረቡዕ`,
'cal.weekdayShort.4': `ሐሙስ`,
'cal.weekdayShort.5': `ዓርብ`,
'cal.weekdayShort.6': `ቅዳሜ`,
'cal.yesterday': `ትናንት`,
};
