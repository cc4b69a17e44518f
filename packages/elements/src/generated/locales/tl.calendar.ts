
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{month} {day}`,
'cal.date.weekdayDay': `{day} {weekday}`,
'cal.date.weekdayMonthDay': `{weekday}, {month} {day}`,
'cal.dateTime': str`${0} nang ${1}`,
'cal.daysAgo': str`${0} araw ang nakalipas`,
'cal.inDays': str`sa ${0} araw`,
'cal.list.end': str`${0} at ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min.`,
'cal.month.1': `Enero`,
'cal.month.10': `Oktubre`,
'cal.month.11': `Nobyembre`,
'cal.month.12': `Disyembre`,
'cal.month.2': `Pebrero`,
'cal.month.3': `Marso`,
'cal.month.4': `Abril`,
'cal.month.5': `Mayo`,
'cal.month.6': `Hunyo`,
'cal.month.7': `Hulyo`,
'cal.month.8': `Agosto`,
'cal.month.9': `Setyembre`,
'cal.monthShort.1': `Ene`,
'cal.monthShort.10': `Okt`,
'cal.monthShort.11': `Nob`,
'cal.monthShort.12': `Dis`,
'cal.monthShort.2': `Peb`,
'cal.monthShort.3': `Mar`,
'cal.monthShort.4': `Abr`,
'cal.monthShort.5': `May`,
'cal.monthShort.6': `Hun`,
'cal.monthShort.7': `Hul`,
'cal.monthShort.8': `Ago`,
'cal.monthShort.9': `Set`,
'cal.today': `ngayong araw`,
'cal.tomorrow': `bukas`,
'cal.weekday.0': `Linggo`,
'cal.weekday.1': `Lunes`,
'cal.weekday.2': `Martes`,
'cal.weekday.3': `Miyerkules`,
'cal.weekday.4': `Huwebes`,
'cal.weekday.5': `Biyernes`,
'cal.weekday.6': `Sabado`,
'cal.weekdayShort.0': `Lin`,
'cal.weekdayShort.1': `Lun`,
'cal.weekdayShort.2': `Mar`,
'cal.weekdayShort.3': `Miy`,
'cal.weekdayShort.4': `Huw`,
'cal.weekdayShort.5': `Biy`,
'cal.weekdayShort.6': `Sab`,
'cal.yesterday': `kahapon`,
};
