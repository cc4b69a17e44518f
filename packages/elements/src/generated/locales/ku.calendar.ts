
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{day}, {weekday}`,
'cal.date.weekdayMonthDay': `{day} {month}, {weekday}`,
'cal.dateTime': str`${0} ${1}`,
'cal.daysAgo': str`berî ${0} rojan`,
'cal.inDays': str`piştî ${0} rojan`,
'cal.list.end': str`${0} û ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} deqîqe`,
'cal.month.1': `rêbendan`,
'cal.month.10': `cotmeh`,
'cal.month.11': `mijdar`,
'cal.month.12': `berfanbar`,
'cal.month.2': `sibat`,
'cal.month.3': `adar`,
'cal.month.4': `nîsan`,
'cal.month.5': `gulan`,
'cal.month.6': `hezîran`,
'cal.month.7': `tîrmeh`,
'cal.month.8': `tebax`,
'cal.month.9': `îlon`,
'cal.monthShort.1': `rbn`,
'cal.monthShort.10': `cot`,
'cal.monthShort.11': `mjd`,
'cal.monthShort.12': `brf`,
'cal.monthShort.2': `sbt`,
'cal.monthShort.3': `adr`,
'cal.monthShort.4': `nsn`,
'cal.monthShort.5': `gln`,
'cal.monthShort.6': `hzr`,
'cal.monthShort.7': `trm`,
'cal.monthShort.8': `tbx`,
'cal.monthShort.9': `îln`,
'cal.today': `îro`,
'cal.tomorrow': `sibê`,
'cal.weekday.0': `yekşem`,
'cal.weekday.1': `duşem`,
'cal.weekday.2': `sêşem`,
'cal.weekday.3': `çarşem`,
'cal.weekday.4': `pêncşem`,
'cal.weekday.5': `înî`,
'cal.weekday.6': `şemî`,
'cal.weekdayShort.0': `yşm`,
'cal.weekdayShort.1': `dşm`,
'cal.weekdayShort.2': `sşm`,
'cal.weekdayShort.3': `çşm`,
'cal.weekdayShort.4': `pşm`,
'cal.weekdayShort.5': `înî`,
'cal.weekdayShort.6': `şem`,
'cal.yesterday': `duh`,
};
