
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day}, {weekday}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`${0} ਦਿਨ ਪਹਿਲਾਂ`,
'cal.inDays': str`${0} ਦਿਨਾਂ ਵਿੱਚ`,
'cal.list.end': str`${0} ਅਤੇ ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} ਮਿੰਟ`,
'cal.month.1': `ਜਨਵਰੀ`,
'cal.month.10': `ਅਕਤੂਬਰ`,
'cal.month.11': `ਨਵੰਬਰ`,
'cal.month.12': `ਦਸੰਬਰ`,
'cal.month.2': `ਫ਼ਰਵਰੀ`,
'cal.month.3': `ਮਾਰਚ`,
'cal.month.4': `ਅਪ੍ਰੈਲ`,
'cal.month.5': `ਮਈ`,
'cal.month.6': `ਜੂਨ`,
'cal.month.7': `ਜੁਲਾਈ`,
'cal.month.8': `ਅਗਸਤ`,
'cal.month.9': `ਸਤੰਬਰ`,
'cal.monthShort.1': `ਜਨ`,
'cal.monthShort.10': `ਅਕਤੂ`,
'cal.monthShort.11': `ਨਵੰ`,
'cal.monthShort.12': `ਦਸੰ`,
'cal.monthShort.2': `ਫ਼ਰ`,
'cal.monthShort.3': `ਮਾਰਚ`,
'cal.monthShort.4': `ਅਪ੍ਰੈ`,
'cal.monthShort.5': `ਮਈ`,
'cal.monthShort.6': `ਜੂਨ`,
'cal.monthShort.7': `ਜੁਲਾ`,
'cal.monthShort.8': `ਅਗ`,
'cal.monthShort.9': `ਸਤੰ`,
'cal.today': `ਅੱਜ`,
'cal.tomorrow': `ਭਲਕੇ`,
'cal.weekday.0': `ਐਤਵਾਰ`,
'cal.weekday.1': `ਸੋਮਵਾਰ`,
'cal.weekday.2': `ਮੰਗਲਵਾਰ`,
'cal.weekday.3': `ਬੁੱਧਵਾਰ`,
'cal.weekday.4': `ਵੀਰਵਾਰ`,
'cal.weekday.5': `ਸ਼ੁੱਕਰਵਾਰ`,
'cal.weekday.6': `ਸ਼ਨੀਵਾਰ`,
'cal.weekdayShort.0': `ਐਤ`,
'cal.weekdayShort.1': `ਸੋਮ`,
'cal.weekdayShort.2': `ਮੰਗਲ`,
'cal.weekdayShort.3': `ਬੁੱਧ`,
'cal.weekdayShort.4': `ਵੀਰ`,
'cal.weekdayShort.5': `ਸ਼ੁੱਕਰ`,
'cal.weekdayShort.6': `ਸ਼ਨੀ`,
'cal.yesterday': `ਬੀਤਿਆ ਕੱਲ੍ਹ`,
};
