
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day} `,
'cal.date.weekdayDay': `{weekday} {day} `,
'cal.date.weekdayMonthDay': `{weekday}, {month} {day} ·`,
'cal.dateTime': str`${0}, ${1} `,
'cal.daysAgo': str`${0} đáýš áĝó ·ẋ·`,
'cal.inDays': str`íñ ${0} đáýš ·ẋ·`,
'cal.list.end': str`${0} áñđ ${1} ·`,
'cal.list.middle': str`${0}, ${1} `,
'cal.minutes': str`${0} ɱíñ ·`,
'cal.month.1': `Ĵáñúáŕý ·ẋ`,
'cal.month.10': `Óçţóƀéŕ ·ẋ`,
'cal.month.11': `Ñóṽéɱƀéŕ ·ẋ·`,
'cal.month.12': `Đéçéɱƀéŕ ·ẋ·`,
'cal.month.2': `Ƒéƀŕúáŕý ·ẋ·`,
'cal.month.3': `Ṁáŕçĥ ·`,
'cal.month.4': `Åþŕíĺ ·`,
'cal.month.5': `Ṁáý ·`,
'cal.month.6': `Ĵúñé ·`,
'cal.month.7': `Ĵúĺý ·`,
'cal.month.8': `Åúĝúšţ ·ẋ`,
'cal.month.9': `Šéþţéɱƀéŕ ·ẋ·`,
'cal.monthShort.1': `Ĵáñ ·`,
'cal.monthShort.10': `Óçţ ·`,
'cal.monthShort.11': `Ñóṽ ·`,
'cal.monthShort.12': `Đéç ·`,
'cal.monthShort.2': `Ƒéƀ ·`,
'cal.monthShort.3': `Ṁáŕ ·`,
'cal.monthShort.4': `Åþŕ ·`,
'cal.monthShort.5': `Ṁáý ·`,
'cal.monthShort.6': `Ĵúñ ·`,
'cal.monthShort.7': `Ĵúĺ ·`,
'cal.monthShort.8': `Åúĝ ·`,
'cal.monthShort.9': `Šéþ ·`,
'cal.today': `ţóđáý ·`,
'cal.tomorrow': `ţóɱóŕŕóŵ ·ẋ·`,
'cal.weekday.0': `Šúñđáý ·ẋ`,
'cal.weekday.1': `Ṁóñđáý ·ẋ`,
'cal.weekday.2': `Ţúéšđáý ·ẋ`,
'cal.weekday.3': `Ŵéđñéšđáý ·ẋ·`,
'cal.weekday.4': `Ţĥúŕšđáý ·ẋ·`,
'cal.weekday.5': `Ƒŕíđáý ·ẋ`,
'cal.weekday.6': `Šáţúŕđáý ·ẋ·`,
'cal.weekdayShort.0': `Šúñ ·`,
'cal.weekdayShort.1': `Ṁóñ ·`,
'cal.weekdayShort.2': `Ţúé ·`,
'cal.weekdayShort.3': `Ŵéđ ·`,
'cal.weekdayShort.4': `Ţĥú ·`,
'cal.weekdayShort.5': `Ƒŕí ·`,
'cal.weekdayShort.6': `Šáţ ·`,
'cal.yesterday': `ýéšţéŕđáý ·ẋ·`,
};
