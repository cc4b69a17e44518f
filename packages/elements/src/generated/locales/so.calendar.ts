
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}`,
'cal.date.weekdayDay': `{day}, {weekday}`,
'cal.date.weekdayMonthDay': `{weekday}, {month} {day}`,
'cal.dateTime': str`${0} ee ${1}`,
'cal.daysAgo': str`${0} maalmood kahor`,
'cal.inDays': str`${0} maalmood kadib`,
'cal.list.end': str`${0} iyo ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} daqiiqo`,
'cal.month.1': `Janaayo`,
'cal.month.10': `Oktoobar`,
'cal.month.11': `Noofeembar`,
'cal.month.12': `Diseembar`,
'cal.month.2': `Febraayo`,
'cal.month.3': `Maarso`,
'cal.month.4': `Abriil`,
'cal.month.5': `Maayo`,
'cal.month.6': `Juun`,
'cal.month.7': `Luulyo`,
'cal.month.8': `Agosto`,
'cal.month.9': `Sebtembar`,
'cal.monthShort.1': `Jan`,
'cal.monthShort.10': `Okt`,
'cal.monthShort.11': `Nof`,
'cal.monthShort.12': `Dis`,
'cal.monthShort.2': `Feb`,
'cal.monthShort.3': `Mar`,
'cal.monthShort.4': `Abr`,
'cal.monthShort.5': `May`,
'cal.monthShort.6': `Jun`,
'cal.monthShort.7': `Lul`,
'cal.monthShort.8': `Ogs`,
'cal.monthShort.9': `Seb`,
'cal.today': `Maanta`,
'cal.tomorrow': `Berri`,
'cal.weekday.0': `Axad`,
'cal.weekday.1': `Isniin`,
'cal.weekday.2': `Talaado`,
'cal.weekday.3': `Arbaco`,
'cal.weekday.4': `Khamiis`,
'cal.weekday.5': `Jimco`,
'cal.weekday.6': `Sabti`,
'cal.weekdayShort.0': `Axd`,
'cal.weekdayShort.1': `Isn`,
'cal.weekdayShort.2': `Tldo`,
'cal.weekdayShort.3': `Arbc`,
'cal.weekdayShort.4': `Khms`,
'cal.weekdayShort.5': `Jmc`,
'cal.weekdayShort.6': `Sbti`,
'cal.yesterday': `Shalay`,
};
