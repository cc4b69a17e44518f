
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} de {month}`,
'cal.date.weekdayDay': `{weekday}, {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} de {month}`,
'cal.dateTime': str`${0} às ${1}`,
'cal.daysAgo': str`há ${0} dias`,
'cal.inDays': str`em ${0} dias`,
'cal.list.end': str`${0} e ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} min`,
'cal.month.1': `janeiro`,
'cal.month.10': `outubro`,
'cal.month.11': `novembro`,
'cal.month.12': `dezembro`,
'cal.month.2': `fevereiro`,
'cal.month.3': `março`,
'cal.month.4': `abril`,
'cal.month.5': `maio`,
'cal.month.6': `junho`,
'cal.month.7': `julho`,
'cal.month.8': `agosto`,
'cal.month.9': `setembro`,
'cal.monthShort.1': `jan.`,
'cal.monthShort.10': `out.`,
'cal.monthShort.11': `nov.`,
'cal.monthShort.12': `dez.`,
'cal.monthShort.2': `fev.`,
'cal.monthShort.3': `mar.`,
'cal.monthShort.4': `abr.`,
'cal.monthShort.5': `mai.`,
'cal.monthShort.6': `jun.`,
'cal.monthShort.7': `jul.`,
'cal.monthShort.8': `ago.`,
'cal.monthShort.9': `set.`,
'cal.today': `hoje`,
'cal.tomorrow': `amanhã`,
'cal.weekday.0': `domingo`,
'cal.weekday.1': `segunda-feira`,
'cal.weekday.2': `terça-feira`,
'cal.weekday.3': `quarta-feira`,
'cal.weekday.4': `quinta-feira`,
'cal.weekday.5': `sexta-feira`,
'cal.weekday.6': `sábado`,
'cal.weekdayShort.0': `dom.`,
'cal.weekdayShort.1': `seg.`,
'cal.weekdayShort.2': `ter.`,
'cal.weekdayShort.3': `qua.`,
'cal.weekdayShort.4': `qui.`,
'cal.weekdayShort.5': `sex.`,
'cal.weekdayShort.6': `sáb.`,
'cal.yesterday': `ontem`,
};
