
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} la ${1}`,
'cal.daysAgo': str`acum ${0} zile`,
'cal.inDays': str`peste ${0} zile`,
'cal.list.end': str`${0} și ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min.`,
'cal.month.1': `ianuarie`,
'cal.month.10': `octombrie`,
'cal.month.11': `noiembrie`,
'cal.month.12': `decembrie`,
'cal.month.2': `februarie`,
'cal.month.3': `martie`,
'cal.month.4': `aprilie`,
'cal.month.5': `mai`,
'cal.month.6': `iunie`,
'cal.month.7': `iulie`,
'cal.month.8': `august`,
'cal.month.9': `septembrie`,
'cal.monthShort.1': `ian.`,
'cal.monthShort.10': `oct.`,
'cal.monthShort.11': `nov.`,
'cal.monthShort.12': `dec.`,
'cal.monthShort.2': `feb.`,
'cal.monthShort.3': `mar.`,
'cal.monthShort.4': `apr.`,
'cal.monthShort.5': `mai`,
'cal.monthShort.6': `iun.`,
'cal.monthShort.7': `iul.`,
'cal.monthShort.8': `aug.`,
'cal.monthShort.9': `sept.`,
'cal.today': `azi`,
'cal.tomorrow': `mâine`,
'cal.weekday.0': `duminică`,
'cal.weekday.1': `luni`,
'cal.weekday.2': `marți`,
'cal.weekday.3': `miercuri`,
'cal.weekday.4': `joi`,
'cal.weekday.5': `vineri`,
'cal.weekday.6': `sâmbătă`,
'cal.weekdayShort.0': `dum.`,
'cal.weekdayShort.1': `lun.`,
'cal.weekdayShort.2': `mar.`,
'cal.weekdayShort.3': `mie.`,
'cal.weekdayShort.4': `joi`,
'cal.weekdayShort.5': `vin.`,
'cal.weekdayShort.6': `sâm.`,
'cal.yesterday': `ieri`,
};
