
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday}፣ {day} {month}`,
'cal.dateTime': str`${0} ሰዓት ${1}`,
'cal.daysAgo': str`ቅድሚ ${0} መዓልቲ`,
'cal.inDays': str`ኣብ ${0} መዓልቲ`,
'cal.list.end': str`${0}ን ${1}ን`,
'cal.list.middle': str`${0}፣ ${1}`,
'cal.minutes': str`${0} ደቒቓ`,
'cal.month.1': `ጥሪ`,
'cal.month.10': `ጥቅምቲ`,
'cal.month.11': `ሕዳር`,
'cal.month.12': `ታሕሳስ`,
'cal.month.2': `ለካቲት`,
'cal.month.3': `መጋቢት`,
'cal.month.4': `ሚያዝያ`,
'cal.month.5': `ጉንበት`,
'cal.month.6': `ሰነ`,
'cal.month.7': `ሓምለ`,
'cal.month.8': `ነሓሰ`,
'cal.month.9': `መስከረም`,
'cal.monthShort.1': `ጥሪ`,
'cal.monthShort.10': `ጥቅ`,
'cal.monthShort.11': `ሕዳ`,
'cal.monthShort.12': `ታሕ`,
'cal.monthShort.2': `ለካ`,
'cal.monthShort.3': `መጋ`,
'cal.monthShort.4': `ሚያ`,
'cal.monthShort.5': `ግን`,
'cal.monthShort.6': `ሰነ`,
'cal.monthShort.7': `ሓም`,
'cal.monthShort.8': `ነሓ`,
'cal.monthShort.9': `መስ`,
'cal.today': `ሎሚ`,
'cal.tomorrow': `ጽባሕ`,
'cal.weekday.0': `ሰንበት`,
'cal.weekday.1': `ሰኑይ`,
'cal.weekday.2': `ሰሉስ`,
'cal.weekday.3': `ረቡዕ`,
'cal.weekday.4': `ሓሙስ`,
'cal.weekday.5': `ዓርቢ`,
'cal.weekday.6': `ቀዳም`,
'cal.weekdayShort.0': `ሰን`,
'cal.weekdayShort.1': `ሰኑ`,
'cal.weekdayShort.2': `ሰሉ`,
'cal.weekdayShort.3': `ረቡ`,
'cal.weekdayShort.4': `ሓሙ`,
'cal.weekdayShort.5': `ዓር`,
'cal.weekdayShort.6': `ቀዳ`,
'cal.yesterday': `ትማሊ`,
};
