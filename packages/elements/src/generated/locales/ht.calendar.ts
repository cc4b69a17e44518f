
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} a ${1}`,
'cal.daysAgo': str`sa gen ${0} jou`,
'cal.inDays': str`nan ${0} jou`,
'cal.list.end': str`${0} ak ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min`,
'cal.month.1': `janvye`,
'cal.month.10': `oktòb`,
'cal.month.11': `novanm`,
'cal.month.12': `desanm`,
'cal.month.2': `fevriye`,
'cal.month.3': `mas`,
'cal.month.4': `avril`,
'cal.month.5': `me`,
'cal.month.6': `jen`,
'cal.month.7': `jiyè`,
'cal.month.8': `out`,
'cal.month.9': `septanm`,
'cal.monthShort.1': `jan`,
'cal.monthShort.10': `okt`,
'cal.monthShort.11': `nov`,
'cal.monthShort.12': `des`,
'cal.monthShort.2': `fev`,
'cal.monthShort.3': `mas`,
'cal.monthShort.4': `avr`,
'cal.monthShort.5': `me`,
'cal.monthShort.6': `jen`,
'cal.monthShort.7': `jiy`,
'cal.monthShort.8': `out`,
'cal.monthShort.9': `sep`,
'cal.today': `jodi a`,
'cal.tomorrow': `demen`,
'cal.weekday.0': `dimanch`,
'cal.weekday.1': `lendi`,
'cal.weekday.2': `madi`,
'cal.weekday.3': `mèkredi`,
'cal.weekday.4': `jedi`,
'cal.weekday.5': `vandredi`,
'cal.weekday.6': `samdi`,
'cal.weekdayShort.0': `dim`,
'cal.weekdayShort.1': `len`,
'cal.weekdayShort.2': `mad`,
'cal.weekdayShort.3': `mèk`,
'cal.weekdayShort.4': `jed`,
'cal.weekdayShort.5': `van`,
'cal.weekdayShort.6': `sam`,
'cal.yesterday': `yè`,
};
