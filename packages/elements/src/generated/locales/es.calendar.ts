
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} de {month}`,
'cal.dateTime': str`${0}, ${1}`,
'cal.daysAgo': str`hace ${0} días`,
'cal.inDays': str`dentro de ${0} días`,
'cal.list.end': str`${0} y ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min`,
'cal.month.1': `enero`,
'cal.month.10': `octubre`,
'cal.month.11': `noviembre`,
'cal.month.12': `diciembre`,
'cal.month.2': `febrero`,
'cal.month.3': `marzo`,
'cal.month.4': `abril`,
'cal.month.5': `mayo`,
'cal.month.6': `junio`,
'cal.month.7': `julio`,
'cal.month.8': `agosto`,
'cal.month.9': `septiembre`,
'cal.monthShort.1': `ene`,
'cal.monthShort.10': `oct`,
'cal.monthShort.11': `nov`,
'cal.monthShort.12': `dic`,
'cal.monthShort.2': `feb`,
'cal.monthShort.3': `mar`,
'cal.monthShort.4': `abr`,
'cal.monthShort.5': `may`,
'cal.monthShort.6': `jun`,
'cal.monthShort.7': `jul`,
'cal.monthShort.8': `ago`,
'cal.monthShort.9': `sept`,
'cal.today': `hoy`,
'cal.tomorrow': `mañana`,
'cal.weekday.0': `domingo`,
'cal.weekday.1': `lunes`,
'cal.weekday.2': `martes`,
'cal.weekday.3': `miércoles`,
'cal.weekday.4': `jueves`,
'cal.weekday.5': `viernes`,
'cal.weekday.6': `sábado`,
'cal.weekdayShort.0': `dom`,
'cal.weekdayShort.1': `lun`,
'cal.weekdayShort.2': `mar`,
'cal.weekdayShort.3': `mié`,
'cal.weekdayShort.4': `jue`,
'cal.weekdayShort.5': `vie`,
'cal.weekdayShort.6': `sáb`,
'cal.yesterday': `ayer`,
};
