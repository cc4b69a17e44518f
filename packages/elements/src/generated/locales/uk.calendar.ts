
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
'cal.date.monthDay': `{day} {month}`,
'cal.date.weekdayDay': `{weekday}, {day}`,
'cal.date.weekdayMonthDay': `{weekday}, {day} {month}`,
'cal.dateTime': str`${0} о ${1}`,
'cal.daysAgo': str`${0} дн. тому`,
'cal.inDays': str`через ${0} дн.`,
'cal.list.end': str`${0} і ${1}`,
'cal.list.middle': str`${0}, ${1}`,
'cal.minutes': str`${0} хв`,
'cal.month.1': `січня`,
'cal.month.10': `жовтня`,
'cal.month.11': `листопада`,
'cal.month.12': `грудня`,
'cal.month.2': `лютого`,
'cal.month.3': `березня`,
'cal.month.4': `квітня`,
'cal.month.5': `травня`,
'cal.month.6': `червня`,
'cal.month.7': `липня`,
'cal.month.8': `серпня`,
'cal.month.9': `вересня`,
'cal.monthShort.1': `січ.`,
'cal.monthShort.10': `жовт.`,
'cal.monthShort.11': `лист.`,
'cal.monthShort.12': `груд.`,
'cal.monthShort.2': `лют.`,
'cal.monthShort.3': `бер.`,
'cal.monthShort.4': `квіт.`,
'cal.monthShort.5': `трав.`,
'cal.monthShort.6': `черв.`,
'cal.monthShort.7': `лип.`,
'cal.monthShort.8': `серп.`,
'cal.monthShort.9': `вер.`,
'cal.today': `сьогодні`,
'cal.tomorrow': `завтра`,
'cal.weekday.0': `неділя`,
'cal.weekday.1': `понеділок`,
'cal.weekday.2': `вівторок`,
'cal.weekday.3': `середа`,
'cal.weekday.4': `четвер`,
'cal.weekday.5': `пʼятниця`,
'cal.weekday.6': `субота`,
'cal.weekdayShort.0': `нд`,
'cal.weekdayShort.1': `пн`,
'cal.weekdayShort.2': `вт`,
'cal.weekdayShort.3': `ср`,
'cal.weekdayShort.4': `чт`,
'cal.weekdayShort.5': `пт`,
'cal.weekdayShort.6': `сб`,
'cal.yesterday': `учора`,
};
