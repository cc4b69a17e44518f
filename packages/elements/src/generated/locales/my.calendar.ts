
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}`,
'cal.date.weekdayDay': `{day} ရက် {weekday}`,
'cal.date.weekdayMonthDay': `{month} {day} {weekday}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`ပြီးခဲ့သည့် ${0} ရက်`,
'cal.inDays': str`${0} ရက်အတွင်း`,
'cal.list.end': str`${0}နှင့် ${1}`,
'cal.list.middle': str`${0}၊ ${1}`,
'cal.minutes': str`${0} မိနစ်`,
'cal.month.1': `ဇန်နဝါရီ`,
'cal.month.10': `အောက်တိုဘာ`,
'cal.month.11': `နိုဝင်ဘာ`,
'cal.month.12': `ဒီဇင်ဘာ`,
'cal.month.2': `ဖေဖော်ဝါရီ`,
'cal.month.3': `မတ်`,
'cal.month.4': `ဧပြီ`,
'cal.month.5': `မေ`,
'cal.month.6': `ဇွန်`,
'cal.month.7': `ဇူလိုင်`,
'cal.month.8': `ဩဂုတ်`,
'cal.month.9': `စက်တင်ဘာ`,
'cal.monthShort.1': `ဇန်`,
'cal.monthShort.10': `အောက်`,
'cal.monthShort.11': `နို`,
'cal.monthShort.12': `ဒီ`,
'cal.monthShort.2': `ဖေ`,
'cal.monthShort.3': `မတ်`,
'cal.monthShort.4': `ဧ`,
'cal.monthShort.5': `မေ`,
'cal.monthShort.6': `ဇွန်`,
'cal.monthShort.7': `ဇူ`,
'cal.monthShort.8': `ဩ`,
'cal.monthShort.9': `စက်`,
'cal.today': `ယနေ့`,
'cal.tomorrow': `မနက်ဖြန်`,
'cal.weekday.0': `တနင်္ဂနွေ`,
'cal.weekday.1': `တနင်္လာ`,
'cal.weekday.2': `အင်္ဂါ`,
'cal.weekday.3': `ဗုဒ္ဓဟူး`,
'cal.weekday.4': `ကြာသပတေး`,
'cal.weekday.5': `သောကြာ`,
'cal.weekday.6': `စနေ`,
'cal.weekdayShort.0': `တနင်္ဂနွေ`,
'cal.weekdayShort.1': `တနင်္လာ`,
'cal.weekdayShort.2': `အင်္ဂါ`,
'cal.weekdayShort.3': `ဗုဒ္ဓဟူး`,
'cal.weekdayShort.4': `ကြာသပတေး`,
'cal.weekdayShort.5': `သောကြာ`,
'cal.weekdayShort.6': `စနေ`,
'cal.yesterday': `မနေ့က`,
};
