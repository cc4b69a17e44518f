
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday} {day}`,
'cal.date.weekdayMonthDay': `{weekday} {day} {month}`,
'cal.dateTime': str`${0} à ${1}`,
'cal.daysAgo': str`il y a ${0} jours`,
'cal.inDays': str`dans ${0} jours`,
'cal.list.end': str`${0} et ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min`,
'cal.month.1': `janvier`,
'cal.month.10': `octobre`,
'cal.month.11': `novembre`,
'cal.month.12': `décembre`,
'cal.month.2': `février`,
'cal.month.3': `mars`,
'cal.month.4': `avril`,
'cal.month.5': `mai`,
'cal.month.6': `juin`,
'cal.month.7': `juillet`,
'cal.month.8': `août`,
'cal.month.9': `septembre`,
'cal.monthShort.1': `janv.`,
'cal.monthShort.10': `oct.`,
'cal.monthShort.11': `nov.`,
'cal.monthShort.12': `déc.`,
'cal.monthShort.2': `févr.`,
'cal.monthShort.3': `mars`,
'cal.monthShort.4': `avr.`,
'cal.monthShort.5': `mai`,
'cal.monthShort.6': `juin`,
'cal.monthShort.7': `juil.`,
'cal.monthShort.8': `août`,
'cal.monthShort.9': `sept.`,
'cal.today': `aujourd’hui`,
'cal.tomorrow': `demain`,
'cal.weekday.0': `dimanche`,
'cal.weekday.1': `lundi`,
'cal.weekday.2': `mardi`,
'cal.weekday.3': `mercredi`,
'cal.weekday.4': `jeudi`,
'cal.weekday.5': `vendredi`,
'cal.weekday.6': `samedi`,
'cal.weekdayShort.0': `dim.`,
'cal.weekdayShort.1': `lun.`,
'cal.weekdayShort.2': `mar.`,
'cal.weekdayShort.3': `mer.`,
'cal.weekdayShort.4': `jeu.`,
'cal.weekdayShort.5': `ven.`,
'cal.weekdayShort.6': `sam.`,
'cal.yesterday': `hier`,
};
